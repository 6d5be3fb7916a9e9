using ClosedXML.Excel;
using Microsoft.Extensions.Options;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Domain;
using Portal.Domain.Programme;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Programme;

/// <summary>Phụ lục VI as a print-ready workbook (A4 landscape).</summary>
public sealed class ProgrammeReportExporter(IOptions<PortalOptions> portal)
{
    public const string Title = "Tổng hợp tình hình thực hiện Chương trình công tác của UBND tỉnh";

    public static string FileName(ProgrammeReport report) => $"PhuLucVI_{report.Period.Code}.xlsx";

    /// <summary>The workbook, headed with the names of the reader's province (<paramref name="header"/>; none: the configuration's).</summary>
    public byte[] Export(ProgrammeReport report, DateOnly issuedOn, ReportHeader? header = null)
    {
        var names = header ?? ReportHeader.From(portal.Value);
        var book = new OfficialWorkbook("Phụ lục VI", [6, 34, 12, 12, 13, 12, 12, 12, 12, 12], landscape: true);
        book.Header(names.ParentBody, "VĂN PHÒNG", "Số:        /BC-VPUB",
                    names.ProvinceName, issuedOn);
        book.ReportTitle(Title, $"(Kỳ báo cáo: {report.Period.Label})");
        var head = book.BeginTable(headerRows: 2);
        book.HeaderCell(head, 1, "STT", rowSpan: 2);
        book.HeaderCell(head, 2, "Đơn vị", rowSpan: 2);
        book.HeaderCell(head, 3, $"Số đề án phải trình trong {report.Period.Label}", columnSpan: 4);
        book.HeaderCell(head + 1, 3, "Số đề án đăng ký đầu năm");
        book.HeaderCell(head + 1, 4, "Số đề án giao thêm");
        book.HeaderCell(head + 1, 5, "Số đề án xin chuyển, rút khỏi CTCT");
        book.HeaderCell(head + 1, 6, "Tổng số đề án phải trình");
        book.HeaderCell(head, 7, "Tổng số đề án đã trình", rowSpan: 2);
        book.HeaderCell(head, 8, "Số đề án đã ban hành", rowSpan: 2);
        book.HeaderCell(head, 9, "Số đề án chưa trình", rowSpan: 2);
        book.HeaderCell(head, 10, "Tỷ lệ đề án đã trình", rowSpan: 2);
        book.Sheet.Row(head + 1).Height = 45;
        var number = 0;
        foreach (var r in report.Rows)
        {
            book.AddRow($"{++number}.", r.Unit, r.Registered, r.Added, r.MovedOrWithdrawn, r.Due, r.Submitted, r.Issued, r.NotSubmitted,
                        (object?)r.SubmittedRate ?? "—");
        }
        var t = report.Totals;
        var totals = book.AddTotals("Tổng cộng", 2, t.Registered, t.Added, t.MovedOrWithdrawn, t.Due, t.Submitted, t.Issued, t.NotSubmitted);
        if (t.SubmittedRate is { } rate)
        {
            var cell = book.Sheet.Cell(totals, 10);
            cell.Value = rate;
            cell.Style.NumberFormat.Format = "0.0%";
            cell.Style.Font.Bold = true;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }
        book.EndTable(head);
        book.Signature("CHÁNH VĂN PHÒNG");
        return book.ToBytes();
    }
}
