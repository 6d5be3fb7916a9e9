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

/// <summary>Urging notices every 3 working days past the deadline and escalation after three.</summary>
[DisallowConcurrentExecution]
public sealed class UrgingJob(ReminderService reminders, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("urging-notices", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, async ct => (await reminders.SendUrgingNoticesAsync(ct)).ToString(), cancellationToken);
}

/// <summary>Sends the e-mail copies of notifications waiting in the outbox.</summary>
[DisallowConcurrentExecution]
public sealed class MailOutboxJob(MailOutbox outbox, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("mail-outbox", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, outbox.SendPendingAsync, cancellationToken);
}
