using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Features.Jobs;

/// <summary>Keeps each job execution (when, where, result) for the administrators' jobs page.</summary>
public sealed class JobRunRecorder(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock, IOptions<SchedulerOptions> scheduler,
                                    ILogger<JobRunRecorder> logger)
{
    public async Task RecordAsync(string job, Func<CancellationToken, Task<string>> work, CancellationToken ct)
    {
        var run = new JobRun { Job = job, Node = scheduler.Value.NodeName ?? Environment.MachineName, StartedAt = clock.GetUtcNow() };
        try
        {
            run.Result = await work(ct);
            run.Succeeded = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Job {Job} failed.", job);
            run.Result = "Lỗi: " + ex.Message;
            run.Succeeded = false;
        }
        run.FinishedAt = clock.GetUtcNow();
        if (run.Result.Length > 2000) run.Result = run.Result[..2000];
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(CancellationToken.None);
        if (!run.Succeeded) throw new InvalidOperationException(run.Result);
    }
}
