using ClosedXML.Excel;
using Microsoft.Extensions.Options;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;

namespace Portal.App.Features.Notifications;

/// <summary>The urging letter of Phụ lục II (second form) as a print-ready workbook.</summary>
public sealed class UrgingLetterExporter(IOptions<PortalOptions> portal)
{
    public static string FileName(UrgingLetter letter) =>
        $"PhieuBao_{Portal.Domain.Text.TextFolding.Fold(letter.UnitName).Replace(' ', '-')}_{letter.Date:yyyy-MM-dd}.xlsx";

    /// <summary>The workbook, headed with the names of the reader's province (<paramref name="header"/>; none: the configuration's).</summary>
    public byte[] Export(UrgingLetter letter, ReportHeader? header = null)
    {
        var names = header ?? ReportHeader.From(portal.Value);
        var book = new OfficialWorkbook("Phiếu báo", [6, 60, 16, 30], landscape: false);
        book.Header(names.ParentBody, "", "Số:        /UBND-TH",
                    names.ProvinceName, letter.Date);
        book.Skip();
        book.Line("PHIẾU BÁO", bold: true, size: 14);
        book.Line("V/v đôn đốc thực hiện nhiệm vụ UBND tỉnh giao", bold: true);
        book.Skip();
        book.Line($"Kính gửi: {letter.UnitName}", size: 13);
        // One table for the whole letter, so the header row that repeats on every printed page is the table's own; each
        // document opens its part of the table with the sentence of Phụ lục II.
        book.Skip();
        var head = book.BeginTable(headerRows: 1);
        book.HeaderCell(head, 1, "TT");
        book.HeaderCell(head, 2, "Nhiệm vụ");
        book.HeaderCell(head, 3, "Ngày yêu cầu thực hiện");
        book.HeaderCell(head, 4, "Tình trạng");
        foreach (var document in letter.Documents)
        {
            book.Line($"Ngày {document.IssueDate:dd'/'MM'/'yyyy}, UBND tỉnh đã ban hành văn bản số {document.NumberAndSymbol} {document.Summary}, trong đó giao "
                      + $"{document.TasksGivenToUnit} nhiệm vụ cho {letter.UnitName}; qua tổng hợp, Văn phòng UBND tỉnh xin thông báo đến {letter.UnitName} "
                      + $"{document.Unfinished.Count} nhiệm vụ chưa thực hiện như sau:", align: XLAlignmentHorizontalValues.Left, height: 48);
            var number = 0;
            foreach (var task in document.Unfinished)
            {
                book.AddRow(++number, task.Content, (object?)task.Deadline ?? "Không thời hạn",
                            task.NoticeCount > 0 ? $"{task.Status} (đã có {task.NoticeCount} phiếu báo)" : task.Status);
            }
        }
        book.EndTable(head);
        book.Skip();
        book.Line($"Đề nghị {letter.UnitName} nghiêm túc thực hiện các nhiệm vụ của UBND tỉnh./.", align: XLAlignmentHorizontalValues.Left);
        book.Signature("CHÁNH VĂN PHÒNG", recipients: "- Như trên;\n- Lãnh đạo Văn phòng;\n- Lưu: VT, TH.");
        return book.ToBytes();
    }
}
