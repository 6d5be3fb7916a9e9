using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Quartz;

namespace Portal.App.Features.Jobs;

/// <summary>At night (and shortly after start-up): refreshes the query planner's statistics, so the desks and lists keep
/// their plans as the register grows (<see cref="DatabaseStatistics"/>).</summary>
[DisallowConcurrentExecution]
public sealed class DatabaseStatisticsJob(IDbContextFactory<PortalDbContext> dbFactory, JobRunRecorder recorder) : IJob
{
    public static readonly JobKey Key = new("database-statistics", "maintenance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await recorder.RecordAsync(Key.Name, async ct =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await DatabaseStatistics.RefreshAsync(db, ct);
        }, cancellationToken);
}
