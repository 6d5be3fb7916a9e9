using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Security;

namespace Portal.App.Features.Audit;

/// <summary>The audit trail for administrators: search, page, export. It only ever reads the trail.</summary>
public sealed class AuditService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public static bool MayRead(Actor actor) => actor.May(PortalAction.ReadAudit);

    /// <summary>Records a sign-in attempt (the only rows written outside a data change).</summary>
    public async Task RecordSignInAsync(string userName, bool succeeded, string? address, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.AuditTrail.Add(new AuditEntry
        {
            // The user name is whatever anybody typed: it is stored within the column, cut with a mark.
            At = clock.GetUtcNow(),
            UserName = AuditEntry.Cut(userName, AuditEntry.UserNameMaxLength),
            Address = AuditEntry.Cut(address, AuditEntry.AddressMaxLength),
            Action = succeeded ? "SignIn" : "SignInFailed",
            Entity = "Account",
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<(IReadOnlyList<AuditEntry> Rows, int Total)> SearchAsync(Actor actor, AuditQuery query, int page, int pageSize, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ReadAudit);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Filter(db, query);
        return (await rows.OrderByDescending(a => a.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(ct), await rows.CountAsync(ct));
    }

    public async Task<byte[]> ExportAsync(Actor actor, AuditQuery query, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ReadAudit);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await Filter(db, query).OrderBy(a => a.Id).Take(100_000).ToListAsync(ct);
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Nhật ký");
        string[] headers = ["Thời điểm", "Người thực hiện", "Địa chỉ", "Thao tác", "Đối tượng", "Mã", "Trước", "Sau"];
        for (var i = 0; i < headers.Length; i++) sheet.Cell(1, i + 1).SetValue(headers[i]);
        sheet.Row(1).Style.Font.Bold = true;
        for (var r = 0; r < rows.Count; r++)
        {
            var a = rows[r];
            object?[] values = [VietnameseDates.Format(a.At), a.UserName ?? "Hệ thống", a.Address, AuditLabels.Action(a.Action), AuditLabels.Entity(a.Entity), a.EntityKey, a.Before, a.After];
            for (var c = 0; c < values.Length; c++) sheet.Cell(r + 2, c + 1).SetValue(FitCell(values[c]?.ToString()));
        }
        double[] widths = [18, 20, 16, 14, 20, 10, 60, 60];
        for (var i = 0; i < widths.Length; i++) sheet.Column(i + 1).Width = widths[i];
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>
    /// What an Excel cell can hold: at most 32,767 characters (a longer value is cut and says how much was left out) and
    /// only characters XML allows (a control character typed at sign-in is shown as "�" instead of breaking the file).
    /// </summary>
    public static string FitCell(string? value)
    {
        const int limit = 32_767;
        if (value is null) return "";
        if (!value.All(System.Xml.XmlConvert.IsXmlChar))
        {
            var chars = value.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                var pair = i + 1 < chars.Length && char.IsSurrogatePair(chars[i], chars[i + 1]);
                if (pair) i++;
                else if (!System.Xml.XmlConvert.IsXmlChar(chars[i])) chars[i] = '\uFFFD';
            }
            value = new string(chars);
        }
        if (value.Length <= limit) return value;
        const int kept = limit - 40;
        return value[..kept] + string.Format(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), "… [đã cắt {0:N0} ký tự]", value.Length - kept);
    }

    private static IQueryable<AuditEntry> Filter(PortalDbContext db, AuditQuery query)
    {
        var rows = db.AuditTrail.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.UserName)) rows = rows.Where(a => a.UserName == query.UserName.Trim());
        if (!string.IsNullOrWhiteSpace(query.Entity)) rows = rows.Where(a => a.Entity == query.Entity.Trim());
        if (!string.IsNullOrWhiteSpace(query.Key)) rows = rows.Where(a => a.EntityKey == query.Key.Trim());
        if (query.From is { } from)
        {
            var since = VietnamTime.At(from, TimeOnly.MinValue);
            rows = rows.Where(a => a.At >= since);
        }
        if (query.To is { } to)
        {
            var until = VietnamTime.At(to.AddDays(1), TimeOnly.MinValue);
            rows = rows.Where(a => a.At < until);
        }
        return rows;
    }
}
