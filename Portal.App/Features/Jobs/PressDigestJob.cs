using Portal.App.Features.Press;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>At 11:00 on working days: a province whose press digest is not posted is flagged to its editors and the Office's leaders.</summary>
[DisallowConcurrentExecution]
public sealed class PressDigestJob(PressService press, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("press-digest-check", "press");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, async ct => $"{await press.FlagMissingDigestsAsync(ct)} thông báo chưa đăng điểm tin", cancellationToken);
}
