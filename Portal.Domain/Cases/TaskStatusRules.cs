namespace Portal.Domain.Cases;

/// <summary>
/// The status table of Đồng Tháp 128/2026 Điều 5: timeliness is decided by when the unit submitted its
/// report, not by when the assigner reviewed it; a deadline is a Vietnam calendar date, inclusive.
/// </summary>
public static class TaskStatusRules
{
    public static TaskProgress Classify(DateOnly? deadline, bool started, DateTimeOffset? lastSubmittedAt,
                                        ReviewDecision? lastDecision, DateTimeOffset now)
    {
        if (lastSubmittedAt is { } submittedAt && lastDecision != ReviewDecision.Rejected)
        {
            var stage = lastDecision == ReviewDecision.Accepted ? TaskStage.Completed : TaskStage.AwaitingConfirmation;
            return new(stage, TimelinessOn(deadline, VietnamTime.DateOf(submittedAt)));
        }

        var begun = started || lastSubmittedAt is not null;
        return new(begun ? TaskStage.InProgress : TaskStage.NotStarted, TimelinessOn(deadline, VietnamTime.DateOf(now)));
    }

    /// <summary>On time when the day is on or before the deadline.</summary>
    public static Timeliness TimelinessOn(DateOnly? deadline, DateOnly day) =>
        deadline is not { } due ? Timeliness.NoDeadline : day <= due ? Timeliness.OnTime : Timeliness.Overdue;

    public static string StageLabel(TaskStage stage) => stage switch
    {
        TaskStage.NotStarted => "Chưa thực hiện",
        TaskStage.InProgress => "Đang thực hiện",
        TaskStage.AwaitingConfirmation => "Chờ xác nhận",
        TaskStage.Completed => "Đã hoàn thành",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static string TimelinessLabel(Timeliness timeliness) => timeliness switch
    {
        Timeliness.OnTime => "trong hạn",
        Timeliness.Overdue => "quá hạn",
        Timeliness.NoDeadline => "không thời hạn",
        _ => throw new ArgumentOutOfRangeException(nameof(timeliness)),
    };

    /// <summary>"Đã hoàn thành – trong hạn"; a task awaiting confirmation is shown as "Chờ xác nhận".</summary>
    public static string Label(TaskProgress progress) => progress.Stage == TaskStage.AwaitingConfirmation
        ? StageLabel(progress.Stage)
        : $"{StageLabel(progress.Stage)} – {TimelinessLabel(progress.Timeliness)}";
}
