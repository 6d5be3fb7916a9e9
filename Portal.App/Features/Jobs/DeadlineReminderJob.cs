using Portal.App.Features.Notifications;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>Deadline warnings and overdue notices; the service skips days that are not working days.</summary>
[DisallowConcurrentExecution]
public sealed class DeadlineReminderJob(ReminderService reminders, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("deadline-reminders", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, async ct => (await reminders.SendDeadlineNoticesAsync(ct)).ToString(), cancellationToken);
}
