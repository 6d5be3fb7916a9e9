using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

/// <summary>How tasks stood at the end of a period: from their rows, or from the status facts their history entries keep.</summary>
internal static class TaskStanding
{
    /// <summary>The moment a period's figures are judged at: its last instant, or now while the period is still running.</summary>
    public static DateTimeOffset JudgedAt(ReportPeriod period, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return (period.EndInstant < now ? period.EndInstant : now).AddTicks(-1);
    }

    /// <summary>
    /// How each of <paramref name="tasks"/> stood just before <paramref name="end"/>. A task without a history entry
    /// since then (<see cref="CaseTask.LastHistoryAt"/>) stands as its row says, since every change of the status
    /// facts writes an entry; the others are read back from their entries before the end. A task with no entry before
    /// the end is left out.
    /// </summary>
    public static async Task<List<Standing>> AtEndAsync(PortalDbContext db, IQueryable<CaseTask> tasks, DateTimeOffset end,
                                                        CancellationToken ct)
    {
        var standing = await tasks.Where(t => t.LastHistoryAt < end)
            .Select(t => new Standing(t.Id, t.DocumentId, t.ComplaintCaseId, t.State, t.LeadUnitId, t.EffectiveDeadline, t.Started, t.LastSubmittedAt, t.LastDecision))
            .ToListAsync(ct);
        var entries = await (
                from h in db.TaskHistory.AsNoTracking()
                join t in tasks.Where(t => t.LastHistoryAt == null || t.LastHistoryAt >= end) on h.TaskId equals t.Id
                where h.At < end
                select new { h.At, h.Id, Standing = new Standing(t.Id, t.DocumentId, t.ComplaintCaseId, h.ToState, h.LeadUnitId, h.Deadline, h.Started, h.SubmittedAt, h.Decision) })
            .ToListAsync(ct);
        standing.AddRange(entries.GroupBy(e => e.Standing.TaskId).Select(g => g.MaxBy(e => (e.At, e.Id))!.Standing));
        return standing;
    }
}

/// <summary>What decides a task's place in a report, as it stood at a period's end.</summary>
internal sealed record Standing(int TaskId, int? DocumentId, int? ComplaintCaseId, TaskState State, int? LeadUnitId, DateOnly? Deadline, bool Started,
                                DateTimeOffset? SubmittedAt, ReviewDecision? Decision);
