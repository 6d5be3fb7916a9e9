using Portal.App.Features.Complaints;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>On working days: the intake clerks are warned of letters to decide and files to resolve near their limit, and told when it passed.</summary>
[DisallowConcurrentExecution]
public sealed class ComplaintLimitsJob(ComplaintReminderService reminders, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("complaint-limits", "complaints");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, async ct => $"{await reminders.RunAsync(ct)} thông báo thời hạn đơn thư", cancellationToken);
}
