using ClosedXML.Excel;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

/// <summary>Phụ lục V as a print-ready workbook.</summary>
public sealed class SummaryReportExporter(IOptions<PortalOptions> portal)
{
    public static string Title => ReportWorks.SummaryTitle(ReportWork.Directive);

    public static string FileName(SummaryReport report) =>
        report.Work == ReportWork.Directive ? $"PhuLucV_{report.Period.Code}.xlsx" : $"PhuLucV_{report.Work}_{report.Period.Code}.xlsx";

    /// <summary>The workbook, headed with the names of the reader's province (<paramref name="header"/>; none: the configuration's).</summary>
    public byte[] Export(SummaryReport report, DateOnly issuedOn, ReportHeader? header = null)
    {
        var names = header ?? ReportHeader.From(portal.Value);
        var book = new OfficialWorkbook("Phụ lục V", [6, 38, 11, 11, 11, 11, 11, 11], landscape: false);
        book.Header(names.ParentBody, "VĂN PHÒNG", "Số:        /BC-VPUB",
                    names.ProvinceName, issuedOn);
        book.ReportTitle(report.Title, $"(Kỳ báo cáo: {report.Period.Label}; {ReportScopes.Label(report.Scope)})");
        book.Line(report.SourcesLine, align: XLAlignmentHorizontalValues.Left, height: 34);
        book.Skip();

        var head = book.BeginTable(headerRows: 2);
        book.HeaderCell(head, 1, "STT", rowSpan: 2);
        book.HeaderCell(head, 2, "Đơn vị", rowSpan: 2);
        book.HeaderCell(head, 3, "Chưa thực hiện", columnSpan: 2);
        book.HeaderCell(head, 5, "Đang thực hiện", columnSpan: 2);
        book.HeaderCell(head, 7, "Đã hoàn thành", columnSpan: 2);
        for (var c = 3; c <= 7; c += 2)
        {
            book.HeaderCell(head + 1, c, "Trong hạn");
            book.HeaderCell(head + 1, c + 1, "Quá hạn");
        }
        var number = 0;
        foreach (var row in report.Rows)
        {
            book.AddRow($"{++number}.", row.UnitName, row.NotStartedOnTime, row.NotStartedOverdue, row.InProgressOnTime, row.InProgressOverdue,
                        row.CompletedOnTime, row.CompletedOverdue);
        }
        var t = report.Totals;
        book.AddTotals("Tổng cộng", 2, t.NotStartedOnTime, t.NotStartedOverdue, t.InProgressOnTime, t.InProgressOverdue, t.CompletedOnTime, t.CompletedOverdue);
        book.EndTable(head);
        book.Signature("CHÁNH VĂN PHÒNG");
        return book.ToBytes();
    }
}
