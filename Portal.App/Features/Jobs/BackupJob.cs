using Microsoft.Extensions.Options;
using Portal.App.Features.Operations;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>Nightly: a backup archive of the installation (the SQLite database and the uploaded files), keeping the newest Backup:Keep.</summary>
[DisallowConcurrentExecution]
public sealed class BackupJob(BackupService backups, IOptions<BackupOptions> options, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("backup", "operations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, async ct =>
        {
            var backup = await backups.CreateAsync(ct: ct);
            var pruned = backups.Prune(options.Value.Keep);
            return $"{Path.GetFileName(backup.Path)}: {(backup.HasDatabase ? "cơ sở dữ liệu và " : "")}{backup.Files} tệp; xóa {pruned} bản cũ";
        }, cancellationToken);
}
