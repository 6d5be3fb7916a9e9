using Portal.Data;
using Portal.Domain.Directives;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

/// <summary>How tasks stood at the end of a period, from the status facts each history entry keeps.</summary>
internal static class TaskStanding
{
    /// <summary>The moment a period's figures are judged at: its last instant, or now while the period is still running.</summary>
    public static DateTimeOffset JudgedAt(ReportPeriod period, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return (period.EndInstant < now ? period.EndInstant : now).AddTicks(-1);
    }

    /// <summary>Each task's last history entry before <paramref name="end"/>: the task as it stood then.</summary>
    public static IQueryable<TaskHistoryEntry> LastEntriesBefore(PortalDbContext db, DateTimeOffset end) =>
        db.TaskHistory.Where(h => h.Id == db.TaskHistory.Where(x => x.TaskId == h.TaskId && x.At < end)
            .OrderByDescending(x => x.At).ThenByDescending(x => x.Id).Select(x => x.Id).FirstOrDefault());
}
