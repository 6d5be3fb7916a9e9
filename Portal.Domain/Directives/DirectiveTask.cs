using Portal.Domain.Calendar;
using Portal.Domain.Tasks;
using Portal.Domain.Text;

namespace Portal.Domain.Directives;

/// <summary>Where a task is in the assign → receive → delegate → draft → approve → submit → confirm flow.</summary>
public enum TaskState
{
    /// <summary>Assigned to the lead unit, not yet received by it.</summary>
    Assigned,
    /// <summary>Returned by the unit to the Office, which corrects or redirects it.</summary>
    Returned,
    /// <summary>Received by the unit, not yet delegated.</summary>
    Received,
    /// <summary>Delegated to a specialist, who works on it.</summary>
    Delegated,
    /// <summary>A draft report waits for the unit leader's approval.</summary>
    DraftPendingApproval,
    /// <summary>The approved report was submitted to the assigner and waits for confirmation.</summary>
    Submitted,
    /// <summary>The assigner confirmed the result.</summary>
    Completed,
}

/// <summary>A task (nhiệm vụ) of a directive document, with the status rules of SPEC §4.</summary>
public sealed class DirectiveTask
{
    public const int ContentMaxLength = 4000;

    private readonly List<TaskCoordination> _coordinatingUnits = [];
    private readonly List<TaskHistoryEntry> _history = [];

    private DirectiveTask() { }

    public DirectiveTask(DirectiveDocument document, string content, int leadUnitId, DateOnly? deadline,
                         bool reportRequired, DateTimeOffset assignedAt, int? assignedById, WorkingCalendar calendar)
    {
        if (string.IsNullOrWhiteSpace(content)) throw new DomainException("Nội dung nhiệm vụ không được để trống.");
        if (content.Length > ContentMaxLength) throw new DomainException($"Nội dung nhiệm vụ dài tối đa {ContentMaxLength} ký tự.");
        var assignedOn = VietnamTime.DateOf(assignedAt);
        if (deadline is { } due && due < calendar.AddWorkingDays(assignedOn, 1))
            throw new DomainException($"Hạn xử lý phải sau ngày giao ít nhất 1 ngày làm việc (sớm nhất {calendar.AddWorkingDays(assignedOn, 1):dd'/'MM'/'yyyy}).");
        Document = document;
        DocumentId = document.Id;
        Content = content.Trim();
        LeadUnitId = leadUnitId;
        Deadline = deadline;
        EffectiveDeadline = deadline;
        ReportRequired = reportRequired;
        AssignedAt = assignedAt;
        SearchText = TextFolding.Join(document.NumberAndSymbol, Content);
        Record(assignedAt, assignedById, "Giao nhiệm vụ", null, null);
    }

    public int Id { get; private set; }
    public int DocumentId { get; private set; }
    public DirectiveDocument Document { get; private set; } = null!;
    public int? ParentTaskId { get; private set; }
    public string Content { get; private set; } = "";
    public int LeadUnitId { get; private set; }
    public DateOnly? Deadline { get; private set; }
    /// <summary>The deadline in force: the original one or the last approved extension.</summary>
    public DateOnly? EffectiveDeadline { get; private set; }
    public int ExtensionCount { get; private set; }
    public bool ReportRequired { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public TaskState State { get; private set; } = TaskState.Assigned;

    public int? TrackingSpecialistId { get; set; }
    public int? TrackingDepartmentHeadId { get; set; }
    public int? TrackingOfficeLeaderId { get; set; }
    public int? TrackingLeaderId { get; set; }

    public int? AssigneeId { get; private set; }
    public DateTimeOffset? AssigneeOpenedAt { get; private set; }
    public bool Started { get; private set; }
    public string? DraftContent { get; private set; }
    public DateTimeOffset? LastSubmittedAt { get; private set; }
    /// <summary>The Vietnam calendar date of <see cref="LastSubmittedAt"/>, kept so queries can compare it with the deadline.</summary>
    public DateOnly? LastSubmittedOn { get; private set; }
    public ReviewDecision? LastDecision { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public string SearchText { get; private set; } = "";

    public IReadOnlyList<TaskCoordination> CoordinatingUnits => _coordinatingUnits;
    public IReadOnlyList<TaskHistoryEntry> History => _history;

    public TaskProgress ProgressAt(DateTimeOffset now) =>
        TaskStatusRules.Classify(EffectiveDeadline, Started, LastSubmittedAt, LastDecision, now);

    public void AddCoordinatingUnit(int unitId)
    {
        if (unitId == LeadUnitId) throw new DomainException("Đơn vị chủ trì không thể đồng thời là đơn vị phối hợp.");
        if (_coordinatingUnits.Any(c => c.UnitId == unitId)) return;
        _coordinatingUnits.Add(new TaskCoordination(unitId));
    }

    public void Receive(int actorId, DateTimeOffset at)
    {
        Require(TaskState.Assigned, "Chỉ nhận được nhiệm vụ mới giao.");
        Move(TaskState.Received, at, actorId, "Tiếp nhận nhiệm vụ", null);
    }

    public void ReturnToOffice(int actorId, DateTimeOffset at, string reason)
    {
        if (State is not (TaskState.Assigned or TaskState.Received))
            throw new DomainException("Chỉ trả lại được nhiệm vụ chưa giao cho chuyên viên.");
        RequireText(reason, "Phải nêu lý do trả lại.");
        Move(TaskState.Returned, at, actorId, "Trả lại Văn phòng", reason);
    }

    public void Redirect(int actorId, DateTimeOffset at, int newLeadUnitId, string? note)
    {
        Require(TaskState.Returned, "Chỉ chuyển được nhiệm vụ đã bị trả lại.");
        var from = LeadUnitId;
        LeadUnitId = newLeadUnitId;
        _coordinatingUnits.RemoveAll(c => c.UnitId == newLeadUnitId);
        Move(TaskState.Assigned, at, actorId, "Chuyển đơn vị chủ trì", note ?? $"Từ đơn vị #{from} sang đơn vị #{newLeadUnitId}");
    }

    public void Delegate(int actorId, DateTimeOffset at, int assigneeId)
    {
        if (State is not (TaskState.Assigned or TaskState.Received or TaskState.Delegated))
            throw new DomainException("Không thể giao xử lý nhiệm vụ ở trạng thái hiện tại.");
        AssigneeId = assigneeId;
        AssigneeOpenedAt = null;
        Started = true;
        Move(TaskState.Delegated, at, actorId, "Giao chuyên viên xử lý", null);
    }

    public void MarkOpenedByAssignee(DateTimeOffset at) => AssigneeOpenedAt ??= at;

    public void SubmitDraft(int actorId, DateTimeOffset at, string content)
    {
        Require(TaskState.Delegated, "Chỉ trình dự thảo được khi nhiệm vụ đang xử lý.");
        RequireText(content, "Nội dung báo cáo không được để trống.");
        DraftContent = content.Trim();
        Move(TaskState.DraftPendingApproval, at, actorId, "Trình dự thảo báo cáo", null);
    }

    public void SendBackDraft(int actorId, DateTimeOffset at, string comment)
    {
        Require(TaskState.DraftPendingApproval, "Không có dự thảo nào đang chờ duyệt.");
        RequireText(comment, "Phải nêu ý kiến khi trả lại dự thảo.");
        Move(TaskState.Delegated, at, actorId, "Trả lại dự thảo", comment);
    }

    /// <summary>The leader approves the draft; approval submits it to the assigner and stamps the submission time.</summary>
    public void ApproveAndSubmit(int actorId, DateTimeOffset at)
    {
        Require(TaskState.DraftPendingApproval, "Chỉ phê duyệt được dự thảo đã trình.");
        LastSubmittedAt = at;
        LastSubmittedOn = VietnamTime.DateOf(at);
        LastDecision = null;
        Started = true;
        Move(TaskState.Submitted, at, actorId, "Phê duyệt và gửi báo cáo", null);
    }

    public void Confirm(int actorId, DateTimeOffset at, ReviewDecision decision, string? reason)
    {
        Require(TaskState.Submitted, "Chỉ xác nhận được báo cáo đã gửi.");
        if (decision == ReviewDecision.Rejected) RequireText(reason, "Phải nêu lý do khi xác nhận không đạt.");
        LastDecision = decision;
        if (decision == ReviewDecision.Accepted)
        {
            CompletedAt = at;
            Move(TaskState.Completed, at, actorId, "Xác nhận đạt", reason);
        }
        else
        {
            Move(TaskState.Delegated, at, actorId, "Xác nhận không đạt", reason);
        }
    }

    public void FileProgress(int actorId, DateTimeOffset at, string report)
    {
        if (State is TaskState.Completed or TaskState.Returned)
            throw new DomainException("Không thể cập nhật tiến độ cho nhiệm vụ này.");
        RequireText(report, "Nội dung cập nhật tiến độ không được để trống.");
        Started = true;
        Record(at, actorId, "Cập nhật tiến độ", null, report);
    }

    public void ApplyExtension(int actorId, DateTimeOffset at, DateOnly newDeadline)
    {
        if (State == TaskState.Completed) throw new DomainException("Nhiệm vụ đã hoàn thành.");
        if (EffectiveDeadline is { } current && newDeadline <= current)
            throw new DomainException("Hạn mới phải sau hạn hiện tại.");
        var before = EffectiveDeadline;
        EffectiveDeadline = newDeadline;
        ExtensionCount++;
        Record(at, actorId, "Gia hạn", null, $"{before:dd'/'MM'/'yyyy} → {newDeadline:dd'/'MM'/'yyyy}");
    }

    private void Require(TaskState expected, string message)
    {
        if (State != expected) throw new DomainException(message);
    }

    private static void RequireText(string? text, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException(message);
    }

    private void Move(TaskState to, DateTimeOffset at, int? actorId, string action, string? note)
    {
        var from = State;
        State = to;
        Record(at, actorId, action, from, note);
    }

    private void Record(DateTimeOffset at, int? actorId, string action, TaskState? from, string? note) =>
        _history.Add(new TaskHistoryEntry(at, actorId, action, from, State, note));
}

public sealed class TaskCoordination
{
    private TaskCoordination() { }

    public TaskCoordination(int unitId) => UnitId = unitId;

    public int TaskId { get; private set; }
    public int UnitId { get; private set; }
}

/// <summary>One step in a task's life: who did what, when, and the state before and after.</summary>
public sealed class TaskHistoryEntry
{
    private TaskHistoryEntry() { }

    public TaskHistoryEntry(DateTimeOffset at, int? actorId, string action, TaskState? fromState, TaskState toState, string? note)
    {
        At = at;
        ActorId = actorId;
        Action = action;
        FromState = fromState;
        ToState = toState;
        Note = note;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ActorId { get; private set; }
    public string Action { get; private set; } = "";
    public TaskState? FromState { get; private set; }
    public TaskState ToState { get; private set; }
    public string? Note { get; private set; }
}
