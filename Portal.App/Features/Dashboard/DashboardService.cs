using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Dashboard;

/// <summary>
/// The leaders' overview ("Tổng quan"): every figure is a count of tasks. Without a period it is the register as it stands now,
/// the same tasks the lists show; with a period it is the period's tasks and the unfinished work carried over into it, as they
/// stood at its end (or today while it runs) — the scope and standing of the reports (<see cref="ReportTasks"/>,
/// <see cref="TaskStanding"/>).
/// </summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    private sealed record Fact(int LeadUnitId, int? TrackingLeaderId, DateOnly? Deadline, bool Started, DateTimeOffset? SubmittedAt,
                               ReviewDecision? Decision, CaseKind Kind = CaseKind.Directive);

    public async Task<DashboardData> GetAsync(Actor actor, ReportPeriod? period = null, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenOverview);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var top = db.CaseTasks.AsNoTracking().Where(t => t.ParentTaskId == null);
        var asOf = period is null ? clock.GetUtcNow() : TaskStanding.JudgedAt(period, clock);
        var facts = period is null
            ? await top.Select(t => new Fact(t.LeadUnitId, t.TrackingLeaderId, t.EffectiveDeadline, t.Started, t.LastSubmittedAt, t.LastDecision, t.Kind))
                .ToListAsync(ct)
            : await AtEndAsync(db, top.InScope(ReportScope.WithCarriedOver, period.StartInstant, period.EndInstant), period.EndInstant, ct);
        var classified = facts.Select(f => (Fact: f, Progress: TaskStatusRules.Classify(f.Deadline, f.Started, f.SubmittedAt, f.Decision, asOf))).ToList();

        var unitIds = facts.Select(f => f.LeadUnitId).Distinct().ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var units = classified.GroupBy(c => c.Fact.LeadUnitId)
            .Select(g => new UnitRate(g.Key, unitNames.GetValueOrDefault(g.Key, ""), g.Count(),
                g.Count(c => c.Progress is { Stage: TaskStage.Completed, Timeliness: not Timeliness.Overdue }),
                g.Count(c => c.Progress is { Stage: TaskStage.Completed, Timeliness: Timeliness.Overdue }),
                g.Count(c => c.Progress is { Stage: TaskStage.NotStarted or TaskStage.InProgress, Timeliness: Timeliness.Overdue })))
            .OrderBy(u => u.Unit, StringComparer.Create(VietnameseDates.Culture, false))
            .ToList();

        var leaderIds = facts.Select(f => f.TrackingLeaderId).OfType<int>().Distinct().ToList();
        var leaderNames = await db.People.AsNoTracking().Where(p => leaderIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var leaders = classified.Where(c => c.Fact.TrackingLeaderId is not null
                                            && c.Progress is { Stage: TaskStage.NotStarted or TaskStage.InProgress, Timeliness: Timeliness.Overdue })
            .GroupBy(c => c.Fact.TrackingLeaderId!.Value)
            .Select(g => new LeaderOverdue(g.Key, leaderNames.GetValueOrDefault(g.Key, ""), g.Count()))
            .OrderByDescending(l => l.Overdue)
            .ToList();

        // Each kind of case work counted on its own (directive tasks, press-reported incidents, citizens' questions, …).
        var kinds = classified.GroupBy(c => c.Fact.Kind).OrderBy(g => g.Key)
            .Select(g => new KindFigures(g.Key, CaseKindRules.For(g.Key).Label, g.Count(),
                g.Count(c => c.Progress.Stage == TaskStage.Completed),
                g.Count(c => c.Progress.Stage != TaskStage.Completed),
                g.Count(c => c.Progress is { Stage: not TaskStage.Completed, Timeliness: Timeliness.Overdue })))
            .ToList();
        return new DashboardData(classified.GroupBy(c => c.Progress).ToDictionary(g => g.Key, g => g.Count()), units, leaders,
            await TrendAsync(top, period?.To ?? VietnamTime.DateOf(asOf), ct), period?.Label)
        { Kinds = kinds };
    }

    /// <summary>How the tasks of the scope stood just before the end, with the provincial leader each is tracked by.</summary>
    private static async Task<List<Fact>> AtEndAsync(PortalDbContext db, IQueryable<CaseTask> tasks, DateTimeOffset end, CancellationToken ct)
    {
        var standing = await TaskStanding.AtEndAsync(db, tasks, end, ct);
        var leaders = await tasks.Where(t => t.TrackingLeaderId != null).Select(t => new { t.Id, t.TrackingLeaderId })
            .ToDictionaryAsync(t => t.Id, t => t.TrackingLeaderId, ct);
        var kinds = await tasks.Where(t => t.Kind != CaseKind.Directive).Select(t => new { t.Id, t.Kind }).ToDictionaryAsync(t => t.Id, t => t.Kind, ct);
        return [.. standing.Where(s => s.LeadUnitId is not null)
            .Select(s => new Fact(s.LeadUnitId!.Value, leaders.GetValueOrDefault(s.TaskId), s.Deadline, s.Started, s.SubmittedAt, s.Decision,
                                  kinds.GetValueOrDefault(s.TaskId, CaseKind.Directive)))];
    }

    /// <summary>Tasks assigned and completed in each of the twelve months up to the one holding <paramref name="last"/>.</summary>
    private static async Task<List<MonthTrend>> TrendAsync(IQueryable<CaseTask> tasks, DateOnly last, CancellationToken ct)
    {
        var lastMonth = new DateOnly(last.Year, last.Month, 1);
        var from = VietnamTime.At(lastMonth.AddMonths(-11), TimeOnly.MinValue);
        var to = VietnamTime.At(lastMonth.AddMonths(1), TimeOnly.MinValue);
        var moments = await tasks.Where(t => (t.AssignedAt >= from && t.AssignedAt < to) || (t.CompletedAt >= from && t.CompletedAt < to))
            .Select(t => new { t.AssignedAt, t.CompletedAt }).ToListAsync(ct);
        return [.. Enumerable.Range(0, 12).Select(i => lastMonth.AddMonths(i - 11)).Select(m =>
        {
            bool InMonth(DateTimeOffset? at) => at is { } a && VietnamTime.DateOf(a) is var d && d.Year == m.Year && d.Month == m.Month;
            return new MonthTrend($"{m.Month:00}/{m.Year}", moments.Count(f => InMonth(f.AssignedAt)), moments.Count(f => InMonth(f.CompletedAt)));
        })];
    }
}
