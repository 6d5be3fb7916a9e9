using Portal.Domain.Calendar;
using Portal.Domain.Directives;
using Portal.Domain.Text;

namespace Portal.Domain.Cases;

/// <summary>
/// A unit of assigned work (a case) and its workflow, the same for every <see cref="CaseKind"/>: a task of a directive
/// document today, a press incident, a citizen's question, a voter's opinion or a complaint resolution next. The kind's
/// <see cref="CaseKindRules"/> say how the deadline is set, which steps are offered, the confirmation outcomes and
/// whether the approved answer is published; the source (the directive document, …) is its own aggregate.
/// Every transition names its actor and refuses, by the one guard table (<see cref="CaseGuards"/>), with a Vietnamese
/// message and no change, a step the actor may not take or the state does not allow.
/// The assigner of a top-level case is its tracking specialist at the Office; the assigner of a sub-task
/// (delegated to a sub-unit) is the leader of the unit above, so each level has the same flow.
/// </summary>
public sealed class CaseTask
{
    /// <summary>The reference of the case's source shown in lists (a document's number and symbol).</summary>
    public const int SourceReferenceMaxLength = 80;
    public const int ContentMaxLength = 4000;
    /// <summary>A reason (return, send back, failed confirmation) or a step's note, as typed by the person taking the step.</summary>
    public const int ReasonMaxLength = 2000;

    private readonly List<TaskCoordination> _coordinatingUnits = [];
    private readonly List<TaskParticipant> _participants = [];
    private readonly List<TaskContribution> _contributions = [];
    private readonly List<TaskUpdate> _updates = [];
    private readonly List<ExtensionRequest> _extensionRequests = [];
    private readonly List<TaskProposal> _proposals = [];
    private readonly List<TaskHistoryEntry> _history = [];

    private CaseTask() { }

    /// <summary>
    /// A case of <paramref name="kind"/>, assigned now to its lead unit: its deadline is set by the kind's rule — the given
    /// one (checked), or days from the assignment (more when <paramref name="complex"/>).
    /// </summary>
    public CaseTask(CaseKind kind, string content, int leadUnitId, DateOnly? deadline, bool complex,
                    bool reportRequired, DateTimeOffset assignedAt, int? assignedById, WorkingCalendar calendar)
    {
        Kind = kind;
        deadline = CaseKindRules.For(kind).Deadline.DeadlineFor(VietnamTime.DateOf(assignedAt), deadline, complex, calendar);
        SetContent(content);
        LeadUnitId = leadUnitId;
        Deadline = deadline;
        EffectiveDeadline = deadline;
        ReportRequired = reportRequired;
        AssignedAt = assignedAt;
        Record(assignedAt, assignedById is { } by ? WorkflowActor.Of(by, null) : null, "Giao nhiệm vụ", null, null, deadline is null ? "Không thời hạn" : $"Hạn xử lý {Show(deadline)}");
    }

    /// <summary>A task of a directive document, with the deadline the leader gave (or none).</summary>
    public CaseTask(DirectiveDocument document, string content, int leadUnitId, DateOnly? deadline,
                    bool reportRequired, DateTimeOffset assignedAt, int? assignedById, WorkingCalendar calendar)
        : this(CaseKind.Directive, content, leadUnitId, deadline, complex: false, reportRequired, assignedAt, assignedById, calendar)
    {
        Document = document;
        DocumentId = document.Id;
        SourceReference = TextInput.Optional(document.NumberAndSymbol, SourceReferenceMaxLength, "Số, ký hiệu văn bản");
        IndexSearchText();
    }

    /// <summary>
    /// A press-reported incident (sự việc báo nêu, Huế 53 Phụ lục IV bước 2): the press item a provincial or Office leader sends
    /// to a unit with a direction, due in 5 working days from the assignment (10 when hard or needing several agencies); the
    /// Office's specialist of the field is the assigner who confirms it.
    /// </summary>
    public static CaseTask ForPressItem(Press.PressItem item, string? direction, int leadUnitId, bool complex, DateTimeOffset assignedAt,
                                        int assignedById, int trackerId, WorkingCalendar calendar)
    {
        var guidance = TextInput.Optional(direction, ReasonMaxLength, "Ý kiến chỉ đạo");
        var content = guidance is null ? item.Title : $"{item.Title}\nÝ kiến chỉ đạo: {guidance}";
        var task = new CaseTask(CaseKind.PressIncident, content.Length <= ContentMaxLength ? content : content[..ContentMaxLength], leadUnitId, null, complex,
                                reportRequired: true, assignedAt, assignedById, calendar)
        {
            TrackingSpecialistId = trackerId,
            TrackingLeaderId = assignedById,
        };
        task.PressItemId = item.Id;
        var published = " " + VietnamTime.Show(item.PublishedOn);
        var outlet = item.Outlet.Length + published.Length <= SourceReferenceMaxLength ? item.Outlet : item.Outlet[..(SourceReferenceMaxLength - published.Length)];
        task.SourceReference = outlet.TrimEnd() + published;
        task.IndexSearchText();
        return task;
    }

    /// <summary>
    /// A citizen's question forwarded to the competent units (Huế 53 Phụ lục V bước 2c): due in 5 working days from the
    /// forwarding (10 when hard or needing several agencies); the Office's specialist of the field is the assigner, who
    /// reviews the approved answer and publishes it.
    /// </summary>
    public static CaseTask ForQuestion(Questions.CitizenQuestion question, string? direction, int leadUnitId, bool complex, DateTimeOffset forwardedAt,
                                       int specialistId, int? leaderId, WorkingCalendar calendar)
    {
        var content = direction is null ? question.Title : $"{question.Title}\n{direction}";
        var task = new CaseTask(CaseKind.CitizenQuestion, content.Length <= ContentMaxLength ? content : content[..ContentMaxLength], leadUnitId, null, complex,
                                reportRequired: true, forwardedAt, specialistId, calendar)
        {
            TrackingSpecialistId = specialistId,
            TrackingLeaderId = leaderId,
        };
        task.QuestionId = question.Id;
        task.SourceReference = "Câu hỏi " + question.TrackingCode;
        task.IndexSearchText();
        return task;
    }

    /// <summary>
    /// A resolution task the People's Committee assigns in a complaint file (Đồng Tháp 1122/2017 Điều 5.2–5.6): the deadline the
    /// assigning document gives (required, Điều 7.1), the Office's tracker as the assigner who confirms the unit's report.
    /// </summary>
    public static CaseTask ForComplaint(Complaints.ComplaintCase file, string? content, int leadUnitId, DateOnly? deadline, bool secret,
                                        string? assigningDocument, DateTimeOffset assignedAt, int assignedById, int trackerId, WorkingCalendar calendar)
    {
        Complaints.ComplaintClassification.RequireTaskInScope(deadline, secret);
        var task = new CaseTask(CaseKind.ComplaintResolution, TextInput.Required(content, ContentMaxLength, "Nội dung nhiệm vụ"), leadUnitId, deadline,
                                complex: false, reportRequired: true, assignedAt, assignedById, calendar)
        {
            TrackingSpecialistId = trackerId,
        };
        task.ComplaintCaseId = file.Id;
        task.SourceReference = TextInput.Optional(assigningDocument, SourceReferenceMaxLength, "Văn bản giao nhiệm vụ") ?? $"Vụ việc khiếu nại số {file.Id}";
        task.IndexSearchText();
        return task;
    }

    public int Id { get; private set; }
    public CaseKind Kind { get; private set; }
    /// <summary>The complaint case (vụ việc, its file) a <see cref="CaseKind.ComplaintResolution"/> task belongs to.</summary>
    public int? ComplaintCaseId { get; private set; }
    /// <summary>The citizen's question a <see cref="CaseKind.CitizenQuestion"/> case answers.</summary>
    public int? QuestionId { get; private set; }
    /// <summary>The press item a <see cref="CaseKind.PressIncident"/> case answers.</summary>
    public long? PressItemId { get; private set; }
    /// <summary>The directive document a <see cref="CaseKind.Directive"/> task belongs to; each kind has its own source.</summary>
    public int? DocumentId { get; private set; }
    public DirectiveDocument? Document { get; private set; }
    /// <summary>How lists and notices name the source: the document's number and symbol, the press item's code, ….</summary>
    public string? SourceReference { get; private set; }
    /// <summary>The task of the unit above when this one was delegated to a sub-unit.</summary>
    public int? ParentTaskId { get; private set; }
    public CaseTask? ParentTask { get; private set; }
    public string Content { get; private set; } = "";
    public int LeadUnitId { get; private set; }
    public DateOnly? Deadline { get; private set; }
    /// <summary>The deadline in force: the original one or the last approved extension.</summary>
    public DateOnly? EffectiveDeadline { get; private set; }
    public int ExtensionCount { get; private set; }
    public bool ReportRequired { get; private set; }
    /// <summary>For a task without a deadline: when it reports (hue-71 Điều 7.2c) — when done, or every quarter, half-year or year.</summary>
    public ReportingCycle ReportingCycle { get; private set; }
    /// <summary>The unit's latest update of the task: a progress update or a submitted report (what a periodic update asks for).</summary>
    public DateTimeOffset? LastUpdateAt { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public TaskState State { get; private set; } = TaskState.Assigned;

    /// <summary>The assigner: the Office's tracking specialist, or the leader of the unit above for a sub-task.</summary>
    public int? TrackingSpecialistId { get; init; }
    /// <summary>The agency that submitted the matter to the leaders (cơ quan trình, hue-71 Điều 6.1b).</summary>
    public int? SubmittingUnitId { get; init; }
    /// <summary>The agency that compiles the report on the task (cơ quan tổng hợp báo cáo, khanhhoa-1986 Điều 8.1).</summary>
    public int? CompilingUnitId { get; init; }
    /// <summary>The Office's division head who tracks the task (hue-71 Điều 6.1h).</summary>
    public int? TrackingDepartmentHeadId { get; init; }
    public int? TrackingOfficeLeaderId { get; init; }
    /// <summary>The provincial leader who follows the case and is told when it is escalated.</summary>
    public int? TrackingLeaderId { get; init; }

    /// <summary>The lead specialist working on the task, when it was delegated to a person.</summary>
    public int? AssigneeId { get; private set; }
    public DateTimeOffset? AssigneeOpenedAt { get; private set; }
    /// <summary>The sub-unit the task was delegated to, when it was delegated down the tree.</summary>
    public int? DelegatedUnitId { get; private set; }
    public bool Started { get; private set; }
    public ReportDraft? Report { get; private set; }
    public DateTimeOffset? LastSubmittedAt { get; private set; }
    /// <summary>The Vietnam calendar date of <see cref="LastSubmittedAt"/>, kept so queries can compare it with the deadline.</summary>
    public DateOnly? LastSubmittedOn { get; private set; }
    public ReviewDecision? LastDecision { get; private set; }
    public string? LastDecisionReason { get; private set; }
    /// <summary>The Vietnam date the assigner last judged the result not achieved (the urging cycle restarts from it).</summary>
    public DateOnly? LastRejectedOn { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    /// <summary>The last day for the unit to enter its official answer in the system, counted from the response document's
    /// issue (<see cref="UpdateDeadline"/>): known once the report carries the document's date. Entered late when
    /// <see cref="LastSubmittedOn"/> is after it.</summary>
    public DateOnly? AnswerEntryDueOn { get; private set; }
    /// <summary>The last day for the assigner to review the report submitted last (Đồng Tháp 128 Điều 4.5c); none when the
    /// profile sets no review deadline.</summary>
    public DateOnly? ReviewDueOn { get; private set; }
    /// <summary>When the task was reported to the tracking provincial leader after three urging notices.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }
    /// <summary>The person the task was reported to on escalation (the Chairman or the tracking provincial leader, per profile).</summary>
    public int? EscalatedToId { get; private set; }
    /// <summary>When the approved answer was published, for a kind that publishes (a fact, not a state).</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The moment of the latest history entry: a report for a period that ended before it reads the task's row,
    /// since every change of the status facts writes an entry.</summary>
    public DateTimeOffset? LastHistoryAt { get; private set; }
    public string SearchText { get; private set; } = "";

    public IReadOnlyList<TaskCoordination> CoordinatingUnits => _coordinatingUnits;
    public IReadOnlyList<TaskParticipant> Participants => _participants;
    public IReadOnlyList<TaskContribution> Contributions => _contributions;
    public IReadOnlyList<TaskUpdate> Updates => _updates;
    public IReadOnlyList<ExtensionRequest> ExtensionRequests => _extensionRequests;
    public IReadOnlyList<TaskHistoryEntry> History => _history;

    public ExtensionRequest? PendingExtension => _extensionRequests.FirstOrDefault(r => r.Status == ExtensionStatus.Pending);

    public IReadOnlyList<TaskProposal> Proposals => _proposals;

    public TaskProposal? PendingProposal => _proposals.FirstOrDefault(p => p.Status == ProposalStatus.Pending);

    /// <summary>An extension request or a proposal waits for the assigner's answer: kept with the task, so that the assigner's
    /// "requests waiting" list is read from an index instead of every task being searched for a pending request.</summary>
    public bool HasPendingRequest { get; private set; }

    private void NotePendingRequests() => HasPendingRequest = PendingExtension is not null || PendingProposal is not null;

    public TaskProgress ProgressAt(DateTimeOffset now) =>
        TaskStatusRules.Classify(EffectiveDeadline, Started, LastSubmittedAt, LastDecision, now);

    // ---- who may do what: the guard table -------------------------------------------------------------

    public CaseKindRules Rules => CaseKindRules.For(Kind);

    public bool IsAssigner(WorkflowActor actor) => actor.Is(TrackingSpecialistId);

    public bool IsLeadUnitLeader(WorkflowActor actor) => actor.LeadsUnit(LeadUnitId);

    public bool IsAssignee(WorkflowActor actor) => actor.PersonId is { } person && AssigneeId == person;

    public bool IsCoordinator(WorkflowActor actor) =>
        actor.PersonId is { } person
        && ((actor.UnitId is { } unit && _coordinatingUnits.Any(c => c.UnitId == unit))
            || _participants.Any(p => p.PersonId == person && p.Role == ParticipantRole.CoordinatingSpecialist));

    /// <summary>Every part <paramref name="actor"/> plays in this case.</summary>
    public CaseParty PartiesOf(WorkflowActor actor) =>
        (IsLeadUnitLeader(actor) ? CaseParty.LeadUnitLeader : CaseParty.None)
        | (IsAssignee(actor) ? CaseParty.Assignee : CaseParty.None)
        | (IsAssigner(actor) ? CaseParty.Assigner : CaseParty.None)
        | (IsCoordinator(actor) ? CaseParty.Coordinator : CaseParty.None)
        | (actor.IsAccountOf(LeadUnitId) ? CaseParty.UnitAccount : CaseParty.None);

    /// <summary>Whether <paramref name="actor"/> may take <paramref name="step"/> now, by the guard table.</summary>
    public bool Can(CaseStep step, WorkflowActor actor) => CaseGuards.For(step).RefusalFor(this, actor) is null;

    private void Demand(CaseStep step, WorkflowActor actor, DateTimeOffset at)
    {
        if (CaseGuards.For(step).RefusalFor(this, actor) is { } refusal) throw new DomainException(refusal);
        RequireNotBeforeHistory(at);
    }

    /// <summary>
    /// A step is never dated before the task's last history entry, so the history reads in time order and a closed period,
    /// read from the snapshots, never changes (hue-71 Phụ lục IV, V report "as of" a date).
    /// </summary>
    private void RequireNotBeforeHistory(DateTimeOffset at)
    {
        if (LastHistoryAt is { } last && at < last)
            throw new DomainException(
                $"Thời điểm của thao tác ({VietnamTime.ShowMoment(at)}) trước bước gần nhất trong lịch sử nhiệm vụ ({VietnamTime.ShowMoment(last)}); không ghi lùi thời gian.");
    }

    // ---- transitions -----------------------------------------------------------------------------------

    public void Receive(WorkflowActor actor, DateTimeOffset at)
    {
        Demand(CaseStep.Receive, actor, at);
        Move(TaskState.Received, at, actor, "Tiếp nhận nhiệm vụ", null, null);
    }

    public void ReturnToAssigner(WorkflowActor actor, DateTimeOffset at, string reason)
    {
        Demand(CaseStep.Return, actor, at);
        reason = Reason(reason, "Phải nêu lý do trả lại.", "Lý do trả lại");
        Move(TaskState.Returned, at, actor, ParentTaskId is null ? "Trả lại Văn phòng" : "Trả lại đơn vị giao", reason, null);
    }

    /// <summary>The assigner sends a returned task to another unit; the history keeps both units.</summary>
    public void Redirect(WorkflowActor actor, DateTimeOffset at, int newLeadUnitId, string fromUnitName, string toUnitName, string? note)
    {
        Demand(CaseStep.Redirect, actor, at);
        Require(newLeadUnitId != LeadUnitId, "Hãy chọn một đơn vị khác đơn vị đã trả lại nhiệm vụ.");
        note = Note(note);
        LeadUnitId = newLeadUnitId;
        _coordinatingUnits.RemoveAll(c => c.UnitId == newLeadUnitId);
        Move(TaskState.Assigned, at, actor, "Chuyển đơn vị chủ trì", note, $"Đơn vị chủ trì: {fromUnitName} → {toUnitName}");
    }

    /// <summary>The assigner corrects a returned task (content, deadline) and sends it back to the same unit.</summary>
    public void Correct(WorkflowActor actor, DateTimeOffset at, string content, DateOnly? deadline, WorkingCalendar calendar, string? note)
    {
        Demand(CaseStep.Correct, actor, at);
        note = Note(note);
        var changes = ApplyCorrection(at, content, deadline, calendar, alwaysCheckDeadline: true);
        Move(TaskState.Assigned, at, actor, "Điều chỉnh và giao lại", note, changes);
    }

    /// <summary>
    /// The correction itself, shared by the correction of a returned task and an accepted proposal: the content and the
    /// deadline (checked as a given one), what changed for the history; a new deadline starts a new reminder cycle.
    /// </summary>
    private string? ApplyCorrection(DateTimeOffset at, string content, DateOnly? deadline, WorkingCalendar calendar, bool alwaysCheckDeadline = false)
    {
        // A returned task is assigned anew, so its deadline is checked like a new one; a proposal checks the deadline it changes.
        if (alwaysCheckDeadline || deadline != EffectiveDeadline) DeadlineRule.CheckGiven(VietnamTime.DateOf(at), deadline, calendar);
        content = TextInput.Required(content, ContentMaxLength, "Nội dung nhiệm vụ");
        var changes = new List<string>();
        if (content.Trim() != Content) changes.Add("Nội dung nhiệm vụ được điều chỉnh");
        if (deadline != EffectiveDeadline)
        {
            changes.Add($"Hạn: {Show(EffectiveDeadline)} → {Show(deadline)}");
            EscalatedAt = null;
            EscalatedToId = null;
        }
        SetContent(content);
        Deadline = deadline;
        EffectiveDeadline = deadline;
        return changes.Count == 0 ? null : string.Join("; ", changes);
    }

    /// <summary>The lead unit proposes new content, a new deadline or both, with its reason (Khánh Hòa 1986 Điều 11.4, 12.1b).</summary>
    public TaskProposal ProposeAdjustment(WorkflowActor actor, DateTimeOffset at, string? content, DateOnly? deadline, string reason)
    {
        Demand(CaseStep.ProposeAdjustment, actor, at);
        content = TextInput.Optional(content, ContentMaxLength, "Nội dung đề xuất");
        var newContent = content is not null && content != Content ? content : null;
        var newDeadline = deadline is not null && deadline != EffectiveDeadline ? deadline : null;
        Require(newContent is not null || newDeadline is not null, "Đề xuất phải thay đổi nội dung hoặc thời hạn của nhiệm vụ.");
        Require(newDeadline is null || newDeadline > VietnamTime.DateOf(at), "Thời hạn đề xuất phải sau ngày hôm nay.");
        var proposal = new TaskProposal(actor.Person, at, newContent, newDeadline, reason);
        _proposals.Add(proposal);
        Started = true;
        var changes = new List<string>();
        if (newContent is not null) changes.Add("Đề xuất điều chỉnh nội dung nhiệm vụ");
        if (newDeadline is not null) changes.Add($"Hạn đề xuất: {Show(EffectiveDeadline)} → {Show(newDeadline)}");
        Record(at, actor, "Đề xuất điều chỉnh nhiệm vụ", State, proposal.Reason, string.Join("; ", changes));
        NotePendingRequests();
        return proposal;
    }

    /// <summary>The assigner answers the pending proposal; an accepted one corrects the task as proposed, the state unchanged.</summary>
    public void AnswerProposal(WorkflowActor actor, DateTimeOffset at, bool accept, string? note, WorkingCalendar calendar)
    {
        Demand(CaseStep.AnswerProposal, actor, at);
        var proposal = PendingProposal!;
        proposal.Answer(actor.Person, at, accept, note);
        if (accept)
        {
            var changes = ApplyCorrection(at, proposal.ProposedContent ?? Content, proposal.ProposedDeadline ?? EffectiveDeadline, calendar);
            Record(at, actor, "Điều chỉnh nhiệm vụ theo đề xuất của đơn vị", State, proposal.AnswerNote, changes);
        }
        else
        {
            Record(at, actor, "Không chấp thuận đề xuất điều chỉnh", State, proposal.AnswerNote, null);
        }
        NotePendingRequests();
    }

    public void Delegate(WorkflowActor actor, DateTimeOffset at, int leadSpecialistId, IEnumerable<int> coordinatingSpecialistIds, string? note = null)
    {
        Demand(CaseStep.Delegate, actor, at);
        note = Note(note);
        var before = AssigneeId;
        AssigneeId = leadSpecialistId;
        AssigneeOpenedAt = null;
        DelegatedUnitId = null;
        _participants.Clear();
        _participants.Add(new TaskParticipant(leadSpecialistId, ParticipantRole.LeadSpecialist));
        foreach (var id in coordinatingSpecialistIds.Distinct().Where(id => id != leadSpecialistId))
        {
            _participants.Add(new TaskParticipant(id, ParticipantRole.CoordinatingSpecialist));
        }
        Started = true;
        Move(TaskState.Delegated, at, actor, before is null ? "Giao chuyên viên xử lý" : "Giao lại chuyên viên xử lý", note, null);
    }

    /// <summary>
    /// Delegates the task down the tree: the sub-unit gets its own task with the same content and deadline, which its
    /// leader receives, returns or delegates like any other; its confirmed report comes back here as a draft.
    /// </summary>
    public CaseTask DelegateToSubUnit(WorkflowActor actor, DateTimeOffset at, int subUnitId, string subUnitName, string? note = null)
    {
        Demand(CaseStep.DelegateToSubUnit, actor, at);
        Require(subUnitId != LeadUnitId, "Hãy chọn một đơn vị trực thuộc.");
        note = Note(note);
        var child = new CaseTask
        {
            Kind = Kind,
            Document = Document,
            SourceReference = SourceReference,
            DocumentId = DocumentId,
            ParentTask = this,
            Content = Content,
            SearchText = SearchText,
            LeadUnitId = subUnitId,
            Deadline = EffectiveDeadline,
            EffectiveDeadline = EffectiveDeadline,
            ReportRequired = ReportRequired,
            ReportingCycle = ReportingCycle,
            AssignedAt = at,
            TrackingSpecialistId = actor.Person,
            TrackingLeaderId = TrackingLeaderId,
            TrackingOfficeLeaderId = TrackingOfficeLeaderId,
            TrackingDepartmentHeadId = TrackingDepartmentHeadId,
            SubmittingUnitId = SubmittingUnitId,
            CompilingUnitId = CompilingUnitId,
        };
        child.Record(at, actor, "Giao nhiệm vụ", null, note, $"Hạn xử lý {Show(EffectiveDeadline)}");
        AssigneeId = null;
        AssigneeOpenedAt = null;
        DelegatedUnitId = subUnitId;
        _participants.Clear();
        Started = true;
        Move(TaskState.Delegated, at, actor, "Giao đơn vị trực thuộc xử lý", note, $"Đơn vị xử lý: {subUnitName}");
        return child;
    }

    public void MarkOpenedByAssignee(DateTimeOffset at) => AssigneeOpenedAt ??= at;

    /// <summary>Keeps a draft without sending it for approval.</summary>
    public void SaveDraft(WorkflowActor actor, DateTimeOffset at, ReportDraft draft)
    {
        Demand(CaseStep.SaveDraft, actor, at);
        Report = draft;
        Started = true;
        Record(at, actor, "Lưu dự thảo báo cáo", State, null, null);
    }

    public void SubmitDraft(WorkflowActor actor, DateTimeOffset at, ReportDraft draft)
    {
        Demand(CaseStep.SubmitDraft, actor, at);
        Report = draft;
        Move(TaskState.DraftPendingApproval, at, actor, "Trình dự thảo báo cáo", null, null);
    }

    /// <summary>The sub-unit's confirmed report reaches this task as a draft for this unit's leader to approve.</summary>
    public void ReceiveSubUnitReport(CaseTask child, DateTimeOffset at)
    {
        Require(child.ParentTaskId == Id || child.ParentTask == this, "Báo cáo không thuộc nhiệm vụ này.");
        Require(State == TaskState.Delegated && DelegatedUnitId == child.LeadUnitId, "Nhiệm vụ không còn giao cho đơn vị trực thuộc này.");
        Require(child.State == TaskState.Completed && child.Report is not null, "Báo cáo của đơn vị trực thuộc chưa được xác nhận.");
        RequireNotBeforeHistory(at);
        Report = child.Report!.Copy();
        Move(TaskState.DraftPendingApproval, at, null, "Nhận báo cáo của đơn vị trực thuộc", null, null);
    }

    public void SendBackDraft(WorkflowActor actor, DateTimeOffset at, string comment)
    {
        Demand(CaseStep.SendBackDraft, actor, at);
        comment = Reason(comment, "Phải nêu ý kiến khi trả lại dự thảo.", "Ý kiến trả lại dự thảo");
        Move(TaskState.Delegated, at, actor, "Trả lại dự thảo", comment, null);
        // A sub-unit's report sent back: its task is closed, so the leader handles or re-delegates this one.
        DelegatedUnitId = null;
    }

    /// <summary>
    /// The leader approves the draft, possibly edited; approval submits the report to the assigner and stamps
    /// the submission time, which decides timeliness (Đồng Tháp 128/2026 Điều 5.1).
    /// </summary>
    public void ApproveAndSubmit(WorkflowActor actor, DateTimeOffset at, ReportDraft? edited = null, bool responseDocumentRequired = false)
    {
        Demand(CaseStep.Approve, actor, at);
        if (responseDocumentRequired && ReportRequired && MissingResponseDocument(edited ?? Report) is { } missing) throw new DomainException(missing);
        string? change = null;
        if (edited is not null && edited.Content != Report?.Content) change = "Lãnh đạo đơn vị chỉnh sửa nội dung báo cáo khi phê duyệt";
        if (edited is not null) Report = edited;
        LastSubmittedAt = at;
        LastSubmittedOn = VietnamTime.DateOf(at);
        LastDecision = null;
        LastDecisionReason = null;
        Started = true;
        LastUpdateAt = at;
        Move(TaskState.Submitted, at, actor, "Phê duyệt và gửi báo cáo", null, change);
    }

    /// <summary>
    /// Whether the approved report lacks what the profile requires of a must-report task's answer (Đồng Tháp 128 Điều 14.4,
    /// Khánh Hòa 1986 Điều 8.2): the response document's number and symbol, its date, its signer and its signed file.
    /// </summary>
    public static string? MissingResponseDocument(ReportDraft? report)
    {
        if (report is null) return "Chưa có báo cáo.";
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(report.NumberAndSymbol)) missing.Add("số, ký hiệu");
        if (report.DocumentDate is null) missing.Add("ngày ban hành");
        if (string.IsNullOrWhiteSpace(report.Signer)) missing.Add("người ký");
        if (report.AttachmentId is null) missing.Add("tệp văn bản có chữ ký");
        return missing.Count == 0 ? null : $"Theo quy định của tỉnh, báo cáo phải kèm văn bản trả lời: còn thiếu {string.Join(", ", missing)}.";
    }

    /// <summary>
    /// The assigner records a task that needs no report as done (hue-71 Điều 4.1 "không phải báo cáo nhưng phải thực hiện
    /// trong thời hạn đó"): completed at this moment, its timeliness by this moment like a submission.
    /// </summary>
    public void RecordCompletion(WorkflowActor actor, DateTimeOffset at, string? note)
    {
        Demand(CaseStep.RecordCompletion, actor, at);
        note = Note(note);
        LastSubmittedAt = at;
        LastSubmittedOn = VietnamTime.DateOf(at);
        LastDecision = ReviewDecision.Accepted;
        LastDecisionReason = null;
        CompletedAt = at;
        Started = true;
        Move(TaskState.Completed, at, actor, "Ghi nhận hoàn thành (nhiệm vụ không phải báo cáo)", note, null);
    }

    /// <summary>
    /// Keeps the update deadlines in step with the task after a step: while unfinished, the answer-entry day follows the
    /// response document the report carries; on submission, the review day follows the submission's time.
    /// </summary>
    public void PlanUpdateDeadlines(UpdateDeadline answerEntry, UpdateDeadline? review, WorkingCalendar calendar)
    {
        if (State == TaskState.Completed) return;
        AnswerEntryDueOn = ReportRequired && Report?.DocumentDate is { } issued ? answerEntry.DueOn(issued, Report.DocumentTime, calendar) : null;
        if (State == TaskState.Submitted && LastSubmittedAt is { } submitted) ReviewDueOn = review?.DueOn(submitted, calendar);
    }

    /// <summary>Whether the report was entered after the answer-entry limit (the official answer came earlier than its entry allows).</summary>
    public bool AnswerEnteredLate => LastSubmittedOn is { } on && AnswerEntryDueOn is { } due && on > due;

    /// <summary>Sets how a task without a deadline reports; a task with a deadline reports when done.</summary>
    public void SetReportingCycle(ReportingCycle cycle)
    {
        Require(Enum.IsDefined(cycle), "Kỳ báo cáo không hợp lệ.");
        Require(cycle == ReportingCycle.WhenDone || EffectiveDeadline is null, "Chỉ nhiệm vụ không có thời hạn mới báo cáo định kỳ.");
        ReportingCycle = cycle;
    }

    /// <summary>
    /// Whether the task owes its periodic update on <paramref name="today"/> (hue-71 Điều 7.2c): still unfinished, reporting
    /// by a cycle, and nothing updated since the current period began.
    /// </summary>
    public bool OwesPeriodicUpdate(DateOnly today) =>
        CaseStates.Unfinished.Contains(State) && ReportingCycles.PeriodStart(ReportingCycle, today) is { } start
        && (LastUpdateAt is not { } last || VietnamTime.DateOf(last) < start);

    public void Confirm(WorkflowActor actor, DateTimeOffset at, ReviewDecision decision, string? reason)
    {
        Demand(CaseStep.Confirm, actor, at);
        var outcome = Rules.OutcomeLabel(decision);
        if (decision == ReviewDecision.Rejected) RequireText(reason, "Phải nêu lý do khi xác nhận không đạt.");
        reason = TextInput.Optional(reason, ReasonMaxLength, "Lý do");
        LastDecision = decision;
        LastDecisionReason = reason;
        if (decision == ReviewDecision.Accepted)
        {
            CompletedAt = at;
            Move(TaskState.Completed, at, actor, $"Xác nhận {outcome.ToLowerInvariant()}", reason, null);
        }
        else
        {
            LastRejectedOn = VietnamTime.DateOf(at);
            Move(TaskState.Delegated, at, actor, $"Xác nhận {outcome.ToLowerInvariant()}", reason, null);
        }
    }

    public void FileProgress(WorkflowActor actor, DateTimeOffset at, string content, string? delayReason, string? proposals)
    {
        Demand(CaseStep.FileProgress, actor, at);
        var update = new TaskUpdate(actor.PersonId, at, content, delayReason, proposals) { AuthorCapacity = actor.Capacity };
        _updates.Add(update);
        Started = true;
        LastUpdateAt = at;
        Record(at, actor, "Cập nhật tiến độ", State, update.Content, null);
    }

    public void Contribute(WorkflowActor actor, DateTimeOffset at, string content, Guid? attachmentId)
    {
        Demand(CaseStep.Contribute, actor, at);
        _contributions.Add(new TaskContribution(actor.Person, actor.UnitId, at, content, attachmentId));
        Record(at, actor, "Gửi ý kiến phối hợp", State, null, null);
    }

    /// <summary>The lead unit asks a coordinating unit for its contribution by a date (Đồng Tháp 128 Điều 14.6); a new ask replaces the date.</summary>
    public void AskContribution(WorkflowActor actor, DateTimeOffset at, int unitId, string unitName, DateOnly dueOn)
    {
        Demand(CaseStep.AskContribution, actor, at);
        var coordination = _coordinatingUnits.FirstOrDefault(c => c.UnitId == unitId)
                           ?? throw new DomainException("Đơn vị này không phải đơn vị phối hợp của nhiệm vụ.");
        Require(dueOn >= VietnamTime.DateOf(at), "Hạn góp ý không được trước ngày hôm nay.");
        coordination.Ask(dueOn, at);
        Record(at, actor, "Đề nghị đơn vị phối hợp góp ý", State, null, $"{unitName}: hạn góp ý {Show(dueOn)}");
    }

    /// <summary>
    /// Whether a coordinating unit's contribution is late on <paramref name="today"/>: asked by a date, and none came by
    /// then (still none after it, or the first one after it).
    /// </summary>
    public bool IsContributionLate(TaskCoordination coordination, DateOnly today)
    {
        if (coordination.ContributionDueOn is not { } due) return false;
        var first = _contributions.Where(c => c.UnitId == coordination.UnitId).Select(c => (DateTimeOffset?)c.At).Min();
        return first is { } at ? VietnamTime.DateOf(at) > due : today > due;
    }

    /// <summary>The lead unit asks for a later deadline, with its request document (required when <paramref name="documentRequired"/>:
    /// Đồng Tháp 128 Điều 5.2d "phải gửi văn bản đề nghị").</summary>
    public ExtensionRequest RequestExtension(WorkflowActor actor, DateTimeOffset at, DateOnly requestedDeadline, string reason, Guid? documentId,
                                             bool documentRequired = false)
    {
        Demand(CaseStep.RequestExtension, actor, at);
        Require(!documentRequired || documentId is not null, "Theo quy định của tỉnh, đề nghị gia hạn phải kèm văn bản đề nghị.");
        var request = new ExtensionRequest(actor.Person, at, EffectiveDeadline!.Value, requestedDeadline, reason, documentId);
        _extensionRequests.Add(request);
        Started = true;
        Record(at, actor, "Đề nghị gia hạn", State, request.Reason, $"Hạn đề nghị: {Show(EffectiveDeadline)} → {Show(requestedDeadline)}");
        NotePendingRequests();
        return request;
    }

    /// <summary>The assigner grants the extension — the date asked for, or an earlier one (<paramref name="grantedDeadline"/>) — with
    /// the approving document (required when <paramref name="documentRequired"/>), or refuses it.</summary>
    public void DecideExtension(WorkflowActor actor, DateTimeOffset at, bool approve, string? note, DateOnly? grantedDeadline = null,
                                Guid? decisionDocumentId = null, bool documentRequired = false)
    {
        Demand(CaseStep.DecideExtension, actor, at);
        var request = PendingExtension!;
        request.Decide(actor.Person, at, approve, note, grantedDeadline, decisionDocumentId, documentRequired);
        if (approve)
        {
            var before = EffectiveDeadline;
            EffectiveDeadline = request.GrantedDeadline!.Value;
            ExtensionCount++;
            // A new deadline starts a new cycle: warnings, overdue notice, urging and, if need be, escalation again.
            EscalatedAt = null;
            EscalatedToId = null;
            Record(at, actor, "Chấp thuận gia hạn", State, request.DecisionNote, $"Hạn: {Show(before)} → {Show(EffectiveDeadline)} (lần {ExtensionCount})");
        }
        else
        {
            Record(at, actor, "Không chấp thuận gia hạn", State, request.DecisionNote, null);
        }
        NotePendingRequests();
    }

    /// <summary>
    /// Reports the task to the province's leadership: past its deadline, the last notice sent, still no result
    /// (hue-71 Điều 8.1e). <paramref name="to"/> is the person it is reported to, <paramref name="toWhom"/> how the history
    /// names them. One that fell due before the reminders' catch-up window is recorded as such, without a notice to anyone
    /// (<paramref name="notified"/>).
    /// </summary>
    public void Escalate(DateTimeOffset at, int noticeCount, bool notified = true, int? to = null, string toWhom = "Chủ tịch UBND tỉnh")
    {
        Require(IsUrgeable(VietnamTime.DateOf(at)), "Chỉ báo cáo lãnh đạo UBND tỉnh các nhiệm vụ quá hạn chưa có kết quả.");
        if (EscalatedAt is not null) return;
        RequireNotBeforeHistory(at);
        EscalatedAt = at;
        EscalatedToId = to;
        Record(at, null, $"Báo cáo {toWhom}", State,
               notified ? $"Quá {noticeCount} phiếu báo chưa có kết quả" : $"Quá {noticeCount} phiếu báo chưa có kết quả (ghi nhận khi cập nhật dữ liệu tồn đọng, không gửi thông báo)", null);
    }

    /// <summary>Past its deadline and still without a result at the unit (nothing submitted, not returned).</summary>
    public bool IsUrgeable(DateOnly today) => CaseStates.IsWithUnit(State) && EffectiveDeadline is { } due && due < today;

    /// <summary>The assigner publishes the confirmed answer, for a kind that publishes its answers; the state stays.</summary>
    public void Publish(WorkflowActor actor, DateTimeOffset at)
    {
        Demand(CaseStep.Publish, actor, at);
        PublishedAt = at;
        Record(at, actor, "Công khai câu trả lời", State, null, null);
    }

    /// <summary>The source's reference changed (a corrected document number): lists and the text search name it anew.</summary>
    public void RenameSource(string? reference)
    {
        SourceReference = TextInput.Optional(reference, SourceReferenceMaxLength, "Số, ký hiệu văn bản");
        IndexSearchText();
    }

    /// <summary>Whether the task was only registered: still with its lead unit untouched, nothing recorded but its assignment.</summary>
    public bool IsUntouched => State == TaskState.Assigned && (LastHistoryAt is null || LastHistoryAt <= AssignedAt);

    public void AddCoordinatingUnit(int unitId)
    {
        Require(unitId != LeadUnitId, "Đơn vị chủ trì không thể đồng thời là đơn vị phối hợp.");
        if (_coordinatingUnits.Any(c => c.UnitId == unitId)) return;
        _coordinatingUnits.Add(new TaskCoordination(unitId));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private void SetContent(string content)
    {
        Content = TextInput.Required(content, ContentMaxLength, "Nội dung nhiệm vụ");
        IndexSearchText();
    }

    /// <summary>What the list's text filter searches: the source's reference and the content, accents folded.</summary>
    private void IndexSearchText() => SearchText = TextFolding.Join(SourceReference, Content);

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new DomainException(message);
    }

    private static void RequireText(string? text, string message) => Require(!string.IsNullOrWhiteSpace(text), message);

    private static string Reason(string? text, string emptyMessage, string field)
    {
        RequireText(text, emptyMessage);
        return TextInput.Required(text, ReasonMaxLength, field);
    }

    private static string? Note(string? note) => TextInput.Optional(note, ReasonMaxLength, "Ghi chú");

    private void Move(TaskState to, DateTimeOffset at, WorkflowActor? actor, string action, string? note, string? change)
    {
        var from = State;
        State = to;
        Record(at, actor, action, from, note, change);
    }

    private void Record(DateTimeOffset at, WorkflowActor? actor, string action, TaskState? from, string? note, string? change)
    {
        _history.Add(new TaskHistoryEntry(at, actor?.PersonId, action, from, State, note, change) { ActorCapacity = actor?.Capacity }
            .WithSnapshot(LeadUnitId, EffectiveDeadline, Started, LastSubmittedAt, LastDecision));
        if (LastHistoryAt is null || at > LastHistoryAt) LastHistoryAt = at;
    }

    private static string Show(DateOnly? date) => date is { } d ? VietnamTime.Show(d) : "không thời hạn";
}
