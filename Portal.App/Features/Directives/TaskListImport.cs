using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Admin;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;
using Portal.Domain.Text;
using Portal.Domain.Units;

namespace Portal.App.Features.Directives;

/// <summary>
/// A directive document's task list from Excel (issue 17): the appendix table of a Quyết định / Kế hoạch — content, lead unit,
/// coordinating units, deadline, whether a report is due — read and checked row by row (errors name the row and the column)
/// into the registration form's tasks, which the registration checks again when the document is saved; nothing is written here.
/// </summary>
public sealed class TaskListImport(IDbContextFactory<PortalDbContext> dbFactory)
{
    public const string TemplateName = "Mau_danh_sach_nhiem_vu.xlsx";
    public const int MaxTasks = 500;

    public static readonly IReadOnlyList<string> Headers = ["Nội dung nhiệm vụ", "Mã đơn vị chủ trì", "Mã đơn vị phối hợp", "Thời hạn", "Phải báo cáo"];

    public byte[] Template(Actor actor)
    {
        actor.Demand(PortalAction.RegisterDocument);
        return ImportService.Workbook(Headers, ["Báo cáo tiến độ giải ngân vốn đầu tư công năm 2026", "STC", "SKHDT, KBNN", "20/12/2026", "Có"],
        [
            ["Nội dung nhiệm vụ", $"Bắt buộc, tối đa {CaseTask.ContentMaxLength} ký tự."],
            ["Mã đơn vị chủ trì", "Bắt buộc: mã của một đơn vị đang hoạt động (Quản trị → Đơn vị)."],
            ["Mã đơn vị phối hợp", "Không bắt buộc; nhiều mã cách nhau bởi dấu phẩy; không gồm đơn vị chủ trì."],
            ["Thời hạn", "Ngày dd/MM/yyyy; để trống nếu nhiệm vụ không có thời hạn (báo cáo khi hoàn thành)."],
            ["Phải báo cáo", "Có hoặc Không (để trống là Có)."],
        ]);
    }

    /// <summary>The rows as the form's tasks, or the errors (then no task).</summary>
    public async Task<(IReadOnlyList<NewTask> Tasks, IReadOnlyList<ImportError> Errors)> ReadAsync(Actor actor, Stream content, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.RegisterDocument);
        var sheet = ImportService.Read(Headers, content);
        var errors = sheet.Errors;
        if (sheet.Rows.Count > MaxTasks) throw new DomainException($"Tệp có quá {MaxTasks} nhiệm vụ; hãy chia thành nhiều văn bản.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = (await db.Units.AsNoTracking().Where(u => u.Status == UnitStatus.Active).Select(u => new { u.Id, u.Code }).ToListAsync(ct))
            .ToDictionary(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase);
        var tasks = new List<NewTask>();
        foreach (var row in sheet.Rows)
        {
            var text = ImportService.Cell(errors, row, Headers[0], () => TextInput.Required(row.Cells[0], CaseTask.ContentMaxLength, "Nội dung nhiệm vụ"));
            int? lead = units.TryGetValue(row.Cells[1], out var l) ? l : null;
            if (lead is null) errors.Add(new ImportError(row.Row, Headers[1], row.Cells[1].Length == 0 ? "Mã đơn vị chủ trì không được để trống."
                                                                                    : $"Không có đơn vị đang hoạt động mã \"{row.Cells[1]}\"."));
            var coordinating = new List<int>();
            foreach (var code in row.Cells[2].Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!units.TryGetValue(code, out var unit)) errors.Add(new ImportError(row.Row, Headers[2], $"Không có đơn vị đang hoạt động mã \"{code}\"."));
                else if (unit == lead) errors.Add(new ImportError(row.Row, Headers[2], "Đơn vị chủ trì không đồng thời là đơn vị phối hợp."));
                else if (!coordinating.Contains(unit)) coordinating.Add(unit);
            }
            DateTime? deadline = null;
            if (row.Cells[3].Length > 0)
            {
                if (DateTime.TryParseExact(row.Cells[3], ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) deadline = d;
                else errors.Add(new ImportError(row.Row, Headers[3], $"\"{row.Cells[3]}\" không phải ngày dạng dd/MM/yyyy."));
            }
            bool? report = TextFolding.Fold(row.Cells[4]) switch { "" or "co" => true, "khong" => false, _ => null };
            if (report is null) errors.Add(new ImportError(row.Row, Headers[4], "Chỉ ghi Có hoặc Không."));
            if (text is null || lead is null || report is null) continue;
            tasks.Add(new NewTask
            {
                Content = text,
                LeadUnitId = lead,
                CoordinatingUnitIds = coordinating,
                HasDeadline = deadline is not null,
                Deadline = deadline,
                ReportRequired = report.Value,
            });
        }
        if (sheet.Rows.Count == 0 && errors.Count == 0) errors.Add(new ImportError(2, Headers[0], "Tệp không có nhiệm vụ nào."));
        return errors.Count > 0 ? ([], [.. errors.OrderBy(e => e.Row).Take(ImportService.MaxErrors)]) : (tasks, []);
    }
}
