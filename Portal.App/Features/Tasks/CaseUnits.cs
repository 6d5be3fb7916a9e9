using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;

namespace Portal.App.Features.Tasks;

/// <summary>The units a new case is sent to — a lead unit and coordinating units — checked once for every kind's intake.</summary>
public static class CaseUnits
{
    /// <summary>
    /// The coordinating units without the lead and without repeats; refuses a lead or a coordinating unit that is not an
    /// active unit of the province.
    /// </summary>
    public static async Task<IReadOnlyList<int>> CheckAsync(PortalDbContext db, UnitTreeCache tree, int provinceId, int lead,
                                                            IEnumerable<int> coordinating, string leadLabel, CancellationToken ct)
    {
        var others = coordinating.Where(u => u != lead).Distinct().ToList();
        var units = others.Append(lead).ToList();
        var provinceUnits = await tree.SubtreeAsync(provinceId, ct);
        var active = await db.Units.AsNoTracking().Where(u => units.Contains(u.Id) && u.Status == Domain.Units.UnitStatus.Active).Select(u => u.Id).ToListAsync(ct);
        if (!active.Contains(lead) || !provinceUnits.Contains(lead)) throw new DomainException($"Vui lòng chọn {leadLabel} đang hoạt động của tỉnh.");
        if (units.Any(u => !active.Contains(u) || !provinceUnits.Contains(u))) throw new DomainException("Đơn vị phối hợp không hợp lệ.");
        return others;
    }
}
