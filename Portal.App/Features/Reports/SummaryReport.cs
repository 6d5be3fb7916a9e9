using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

public sealed record SummaryReport(ReportPeriod Period, int DocumentCount, IReadOnlyList<UnitSummaryRow> Rows)
{
    public UnitSummaryRow Totals => UnitSummaryRow.Sum("Tổng cộng", Rows);
}
