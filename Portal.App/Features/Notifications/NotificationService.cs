using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Notifications;
using Portal.Domain.Security;

namespace Portal.App.Features.Notifications;

/// <summary>Creates notifications (always in the caller's transaction) and serves each person's bell.</summary>
public sealed class NotificationService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public const int BellSize = 10;

    /// <summary>The people with the unit-leader role whose account belongs to each of the units.</summary>
    public static async Task<ILookup<int, int>> LeadersOfAsync(PortalDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        if (unitIds.Count == 0) return Array.Empty<(int, int)>().ToLookup(x => x.Item1, x => x.Item2);
        var rows = await (from u in db.Users
                          join ur in db.UserRoles on u.Id equals ur.UserId
                          join r in db.Roles on ur.RoleId equals r.Id
                          where r.Name == PortalRoles.UnitLeader && u.UnitId != null && u.PersonId != null && unitIds.Contains(u.UnitId.Value)
                          select new { Unit = u.UnitId!.Value, Person = u.PersonId!.Value }).Distinct().ToListAsync(ct);
        return rows.ToLookup(r => r.Unit, r => r.Person);
    }

    /// <summary>
    /// The notices of new cases (of any kind) once they have their ids: "Nhiệm vụ mới" to the leaders of the lead and the
    /// coordinating units (the assigner left out) and to the lead unit's own account. Returns who was told.
    /// </summary>
    public static async Task<(IReadOnlySet<int> People, IReadOnlySet<int> Units)> AddNewCaseNoticesAsync(PortalDbContext db, IReadOnlyCollection<CaseTask> tasks,
                                                                                                        int? assignerId, DateTimeOffset now, CancellationToken ct)
    {
        var people = new HashSet<int>();
        var units = new HashSet<int>();
        var leaders = await LeadersOfAsync(db, [.. tasks.SelectMany(t => t.CoordinatingUnits.Select(c => c.UnitId).Append(t.LeadUnitId)).Distinct()], ct);
        var unitAccounts = await UnitAccountsAmongAsync(db, [.. tasks.Select(t => t.LeadUnitId).Distinct()], ct);
        foreach (var task in tasks)
        {
            var recipients = leaders[task.LeadUnitId].Concat(task.CoordinatingUnits.SelectMany(c => leaders[c.UnitId])).Distinct().Where(p => p != assignerId);
            foreach (var recipient in recipients)
            {
                db.Notifications.Add(new Notification($"{NotificationKind.NewTask}:{task.Id}:{now.UtcTicks}:{recipient}", recipient, NotificationKind.NewTask,
                    task.Id, Notification.Label(NotificationKind.NewTask), Describe(task), now));
                people.Add(recipient);
            }
            if (unitAccounts.Contains(task.LeadUnitId))
            {
                db.Notifications.Add(ToUnit(NotificationKind.NewTask, task, task.LeadUnitId, now));
                units.Add(task.LeadUnitId);
            }
        }
        return (people, units);
    }

    /// <summary>Tells open desks and bells of new cases, after their transaction committed.</summary>
    public static void PublishNewCases(TaskNotifier notifier, IEnumerable<CaseTask> tasks, int? assignerId, IReadOnlySet<int> people, IReadOnlySet<int> units)
    {
        foreach (var task in tasks)
        {
            var concerned = task.CoordinatingUnits.Select(c => c.UnitId).Append(task.LeadUnitId).ToHashSet();
            notifier.Publish(new TaskChange(task.Id, "Giao nhiệm vụ", concerned, new HashSet<int> { task.TrackingSpecialistId ?? 0 }, assignerId));
        }
        notifier.PublishNotifications(people, units);
    }

    /// <summary>The recipients of a task's audience, the actor excluded (nobody is told of their own step).</summary>
    public static async Task<IReadOnlySet<int>> RecipientsAsync(PortalDbContext db, CaseTask task, Audience audience, int? actorId, CancellationToken ct)
    {
        var people = new HashSet<int>();
        if (audience.HasFlag(Audience.LeadUnitLeaders)) people.UnionWith((await LeadersOfAsync(db, [task.LeadUnitId], ct))[task.LeadUnitId]);
        if (audience.HasFlag(Audience.Assignee) && task.AssigneeId is { } assignee) people.Add(assignee);
        if (audience.HasFlag(Audience.Tracker) && task.TrackingSpecialistId is { } tracker) people.Add(tracker);
        if (audience.HasFlag(Audience.TrackingLeader) && task.TrackingLeaderId is { } leader) people.Add(leader);
        if (audience.HasFlag(Audience.CoordinatingSpecialists))
            people.UnionWith(task.Participants.Where(p => p.Role == ParticipantRole.CoordinatingSpecialist).Select(p => p.PersonId));
        if (actorId is { } actor) people.Remove(actor);
        return people;
    }

    public static string Describe(CaseTask task) => Describe(task.SourceReference, task.Content);

    /// <summary>"128/UBND-KT: the task's content", shortened for a notification line.</summary>
    public static string Describe(string? numberAndSymbol, string content)
    {
        var shown = content.Length > 160 ? content[..157] + "…" : content;
        return string.IsNullOrEmpty(numberAndSymbol) ? shown : $"{numberAndSymbol}: {shown}";
    }

    /// <summary>The units among these that have their own account (a unit account), whose bell is told of the unit's tasks.</summary>
    public static async Task<IReadOnlySet<int>> UnitAccountsAmongAsync(PortalDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        if (unitIds.Count == 0) return new HashSet<int>();
        var units = await db.Users.AsNoTracking().Where(u => u.PersonId == null && u.UnitId != null && unitIds.Contains(u.UnitId.Value))
            .Select(u => u.UnitId!.Value).Distinct().ToListAsync(ct);
        return units.ToHashSet();
    }

    /// <summary>The notification of a unit's account about a task: the same natural key as a person's, the unit in place of the person.</summary>
    public static Notification ToUnit(NotificationKind kind, CaseTask task, int unitId, DateTimeOffset now) =>
        Notification.ToUnit($"{kind}:{task.Id}:{now.UtcTicks}:u{unitId}", unitId, kind, task.Id, Notification.Label(kind), Describe(task), now);

    private static IQueryable<Notification> Of(IQueryable<Notification> notifications, Inbox inbox) => inbox.PersonId is { } person
        ? notifications.Where(n => n.RecipientId == person)
        : notifications.Where(n => n.RecipientId == null && n.RecipientUnitId == inbox.UnitId);

    public Task<int> UnreadCountAsync(int personId, CancellationToken ct = default) => UnreadCountAsync(Inbox.OfPerson(personId), ct);

    public async Task<int> UnreadCountAsync(Inbox inbox, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Of(db.Notifications, inbox).CountAsync(n => n.ReadAt == null, ct);
    }

    public Task<IReadOnlyList<NotificationRow>> LatestAsync(int personId, int take = BellSize, CancellationToken ct = default) =>
        LatestAsync(Inbox.OfPerson(personId), take, ct);

    public async Task<IReadOnlyList<NotificationRow>> LatestAsync(Inbox inbox, int take = BellSize, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Of(db.Notifications.AsNoTracking(), inbox)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(take)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Title, n.Message, n.TaskId, n.CreatedAt, n.ReadAt != null, n.QuestionId, n.ComplaintLetterId))
            .ToListAsync(ct);
    }

    public const int MaxPageSize = 100;

    public Task<(IReadOnlyList<NotificationRow> Rows, int Total)> PageAsync(int personId, NotificationKind? kind, bool unreadOnly, int page, int pageSize,
                                                                          CancellationToken ct = default) =>
        PageAsync(Inbox.OfPerson(personId), kind, unreadOnly, page, pageSize, ct);

    /// <summary>The inbox's notifications, newest first, a page at a time; of one kind and/or unread only when asked.</summary>
    public async Task<(IReadOnlyList<NotificationRow> Rows, int Total)> PageAsync(Inbox inbox, NotificationKind? kind, bool unreadOnly, int page, int pageSize,
                                                                                CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Of(db.Notifications.AsNoTracking(), inbox);
        if (kind is { } k) query = query.Where(n => n.Kind == k);
        if (unreadOnly) query = query.Where(n => n.ReadAt == null);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip(Math.Max(page, 0) * pageSize).Take(pageSize)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Title, n.Message, n.TaskId, n.CreatedAt, n.ReadAt != null, n.QuestionId, n.ComplaintLetterId))
            .ToListAsync(ct);
        return (rows, total);
    }

    public Task MarkReadAsync(int personId, long id, CancellationToken ct = default) => MarkReadAsync(Inbox.OfPerson(personId), id, ct);

    public async Task MarkReadAsync(Inbox inbox, long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var notification = await Of(db.Notifications, inbox).SingleOrDefaultAsync(n => n.Id == id, ct);
        if (notification is null) return;
        notification.MarkRead(now);
        await db.SaveChangesAsync(ct);
    }

    public Task<int> MarkAllReadAsync(int personId, CancellationToken ct = default) => MarkAllReadAsync(Inbox.OfPerson(personId), ct);

    public async Task<int> MarkAllReadAsync(Inbox inbox, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var unread = await Of(db.Notifications, inbox).Where(n => n.ReadAt == null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var n in unread) n.MarkRead(now);
        await db.SaveChangesAsync(ct);
        return unread.Count;
    }
}

/// <summary>Whose bell: a person's, or — for a unit account, which has no person — the unit's.</summary>
public readonly record struct Inbox(int? PersonId, int? UnitId)
{
    public static Inbox OfPerson(int personId) => new(personId, null);

    /// <summary>The bell of the signed-in account, or none for an account with neither a person nor a unit.</summary>
    public static Inbox? Of(Infrastructure.Actor actor) =>
        actor.PersonId is { } person ? OfPerson(person) : actor.UnitId is { } unit ? new Inbox(null, unit) : null;

    /// <summary>Whether a push of new notifications for these people and units concerns this bell.</summary>
    public bool IsAmong(IReadOnlySet<int> people, IReadOnlySet<int> units) =>
        PersonId is { } person ? people.Contains(person) : UnitId is { } unit && units.Contains(unit);
}
