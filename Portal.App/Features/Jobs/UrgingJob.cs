using Portal.App.Features.Notifications;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>Urging notices every 3 working days past the deadline and escalation after three.</summary>
[DisallowConcurrentExecution]
public sealed class UrgingJob(ReminderService reminders, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("urging-notices", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, async ct => (await reminders.SendUrgingNoticesAsync(ct)).ToString(), cancellationToken);
}
