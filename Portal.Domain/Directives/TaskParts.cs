using Portal.Domain.Text;

namespace Portal.Domain.Directives;

/// <summary>The unit's report on a task: its content and the response document (Khánh Hòa Điều 8.2).</summary>
public sealed class ReportDraft
{
    public const int ContentMaxLength = 8000;
    public const int DocumentNameMaxLength = 200;
    public const int NumberAndSymbolMaxLength = 80;
    public const int SummaryMaxLength = 1000;
    public const int SignerMaxLength = 150;

    private ReportDraft() { }

    public ReportDraft(string content, string? documentName = null, string? numberAndSymbol = null, string? summary = null,
                       DateOnly? documentDate = null, string? signer = null, Guid? attachmentId = null)
    {
        Content = TextInput.Required(content, ContentMaxLength, "Nội dung báo cáo");
        DocumentName = TextInput.Optional(documentName, DocumentNameMaxLength, "Tên văn bản trả lời");
        NumberAndSymbol = TextInput.Optional(numberAndSymbol, NumberAndSymbolMaxLength, "Số, ký hiệu văn bản trả lời");
        Summary = TextInput.Optional(summary, SummaryMaxLength, "Trích yếu văn bản trả lời");
        DocumentDate = documentDate;
        Signer = TextInput.Optional(signer, SignerMaxLength, "Người ký");
        AttachmentId = attachmentId;
    }

    public string Content { get; private set; } = "";
    public string? DocumentName { get; private set; }
    public string? NumberAndSymbol { get; private set; }
    public string? Summary { get; private set; }
    public DateOnly? DocumentDate { get; private set; }
    public string? Signer { get; private set; }
    public Guid? AttachmentId { get; private set; }

}

public enum ParticipantRole { LeadSpecialist, CoordinatingSpecialist }

/// <summary>A specialist the unit leader put on the task.</summary>
public sealed class TaskParticipant
{
    private TaskParticipant() { }

    public TaskParticipant(int personId, ParticipantRole role)
    {
        PersonId = personId;
        Role = role;
    }

    public int TaskId { get; private set; }
    public int PersonId { get; private set; }
    public ParticipantRole Role { get; private set; }
}

/// <summary>A coordinating unit's or specialist's contribution to the lead unit's report (Đồng Tháp Điều 14.6).</summary>
public sealed class TaskContribution
{
    public const int ContentMaxLength = 4000;

    private TaskContribution() { }

    public TaskContribution(int authorId, int? unitId, DateTimeOffset at, string content, Guid? attachmentId)
    {
        Content = TextInput.Required(content, ContentMaxLength, "Nội dung ý kiến phối hợp");
        AuthorId = authorId;
        UnitId = unitId;
        At = at;
        AttachmentId = attachmentId;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public int AuthorId { get; private set; }
    public int? UnitId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Content { get; private set; } = "";
    public Guid? AttachmentId { get; private set; }
}

/// <summary>A progress update: the situation, the reason for a delay and proposals (Khánh Hòa Điều 10.3).</summary>
public sealed class TaskUpdate
{
    public const int ContentMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    private TaskUpdate() { }

    public TaskUpdate(int authorId, DateTimeOffset at, string content, string? delayReason, string? proposals)
    {
        Content = TextInput.Required(content, ContentMaxLength, "Nội dung cập nhật tiến độ");
        DelayReason = TextInput.Optional(delayReason, NoteMaxLength, "Lý do chậm");
        Proposals = TextInput.Optional(proposals, NoteMaxLength, "Kiến nghị, đề xuất");
        AuthorId = authorId;
        At = at;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public int AuthorId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Content { get; private set; } = "";
    public string? DelayReason { get; private set; }
    public string? Proposals { get; private set; }
}

public enum ExtensionStatus { Pending, Approved, Refused }

/// <summary>A request to move the deadline; effective only once the assigner approves it (Đồng Tháp Điều 5.2d).</summary>
public sealed class ExtensionRequest
{
    public const int ReasonMaxLength = 2000;

    private ExtensionRequest() { }

    public ExtensionRequest(int requestedById, DateTimeOffset requestedAt, DateOnly currentDeadline, DateOnly requestedDeadline,
                            string reason, Guid? documentId)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Phải nêu lý do đề nghị gia hạn.");
        reason = TextInput.Required(reason, ReasonMaxLength, "Lý do đề nghị gia hạn");
        if (requestedDeadline <= currentDeadline) throw new DomainException("Hạn đề nghị phải sau hạn hiện tại.");
        RequestedById = requestedById;
        RequestedAt = requestedAt;
        CurrentDeadline = currentDeadline;
        RequestedDeadline = requestedDeadline;
        Reason = reason;
        DocumentId = documentId;
    }

    public int Id { get; private set; }
    public int TaskId { get; private set; }
    public int RequestedById { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateOnly CurrentDeadline { get; private set; }
    public DateOnly RequestedDeadline { get; private set; }
    public string Reason { get; private set; } = "";
    public Guid? DocumentId { get; private set; }
    public ExtensionStatus Status { get; private set; }
    public int? DecidedById { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    internal void Decide(int deciderId, DateTimeOffset at, bool approve, string? note)
    {
        if (Status != ExtensionStatus.Pending) throw new DomainException("Đề nghị gia hạn này đã được xử lý.");
        if (!approve && string.IsNullOrWhiteSpace(note)) throw new DomainException("Phải nêu lý do khi không chấp thuận gia hạn.");
        note = TextInput.Optional(note, ReasonMaxLength, "Ý kiến về đề nghị gia hạn");
        Status = approve ? ExtensionStatus.Approved : ExtensionStatus.Refused;
        DecidedById = deciderId;
        DecidedAt = at;
        DecisionNote = note;
    }
}

/// <summary>One step in a task's life: who did what, when, the state before and after, and what changed.</summary>
public sealed class TaskHistoryEntry
{
    private TaskHistoryEntry() { }

    public TaskHistoryEntry(DateTimeOffset at, int? actorId, string action, TaskState? fromState, TaskState toState, string? note, string? change)
    {
        At = at;
        ActorId = actorId;
        Action = action;
        FromState = fromState;
        ToState = toState;
        Note = note;
        Change = change;
    }

    public long Id { get; private set; }
    public int TaskId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public int? ActorId { get; private set; }
    public string Action { get; private set; } = "";
    public TaskState? FromState { get; private set; }
    public TaskState ToState { get; private set; }
    public string? Note { get; private set; }
    /// <summary>Before → after of what the step changed (deadline, lead unit, report), when it changed data.</summary>
    public string? Change { get; private set; }

    // The task's status facts right after the step, so reports can tell how a task stood on any past day.
    public int? LeadUnitId { get; private set; }
    public DateOnly? Deadline { get; private set; }
    public bool Started { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public Tasks.ReviewDecision? Decision { get; private set; }

    internal TaskHistoryEntry WithSnapshot(int leadUnitId, DateOnly? deadline, bool started, DateTimeOffset? submittedAt, Tasks.ReviewDecision? decision)
    {
        LeadUnitId = leadUnitId;
        Deadline = deadline;
        Started = started;
        SubmittedAt = submittedAt;
        Decision = decision;
        return this;
    }

    /// <summary>The status the task had right after this step, judged at <paramref name="at"/>.</summary>
    public Tasks.TaskProgress ProgressAt(DateTimeOffset at) => Tasks.TaskStatusRules.Classify(Deadline, Started, SubmittedAt, Decision, at);
}

public sealed class TaskCoordination
{
    private TaskCoordination() { }

    public TaskCoordination(int unitId) => UnitId = unitId;

    public int TaskId { get; private set; }
    public int UnitId { get; private set; }
}
