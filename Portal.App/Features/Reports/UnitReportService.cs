using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>
/// Phụ lục IV of Huế 71/2016: one unit's report on the tasks of the report's scope (by default those it received in the
/// period and its unfinished work carried over into it), as they stood at its end —
/// totals, the detailed list grouped by status with the situation (the reason for every overdue one), then the
/// unit's proposals.
/// </summary>
public sealed class UnitReportService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public static bool MayRead(Actor actor, int unitId) =>
        actor.MayOnUnit(PortalAction.ViewUnitReport, unitId);

    public async Task<UnitReport> BuildAsync(Actor actor, int unitId, ReportPeriod period, CancellationToken ct = default) =>
        await BuildAsync(actor, unitId, period, ReportScope.WithCarriedOver, ct);

    public async Task<UnitReport> BuildAsync(Actor actor, int unitId, ReportPeriod period, ReportScope scope, CancellationToken ct = default) =>
        await BuildAsync(actor, unitId, period, scope, ReportWork.Directive, ct);

    /// <summary>The unit's report on the work chosen (its directive tasks by default; its complaint resolution tasks; or both).</summary>
    public async Task<UnitReport> BuildAsync(Actor actor, int unitId, ReportPeriod period, ReportScope scope, ReportWork work, CancellationToken ct = default)
    {
        if (!MayRead(actor, unitId)) throw new ForbiddenException("Bạn chỉ xem được báo cáo của đơn vị mình.");
        var start = period.StartInstant;
        var end = period.EndInstant;
        var lastMoment = TaskStanding.JudgedAt(period, clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) ?? throw new DomainException("Không tìm thấy đơn vị.");

        // The unit's tasks now, and every task changed since the end: one redirected away later was the unit's then.
        var tasks = db.CaseTasks.AsNoTracking().OfWork(work)
            .InScope(scope, start, end)
            .Where(t => t.LeadUnitId == unitId || t.LastHistoryAt == null || t.LastHistoryAt >= end);
        var standing = (await TaskStanding.AtEndAsync(db, tasks, end, ct))
            .Where(s => s.LeadUnitId == unitId && s.State != TaskState.Returned)
            .ToList();
        var ids = standing.Select(s => s.TaskId).ToList();
        var details = await db.CaseTasks.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.SourceReference, t.Content, ReportContent = t.Report!.Content, ReportNumber = t.Report!.NumberAndSymbol })
            .ToDictionaryAsync(t => t.Id, ct);
        var updates = (await db.TaskUpdates.AsNoTracking().Where(u => ids.Contains(u.TaskId) && u.At < end)
                .Select(u => new { u.TaskId, u.At, u.Id, u.Content, u.DelayReason, u.Proposals }).ToListAsync(ct))
            .OrderBy(u => u.At).ThenBy(u => u.Id).ToList();

        var lines = standing.Select(s =>
            {
                var task = details[s.TaskId];
                var progress = TaskStatusRules.Classify(s.Deadline, s.Started, s.SubmittedAt, s.Decision, lastMoment);
                var latest = updates.LastOrDefault(u => u.TaskId == s.TaskId);
                var situation = progress.Stage switch
                {
                    TaskStage.Completed or TaskStage.AwaitingConfirmation when task.ReportContent is not null =>
                        (task.ReportNumber is null ? "" : $"Văn bản {task.ReportNumber}: ") + task.ReportContent,
                    _ => latest?.Content ?? "Chưa có báo cáo tiến độ",
                };
                if (progress.Timeliness == Timeliness.Overdue)
                    situation += $" — Lý do quá hạn: {updates.LastOrDefault(u => u.TaskId == s.TaskId && u.DelayReason != null)?.DelayReason ?? "đơn vị chưa nêu lý do"}";
                return new UnitReportLine(s.TaskId, task.SourceReference ?? "", s.Deadline, task.Content, progress, situation);
            })
            .OrderBy(l => l.Deadline ?? DateOnly.MaxValue).ThenBy(l => l.TaskId)
            .ToList();
        var proposals = updates.Where(u => u.Proposals != null && u.At >= start).Select(u => u.Proposals!).Distinct().ToList();
        return new UnitReport(period, unitId, unit.Name, lines, proposals, scope, VietnamTime.DateOf(lastMoment)) { Work = work };
    }
}
