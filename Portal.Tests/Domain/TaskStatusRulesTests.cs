using Portal.Domain.Cases;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Domain;

/// <summary>Every row of the status table of SPEC §4 (Đồng Tháp 128/2026 Điều 5).</summary>
public sealed class TaskStatusRulesTests
{
    private static readonly DateOnly Deadline = new(2026, 11, 20);
    private static readonly DateTimeOffset BeforeDeadline = Vn(2026, 11, 18, 10);
    private static readonly DateTimeOffset OnDeadlineLate = Vn(2026, 11, 20, 23, 59);
    private static readonly DateTimeOffset AfterDeadline = Vn(2026, 11, 23, 9);

    public static TheoryData<string, bool, DateTimeOffset?, ReviewDecision?, DateTimeOffset, TaskStage, Timeliness> Rows => new()
    {
        { "nothing submitted, not started, deadline not passed", false, null, null, BeforeDeadline, TaskStage.NotStarted, Timeliness.OnTime },
        { "nothing submitted, not started, on the deadline day", false, null, null, OnDeadlineLate, TaskStage.NotStarted, Timeliness.OnTime },
        { "nothing submitted, not started, deadline passed", false, null, null, AfterDeadline, TaskStage.NotStarted, Timeliness.Overdue },
        { "delegated or progress filed, deadline not passed", true, null, null, BeforeDeadline, TaskStage.InProgress, Timeliness.OnTime },
        { "delegated or progress filed, deadline passed", true, null, null, AfterDeadline, TaskStage.InProgress, Timeliness.Overdue },
        { "submitted on time, not yet reviewed", true, BeforeDeadline, null, AfterDeadline, TaskStage.AwaitingConfirmation, Timeliness.OnTime },
        { "submitted late, not yet reviewed", true, AfterDeadline, null, AfterDeadline, TaskStage.AwaitingConfirmation, Timeliness.Overdue },
        { "submitted on/before deadline, approved (after the deadline)", true, BeforeDeadline, ReviewDecision.Accepted, AfterDeadline, TaskStage.Completed, Timeliness.OnTime },
        { "submitted at 23:59 on the deadline day, approved", true, OnDeadlineLate, ReviewDecision.Accepted, AfterDeadline, TaskStage.Completed, Timeliness.OnTime },
        { "submitted on/before deadline, rejected before the deadline", true, BeforeDeadline, ReviewDecision.Rejected, Vn(2026, 11, 19), TaskStage.InProgress, Timeliness.OnTime },
        { "submitted on/before deadline, rejected after the deadline", true, BeforeDeadline, ReviewDecision.Rejected, AfterDeadline, TaskStage.InProgress, Timeliness.Overdue },
        { "submitted after deadline, approved", true, AfterDeadline, ReviewDecision.Accepted, AfterDeadline, TaskStage.Completed, Timeliness.Overdue },
        { "submitted after deadline, rejected", true, AfterDeadline, ReviewDecision.Rejected, AfterDeadline, TaskStage.InProgress, Timeliness.Overdue },
        { "a submission alone counts as started", false, AfterDeadline, ReviewDecision.Rejected, AfterDeadline, TaskStage.InProgress, Timeliness.Overdue },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Classifies_each_row_of_the_status_table(string situation, bool started, DateTimeOffset? submittedAt,
                                                        ReviewDecision? decision, DateTimeOffset now, TaskStage stage, Timeliness timeliness)
    {
        var progress = TaskStatusRules.Classify(Deadline, started, submittedAt, decision, now);

        Assert.True(new TaskProgress(stage, timeliness) == progress, $"{situation}: got {progress}");
    }

    [Fact]
    public void Compares_dates_in_Vietnam_time_not_UTC()
    {
        // 23:30 on 20/11 in Vietnam is 16:30 UTC the same day; 00:30 on 21/11 in Vietnam is still 20/11 in UTC.
        var lateEvening = TaskStatusRules.Classify(Deadline, true, Vn(2026, 11, 20, 23, 30), ReviewDecision.Accepted, AfterDeadline);
        var afterMidnight = TaskStatusRules.Classify(Deadline, true, Vn(2026, 11, 21, 0, 30), ReviewDecision.Accepted, AfterDeadline);

        Assert.Equal(Timeliness.OnTime, lateEvening.Timeliness);
        Assert.Equal(Timeliness.Overdue, afterMidnight.Timeliness);
    }

    [Fact]
    public void A_task_without_deadline_has_no_timeliness_in_any_stage()
    {
        Assert.Equal(new TaskProgress(TaskStage.NotStarted, Timeliness.NoDeadline), TaskStatusRules.Classify(null, false, null, null, AfterDeadline));
        Assert.Equal(new TaskProgress(TaskStage.Completed, Timeliness.NoDeadline), TaskStatusRules.Classify(null, true, BeforeDeadline, ReviewDecision.Accepted, AfterDeadline));
    }

    [Fact]
    public void An_extension_judges_the_submission_against_the_new_deadline()
    {
        var extended = new DateOnly(2026, 11, 30);

        var progress = TaskStatusRules.Classify(extended, true, AfterDeadline, ReviewDecision.Accepted, AfterDeadline);

        Assert.Equal(new TaskProgress(TaskStage.Completed, Timeliness.OnTime), progress);
    }

    [Theory]
    [InlineData(TaskStage.Completed, Timeliness.OnTime, "Đã hoàn thành – trong hạn")]
    [InlineData(TaskStage.Completed, Timeliness.Overdue, "Đã hoàn thành – quá hạn")]
    [InlineData(TaskStage.InProgress, Timeliness.Overdue, "Đang thực hiện – quá hạn")]
    [InlineData(TaskStage.NotStarted, Timeliness.OnTime, "Chưa thực hiện – trong hạn")]
    [InlineData(TaskStage.AwaitingConfirmation, Timeliness.OnTime, "Chờ xác nhận")]
    public void Labels_are_the_Vietnamese_statuses_of_the_regulation(TaskStage stage, Timeliness timeliness, string label)
    {
        Assert.Equal(label, new TaskProgress(stage, timeliness).Label);
    }
}
