using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;

namespace Portal.App.Features.Dashboard;

/// <summary>The leaders' overview ("Tổng quan"): every figure is a count of tasks the same lists show.</summary>
public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public async Task<DashboardData> GetAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenOverview);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var facts = await db.CaseTasks.AsNoTracking().Where(t => t.ParentTaskId == null)
            .Select(t => new { t.LeadUnitId, t.TrackingLeaderId, t.EffectiveDeadline, t.Started, t.LastSubmittedAt, t.LastDecision, t.AssignedAt, t.CompletedAt })
            .ToListAsync(ct);
        var classified = facts.Select(f => (Fact: f, Progress: TaskStatusRules.Classify(f.EffectiveDeadline, f.Started, f.LastSubmittedAt, f.LastDecision, now))).ToList();

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

        var today = VietnamTime.DateOf(now);
        var trend = Enumerable.Range(0, 12).Select(i => today.AddMonths(i - 11)).Select(m =>
        {
            bool InMonth(DateTimeOffset? at) => at is { } a && VietnamTime.DateOf(a) is var d && d.Year == m.Year && d.Month == m.Month;
            return new MonthTrend($"{m.Month:00}/{m.Year % 100:00}", facts.Count(f => InMonth(f.AssignedAt)), facts.Count(f => InMonth(f.CompletedAt)));
        }).ToList();

        return new DashboardData(classified.GroupBy(c => c.Progress).ToDictionary(g => g.Key, g => g.Count()), units, leaders, trend);
    }
}
