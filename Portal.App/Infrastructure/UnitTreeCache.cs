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

    private sealed record Snapshot(ILookup<int, int> Children, long LoadedAt);

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

    public void Invalidate() => _snapshot = null;

    private async Task<Snapshot> GetAsync(CancellationToken ct)
    {
        if (_snapshot is { } cached && Environment.TickCount64 - cached.LoadedAt < Lifetime.TotalMilliseconds) return cached;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var links = await db.Units.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        return _snapshot = new Snapshot(links.ToLookup(l => l.ParentId!.Value, l => l.Id), Environment.TickCount64);
    }
}
