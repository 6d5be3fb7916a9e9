using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>
/// Year-end evaluation per unit for the administrative-reform and emulation councils (Khánh Hòa Điều 12.1d): tasks
/// received in the year and those carried over into it unfinished, how they stood at its end (or today, during the year), approved extensions, and a score.
/// </summary>
public sealed class EvaluationService(IDbContextFactory<PortalDbContext> dbFactory, RuleProfiles profiles, TimeProvider clock, CalendarCache calendars)
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
        // The points and the calendar of the reader's province.
        var points = EvaluationPoints.From(await profiles.ForUnitAsync(actor.UnitId, ct));
        var lateUpdates = await LateUpdatesAsync(db, standing.Select(s => (s.Id, s.SubmittedAt)).ToList(), period, await calendars.ForUnitAsync(actor.UnitId, ct), ct);

        var units = standing.GroupBy(s => s.Unit).Select(g =>
            {
                var progress = g.Select(s => TaskStatusRules.Classify(s.Deadline, s.Started, s.SubmittedAt, s.Decision, asOf)).ToList();
                var completedOnTime = progress.Count(p => p is { Stage: TaskStage.Completed, Timeliness: not Timeliness.Overdue });
                var completedLate = progress.Count(p => p is { Stage: TaskStage.Completed, Timeliness: Timeliness.Overdue });
                var inProgressOverdue = progress.Count(p => p is { Stage: TaskStage.InProgress or TaskStage.AwaitingConfirmation, Timeliness: Timeliness.Overdue });
                var notStartedOverdue = progress.Count(p => p is { Stage: TaskStage.NotStarted, Timeliness: Timeliness.Overdue });
                var extensionCount = g.Sum(s => extensions.GetValueOrDefault(s.Id));
                var late = g.Sum(s => lateUpdates.GetValueOrDefault(s.Id));
                var score = Math.Max(0, points.Base - points.PerOverdue * (inProgressOverdue + notStartedOverdue)
                                        - points.PerLateCompletion * completedLate - points.PerExtension * extensionCount - points.PerLateUpdate * late);
                return new UnitEvaluation(g.Key, names.GetValueOrDefault(g.Key, ""), g.Count(), completedOnTime, completedLate, inProgressOverdue,
                                          notStartedOverdue, extensionCount, Math.Round(score, 1), late);
            })
            .OrderByDescending(u => u.Score).ThenBy(u => u.Unit, StringComparer.Create(VietnameseDates.Culture, false))
            .ToList();
        return new Evaluation(year, points, units);
    }

    /// <summary>
    /// The updates each task's unit made late in the year (SPEC §4.11): its answer entered after the answer-entry limit (by the
    /// submission the task stood on at the year's end), and each reporting period of a task without a deadline that ended in
    /// the year — by today while it runs — without an update.
    /// </summary>
    private async Task<Dictionary<int, int>> LateUpdatesAsync(PortalDbContext db, List<(int Id, DateTimeOffset? SubmittedAt)> tasks, ReportPeriod period,
                                                              Portal.Domain.Calendar.WorkingCalendar calendar, CancellationToken ct)
    {
        var late = new Dictionary<int, int>();
        var ids = tasks.Select(t => t.Id).ToList();
        var answerDue = await db.CaseTasks.AsNoTracking().Where(t => ids.Contains(t.Id) && t.AnswerEntryDueOn != null)
            .ToDictionaryAsync(t => t.Id, t => t.AnswerEntryDueOn!.Value, ct);
        foreach (var (id, submittedAt) in tasks)
        {
            if (submittedAt is { } at && at >= period.StartInstant && answerDue.TryGetValue(id, out var due) && VietnamTime.DateOf(at) > due)
                late[id] = 1;
        }

        var periodic = await db.CaseTasks.AsNoTracking().Where(t => ids.Contains(t.Id) && t.ReportingCycle != ReportingCycle.WhenDone)
            .Select(t => new { t.Id, t.ReportingCycle, t.AssignedAt, t.CompletedAt }).ToListAsync(ct);
        if (periodic.Count == 0) return late;
        var periodicIds = periodic.Select(t => t.Id).ToList();
        var end = period.EndInstant;
        var progress = await db.TaskUpdates.AsNoTracking().Where(u => periodicIds.Contains(u.TaskId) && u.At < end)
            .Select(u => new { u.TaskId, u.At }).ToListAsync(ct);
        var submissions = await db.TaskHistory.AsNoTracking()
            .Where(h => periodicIds.Contains(h.TaskId) && h.ToState == TaskState.Submitted && h.At < end)
            .Select(h => new { h.TaskId, h.At }).ToListAsync(ct);
        var updates = progress.Concat(submissions).ToLookup(u => u.TaskId, u => VietnamTime.DateOf(u.At));
        var now = clock.GetUtcNow();
        var judgedOn = VietnamTime.DateOf(end < now ? end : now);
        var yearStart = VietnamTime.DateOf(period.StartInstant);
        foreach (var task in periodic)
        {
            var completedOn = task.CompletedAt is { } done && done < end ? VietnamTime.DateOf(done) : (DateOnly?)null;
            var missed = ReportingCycles.MissedPeriodEnds(task.ReportingCycle, VietnamTime.DateOf(task.AssignedAt), completedOn, judgedOn,
                                                          [.. updates[task.Id]], calendar).Count(e => e >= yearStart);
            if (missed > 0) late[task.Id] = late.GetValueOrDefault(task.Id) + missed;
        }
        return late;
    }
}
