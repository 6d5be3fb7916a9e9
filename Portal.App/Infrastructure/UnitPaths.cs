using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Tasks;
using Portal.Data;
using Portal.Domain.Units;

namespace Portal.App.Infrastructure;

/// <summary>Units as pickers offer them: each with the names of the units above it, so that two "Phòng Tổng hợp" can be told apart.</summary>
public static class UnitPaths
{
    public const string Separator = " › ";

    /// <summary>The units of the query, in its order, each with its path.</summary>
    public static async Task<IReadOnlyList<UnitOption>> OptionsAsync(PortalDbContext db, IQueryable<Unit> units, CancellationToken ct = default)
    {
        var chosen = await units.Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        if (chosen.Count == 0) return [];
        var tree = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Name }).ToDictionaryAsync(u => u.Id, ct);
        string PathOf(int id)
        {
            var names = new List<string>();
            var parent = tree.TryGetValue(id, out var unit) ? unit.ParentId : null;
            for (var depth = 0; parent is { } p && tree.TryGetValue(p, out var above) && depth < 64; depth++, parent = above.ParentId)
                names.Add(above.Name);
            names.Reverse();
            return string.Join(Separator, names);
        }
        return [.. chosen.Select(u => new UnitOption(u.Id, u.Name, PathOf(u.Id)))];
    }
}
