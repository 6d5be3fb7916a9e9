using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.App.Features.Directives;

/// <summary>One line of the map as the page shows it.</summary>
public sealed record TrackingMapRow(int Id, int UnitId, string Unit, DocumentField? Field, int PersonId, string Person);

/// <summary>
/// The Office's map of tracking specialists by unit and field (hue-71 Điều 8.1đ), kept by the Office's leaders and the
/// administrators; registration reads it to fill in the tracker of a task the clerk names none for. Only people who may
/// confirm a result can be on it (<see cref="ConfirmersAsync"/>).
/// </summary>
public sealed class TrackingMapService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public const string NotAConfirmerMessage =
        "Chuyên viên theo dõi phải là người có quyền xác nhận kết quả nhiệm vụ (tài khoản chuyên viên theo dõi của Văn phòng).";

    public async Task<IReadOnlyList<TrackingMapRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageTrackingMap);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await (from a in db.TrackingAssignments.AsNoTracking()
                      join u in db.Units on a.UnitId equals u.Id
                      join p in db.People on a.PersonId equals p.Id
                      orderby u.Name, a.Field
                      select new TrackingMapRow(a.Id, a.UnitId, u.Name, a.Field, a.PersonId, p.FullName)).ToListAsync(ct);
    }

    /// <summary>Names the tracker of a unit's tasks in a field (every field when <paramref name="field"/> is empty), replacing the line there was.</summary>
    public async Task SetAsync(Actor actor, int unitId, DocumentField? field, int personId, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageTrackingMap);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        if (!await db.Units.AnyAsync(u => u.Id == unitId && u.Status == UnitStatus.Active, ct))
            throw new DomainException("Vui lòng chọn đơn vị đang hoạt động.");
        if (!(await ConfirmersAmongAsync(db, [personId], ct)).Contains(personId)) throw new DomainException(NotAConfirmerMessage);
        var line = await db.TrackingAssignments.SingleOrDefaultAsync(a => a.UnitId == unitId && a.Field == field, ct);
        if (line is null) db.TrackingAssignments.Add(new TrackingAssignment(unitId, field, personId));
        else line.Reassign(personId);
        await db.SaveChangesAsync(ct);
    }

    public async Task RemoveAsync(Actor actor, int id, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ManageTrackingMap);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var line = await db.TrackingAssignments.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new DomainException("Không tìm thấy dòng phân công này.");
        db.TrackingAssignments.Remove(line);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The people who may confirm a result on any task: those with an account holding a role that grants it on every unit.</summary>
    public async Task<IReadOnlyList<PersonOption>> ConfirmersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var confirmers = ConfirmerIds(db);
        return await (from p in db.People.AsNoTracking()
                      join u in db.Units on p.UnitId equals u.Id
                      where confirmers.Contains(p.Id)
                      orderby p.FullName, p.Id
                      select new PersonOption(p.Id, p.FullName, p.Position, u.Name)).ToListAsync(ct);
    }

    /// <summary>Which of <paramref name="people"/> may confirm a result on any task.</summary>
    internal static async Task<HashSet<int>> ConfirmersAmongAsync(PortalDbContext db, IReadOnlyCollection<int> people, CancellationToken ct) =>
        [.. await ConfirmerIds(db).Where(id => people.Contains(id)).Distinct().ToListAsync(ct)];

    /// <summary>The people with an account holding a role that grants confirming a result on every unit.</summary>
    private static IQueryable<int> ConfirmerIds(PortalDbContext db)
    {
        var roles = Permissions.RolesOnAll(PortalAction.ConfirmResult);
        return from a in db.Users
               join ur in db.UserRoles on a.Id equals ur.UserId
               join r in db.Roles on ur.RoleId equals r.Id
               where a.PersonId != null && roles.Contains(r.Name!)
               select a.PersonId!.Value;
    }
}
