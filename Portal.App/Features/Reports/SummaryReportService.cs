using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>
/// Phụ lục V of Huế 71/2016: the Office's summary by unit of the tasks of the report's scope (by default those assigned in
/// the period and the unfinished work carried over into it), each as it stood at the end of the period (from the status kept on its history, so a later change does not alter a past report). Tasks
/// awaiting confirmation count as in progress with the timeliness of their submission; a task returned to the Office
/// at the end of the period belongs to no unit; a redirected one to the unit that held it then.
/// </summary>
public sealed class SummaryReportService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public static bool MayRead(Actor actor) =>
        actor.May(PortalAction.ViewProvinceReports);

    public async Task<SummaryReport> BuildAsync(Actor actor, ReportPeriod period, ReportFilter filter, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ViewProvinceReports);
        var start = period.StartInstant;
        var end = period.EndInstant;
        var lastMoment = TaskStanding.JudgedAt(period, clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var tasks = db.CaseTasks.AsNoTracking().OfWork(filter.Work).InScope(filter.Scope, start, end);
        if (filter.LeaderId is { } leader) tasks = tasks.Where(t => t.TrackingLeaderId == leader);
        if (filter.Field is { } field) tasks = tasks.Where(t => t.Kind != CaseKind.Directive || t.Document!.Field == field);

        var standing = await TaskStanding.AtEndAsync(db, tasks, end, ct);

        var counted = standing
            .Where(s => s.State != TaskState.Returned && s.LeadUnitId is not null)
            .Where(s => filter.UnitId is null || s.LeadUnitId == filter.UnitId)
            .Select(s => new
            {
                Unit = s.LeadUnitId!.Value,
                Source = s.DocumentId is { } document ? (document, false) : s.ComplaintCaseId is { } file ? (file, true) : ((int, bool)?)null,
                Progress = TaskStatusRules.Classify(s.Deadline, s.Started, s.SubmittedAt, s.Decision, lastMoment)
            })
            .ToList();
        var unitIds = counted.Select(c => c.Unit).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);

        var byUnit = counted.ToLookup(c => c.Unit, c => c.Progress);
        var rows = units.OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Create(VietnameseDates.Culture, false))
            .Select(u =>
            {
                var mine = byUnit[u.Id].ToList();
                int Count(TaskStage stage, bool overdue) => mine.Count(p =>
                    (stage == TaskStage.InProgress ? p.Stage is TaskStage.InProgress or TaskStage.AwaitingConfirmation : p.Stage == stage)
                    && (p.Timeliness == Timeliness.Overdue) == overdue);
                return new UnitSummaryRow(u.Id, u.Name, Count(TaskStage.NotStarted, false), Count(TaskStage.NotStarted, true),
                    Count(TaskStage.InProgress, false), Count(TaskStage.InProgress, true), Count(TaskStage.Completed, false), Count(TaskStage.Completed, true));
            })
            .ToList();
        var sources = counted.Where(c => c.Source is not null).Select(c => c.Source!.Value).Distinct().ToList();
        return new SummaryReport(period, sources.Count(s => !s.Item2), rows, filter.Scope, VietnamTime.DateOf(lastMoment))
        {
            Work = filter.Work,
            ComplaintCaseCount = sources.Count(s => s.Item2),
        };
    }

}
