using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>
/// Phụ lục I of Huế 71/2016 (row 2, "thông báo tổng hợp việc cập nhật" of the 20th–24th): for the documents issued in the period, per drafter, how many were entered by the end of
/// the period, on time or late against the entry deadline of the province's rule profile, and how many were not yet.
/// </summary>
public sealed class EntryReportService(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<EntryReport> BuildAsync(Actor actor, ReportPeriod period, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ViewProvinceReports);
        var end = period.EndInstant;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var documents = await db.DirectiveDocuments.AsNoTracking()
            .Where(d => d.IssueDate >= period.From && d.IssueDate <= period.To && d.WithdrawnAt == null)
            .Select(d => new { Drafter = d.DrafterId ?? d.RegisteredById, d.RegisteredAt, d.EnteredOnTime })
            .ToListAsync(ct);
        var ids = documents.Select(d => d.Drafter).OfType<int>().Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var rows = documents.GroupBy(d => d.Drafter)
            .Select(g =>
            {
                var entered = g.Where(d => d.RegisteredAt is { } at && at < end).ToList();
                return new DrafterEntryRow(g.Key, g.Key is { } id ? names.GetValueOrDefault(id, "") : "(chưa phân công)", entered.Count,
                    entered.Count(d => d.EnteredOnTime == true), entered.Count(d => d.EnteredOnTime != true), g.Count() - entered.Count);
            })
            .OrderBy(r => r.Name, StringComparer.Create(VietnameseDates.Culture, false))
            .ToList();
        return new EntryReport(period, rows);
    }
}
