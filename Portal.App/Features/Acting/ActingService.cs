using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.People;
using Portal.Domain.Security;

namespace Portal.App.Features.Acting;

/// <summary>A stand-in as the sign-in sees it: whom the person stands in for today, how, and the roles that leader holds.</summary>
public sealed record StandIn(int AbsentPersonId, string Capacity, IReadOnlySet<string> Roles);

/// <summary>One absence covered, as the page lists it.</summary>
public sealed record ActingRow(int Id, string AbsentName, string AbsentPosition, string ActingName, string ActingPosition, string Unit, ActingKind Kind,
                               DateOnly From, DateOnly To, string? Note, DateTimeOffset? EndedAt, bool Active, bool MayEnd);

public sealed class ActingForm
{
    /// <summary>Whose absence; the signed-in person's own unless an administrator names another's.</summary>
    public int? AbsentPersonId { get; set; }
    public int? ActingPersonId { get; set; }
    public ActingKind Kind { get; set; } = ActingKind.InCharge;
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// Absences covered by a stand-in (quyền, phụ trách): a leader names a person of their unit for a period; while it runs,
/// the stand-in holds the absent leader's roles on the unit and their positions on tasks (<see cref="Actor.Acting"/>), and
/// every step they take says so in the history and the audit trail.
/// </summary>
public sealed class ActingService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The roles a stand-in takes over from the absent person: the leaders' and the trackers', never administration.</summary>
    public static readonly IReadOnlySet<string> TransferableRoles =
        new HashSet<string> { PortalRoles.ProvincialLeader, PortalRoles.OfficeLeader, PortalRoles.TrackingSpecialist, PortalRoles.UnitLeader };

    public const string UnitAccountMessage = "Tài khoản đơn vị không giao quyền được; vui lòng đăng nhập bằng tài khoản cá nhân.";

    /// <summary>How long a server trusts what it read: a change made on another server is seen within it.</summary>
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);

    // Every page of a signed-in person asks what they stand in for today: kept per person and day for a minute, dropped on
    // every change made here (the service is a singleton, one cache per application).
    private readonly ConcurrentDictionary<(int Person, DateOnly Day), (StandIn? StandIn, DateTimeOffset ReadAt)> _cache = new();

    /// <summary>Whom the person stands in for today, if anyone.</summary>
    public async Task<StandIn?> StandInForAsync(int personId, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        if (_cache.TryGetValue((personId, today), out var known) && now - known.ReadAt < CacheLifetime) return known.StandIn;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await (from a in db.ActingAssignments.AsNoTracking()
                           join p in db.People on a.AbsentPersonId equals p.Id
                           where a.ActingPersonId == personId && a.From <= today && a.To >= today
                           orderby a.From descending
                           select new { Assignment = a, p.FullName, p.Position }).ToListAsync(ct);
        var current = found.FirstOrDefault(f => f.Assignment.Covers(today));
        StandIn? standIn = null;
        if (current is not null)
        {
            var absent = current.Assignment.AbsentPersonId;
            var roles = await (from u in db.Users
                               join ur in db.UserRoles on u.Id equals ur.UserId
                               join r in db.Roles on ur.RoleId equals r.Id
                               where u.PersonId == absent
                               select r.Name).ToListAsync(ct);
            standIn = new StandIn(absent, ActingAssignment.Capacity(current.Assignment.Kind, current.FullName, current.Position),
                                  roles.OfType<string>().Where(TransferableRoles.Contains).ToHashSet());
        }
        if (_cache.Count > 10_000) _cache.Clear();
        _cache[(personId, today)] = (standIn, now);
        return standIn;
    }

    /// <summary>The actor with what they stand in for today: the absent leader's roles added, and their positions on tasks.</summary>
    public async Task<Actor> WithStandInAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor.PersonId is not { } person || actor.Roles.Count == 0) return actor;
        if (await StandInForAsync(person, ct) is not { } standIn) return actor;
        return actor with { Roles = actor.Roles.Union(standIn.Roles).ToHashSet(), Acting = new ActingRole(standIn.AbsentPersonId, standIn.Capacity) };
    }

    public async Task<IReadOnlyList<ActingRow>> ListAsync(Actor actor, CancellationToken ct = default)
    {
        var scope = actor.Demand(PortalAction.OpenActing);
        if (scope != DataScope.All && actor.PersonId is null) return [];
        var me = actor.PersonId;
        var since = VietnamTime.DateOf(clock.GetUtcNow()).AddDays(-90);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.ActingAssignments.AsNoTracking().Where(a => a.To >= since);
        if (scope != DataScope.All) query = query.Where(a => a.AbsentPersonId == me || a.ActingPersonId == me || a.NamedById == me);
        var rows = await (from a in query
                          join absent in db.People on a.AbsentPersonId equals absent.Id
                          join acting in db.People on a.ActingPersonId equals acting.Id
                          join u in db.Units on absent.UnitId equals u.Id
                          orderby a.From descending, a.Id descending
                          select new
                          {
                              a,
                              AbsentName = absent.FullName,
                              AbsentPosition = absent.Position,
                              ActingName = acting.FullName,
                              ActingPosition = acting.Position,
                              Unit = u.Name
                          }).Take(200).ToListAsync(ct);
        var today = VietnamTime.DateOf(clock.GetUtcNow());
        return [.. rows.Select(r => new ActingRow(r.a.Id, r.AbsentName, r.AbsentPosition, r.ActingName, r.ActingPosition, r.Unit, r.a.Kind, r.a.From, r.a.To,
                                                  r.a.Note, r.a.EndedAt, r.a.Covers(today),
                                                  r.a.EndedAt is null && r.a.To >= today && (scope == DataScope.All || r.a.AbsentPersonId == me || r.a.NamedById == me)))];
    }

    /// <summary>The people who may stand in for the absent person (or the signed-in one): the others of their unit with an account.</summary>
    public async Task<IReadOnlyList<PersonOption>> CandidatesAsync(Actor actor, int? absentPersonId, CancellationToken ct = default)
    {
        var scope = actor.Demand(PortalAction.NameActing);
        var absent = scope == DataScope.All ? absentPersonId ?? actor.PersonId : actor.PersonId;
        if (absent is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unit = await db.People.Where(p => p.Id == absent).Select(p => (int?)p.UnitId).SingleOrDefaultAsync(ct);
        if (unit is null) return [];
        return await (from p in db.People.AsNoTracking()
                      join u in db.Units on p.UnitId equals u.Id
                      where p.UnitId == unit && p.Id != absent && db.Users.Any(a => a.PersonId == p.Id)
                      orderby p.FullName
                      select new PersonOption(p.Id, p.FullName, p.Position, u.Name)).ToListAsync(ct);
    }

    /// <summary>Names a stand-in for an absence; returns its id.</summary>
    public async Task<int> NameAsync(Actor actor, ActingForm form, CancellationToken ct = default)
    {
        var scope = actor.Demand(PortalAction.NameActing);
        if (actor.PersonId is null && scope != DataScope.All) throw new ForbiddenException(UnitAccountMessage);
        var absentId = form.AbsentPersonId ?? actor.PersonId ?? throw new DomainException("Hãy chọn người vắng mặt.");
        if (scope != DataScope.All && absentId != actor.PersonId) throw new ForbiddenException("Bạn chỉ giao quyền được khi chính mình vắng mặt.");
        if (form.ActingPersonId is not { } actingId) throw new DomainException("Hãy chọn người được giao quyền.");
        if (form.From is not { } from || form.To is not { } to) throw new DomainException("Hãy chọn thời gian giao quyền (từ ngày, đến ngày).");
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var people = await db.People.AsNoTracking().Where(p => p.Id == absentId || p.Id == actingId).ToDictionaryAsync(p => p.Id, ct);
        if (!people.TryGetValue(absentId, out var absent) || !people.TryGetValue(actingId, out var acting))
            throw new DomainException("Không tìm thấy cán bộ đã chọn.");
        if (acting.UnitId != absent.UnitId)
        {
            if (scope != DataScope.All) throw new ForbiddenException("Bạn chỉ giao quyền được cho cán bộ của đơn vị mình.");
            throw new DomainException("Người được giao quyền phải là cán bộ cùng đơn vị với người vắng mặt.");
        }
        if (!await db.Users.AnyAsync(u => u.PersonId == actingId, ct)) throw new DomainException("Cán bộ được giao quyền chưa có tài khoản đăng nhập.");
        var assignment = new ActingAssignment(absentId, actingId, form.Kind, DateOnly.FromDateTime(from), DateOnly.FromDateTime(to), form.Note,
                                              actor.PersonId, now);
        var overlapping = await db.ActingAssignments.AsNoTracking()
            .Where(a => a.EndedAt == null && a.From <= assignment.To && assignment.From <= a.To
                        && (a.AbsentPersonId == absentId || a.ActingPersonId == actingId || a.AbsentPersonId == actingId || a.ActingPersonId == absentId))
            .AnyAsync(ct);
        if (overlapping)
            throw new DomainException("Trong thời gian này người vắng mặt đã có người được giao quyền, hoặc người được chọn đang vắng mặt hay đang được giao quyền thay người khác.");
        db.ActingAssignments.Add(assignment);
        await db.SaveChangesAsync(ct);
        _cache.Clear();
        return assignment.Id;
    }

    /// <summary>Ends a stand-in early (the leader is back): by the absent person, whoever named it, or an administrator.</summary>
    public async Task EndAsync(Actor actor, int id, CancellationToken ct = default)
    {
        var scope = actor.Demand(PortalAction.NameActing);
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var assignment = await db.ActingAssignments.SingleOrDefaultAsync(a => a.Id == id, ct) ?? throw new DomainException("Không tìm thấy việc giao quyền.");
        var mayEnd = scope == DataScope.All || (actor.PersonId is { } me && (assignment.AbsentPersonId == me || assignment.NamedById == me));
        if (!mayEnd)
            throw new ForbiddenException("Chỉ người vắng mặt, người đã giao quyền hoặc quản trị hệ thống mới kết thúc được việc giao quyền này.");
        assignment.End(now);
        await db.SaveChangesAsync(ct);
        _cache.Clear();
    }
}
