using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Domain;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>Phụ lục I (the form of its row 2, the clerk's summary of the 20th–24th) as a print-ready workbook.</summary>
public sealed class EntryReportExporter(IOptions<PortalOptions> portal)
{
    public const string Title = "Tổng hợp việc cập nhật nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao";

    public static string FileName(EntryReport report) => $"PhuLucI_{report.Period.Code}.xlsx";

    /// <summary>The workbook, headed with the names of the reader's province (<paramref name="header"/>; none: the configuration's).</summary>
    public byte[] Export(EntryReport report, DateOnly issuedOn, ReportHeader? header = null)
    {
        var names = header ?? ReportHeader.From(portal.Value);
        var book = new OfficialWorkbook("Phụ lục I", [6, 32, 13, 13, 13, 13, 12], landscape: false);
        book.Header(names.ParentBody, "VĂN PHÒNG", "Số:        /YKCD-VP",
                    names.ProvinceName, issuedOn);
        book.ReportTitle(Title, $"(từ ngày {report.Period.From:dd'/'MM'/'yyyy} đến ngày {report.Period.To:dd'/'MM'/'yyyy})");
        var head = book.BeginTable(headerRows: 1);
        string[] headers = ["STT", "Họ và tên (người dự thảo VB)", "Tổng số VB cập nhật", "Số VB cập nhật đúng hạn", "Số VB cập nhật trễ hạn",
                            "Chưa cập nhật", "Tỷ lệ đúng hạn"];
        for (var i = 0; i < headers.Length; i++) book.HeaderCell(head, i + 1, headers[i]);
        book.Sheet.Row(head).Height = 45;
        var number = 0;
        foreach (var row in report.Rows)
        {
            book.AddRow(++number, row.Name, row.Entered, row.OnTime, row.Late, row.NotEntered, (object?)row.OnTimeRate ?? "—");
        }
        var t = report.Totals;
        var totals = book.AddTotals("Tổng cộng", 2, t.Entered, t.OnTime, t.Late, t.NotEntered);
        var rate = book.Sheet.Cell(totals, 7);
        if (t.OnTimeRate is { } r) rate.Value = r;
        rate.Style.NumberFormat.Format = "0.0%";
        rate.Style.Font.Bold = true;
        rate.Style.Alignment.Horizontal = ClosedXML.Excel.XLAlignmentHorizontalValues.Center;
        book.EndTable(head);
        book.Skip();
        book.Line("Kiến nghị và đề xuất (nếu có): ........................................................................",
                  align: ClosedXML.Excel.XLAlignmentHorizontalValues.Left);
        book.Signature("NGƯỜI LẬP", recipients: null);
        return book.ToBytes();
    }
}
