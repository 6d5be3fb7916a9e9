using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>
/// Year-end evaluation per unit for the administrative-reform and emulation councils (Khánh Hòa Điều 12.1d): tasks
/// received in the year and those carried over into it unfinished, how they stood at its end (or today, during the year), approved extensions, and a score.
/// </summary>
public sealed class EvaluationService(IDbContextFactory<PortalDbContext> dbFactory, RuleProfiles profiles, TimeProvider clock)
{
    public async Task<Evaluation> BuildAsync(Actor actor, int year, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ViewProvinceReports);
        var period = ReportPeriod.Create(PeriodKind.Year, year);
        var start = period.StartInstant;
        var end = period.EndInstant;
        var asOf = TaskStanding.JudgedAt(period, clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The year's tasks and the unfinished work carried over into it (SPEC §7): overdue work never drops out of a later year.
        var tasks = db.CaseTasks.AsNoTracking().Where(t => t.ParentTaskId == null).InScope(ReportScope.WithCarriedOver, start, end);
        var standing = (await TaskStanding.AtEndAsync(db, tasks, end, ct))
            .Where(s => s.State != TaskState.Returned && s.LeadUnitId != null)
            .Select(s => new { Id = s.TaskId, Unit = s.LeadUnitId!.Value, s.Deadline, s.Started, s.SubmittedAt, s.Decision })
            .ToList();
        var ids = standing.Select(s => s.Id).ToList();
        var extensions = await db.ExtensionRequests.AsNoTracking()
            .Where(r => ids.Contains(r.TaskId) && r.Status == ExtensionStatus.Approved && r.DecidedAt < end)
            .GroupBy(r => r.TaskId).Select(g => new { TaskId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.TaskId, x => x.Count, ct);
        var unitIds = standing.Select(s => s.Unit).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var points = EvaluationPoints.From(await profiles.GetAsync(ct));

        var units = standing.GroupBy(s => s.Unit).Select(g =>
            {
                var progress = g.Select(s => TaskStatusRules.Classify(s.Deadline, s.Started, s.SubmittedAt, s.Decision, asOf)).ToList();
                var completedOnTime = progress.Count(p => p is { Stage: TaskStage.Completed, Timeliness: not Timeliness.Overdue });
                var completedLate = progress.Count(p => p is { Stage: TaskStage.Completed, Timeliness: Timeliness.Overdue });
                var inProgressOverdue = progress.Count(p => p is { Stage: TaskStage.InProgress or TaskStage.AwaitingConfirmation, Timeliness: Timeliness.Overdue });
                var notStartedOverdue = progress.Count(p => p is { Stage: TaskStage.NotStarted, Timeliness: Timeliness.Overdue });
                var extensionCount = g.Sum(s => extensions.GetValueOrDefault(s.Id));
                var score = Math.Max(0, points.Base - points.PerOverdue * (inProgressOverdue + notStartedOverdue)
                                        - points.PerLateCompletion * completedLate - points.PerExtension * extensionCount);
                return new UnitEvaluation(g.Key, names.GetValueOrDefault(g.Key, ""), g.Count(), completedOnTime, completedLate, inProgressOverdue,
                                          notStartedOverdue, extensionCount, Math.Round(score, 1));
            })
            .OrderByDescending(u => u.Score).ThenBy(u => u.Unit, StringComparer.Create(VietnameseDates.Culture, false))
            .ToList();
        return new Evaluation(year, points, units);
    }
}
