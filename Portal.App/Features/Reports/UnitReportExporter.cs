using ClosedXML.Excel;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Domain.Cases;
using Portal.Domain.Reports;

namespace Portal.App.Features.Reports;

/// <summary>Phụ lục IV as a print-ready workbook (A4 landscape: the detailed list is wide).</summary>
public sealed class UnitReportExporter(IOptions<PortalOptions> portal)
{
    public const string Title = "Kết quả thực hiện nhiệm vụ của UBND tỉnh, Chủ tịch UBND tỉnh";

    public static string FileName(UnitReport report) =>
        $"PhuLucIV_{Portal.Domain.Text.TextFolding.Fold(report.UnitName).Replace(' ', '-')}"
        + (report.Work == ReportWork.Directive ? "" : $"_{report.Work}") + $"_{report.Period.Code}.xlsx";

    /// <summary>The workbook, headed with the names of the reader's province (<paramref name="header"/>; none: the configuration's).</summary>
    public byte[] Export(UnitReport report, DateOnly issuedOn, ReportHeader? header = null)
    {
        var names = header ?? ReportHeader.From(portal.Value);
        var book = new OfficialWorkbook("Phụ lục IV", [6, 16, 14, 60, 70], landscape: true);
        book.Header(names.ParentBody, report.UnitName.ToUpperInvariant(), "Số:        /BC",
                    names.ProvinceName, issuedOn);
        book.ReportTitle(Title, report.Subtitle);
        book.Line($"Đến ngày {report.AsOfDate:dd'/'MM'/'yyyy}, {report.UnitName} đã nhận được {report.Lines.Count} nội dung theo dõi; qua tổng hợp, "
                  + "tình hình thực hiện các nội dung theo dõi như sau:", align: XLAlignmentHorizontalValues.Left, height: 32);
        book.Line("I. TỔNG HỢP:", bold: true, align: XLAlignmentHorizontalValues.Left);
        book.Line($"1. Chưa thực hiện: {report.NotStarted}", align: XLAlignmentHorizontalValues.Left);
        book.Line($"    Trong đó: Chưa đến hạn: {report.NotStartedNotDue}; Đã quá hạn: {report.NotStartedOverdue}", align: XLAlignmentHorizontalValues.Left);
        book.Line($"2. Đang thực hiện: {report.InProgress}", align: XLAlignmentHorizontalValues.Left);
        book.Line($"3. Đã hoàn thành: {report.Completed}", align: XLAlignmentHorizontalValues.Left);
        book.Line("II. TÌNH HÌNH THỰC HIỆN CỤ THỂ:", bold: true, align: XLAlignmentHorizontalValues.Left);

        var head = book.BeginTable(headerRows: 2);
        book.HeaderCell(head, 1, "Stt", rowSpan: 2);
        book.HeaderCell(head, 2, "Văn bản", columnSpan: 1);
        book.HeaderCell(head + 1, 2, "Số hiệu");
        book.HeaderCell(head, 3, "Thời gian thực hiện", rowSpan: 2);
        book.HeaderCell(head, 4, "Nội dung theo dõi", rowSpan: 2);
        book.HeaderCell(head, 5, "Tình hình thực hiện");
        book.HeaderCell(head + 1, 5, "(Trường hợp quá hạn phải nêu rõ lý do)");
        foreach (var (title, lines) in report.Groups)
        {
            var groupRow = book.AddRow();
            book.Text(groupRow, 1, book.Columns, $"{title} ({lines.Count})", bold: true, align: XLAlignmentHorizontalValues.Left);
            var number = 0;
            foreach (var line in lines)
            {
                book.AddRow(++number, line.DocumentNumber, (object?)line.Deadline ?? "Không thời hạn", line.Content,
                            $"{TaskStatusRules.Label(line.Progress)}. {line.Situation}");
            }
        }
        book.EndTable(head);
        book.Skip();
        book.Line("III. KIẾN NGHỊ VÀ ĐỀ XUẤT", bold: true, align: XLAlignmentHorizontalValues.Left);
        if (report.Proposals.Count == 0) book.Line("Không có.", align: XLAlignmentHorizontalValues.Left);
        foreach (var proposal in report.Proposals) book.Line($"- {proposal}", align: XLAlignmentHorizontalValues.Left);
        book.Signature("THỦ TRƯỞNG CƠ QUAN", recipients: "- Văn phòng UBND tỉnh;\n- Lưu: VT.");
        return book.ToBytes();
    }
}
