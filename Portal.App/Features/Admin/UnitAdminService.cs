using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.App.Features.Admin;

/// <summary>
/// The organisation tree as administrators keep it (SPEC §1): create, rename, move, merge into a successor, split into
/// new units. Tasks stay attached to the unit that held them, so history and past reports never change; people of a
/// merged unit move to its successor.
/// </summary>
public sealed class UnitAdminService(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache tree, TimeProvider clock)
{
    /// <summary>The whole tree, depth first, each unit under its parent.</summary>
    public async Task<IReadOnlyList<UnitAdminRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageUnits);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var units = await db.Units.AsNoTracking()
            .Select(u => new { Unit = u, Version = EF.Property<int>(u, PortalDbContext.VersionProperty) }).ToListAsync(ct);
        var people = await db.People.AsNoTracking().GroupBy(p => p.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var open = await db.CaseTasks.AsNoTracking().Where(t => t.State != TaskState.Completed)
            .GroupBy(t => t.LeadUnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var names = units.ToDictionary(u => u.Unit.Id, u => u.Unit.Name);
        var headIds = units.Where(u => u.Unit.HeadId != null).Select(u => u.Unit.HeadId!.Value).ToList();
        var heads = await db.People.AsNoTracking().Where(p => headIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        var children = units.ToLookup(u => u.Unit.ParentId);
        var rows = new List<UnitAdminRow>();
        void Walk(int? parent, int depth)
        {
            foreach (var u in children[parent].OrderBy(u => u.Unit.Status != UnitStatus.Active).ThenBy(u => u.Unit.Kind).ThenBy(u => u.Unit.Name))
            {
                rows.Add(new UnitAdminRow(u.Unit.Id, u.Version, u.Unit.Name, u.Unit.Code, u.Unit.Kind, u.Unit.ParentId, depth, u.Unit.Status,
                    u.Unit.SuccessorId is { } s ? names.GetValueOrDefault(s) : null, people.GetValueOrDefault(u.Unit.Id), open.GetValueOrDefault(u.Unit.Id),
                    u.Unit.HeadId, u.Unit.HeadId is { } h ? heads.GetValueOrDefault(h) : null, u.Unit.IsRemote));
                Walk(u.Unit.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return rows;
    }

    public Task<int> CreateAsync(Actor actor, string name, string code, UnitKind kind, int? parentId, CancellationToken ct = default) =>
        ChangeAsync(actor, async db =>
        {
            var parent = parentId is { } p ? await ActiveAsync(db, p, ct) : null;
            await RequireFreeCodeAsync(db, code, null, ct);
            var unit = new Unit(name, code, kind, parent);
            db.Units.Add(unit);
            return unit;
        }, ct);

    /// <summary>Renames and recodes a unit; <paramref name="remote"/>, when given, marks it as in a remote area (longer complaint limits).</summary>
    public Task RenameAsync(Actor actor, int id, int version, string name, string code, CancellationToken ct = default, bool? remote = null) =>
        ChangeAsync(actor, async db =>
        {
            var unit = await FindAsync(db, id, version, ct);
            await RequireFreeCodeAsync(db, code, id, ct);
            unit.Rename(name);
            unit.Recode(code);
            if (remote is { } r) unit.SetRemote(r);
            return unit;
        }, ct);

    /// <summary>Names the person who heads the unit (for a province's People's Committee, its Chairman), one of its own people; none clears it.</summary>
    public Task SetHeadAsync(Actor actor, int id, int version, int? personId, CancellationToken ct = default) =>
        ChangeAsync(actor, async db =>
        {
            var unit = await FindAsync(db, id, version, ct);
            if (personId is { } person && !await db.People.AnyAsync(p => p.Id == person && p.UnitId == id, ct))
                throw new DomainException("Người đứng đầu phải là cán bộ của chính đơn vị này.");
            unit.SetHead(personId);
            return unit;
        }, ct);

    public Task MoveAsync(Actor actor, int id, int version, int? parentId, CancellationToken ct = default) =>
        ChangeAsync(actor, async db =>
        {
            var unit = await FindAsync(db, id, version, ct);
            // The whole chain above the new parent is loaded so the unit cannot be moved below itself.
            await db.Units.LoadAsync(ct);
            unit.MoveTo(parentId is { } p ? await ActiveAsync(db, p, ct) : null);
            return unit;
        }, ct);

    /// <summary>The unit stops and its people go to the successor; its tasks and their history stay where they were.</summary>
    public Task MergeAsync(Actor actor, int id, int version, int successorId, CancellationToken ct = default) =>
        ChangeAsync(actor, async db =>
        {
            var unit = await FindAsync(db, id, version, ct);
            var successor = await ActiveAsync(db, successorId, ct);
            if (await db.Units.AnyAsync(u => u.ParentId == id && u.Status == UnitStatus.Active, ct))
                throw new DomainException("Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc sáp nhập chúng trước.");
            unit.MergeInto(successor);
            // Tracked, not bulk, so that each move is in the audit trail.
            foreach (var person in await db.People.Where(p => p.UnitId == id).ToListAsync(ct)) person.Update(person.FullName, successorId, person.Position);
            foreach (var user in await db.Users.Where(u => u.UnitId == id).ToListAsync(ct)) user.UnitId = successorId;
            return unit;
        }, ct);

    /// <summary>New units are created beside the old one, which stops with the first of them as its successor.</summary>
    public Task SplitAsync(Actor actor, int id, int version, IReadOnlyList<(string Name, string Code)> parts, CancellationToken ct = default) =>
        ChangeAsync(actor, async db =>
        {
            if (parts.Count < 2) throw new DomainException("Chia tách cần ít nhất hai đơn vị mới.");
            if (parts.Select(p => p.Code.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != parts.Count)
                throw new DomainException("Mã các đơn vị mới phải khác nhau.");
            var unit = await FindAsync(db, id, version, ct);
            if (!unit.IsActive) throw new DomainException("Đơn vị này đã ngừng hoạt động.");
            var parent = unit.ParentId is { } p ? await db.Units.SingleAsync(u => u.Id == p, ct) : null;
            var created = new List<Unit>();
            foreach (var (name, code) in parts)
            {
                await RequireFreeCodeAsync(db, code, null, ct);
                var part = new Unit(name, code, unit.Kind, parent);
                db.Units.Add(part);
                created.Add(part);
            }
            await db.SaveChangesAsync(ct);
            unit.SplitInto(created[0]);
            return unit;
        }, ct);

    private async Task<int> ChangeAsync(Actor actor, Func<PortalDbContext, Task<Unit>> change, CancellationToken ct)
    {
        actor.Demand(PortalAction.ManageUnits);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unit = await change(db);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException("Đơn vị vừa được người khác cập nhật; hãy tải lại trang và thực hiện lại.");
        }
        await transaction.CommitAsync(ct);
        tree.Invalidate();
        return unit.Id;
    }

    private static async Task<Unit> FindAsync(PortalDbContext db, int id, int version, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new DomainException("Không tìm thấy đơn vị.");
        db.ExpectVersion(unit, version);
        return unit;
    }

    private static async Task<Unit> ActiveAsync(PortalDbContext db, int id, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw new DomainException("Không tìm thấy đơn vị đã chọn.");
        return unit.IsActive ? unit : throw new DomainException($"{unit.Name} đã ngừng hoạt động.");
    }

    private static async Task RequireFreeCodeAsync(PortalDbContext db, string code, int? except, CancellationToken ct)
    {
        var trimmed = code.Trim();
        if (await db.Units.AnyAsync(u => u.Code == trimmed && u.Id != except, ct))
            throw new DomainException($"Mã đơn vị \"{trimmed}\" đã được dùng.");
    }
}
