using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

public sealed record EntryReport(ReportPeriod Period, IReadOnlyList<DrafterEntryRow> Rows)
{
    public DrafterEntryRow Totals => new(null, "Tổng cộng", Rows.Sum(r => r.Entered), Rows.Sum(r => r.OnTime), Rows.Sum(r => r.Late), Rows.Sum(r => r.NotEntered));
}
