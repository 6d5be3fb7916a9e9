using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

/// <summary>Phụ lục V's figures; <see cref="AsOf"/> is the day they are judged at (the period's last day, or today while it runs).</summary>
public sealed record SummaryReport(ReportPeriod Period, int DocumentCount, IReadOnlyList<UnitSummaryRow> Rows,
                                   ReportScope Scope = ReportScope.WithCarriedOver, DateOnly? AsOf = null)
{
    public DateOnly AsOfDate => AsOf ?? Period.To;

    public UnitSummaryRow Totals => UnitSummaryRow.Sum("Tổng cộng", Rows);
}
