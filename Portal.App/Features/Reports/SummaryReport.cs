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

    /// <summary>The work counted: directive tasks (the official Phụ lục V), complaint resolution tasks, or both.</summary>
    public ReportWork Work { get; init; }

    /// <summary>The complaint cases (vụ việc) whose resolution tasks are counted.</summary>
    public int ComplaintCaseCount { get; init; }

    public string Title => ReportWorks.SummaryTitle(Work);

    /// <summary>The sentence above the table: how many documents (and complaint cases) the counted tasks came from.</summary>
    public string SourcesLine => Work switch
    {
        ReportWork.ComplaintResolution => $"Đến ngày {AsOfDate:dd'/'MM'/'yyyy}, UBND tỉnh đã giao nhiệm vụ trong {ComplaintCaseCount} vụ việc khiếu nại; qua tổng hợp, "
                                          + "Văn phòng UBND tỉnh báo cáo tình hình thực hiện như sau:",
        ReportWork.All => $"Đến ngày {AsOfDate:dd'/'MM'/'yyyy}, UBND tỉnh đã ban hành {DocumentCount} văn bản giao nhiệm vụ và giao nhiệm vụ trong {ComplaintCaseCount} "
                          + "vụ việc khiếu nại; qua tổng hợp, Văn phòng UBND tỉnh báo cáo tình hình thực hiện như sau:",
        _ => $"Đến ngày {AsOfDate:dd'/'MM'/'yyyy}, UBND tỉnh đã ban hành {DocumentCount} văn bản giao nhiệm vụ; qua tổng hợp, "
             + "Văn phòng UBND tỉnh báo cáo tình hình thực hiện như sau:",
    };

    public UnitSummaryRow Totals => UnitSummaryRow.Sum("Tổng cộng", Rows);
}
