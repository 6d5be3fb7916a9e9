using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>The year-end evaluation as a workbook (A4 landscape).</summary>
public sealed class EvaluationExporter(IOptions<PortalOptions> portal)
{
    public const string Title = "Đánh giá kết quả thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao";

    public static string FileName(Evaluation evaluation) => $"DanhGiaCuoiNam_{evaluation.Year}.xlsx";

    /// <summary>The workbook, headed with the names of the reader's province (<paramref name="header"/>; none: the configuration's).</summary>
    public byte[] Export(Evaluation evaluation, DateOnly issuedOn, ReportHeader? header = null)
    {
        var names = header ?? ReportHeader.From(portal.Value);
        var book = new OfficialWorkbook("Đánh giá", [6, 34, 12, 11, 11, 12, 12, 10, 10, 10], landscape: true);
        book.Header(names.ParentBody, "VĂN PHÒNG", "Số:        /BC-VPUB",
                    names.ProvinceName, issuedOn);
        book.ReportTitle(Title, $"(Năm {evaluation.Year}; nhiệm vụ giao trong năm và nhiệm vụ năm trước chuyển sang; phục vụ đánh giá cải cách hành chính và thi đua, khen thưởng)");
        var head = book.BeginTable(headerRows: 1);
        string[] headers = ["STT", "Đơn vị", "Số nhiệm vụ (giao trong năm và chuyển sang)", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện quá hạn",
                            "Chưa thực hiện quá hạn", "Số lần gia hạn", "Số lần cập nhật chậm", "Điểm"];
        for (var i = 0; i < headers.Length; i++) book.HeaderCell(head, i + 1, headers[i]);
        book.Sheet.Row(head).Height = 45;
        var number = 0;
        foreach (var u in evaluation.Units)
        {
            var row = book.AddRow(++number, u.Unit, u.Received, u.CompletedOnTime, u.CompletedLate, u.InProgressOverdue, u.NotStartedOverdue, u.Extensions, u.LateUpdates);
            var score = book.Sheet.Cell(row, 10);
            score.Value = u.Score;
            score.Style.NumberFormat.Format = "0.0";
            score.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }
        book.AddTotals("Tổng cộng", 2, evaluation.Units.Sum(u => u.Received), evaluation.Units.Sum(u => u.CompletedOnTime),
            evaluation.Units.Sum(u => u.CompletedLate), evaluation.Units.Sum(u => u.InProgressOverdue), evaluation.Units.Sum(u => u.NotStartedOverdue),
            evaluation.Units.Sum(u => u.Extensions), evaluation.Units.Sum(u => u.LateUpdates));
        book.EndTable(head);
        book.Skip();
        book.Line(evaluation.Points.Describe(),
                  italic: true, align: XLAlignmentHorizontalValues.Left, height: 32);
        book.Signature("CHÁNH VĂN PHÒNG");
        return book.ToBytes();
    }
}
