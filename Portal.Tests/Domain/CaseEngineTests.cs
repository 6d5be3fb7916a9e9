using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Security;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Domain;

/// <summary>The engine's kinds, their rules entries and the one guard table.</summary>
public sealed class CaseEngineTests
{
    private const int LeadUnit = 10;
    private static readonly WorkingCalendar Calendar = OfficialSchedules.CalendarFor(2026, 2027);
    private static readonly WorkflowActor Tracker = WorkflowActor.Of(1, 100, PortalRoles.TrackingSpecialist);
    private static readonly WorkflowActor Leader = WorkflowActor.Of(2, LeadUnit, PortalRoles.UnitLeader);
    private static readonly WorkflowActor Specialist = WorkflowActor.Of(3, LeadUnit, PortalRoles.UnitSpecialist);

    [Fact]
    public void Every_step_has_one_guard_and_every_kind_one_rules_entry()
    {
        Assert.Equal(Enum.GetValues<CaseStep>().Order(), CaseGuards.All.Select(g => g.Step).Order());
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            var rules = CaseKindRules.For(kind);
            Assert.Equal(kind, rules.Kind);
            Assert.False(string.IsNullOrWhiteSpace(rules.Label));
            Assert.Equal(rules.PublishesAnswer, rules.Offers(CaseStep.Publish));
            Assert.Contains(rules.Outcomes, o => o.Decision == ReviewDecision.Accepted);
        }
    }

    [Fact]
    public void A_kind_with_a_working_day_rule_sets_5_or_10_working_days_from_the_assignment()
    {
        // Friday 27/11/2026: 5 working days are Mon 30/11 … Fri 04/12; 10 end on Fri 11/12.
        var simple = new CaseTask(CaseKind.PressIncident, "Báo nêu đường hỏng", LeadUnit, null, complex: false, true, Vn(2026, 11, 27, 9), 1, Calendar);
        var hard = new CaseTask(CaseKind.PressIncident, "Báo nêu ô nhiễm", LeadUnit, null, complex: true, true, Vn(2026, 11, 27, 9), 1, Calendar);

        Assert.Equal(new DateOnly(2026, 12, 4), simple.EffectiveDeadline);
        Assert.Equal(new DateOnly(2026, 12, 11), hard.EffectiveDeadline);
        Assert.Equal(CaseKind.PressIncident, simple.Kind);
        Assert.Null(simple.DocumentId);
    }

    [Fact]
    public void A_limit_in_calendar_days_that_ends_on_a_day_off_ends_on_the_next_working_day()
    {
        // 30 days from Tuesday 03/11/2026 is Thursday 03/12, a working day.
        Assert.Equal(new DateOnly(2026, 12, 3), DeadlineRule.CalendarDays(30, 45).DeadlineFor(new DateOnly(2026, 11, 3), null, false, Calendar));
        // 30 days from Friday 30/10/2026 is Sunday 29/11: the limit ends on Monday 30/11.
        Assert.Equal(new DateOnly(2026, 11, 30), DeadlineRule.CalendarDays(30, 45).DeadlineFor(new DateOnly(2026, 10, 30), null, false, Calendar));
        // A complex case: 45 days from 30/10/2026 is Monday 14/12.
        Assert.Equal(new DateOnly(2026, 12, 14), DeadlineRule.CalendarDays(30, 45).DeadlineFor(new DateOnly(2026, 10, 30), null, true, Calendar));
    }

    [Fact]
    public void A_given_deadline_must_leave_one_working_day()
    {
        Assert.Throws<DomainException>(() => DeadlineRule.Given.DeadlineFor(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 29), false, Calendar));
        Assert.Equal(new DateOnly(2026, 11, 30), DeadlineRule.Given.DeadlineFor(new DateOnly(2026, 11, 27), new DateOnly(2026, 11, 30), false, Calendar));
        Assert.Null(DeadlineRule.Given.DeadlineFor(new DateOnly(2026, 11, 27), null, false, Calendar));
    }

    [Fact]
    public void A_directive_task_offers_no_publish_step()
    {
        var task = Completed(CaseKind.Directive);

        Assert.False(task.Can(CaseStep.Publish, Tracker));
        var refused = Assert.Throws<DomainException>(() => task.Publish(Tracker, Vn(2026, 12, 10)));
        Assert.Equal(CaseGuards.NotOfferedMessage, refused.Message);
        Assert.Null(task.PublishedAt);
    }

    [Fact]
    public void A_kind_that_publishes_lets_the_assigner_publish_a_confirmed_answer_once_as_a_fact_not_a_state()
    {
        var task = Completed(CaseKind.CitizenQuestion);
        var history = task.History.Count;

        Assert.False(task.Can(CaseStep.Publish, Leader));
        Assert.Throws<DomainException>(() => task.Publish(Leader, Vn(2026, 12, 10)));
        Assert.True(task.Can(CaseStep.Publish, Tracker));
        task.Publish(Tracker, Vn(2026, 12, 10));

        Assert.Equal(Vn(2026, 12, 10), task.PublishedAt);
        Assert.Equal(TaskState.Completed, task.State);
        Assert.Equal(history + 1, task.History.Count);
        Assert.False(task.Can(CaseStep.Publish, Tracker));
        Assert.Throws<DomainException>(() => task.Publish(Tracker, Vn(2026, 12, 11)));
    }

    [Fact]
    public void An_answer_not_yet_confirmed_cannot_be_published()
    {
        var task = New(CaseKind.CitizenQuestion);

        Assert.False(task.Can(CaseStep.Publish, Tracker));
        Assert.Throws<DomainException>(() => task.Publish(Tracker, Vn(2026, 12, 1)));
    }

    [Fact]
    public void A_case_of_any_kind_runs_the_same_lifecycle_and_its_sub_tasks_keep_the_kind()
    {
        var task = New(CaseKind.VoterOpinion, new DateOnly(2026, 12, 20));
        task.Receive(Leader, Vn(2026, 12, 1, 9));
        var child = task.DelegateToSubUnit(Leader, Vn(2026, 12, 1, 10), 11, "Phòng Kế hoạch");

        Assert.Equal(CaseKind.VoterOpinion, child.Kind);
        Assert.Equal(new DateOnly(2026, 12, 20), child.EffectiveDeadline);
        Assert.False(task.Can(CaseStep.SubmitDraft, Leader));
    }

    [Fact]
    public void The_state_sets_are_those_the_rules_speak_of()
    {
        Assert.Equal([TaskState.Assigned, TaskState.Received, TaskState.Delegated, TaskState.DraftPendingApproval], CaseStates.WithUnit);
        Assert.Equal([.. CaseStates.WithUnit, TaskState.Returned], CaseStates.Unfinished);
        Assert.DoesNotContain(TaskState.Completed, CaseStates.Unfinished);
        Assert.DoesNotContain(TaskState.Submitted, CaseStates.WithUnit);
    }

    private static CaseTask New(CaseKind kind, DateOnly? deadline = null) =>
        new(kind, "Trả lời công dân về thủ tục đất đai", LeadUnit, deadline, complex: false, true, Vn(2026, 12, 1, 8), 1, Calendar)
        {
            TrackingSpecialistId = Tracker.PersonId,
        };

    private static CaseTask Completed(CaseKind kind)
    {
        var task = New(kind, new DateOnly(2026, 12, 20));
        task.Receive(Leader, Vn(2026, 12, 1, 9));
        task.Delegate(Leader, Vn(2026, 12, 1, 10), Specialist.Person, []);
        task.SubmitDraft(Specialist, Vn(2026, 12, 3), new ReportDraft("Đã trả lời công dân"));
        task.ApproveAndSubmit(Leader, Vn(2026, 12, 4));
        task.Confirm(Tracker, Vn(2026, 12, 7), ReviewDecision.Accepted, null);
        return task;
    }
}
