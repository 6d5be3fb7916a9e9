using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.App.Infrastructure;

/// <summary>
/// The unit tree (id → parent), read once and kept for a minute, so that list, desk and permission checks do not read
/// every unit on every query. Administration of units invalidates it at once on this server.
/// </summary>
public sealed class UnitTreeCache(IDbContextFactory<PortalDbContext> dbFactory)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(ILookup<int, int> Children, IReadOnlyDictionary<int, int> Parents, IReadOnlyDictionary<int, int> Chairs,
                                   int Provinces, IReadOnlyList<int> Roots, long LoadedAt);

    /// <summary>The unit and every unit below it, at any depth.</summary>
    public async Task<IReadOnlyList<int>> SubtreeAsync(int rootId, CancellationToken ct = default) =>
        Subtree((await GetAsync(ct)).Children, rootId);

    /// <summary>The root and every unit below it, given each unit's children.</summary>
    public static List<int> Subtree(ILookup<int, int> children, int rootId)
    {
        var result = new List<int> { rootId };
        for (var i = 0; i < result.Count; i++) result.AddRange(children[result[i]]);
        return result;
    }

    /// <summary>
    /// The Chairman of the province the unit belongs to: the head of its People's Committee (the root of the unit's branch of
    /// the tree), or none when the committee has no head recorded.
    /// </summary>
    public async Task<int?> ChairmanOfAsync(int unitId, CancellationToken ct = default)
    {
        var snapshot = await GetAsync(ct);
        var unit = unitId;
        for (var depth = 0; depth < 64; depth++)
        {
            if (snapshot.Chairs.TryGetValue(unit, out var head)) return head;
            if (!snapshot.Parents.TryGetValue(unit, out unit)) return null;
        }
        return null;
    }

    /// <summary>The provinces (People's Committees) the person chairs, and how many provinces the installation holds.</summary>
    public async Task<(IReadOnlyList<int> Chaired, int Provinces)> ChairedByAsync(int personId, CancellationToken ct = default)
    {
        var snapshot = await GetAsync(ct);
        return ([.. snapshot.Chairs.Where(c => c.Value == personId).Select(c => c.Key)], snapshot.Provinces);
    }

    /// <summary>
    /// The province the unit belongs to: the root of its branch of the tree (SPEC §1: each root is a province with its own rule
    /// profile, calendar overrides and report headers). A unit not in the tree is its own root.
    /// </summary>
    public async Task<int> ProvinceOfAsync(int unitId, CancellationToken ct = default)
    {
        var snapshot = await GetAsync(ct);
        var unit = unitId;
        for (var depth = 0; depth < 64 && snapshot.Parents.TryGetValue(unit, out var parent); depth++) unit = parent;
        return unit;
    }

    /// <summary>The provinces of the installation: the roots of the unit tree.</summary>
    public async Task<IReadOnlyList<int>> ProvincesAsync(CancellationToken ct = default) => (await GetAsync(ct)).Roots;

    /// <summary>The province of a unit, or none for an account without a unit.</summary>
    public async Task<int?> ProvinceOfAsync(int? unitId, CancellationToken ct = default) =>
        unitId is { } unit ? await ProvinceOfAsync(unit, ct) : null;

    /// <summary>The province a reader works in: their unit's; an account without a unit reads the installation's only province.</summary>
    public async Task<int> ReaderProvinceAsync(int? unitId, CancellationToken ct = default)
    {
        if (await ProvinceOfAsync(unitId, ct) is { } province) return province;
        var provinces = await ProvincesAsync(ct);
        return provinces.Count == 1 ? provinces[0] : throw new Portal.Domain.DomainException("Tài khoản chưa thuộc tỉnh nào.");
    }

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        if (_snapshot is { } cached && Environment.TickCount64 - cached.LoadedAt < Lifetime.TotalMilliseconds) return cached;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Kind, u.HeadId }).ToListAsync(ct);
        var links = units.Where(u => u.ParentId != null).ToList();
        var committees = units.Where(u => u.Kind == Portal.Domain.Units.UnitKind.ProvincialCommittee).ToList();
        return _snapshot = new Snapshot(links.ToLookup(l => l.ParentId!.Value, l => l.Id), links.ToDictionary(l => l.Id, l => l.ParentId!.Value),
            committees.Where(c => c.HeadId != null).ToDictionary(c => c.Id, c => c.HeadId!.Value), committees.Count,
            [.. units.Where(u => u.ParentId == null).Select(u => u.Id).Order()], Environment.TickCount64);
    }
}
