using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Complaints;
using Portal.Domain.Notifications;
using Portal.Domain.Security;

namespace Portal.App.Features.Complaints;

/// <summary>
/// The statutory limits of complaint letters watched like a task's deadline (issue 16: "warnings, overdue notices … as for
/// tasks"): on a working day, the clerks of the agency are warned of a letter still to decide or a file still to resolve whose
/// last day is within the province's warning window, and told once when it has passed. Each notice has a natural key (the
/// letter or case, its last day, the person), so a rerun never sends it twice.
/// </summary>
public sealed class ComplaintReminderService(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache tree, CalendarCache calendars, RuleProfiles profiles,
                                             TimeProvider clock, TaskNotifier notifier)
{
    public const int CatchUpDays = 31;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var added = new List<Notification>();
        foreach (var province in await tree.ProvincesAsync(ct))
        {
            var calendar = await calendars.ForProvinceAsync(province, ct);
            if (!calendar.IsWorkingDay(today)) continue;
            // An overdue notice is for a limit passed in the last month: older ones were told then, or predate the software.
            var since = today.AddDays(-CatchUpDays);
            var window = calendar.AddWorkingDays(today, (await profiles.ForProvinceAsync(province, ct)).WarningDays.DefaultIfEmpty(1).Max());
            var letters = await db.ComplaintLetters.AsNoTracking()
                .Where(l => l.ProvinceId == province && l.Stage == LetterStage.Received && l.DecisionDueOn <= window && l.DecisionDueOn >= since)
                .Select(l => new Due(l.Id, l.Id, l.AgencyId, l.DecisionDueOn)).Take(50_000).ToListAsync(ct);
            var files = await db.ComplaintCases.AsNoTracking()
                .Where(c => c.ProvinceId == province && c.AcceptedOn != null && c.ResolvedOn == null && c.ResolutionDueOn <= window && c.ResolutionDueOn >= since)
                .Select(c => new Due(c.Id, db.ComplaintLetters.Where(l => l.CaseId == c.Id && l.Occurrence == 1).Select(l => l.Id).FirstOrDefault(), c.AgencyId,
                                     c.ResolutionDueOn!.Value))
                .Take(50_000).ToListAsync(ct);
            var clerks = await ClerksAsync(db, [.. letters.Select(l => l.AgencyId).Concat(files.Select(f => f.AgencyId)).Distinct()], now, ct);
            added.AddRange(Notices(letters, "decide", clerks, today, now));
            added.AddRange(Notices(files, "resolve", clerks, today, now));
        }
        if (added.Count == 0) return 0;
        var keys = added.Select(n => n.Key).ToList();
        var known = new HashSet<string>();
        foreach (var chunk in keys.Chunk(500))
            known.UnionWith(await db.Notifications.AsNoTracking().Where(n => chunk.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct));
        var fresh = added.Where(n => !known.Contains(n.Key)).ToList();
        if (fresh.Count == 0) return 0;
        db.Notifications.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        notifier.PublishNotifications(fresh.Select(n => n.RecipientId).OfType<int>().ToHashSet());
        return fresh.Count;
    }

    private sealed record Due(int Id, int LetterId, int AgencyId, DateOnly LastDay);

    private static IEnumerable<Notification> Notices(List<Due> due, string what, ILookup<int, int> clerks, DateOnly today, DateTimeOffset now)
    {
        var resolve = what == "resolve";
        foreach (var d in due)
        {
            var late = d.LastDay < today;
            var kind = (resolve, late) switch
            {
                (false, false) => NotificationKind.ComplaintDecisionDue,
                (false, true) => NotificationKind.ComplaintDecisionOverdue,
                (true, false) => NotificationKind.ComplaintResolutionDue,
                (true, true) => NotificationKind.ComplaintResolutionOverdue,
            };
            var (title, message) = resolve
                ? (late ? "Quá hạn giải quyết khiếu nại" : "Sắp đến hạn giải quyết khiếu nại",
                   late ? $"Vụ việc khiếu nại đã quá hạn giải quyết ngày {VietnameseDates.Format(d.LastDay)} mà chưa có quyết định giải quyết."
                        : $"Vụ việc khiếu nại phải được giải quyết chậm nhất ngày {VietnameseDates.Format(d.LastDay)}.")
                : (late ? "Quá hạn thụ lý, xử lý đơn" : "Sắp đến hạn thụ lý, xử lý đơn",
                   late ? $"Đơn đã quá hạn thụ lý, xử lý ngày {VietnameseDates.Format(d.LastDay)} mà chưa được phân loại, xử lý."
                        : $"Đơn phải được thụ lý hoặc xử lý chậm nhất ngày {VietnameseDates.Format(d.LastDay)}.");
            foreach (var person in clerks[d.AgencyId])
                yield return new Notification($"complaint-{what}-{(late ? "overdue" : "due")}:{d.Id}:{d.LastDay:yyyyMMdd}:{person}", person, kind, null, title, message,
                                              now, d.LastDay)
                { ComplaintLetterId = d.LetterId == 0 ? null : d.LetterId };
        }
    }

    /// <summary>The agencies' intake clerks with an active personal account (a locked account is not told).</summary>
    private static async Task<ILookup<int, int>> ClerksAsync(PortalDbContext db, List<int> agencies, DateTimeOffset now, CancellationToken ct)
    {
        if (agencies.Count == 0) return Array.Empty<int>().ToLookup(x => x);
        var accounts = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where r.Name == PortalRoles.ComplaintOfficer && u.PersonId != null && u.UnitId != null && agencies.Contains(u.UnitId.Value)
                              select new { Unit = u.UnitId!.Value, Person = u.PersonId!.Value, u.LockoutEnd }).ToListAsync(ct);
        return accounts.Where(a => !(a.LockoutEnd > now)).Select(a => (a.Unit, a.Person)).Distinct().ToLookup(a => a.Unit, a => a.Person);
    }
}
