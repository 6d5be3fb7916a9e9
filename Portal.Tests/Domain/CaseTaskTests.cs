using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Domain;

public sealed class CaseTaskTests
{
    private const int LeadUnit = 10;
    private const int SubUnit = 11;
    private const int OtherUnit = 20;
    private const int CoordinatingUnit = 30;
    private const int Office = 100;

    private static readonly WorkingCalendar Calendar = OfficialSchedules.CalendarFor(2026);
    private static readonly DirectiveDocument Document =
        new(DocumentType.CongVan, "12", "UBND-KT", "Về việc thử nghiệm", new DateOnly(2026, 11, 2), 1, SecrecyLevel.None);

    private static readonly WorkflowActor Tracker = WorkflowActor.Of(1, Office, PortalRoles.TrackingSpecialist);
    private static readonly WorkflowActor OtherTracker = WorkflowActor.Of(9, Office, PortalRoles.TrackingSpecialist);
    private static readonly WorkflowActor Leader = WorkflowActor.Of(2, LeadUnit, PortalRoles.UnitLeader);
    private static readonly WorkflowActor Specialist = WorkflowActor.Of(3, LeadUnit, PortalRoles.UnitSpecialist);
    private static readonly WorkflowActor OtherLeader = WorkflowActor.Of(4, OtherUnit, PortalRoles.UnitLeader);
    private static readonly WorkflowActor Coordinator = WorkflowActor.Of(5, CoordinatingUnit, PortalRoles.UnitSpecialist);
    private static readonly WorkflowActor SubLeader = WorkflowActor.Of(6, SubUnit, PortalRoles.UnitLeader);
    private static readonly WorkflowActor SubSpecialist = WorkflowActor.Of(7, SubUnit, PortalRoles.UnitSpecialist);
    // The lead unit's own account, even holding the leader's role besides (Khánh Hòa 1986 Điều 4.2c): progress and drafts only.
    private static readonly WorkflowActor LeadUnitAccount =
        WorkflowActor.OfUnitAccount(LeadUnit, "Tài khoản đơn vị – người cập nhật: Ngô Văn Nhập", PortalRoles.UnitSpecialist, PortalRoles.UnitLeader);
    private static readonly WorkflowActor OtherUnitAccount = WorkflowActor.OfUnitAccount(OtherUnit, "Tài khoản đơn vị khác", PortalRoles.UnitSpecialist);
    // Another tracker standing in for the absent assigner (quyền, phụ trách) takes the assigner's steps.
    private static readonly WorkflowActor TrackersStandIn = OtherTracker with { ActingForId = Tracker.PersonId, Capacity = "Quyền (thay chuyên viên theo dõi)" };

    private static readonly Dictionary<string, WorkflowActor> Actors = new()
    {
        ["tracker"] = Tracker,
        ["other tracker"] = OtherTracker,
        ["lead unit leader"] = Leader,
        ["assigned specialist"] = Specialist,
        ["other unit leader"] = OtherLeader,
        ["coordinating unit"] = Coordinator,
        ["lead unit account"] = LeadUnitAccount,
        ["other unit account"] = OtherUnitAccount,
        ["tracker's stand-in"] = TrackersStandIn,
    };

    private static ReportDraft Draft(string content = "Đã hoàn thành") => new(content, "Báo cáo", "15/BC-STC", "Kết quả", new DateOnly(2026, 11, 10), "Lê Văn Đức");

    private static CaseTask NewTask(DateOnly? deadline = null, bool reportRequired = true)
    {
        var task = new CaseTask(Document, "Báo cáo tình hình", LeadUnit, deadline ?? new DateOnly(2026, 11, 20), reportRequired, Vn(2026, 11, 2), 1, Calendar)
        {
            TrackingSpecialistId = Tracker.PersonId,
        };
        task.AddCoordinatingUnit(CoordinatingUnit);
        return task;
    }

    /// <summary>A task brought to the state; null when a task of its class never reaches it (one that needs no report is never drafted).</summary>
    private static CaseTask? InState(TaskState state, bool reportRequired = true)
    {
        var task = NewTask(reportRequired: reportRequired);
        if (state == TaskState.Assigned) return task;
        if (state == TaskState.Returned)
        {
            task.ReturnToAssigner(Leader, Vn(2026, 11, 3), "Không thuộc chức năng");
            return task;
        }
        task.Receive(Leader, Vn(2026, 11, 3));
        if (state == TaskState.Received) return task;
        task.Delegate(Leader, Vn(2026, 11, 3, 10), Specialist.Person, []);
        if (state == TaskState.Delegated) return task;
        if (!reportRequired)
        {
            if (state != TaskState.Completed) return null;
            task.RecordCompletion(Tracker, Vn(2026, 11, 12), null);
            return task;
        }
        task.SubmitDraft(Specialist, Vn(2026, 11, 10), Draft());
        if (state == TaskState.DraftPendingApproval) return task;
        task.ApproveAndSubmit(Leader, Vn(2026, 11, 11));
        if (state == TaskState.Submitted) return task;
        task.Confirm(Tracker, Vn(2026, 11, 12), ReviewDecision.Accepted, null);
        return task;
    }

    // The regulation's table of who may do what in which state (SPEC §4; Đồng Tháp 128/2026 Điều 4–5, 14).
    private static readonly Dictionary<string, (Action<CaseTask, WorkflowActor> Step, Func<TaskState, string, bool> Allowed)> Transitions = new()
    {
        ["receive"] = ((t, a) => t.Receive(a, Vn(2026, 11, 13)),
            (s, who) => s == TaskState.Assigned && who == "lead unit leader"),
        ["return"] = ((t, a) => t.ReturnToAssigner(a, Vn(2026, 11, 13), "Sai đơn vị"),
            (s, who) => s is TaskState.Assigned or TaskState.Received && who == "lead unit leader"),
        ["redirect"] = ((t, a) => t.Redirect(a, Vn(2026, 11, 13), OtherUnit, "Sở A", "Sở B", null),
            (s, who) => s == TaskState.Returned && who is "tracker" or "tracker's stand-in"),
        ["delegate"] = ((t, a) => t.Delegate(a, Vn(2026, 11, 13), Specialist.Person, []),
            (s, who) => s is TaskState.Assigned or TaskState.Received or TaskState.Delegated && who == "lead unit leader"),
        ["submit draft"] = ((t, a) => t.SubmitDraft(a, Vn(2026, 11, 13), Draft()),
            (s, who) => s == TaskState.Delegated && who is "lead unit leader" or "assigned specialist" or "lead unit account"),
        ["save draft"] = ((t, a) => t.SaveDraft(a, Vn(2026, 11, 13), Draft()),
            (s, who) => s == TaskState.Delegated && who is "lead unit leader" or "assigned specialist" or "lead unit account"),
        ["send back draft"] = ((t, a) => t.SendBackDraft(a, Vn(2026, 11, 13), "Bổ sung"),
            (s, who) => s == TaskState.DraftPendingApproval && who == "lead unit leader"),
        ["approve"] = ((t, a) => t.ApproveAndSubmit(a, Vn(2026, 11, 13)),
            (s, who) => s == TaskState.DraftPendingApproval && who == "lead unit leader"),
        ["confirm"] = ((t, a) => t.Confirm(a, Vn(2026, 11, 13), ReviewDecision.Accepted, null),
            (s, who) => s == TaskState.Submitted && who is "tracker" or "tracker's stand-in"),
        ["file progress"] = ((t, a) => t.FileProgress(a, Vn(2026, 11, 13), "Đang làm", null, null),
            (s, who) => (s == TaskState.Received && who is "lead unit leader" or "lead unit account")
                        || (s is TaskState.Delegated or TaskState.DraftPendingApproval && who is "lead unit leader" or "assigned specialist" or "lead unit account")),
        ["contribute"] = ((t, a) => t.Contribute(a, Vn(2026, 11, 13), "Ý kiến phối hợp", null),
            (s, who) => s is not (TaskState.Completed or TaskState.Returned) && who == "coordinating unit"),
        ["ask contribution"] = ((t, a) => t.AskContribution(a, Vn(2026, 11, 13), CoordinatingUnit, "Sở phối hợp", new DateOnly(2026, 11, 18)),
            (s, who) => (s == TaskState.Received && who == "lead unit leader")
                        || (s is TaskState.Delegated or TaskState.DraftPendingApproval && who is "lead unit leader" or "assigned specialist")),
        ["request extension"] = ((t, a) => t.RequestExtension(a, Vn(2026, 11, 13), new DateOnly(2026, 12, 4), "Cần thêm thời gian", null),
            (s, who) => s is TaskState.Received or TaskState.Delegated or TaskState.DraftPendingApproval && who == "lead unit leader"),
        ["propose adjustment"] = ((t, a) => t.ProposeAdjustment(a, Vn(2026, 11, 13), "Báo cáo tình hình, bổ sung số liệu quý IV", new DateOnly(2026, 12, 4), "Chờ số liệu"),
            (s, who) => s is TaskState.Received or TaskState.Delegated or TaskState.DraftPendingApproval && who == "lead unit leader"),
        ["answer proposal"] = ((t, a) => t.AnswerProposal(a, Vn(2026, 11, 13), true, null, Calendar),
            (s, who) => s is TaskState.Received or TaskState.Delegated or TaskState.DraftPendingApproval && who is "tracker" or "tracker's stand-in"),
        // A task that needs no report (hue-71 Điều 4.1): the assigner records it done; nobody drafts it.
        ["record completion"] = ((t, a) => t.RecordCompletion(a, Vn(2026, 11, 13), null),
            (s, who) => s is TaskState.Assigned or TaskState.Received or TaskState.Delegated && who is "tracker" or "tracker's stand-in"),
        ["draft a task needing no report"] = ((t, a) => t.SubmitDraft(a, Vn(2026, 11, 13), Draft()), (_, _) => false),
    };

    /// <summary>The transitions played on a task that needs no report.</summary>
    private static readonly HashSet<string> NeedingNoReport = ["record completion", "draft a task needing no report"];

    // What a transition needs besides the state: the unit's proposal waiting for an answer, wherever one can be made.
    private static readonly Dictionary<string, Action<CaseTask>> Prepare = new()
    {
        ["answer proposal"] = t =>
        {
            if (CaseStates.AtWork.Contains(t.State))
                t.ProposeAdjustment(Leader, Vn(2026, 11, 12, 10), "Báo cáo tình hình, bổ sung số liệu quý IV", new DateOnly(2026, 12, 4), "Chờ số liệu");
        },
    };

    // The guard table's step behind each transition: what the page offers (Can) must be what the transition allows.
    private static readonly Dictionary<string, CaseStep> Steps = new()
    {
        ["receive"] = CaseStep.Receive,
        ["return"] = CaseStep.Return,
        ["redirect"] = CaseStep.Redirect,
        ["delegate"] = CaseStep.Delegate,
        ["submit draft"] = CaseStep.SubmitDraft,
        ["save draft"] = CaseStep.SaveDraft,
        ["send back draft"] = CaseStep.SendBackDraft,
        ["approve"] = CaseStep.Approve,
        ["confirm"] = CaseStep.Confirm,
        ["file progress"] = CaseStep.FileProgress,
        ["contribute"] = CaseStep.Contribute,
        ["request extension"] = CaseStep.RequestExtension,
        ["ask contribution"] = CaseStep.AskContribution,
        ["propose adjustment"] = CaseStep.ProposeAdjustment,
        ["answer proposal"] = CaseStep.AnswerProposal,
        ["record completion"] = CaseStep.RecordCompletion,
        ["draft a task needing no report"] = CaseStep.SubmitDraft,
    };

    public static TheoryData<string, TaskState, string> Matrix()
    {
        var data = new TheoryData<string, TaskState, string>();
        foreach (var transition in Transitions.Keys)
            foreach (var state in Enum.GetValues<TaskState>())
                foreach (var actor in Actors.Keys)
                {
                    data.Add(transition, state, actor);
                }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_transition_is_allowed_only_to_the_right_actor_in_the_right_state(string transition, TaskState state, string actor)
    {
        if (InState(state, reportRequired: !NeedingNoReport.Contains(transition)) is not { } task) return;
        if (Prepare.TryGetValue(transition, out var prepare)) prepare(task);
        var (step, allowed) = Transitions[transition];
        var historyBefore = task.History.Count;
        Assert.Equal(allowed(state, actor), task.Can(Steps[transition], Actors[actor]));

        if (allowed(state, actor))
        {
            step(task, Actors[actor]);
            Assert.True(task.History.Count > historyBefore, $"{transition} by {actor} in {state} should leave a history entry");
            // Reports read an unchanged task's row instead of its history: the latest entry must hold the row's status facts.
            var latest = task.History[^1];
            Assert.Equal(task.History.Max(h => h.At), task.LastHistoryAt);
            Assert.Equal((task.State, task.LeadUnitId, task.EffectiveDeadline, task.Started, task.LastSubmittedAt, task.LastDecision),
                         (latest.ToState, latest.LeadUnitId!.Value, latest.Deadline, latest.Started, latest.SubmittedAt, latest.Decision));
        }
        else
        {
            Assert.Throws<DomainException>(() => step(task, Actors[actor]));
            Assert.Equal(state, task.State);
            Assert.Equal(historyBefore, task.History.Count);
        }
    }

    [Fact]
    public void A_secret_document_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            new DirectiveDocument(DocumentType.CongVan, "1", "UBND-NC", "Mật", new DateOnly(2026, 11, 2), 1, SecrecyLevel.Mat));

        Assert.Contains("mật", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_deadline_earlier_than_one_working_day_after_assignment_is_refused()
    {
        // Assigned on Friday 27/11: the earliest deadline is Monday 30/11.
        Assert.Throws<DomainException>(() => new CaseTask(Document, "X", 10, new DateOnly(2026, 11, 27), true, Vn(2026, 11, 27), 1, Calendar));
        Assert.Throws<DomainException>(() => new CaseTask(Document, "X", 10, new DateOnly(2026, 11, 29), true, Vn(2026, 11, 27), 1, Calendar));
        var task = new CaseTask(Document, "X", 10, new DateOnly(2026, 11, 30), true, Vn(2026, 11, 27), 1, Calendar);
        Assert.Equal(new DateOnly(2026, 11, 30), task.EffectiveDeadline);
    }

    [Fact]
    public void The_full_cycle_ends_completed_on_time_with_its_history()
    {
        var task = NewTask();

        task.Receive(Leader, Vn(2026, 11, 3));
        task.Delegate(Leader, Vn(2026, 11, 3, 10), Specialist.Person, [8]);
        task.SubmitDraft(Specialist, Vn(2026, 11, 10), Draft());
        task.ApproveAndSubmit(Leader, Vn(2026, 11, 20, 22));
        task.Confirm(Tracker, Vn(2026, 11, 24), ReviewDecision.Accepted, null);

        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal(new TaskProgress(TaskStage.Completed, Timeliness.OnTime), task.ProgressAt(Vn(2026, 11, 25)));
        Assert.Equal(["Giao nhiệm vụ", "Tiếp nhận nhiệm vụ", "Giao chuyên viên xử lý", "Trình dự thảo báo cáo", "Phê duyệt và gửi báo cáo", "Xác nhận đạt"],
                     task.History.Select(h => h.Action));
        Assert.Equal([TaskState.Assigned, TaskState.Received, TaskState.Delegated, TaskState.DraftPendingApproval, TaskState.Submitted],
                     task.History.Skip(1).Select(h => h.FromState!.Value));
        Assert.Contains(task.Participants, p => p.PersonId == 8 && p.Role == ParticipantRole.CoordinatingSpecialist);
        Assert.Equal("15/BC-STC", task.Report!.NumberAndSymbol);
    }

    [Fact]
    public void Statuses_follow_the_table_over_a_rejection_and_a_late_resubmission()
    {
        var task = NewTask(new DateOnly(2026, 11, 20));
        task.Delegate(Leader, Vn(2026, 11, 3), Specialist.Person, []);
        task.SubmitDraft(Specialist, Vn(2026, 11, 10), Draft("Lần 1"));
        task.ApproveAndSubmit(Leader, Vn(2026, 11, 11));
        var awaiting = task.ProgressAt(Vn(2026, 11, 23));

        task.Confirm(Tracker, Vn(2026, 11, 12), ReviewDecision.Rejected, "Thiếu số liệu");
        var rejectedBeforeDeadline = task.ProgressAt(Vn(2026, 11, 13));
        var stillWorkingAfterDeadline = task.ProgressAt(Vn(2026, 11, 23));
        task.SubmitDraft(Specialist, Vn(2026, 11, 23), Draft("Lần 2"));
        task.ApproveAndSubmit(Leader, Vn(2026, 11, 23, 15));
        var resubmittedLate = task.ProgressAt(Vn(2026, 11, 24));
        task.Confirm(Tracker, Vn(2026, 11, 24), ReviewDecision.Accepted, null);

        Assert.Equal(new TaskProgress(TaskStage.AwaitingConfirmation, Timeliness.OnTime), awaiting);
        Assert.Equal(new TaskProgress(TaskStage.InProgress, Timeliness.OnTime), rejectedBeforeDeadline);
        Assert.Equal(new TaskProgress(TaskStage.InProgress, Timeliness.Overdue), stillWorkingAfterDeadline);
        Assert.Equal(new TaskProgress(TaskStage.AwaitingConfirmation, Timeliness.Overdue), resubmittedLate);
        Assert.Equal(new TaskProgress(TaskStage.Completed, Timeliness.Overdue), task.ProgressAt(Vn(2026, 11, 25)));
    }

    [Fact]
    public void The_assigner_may_grant_an_earlier_date_than_asked_but_not_a_later_one_nor_one_not_after_the_current_deadline()
    {
        var task = InState(TaskState.Delegated)!;
        task.RequestExtension(Leader, Vn(2026, 11, 18), new DateOnly(2026, 12, 4), "Cần lấy ý kiến các sở", null);

        Assert.Throws<DomainException>(() => task.DecideExtension(Tracker, Vn(2026, 11, 19), true, null, new DateOnly(2026, 12, 7)));
        Assert.Throws<DomainException>(() => task.DecideExtension(Tracker, Vn(2026, 11, 19), true, null, new DateOnly(2026, 11, 20)));
        Assert.Equal(new DateOnly(2026, 11, 20), task.EffectiveDeadline);
        task.DecideExtension(Tracker, Vn(2026, 11, 19), true, "Gia hạn đến 27/11", new DateOnly(2026, 11, 27));

        Assert.Equal(new DateOnly(2026, 11, 27), task.EffectiveDeadline);
        Assert.Equal(new DateOnly(2026, 11, 27), task.ExtensionRequests.Single().GrantedDeadline);
        Assert.Equal(1, task.ExtensionCount);
        Assert.Contains(task.History, h => h.Action == "Chấp thuận gia hạn" && h.Change!.Contains("27/11/2026", StringComparison.Ordinal));
    }

    [Fact]
    public void A_task_is_marked_as_waiting_for_its_assigner_while_an_extension_request_or_a_proposal_is_unanswered()
    {
        var task = InState(TaskState.Delegated)!;
        Assert.False(task.HasPendingRequest);

        task.RequestExtension(Leader, Vn(2026, 11, 18), new DateOnly(2026, 12, 4), "Cần lấy ý kiến các sở", null);
        task.ProposeAdjustment(Leader, Vn(2026, 11, 18, 10), "Báo cáo tình hình, bổ sung số liệu quý IV", null, "Chờ số liệu");
        Assert.True(task.HasPendingRequest);

        task.DecideExtension(Tracker, Vn(2026, 11, 19), false, "Không đủ căn cứ");
        Assert.True(task.HasPendingRequest); // the proposal still waits

        task.AnswerProposal(Tracker, Vn(2026, 11, 19, 10), false, "Giữ nguyên nội dung đã giao", Calendar);
        Assert.False(task.HasPendingRequest);
    }

    [Fact]
    public void Where_the_profile_requires_them_an_extension_is_asked_with_its_document_and_approved_with_the_approving_one()
    {
        var task = InState(TaskState.Delegated)!;
        var request = Guid.NewGuid();
        var approval = Guid.NewGuid();

        Assert.Throws<DomainException>(() => task.RequestExtension(Leader, Vn(2026, 11, 18), new DateOnly(2026, 12, 4), "Cần lấy ý kiến", null, documentRequired: true));
        Assert.Empty(task.ExtensionRequests);
        task.RequestExtension(Leader, Vn(2026, 11, 18), new DateOnly(2026, 12, 4), "Cần lấy ý kiến", request, documentRequired: true);
        var refusal = Assert.Throws<DomainException>(() => task.DecideExtension(Tracker, Vn(2026, 11, 19), true, null, documentRequired: true));
        Assert.Contains("văn bản chấp thuận", refusal.Message);
        Assert.Equal(ExtensionStatus.Pending, task.ExtensionRequests.Single().Status);
        task.DecideExtension(Tracker, Vn(2026, 11, 19), true, null, decisionDocumentId: approval, documentRequired: true);

        var decided = task.ExtensionRequests.Single();
        Assert.Equal((request, approval, ExtensionStatus.Approved), (decided.DocumentId!.Value, decided.DecisionDocumentId!.Value, decided.Status));
        Assert.Equal(new DateOnly(2026, 12, 4), task.EffectiveDeadline);
    }

    [Fact]
    public void An_approved_extension_moves_the_effective_deadline_counts_and_makes_a_later_submission_on_time()
    {
        var task = InState(TaskState.Delegated)!;

        task.RequestExtension(Leader, Vn(2026, 11, 18), new DateOnly(2026, 12, 4), "Cần lấy ý kiến các sở", null);
        var pendingDeadline = task.EffectiveDeadline;
        task.DecideExtension(Tracker, Vn(2026, 11, 19), approve: true, null);
        task.SubmitDraft(Specialist, Vn(2026, 12, 1), Draft());
        task.ApproveAndSubmit(Leader, Vn(2026, 12, 2));
        task.Confirm(Tracker, Vn(2026, 12, 3), ReviewDecision.Accepted, null);

        Assert.Equal(new DateOnly(2026, 11, 20), pendingDeadline);
        Assert.Equal(new DateOnly(2026, 11, 20), task.Deadline);
        Assert.Equal(new DateOnly(2026, 12, 4), task.EffectiveDeadline);
        Assert.Equal(1, task.ExtensionCount);
        Assert.Equal(new TaskProgress(TaskStage.Completed, Timeliness.OnTime), task.ProgressAt(Vn(2026, 12, 5)));
    }

    [Fact]
    public void An_extension_approved_after_escalation_starts_a_new_cycle_of_notices_and_escalation()
    {
        var task = InState(TaskState.Delegated)!; // due 20/11/2026
        task.Escalate(Vn(2026, 12, 2), 3);
        Assert.NotNull(task.EscalatedAt);

        task.RequestExtension(Leader, Vn(2026, 12, 2), new DateOnly(2026, 12, 18), "Chờ ý kiến Bộ", null);
        task.DecideExtension(Tracker, Vn(2026, 12, 3), approve: true, null);

        Assert.Null(task.EscalatedAt);
        Assert.False(task.IsUrgeable(new DateOnly(2026, 12, 18)));
        Assert.True(task.IsUrgeable(new DateOnly(2026, 12, 21)));
        task.Escalate(Vn(2027, 1, 6), 3);
        Assert.NotNull(task.EscalatedAt);
    }

    [Fact]
    public void A_refused_extension_keeps_the_deadline_requires_a_reason_and_allows_a_new_request()
    {
        var task = InState(TaskState.Delegated)!;
        task.RequestExtension(Leader, Vn(2026, 11, 18), new DateOnly(2026, 12, 4), "Cần thêm thời gian", null);

        Assert.Throws<DomainException>(() => task.RequestExtension(Leader, Vn(2026, 11, 18), new DateOnly(2026, 12, 5), "Lần hai", null));
        Assert.Throws<DomainException>(() => task.DecideExtension(OtherTracker, Vn(2026, 11, 19), true, null));
        Assert.Throws<DomainException>(() => task.DecideExtension(Tracker, Vn(2026, 11, 19), false, " "));
        task.DecideExtension(Tracker, Vn(2026, 11, 19), false, "Nhiệm vụ cấp bách");

        Assert.Equal(new DateOnly(2026, 11, 20), task.EffectiveDeadline);
        Assert.Equal(0, task.ExtensionCount);
        Assert.True(task.Can(CaseStep.RequestExtension, Leader));
        Assert.Throws<DomainException>(() => task.RequestExtension(Leader, Vn(2026, 11, 19), new DateOnly(2026, 11, 19), "Sớm hơn", null));
    }

    [Fact]
    public void Approving_a_draft_that_was_never_submitted_is_refused_and_changes_nothing()
    {
        var task = InState(TaskState.Delegated)!;
        var historyBefore = task.History.Count;

        Assert.Throws<DomainException>(() => task.ApproveAndSubmit(Leader, Vn(2026, 11, 4)));

        Assert.Equal(TaskState.Delegated, task.State);
        Assert.Null(task.LastSubmittedAt);
        Assert.Equal(historyBefore, task.History.Count);
    }

    [Fact]
    public void A_step_dated_before_the_last_history_entry_is_refused_and_changes_nothing()
    {
        var task = InState(TaskState.Submitted)!;
        var historyBefore = task.History.Count;

        var error = Assert.Throws<DomainException>(() => task.Confirm(Tracker, Vn(2026, 11, 10), ReviewDecision.Accepted, null));

        Assert.Contains("không ghi lùi thời gian", error.Message);
        Assert.Equal(TaskState.Submitted, task.State);
        Assert.Null(task.LastDecision);
        Assert.Equal(historyBefore, task.History.Count);
        task.Confirm(Tracker, Vn(2026, 11, 11), ReviewDecision.Accepted, null);
        Assert.Equal(TaskState.Completed, task.State);
    }

    [Fact]
    public void A_contribution_asked_by_a_date_is_late_when_none_came_by_then_and_on_time_when_it_did()
    {
        var task = InState(TaskState.Delegated)!;
        Assert.Throws<DomainException>(() => task.AskContribution(Leader, Vn(2026, 11, 13), OtherUnit, "Sở khác", new DateOnly(2026, 11, 18)));
        Assert.Throws<DomainException>(() => task.AskContribution(Leader, Vn(2026, 11, 13), CoordinatingUnit, "Sở phối hợp", new DateOnly(2026, 11, 12)));
        task.AskContribution(Leader, Vn(2026, 11, 13), CoordinatingUnit, "Sở phối hợp", new DateOnly(2026, 11, 18));
        var coordination = task.CoordinatingUnits.Single();

        Assert.False(task.IsContributionLate(coordination, new DateOnly(2026, 11, 18)));
        Assert.True(task.IsContributionLate(coordination, new DateOnly(2026, 11, 19)));
        task.Contribute(Coordinator, Vn(2026, 11, 18, 16), "Ý kiến của Sở phối hợp", null);
        Assert.False(task.IsContributionLate(coordination, new DateOnly(2026, 11, 25)));
        Assert.Contains(task.History, h => h.Action == "Đề nghị đơn vị phối hợp góp ý" && h.Change == "Sở phối hợp: hạn góp ý 18/11/2026");
    }

    [Fact]
    public void Rejecting_without_a_reason_is_refused()
    {
        var task = InState(TaskState.Submitted)!;

        Assert.Throws<DomainException>(() => task.Confirm(Tracker, Vn(2026, 11, 12), ReviewDecision.Rejected, " "));
        Assert.Equal(TaskState.Submitted, task.State);
    }

    [Fact]
    public void A_returned_task_redirected_to_another_unit_keeps_both_steps_in_its_history()
    {
        var task = NewTask();

        task.ReturnToAssigner(Leader, Vn(2026, 11, 3), "Không thuộc chức năng của đơn vị");
        task.Redirect(Tracker, Vn(2026, 11, 4), OtherUnit, "Sở Tài chính", "Sở Y tế", null);

        Assert.Equal(TaskState.Assigned, task.State);
        Assert.Equal(OtherUnit, task.LeadUnitId);
        Assert.Contains(task.History, h => h.Action == "Trả lại Văn phòng" && h.Note == "Không thuộc chức năng của đơn vị");
        Assert.Contains(task.History, h => h.Action == "Chuyển đơn vị chủ trì" && h.Change == "Đơn vị chủ trì: Sở Tài chính → Sở Y tế");
        Assert.True(task.Can(CaseStep.Receive, OtherLeader));
        Assert.False(task.Can(CaseStep.Receive, Leader));
    }

    [Fact]
    public void A_corrected_task_goes_back_to_the_same_unit_with_the_new_deadline_recorded()
    {
        var task = NewTask();
        task.ReturnToAssigner(Leader, Vn(2026, 11, 3), "Hạn quá gấp");

        task.Correct(Tracker, Vn(2026, 11, 4), "Báo cáo tình hình (điều chỉnh)", new DateOnly(2026, 11, 30), Calendar, null);

        Assert.Equal(TaskState.Assigned, task.State);
        Assert.Equal(LeadUnit, task.LeadUnitId);
        Assert.Equal(new DateOnly(2026, 11, 30), task.EffectiveDeadline);
        Assert.Contains(task.History, h => h.Change != null && h.Change.Contains("20/11/2026 → 30/11/2026"));
    }

    [Fact]
    public void Delegation_to_a_sub_unit_runs_the_same_flow_one_level_down_and_reports_back_up()
    {
        var task = InState(TaskState.Received)!;

        var child = task.DelegateToSubUnit(Leader, Vn(2026, 11, 4), SubUnit, "Phòng Nghiệp vụ");
        child.Receive(SubLeader, Vn(2026, 11, 4, 14));
        child.Delegate(SubLeader, Vn(2026, 11, 5), SubSpecialist.Person, []);
        child.SubmitDraft(SubSpecialist, Vn(2026, 11, 9), Draft("Báo cáo của phòng"));
        child.ApproveAndSubmit(SubLeader, Vn(2026, 11, 10));
        Assert.Throws<DomainException>(() => child.Confirm(Tracker, Vn(2026, 11, 10), ReviewDecision.Accepted, null));
        child.Confirm(Leader, Vn(2026, 11, 11), ReviewDecision.Accepted, null);
        task.ReceiveSubUnitReport(child, Vn(2026, 11, 11));
        task.ApproveAndSubmit(Leader, Vn(2026, 11, 12));
        task.Confirm(Tracker, Vn(2026, 11, 13), ReviewDecision.Accepted, null);

        Assert.Same(task, child.ParentTask);
        Assert.Equal(SubUnit, child.LeadUnitId);
        Assert.Equal(task.EffectiveDeadline, child.EffectiveDeadline);
        Assert.Equal(Leader.PersonId, child.TrackingSpecialistId);
        Assert.Equal("Báo cáo của phòng", task.Report!.Content);
        Assert.Equal(TaskState.Completed, task.State);
        Assert.Contains(task.History, h => h.Action == "Nhận báo cáo của đơn vị trực thuộc");
    }

    [Fact]
    public void The_leader_may_edit_the_draft_when_approving_and_the_edit_is_recorded()
    {
        var task = InState(TaskState.DraftPendingApproval)!;

        task.ApproveAndSubmit(Leader, Vn(2026, 11, 11), Draft("Nội dung đã chỉnh sửa"));

        Assert.Equal("Nội dung đã chỉnh sửa", task.Report!.Content);
        Assert.Contains(task.History, h => h.Change == "Lãnh đạo đơn vị chỉnh sửa nội dung báo cáo khi phê duyệt");
    }
}
