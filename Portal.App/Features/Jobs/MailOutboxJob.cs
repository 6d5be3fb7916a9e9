using Portal.App.Features.Notifications;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>Sends the e-mail copies of notifications waiting in the outbox.</summary>
[DisallowConcurrentExecution]
public sealed class MailOutboxJob(MailOutbox outbox, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("mail-outbox", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, outbox.SendPendingAsync, cancellationToken);
}
