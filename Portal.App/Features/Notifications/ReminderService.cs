using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Notifications;

namespace Portal.App.Features.Notifications;

/// <summary>
/// Deadline warnings, overdue notices, urging notices (phiếu báo) and escalation (SPEC §6; Huế 71/2016 Điều 8.1e).
/// Everything is computed from the data and the calendar, in batches of tasks (one query per kind and batch, not one
/// per task), and every notice has a natural key with a unique index: a rerun, a retry after a crash or a second server
/// adds nothing, and a run after days of downtime issues what fell due meanwhile — within the catch-up window
/// (<c>Reminders:CatchUpWorkingDays</c>, 5 working days): what fell due before it is recorded without notifying anyone.
/// </summary>
public sealed partial class ReminderService(
    IDbContextFactory<PortalDbContext> dbFactory,
    CalendarCache calendars,
    TimeProvider clock,
    RuleProfiles profiles,
    TaskNotifier notifier,
    UnitTreeCache tree,
    ILogger<ReminderService> logger)
{
    private const int BatchSize = 1000;

    public async Task<ReminderRun> RunAllAsync(CancellationToken ct = default)
    {
        var deadlines = await SendDeadlineNoticesAsync(ct);
        var urging = await SendUrgingNoticesAsync(ct);
        var updates = await SendUpdateNoticesAsync(ct);
        return deadlines with { Notices = urging.Notices, Escalations = urging.Escalations, Updates = updates };
    }

    /// <summary>Warnings N working days before the deadline and the overdue notice the day after it, province by province.</summary>
    public async Task<ReminderRun> SendDeadlineNoticesAsync(CancellationToken ct = default)
    {
        var run = new ReminderRun(0, 0, 0, 0);
        foreach (var province in await ProvincesAsync(ct)) run += await SendDeadlineNoticesAsync(province, ct);
        return run;
    }

    /// <summary>
    /// The provinces of the installation (SPEC §1), each with its units: a pass runs on each province's calendar and rule
    /// profile over its own tasks. A single province needs no filter.
    /// </summary>
    private async Task<IReadOnlyList<ProvinceScope>> ProvincesAsync(CancellationToken ct)
    {
        var provinces = await tree.ProvincesAsync(ct);
        if (provinces.Count <= 1) return [new ProvinceScope(provinces.Count == 1 ? provinces[0] : null, null)];
        var scopes = new List<ProvinceScope>();
        foreach (var province in provinces) scopes.Add(new ProvinceScope(province, await tree.SubtreeAsync(province, ct)));
        return scopes;
    }

    /// <summary>A province and its units (none: every unit, the installation has one province).</summary>
    private sealed record ProvinceScope(int? Id, IReadOnlyList<int>? Units)
    {
        public IQueryable<CaseTask> Of(IQueryable<CaseTask> tasks)
        {
            if (Units is not { } units) return tasks;
            return tasks.Where(t => units.Contains(t.LeadUnitId));
        }
    }

    private async Task<ReminderRun> SendDeadlineNoticesAsync(ProvinceScope province, CancellationToken ct)
    {
        var calendar = await calendars.ForProvinceAsync(province.Id, ct);
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        if (!calendar.IsWorkingDay(today)) return new(0, 0, 0, 0);
        var warningDays = (await profiles.ForProvinceAsync(province.Id, ct)).WarningDays;
        var horizon = calendar.AddWorkingDays(today, warningDays.Max());
        var notifiedSince = CatchUpStart(calendar, today, profiles.CatchUpWorkingDays);
        var warnings = 0;
        var overdue = 0;
        var toldPeople = new HashSet<int>();
        var toldUnits = new HashSet<int>();

        // Only the tasks due within the warning horizon, and those past due not yet escalated (an escalated task had its
        // overdue notice long ago): found through indexes, so a pass costs what is due, not the size of the register.
        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            ids = await province.Of(db.CaseTasks.AsNoTracking())
                .Where(t => CaseStates.WithUnit.Contains(t.State) && t.EffectiveDeadline >= today && t.EffectiveDeadline <= horizon).Select(t => t.Id)
                .Concat(province.Of(db.CaseTasks.AsNoTracking())
                    .Where(t => t.EscalatedAt == null && CaseStates.WithUnit.Contains(t.State) && t.EffectiveDeadline < today).Select(t => t.Id))
                .ToListAsync(ct);
        }
        ids.Sort();
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var batch = await db.CaseTasks.AsNoTracking()
                .Where(t => chunk.Contains(t.Id))
                .Where(t => t.EffectiveDeadline >= today
                            || !db.Notifications.Any(n => n.TaskId == t.Id && n.Kind == NotificationKind.Overdue && n.DueOn == t.EffectiveDeadline))
                .OrderBy(t => t.Id)
                .Select(t => new TaskFacts(t.Id, t.LeadUnitId, t.EffectiveDeadline!.Value, t.AssigneeId, t.TrackingSpecialistId, t.TrackingLeaderId,
                                           t.SourceReference, t.Content))
                .ToListAsync(ct);
            if (batch.Count == 0) continue;
            var leaders = await NotificationService.LeadersOfAsync(db, [.. batch.Select(t => t.UnitId).Distinct()], ct);
            var unitAccounts = await NotificationService.UnitAccountsAmongAsync(db, [.. batch.Select(t => t.UnitId).Distinct()], ct);

            var candidates = new List<Notification>();
            foreach (var task in batch)
            {
                if (task.Deadline < today)
                {
                    // Overdue for longer than the catch-up window: no notice now (the urging and escalation records follow it).
                    if (calendar.AddWorkingDays(task.Deadline, 1) < notifiedSince) continue;
                    var overdueMessage = $"Nhiệm vụ đã quá hạn xử lý ({VietnameseDates.Format(task.Deadline)}). {task.Describe()}";
                    ToLeadUnit(candidates, leaders, unitAccounts, NotificationKind.Overdue, task, now, overdueMessage, alsoTo: task.TrackerId);
                    continue;
                }
                // Catching up after an outage sends only the closest warning that has fallen due.
                var left = calendar.CountWorkingDays(today, task.Deadline);
                if (warningDays.Where(n => n >= left).DefaultIfEmpty(-1).Min() is var days and > 0)
                {
                    var warning = left == 0
                        ? $"Hôm nay là hạn xử lý ({VietnameseDates.Format(task.Deadline)}). {task.Describe()}"
                        : $"Còn {left} ngày làm việc đến hạn xử lý ({VietnameseDates.Format(task.Deadline)}). {task.Describe()}";
                    ToLeadUnit(candidates, leaders, unitAccounts, NotificationKind.DeadlineApproaching, task, now, warning, $"{days}");
                }
            }
            var added = await InsertNewAsync(db, candidates, ct);
            toldPeople.UnionWith(added.Select(n => n.RecipientId).OfType<int>());
            toldUnits.UnionWith(added.Where(n => n.RecipientId == null).Select(n => n.RecipientUnitId).OfType<int>());
            warnings += added.Count(n => n.Kind == NotificationKind.DeadlineApproaching && n.RecipientId != null);
            overdue += added.Count(n => n.Kind == NotificationKind.Overdue && n.RecipientId != null);
        }
        notifier.PublishNotifications(toldPeople, toldUnits);
        return new(warnings, overdue, 0, 0);
    }

    /// <summary>
    /// One urging notice for every 3 working days past the deadline without a result — on the 1st, 4th and 7th working
    /// day after it — and, when a fourth would fall due ("quá 03 phiếu báo"), the task is reported to its tracking leader.
    /// </summary>
    public async Task<ReminderRun> SendUrgingNoticesAsync(CancellationToken ct = default)
    {
        var run = new ReminderRun(0, 0, 0, 0);
        foreach (var province in await ProvincesAsync(ct)) run += await SendUrgingNoticesAsync(province, ct);
        return run;
    }

    private async Task<ReminderRun> SendUrgingNoticesAsync(ProvinceScope province, CancellationToken ct)
    {
        var calendar = await calendars.ForProvinceAsync(province.Id, ct);
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        if (!calendar.IsWorkingDay(today)) return new(0, 0, 0, 0);
        var rules = await profiles.ForProvinceAsync(province.Id, ct);
        var notifiedSince = CatchUpStart(calendar, today, profiles.CatchUpWorkingDays);
        var noticeCount = 0;
        var escalations = 0;
        var notified = new HashSet<int>();
        var notifiedUnits = new HashSet<int>();

        List<int> ids;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            ids = await province.Of(db.CaseTasks.AsNoTracking())
                .Where(t => t.EscalatedAt == null && CaseStates.WithUnit.Contains(t.State) && t.EffectiveDeadline < today).Select(t => t.Id).ToListAsync(ct);
        }
        ids.Sort();
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var batch = await db.CaseTasks.AsNoTracking()
                .Where(t => chunk.Contains(t.Id))
                .OrderBy(t => t.Id)
                .Select(t => new
                {
                    Facts = new TaskFacts(t.Id, t.LeadUnitId, t.EffectiveDeadline!.Value, t.AssigneeId, t.TrackingSpecialistId, t.TrackingLeaderId,
                                          t.SourceReference, t.Content),
                    t.LastRejectedOn,
                    Sent = db.UrgingNotices.Where(n => n.TaskId == t.Id && n.Deadline == t.EffectiveDeadline).Select(n => n.DueOn).ToList(),
                })
                .ToListAsync(ct);
            if (batch.Count == 0) continue;
            var leaders = await NotificationService.LeadersOfAsync(db, [.. batch.Select(t => t.Facts.UnitId).Distinct()], ct);
            var unitAccounts = await NotificationService.UnitAccountsAmongAsync(db, [.. batch.Select(t => t.Facts.UnitId).Distinct()], ct);

            var notices = new List<UrgingNotice>();
            var messages = new List<Notification>();
            var toEscalate = new List<(TaskFacts Task, int Count, bool Notify)>();
            foreach (var row in batch)
            {
                var task = row.Facts;
                // The cycle runs from the deadline, or from a later rejection: notices of an earlier cycle do not count.
                var start = UrgingNotice.CycleStart(task.Deadline, row.LastRejectedOn);
                var sent = row.Sent.Where(d => d > start).ToHashSet();
                for (var number = 1; number <= rules.NoticesBeforeEscalation; number++)
                {
                    var dueOn = NoticeDate(calendar, start, number, rules.UrgingIntervalDays);
                    if (dueOn > today) break;
                    if (sent.Contains(dueOn)) continue;
                    var notify = dueOn >= notifiedSince;
                    notices.Add(new UrgingNotice(task.Id, task.UnitId, number, dueOn, task.Deadline, now, sent: notify));
                    sent.Add(dueOn);
                    if (!notify) continue;
                    var message = $"Phiếu báo số {number} ngày {VietnameseDates.Format(dueOn)}: nhiệm vụ quá hạn {VietnameseDates.Format(task.Deadline)} chưa có kết quả. {task.Describe()}";
                    ToLeadUnit(messages, leaders, unitAccounts, NotificationKind.UrgingNotice, task, now, message, dueOn: dueOn);
                }
                var escalationDue = NoticeDate(calendar, start, rules.NoticesBeforeEscalation + 1, rules.UrgingIntervalDays);
                if (sent.Count >= rules.NoticesBeforeEscalation && escalationDue <= today)
                    toEscalate.Add((task, sent.Count, escalationDue >= notifiedSince));
            }

            var added = await InsertNoticesAsync(db, notices, ct);
            noticeCount += added;
            foreach (var n in await InsertNewAsync(db, messages, ct))
            {
                if (n.RecipientId is { } person) notified.Add(person);
                else if (n.RecipientUnitId is { } unit) notifiedUnits.Add(unit);
            }

            var targets = new Dictionary<int, (int? Person, string Label)>();
            foreach (var (task, _, _) in toEscalate) targets[task.Id] = await EscalationTargetAsync(rules.EscalationTarget, task, ct);
            var (escalated, leadersTold) = await EscalateAsync(toEscalate, targets, now, ct);
            escalations += escalated;
            notified.UnionWith(leadersTold);
        }
        notifier.PublishNotifications(notified, notifiedUnits);
        if (noticeCount + escalations > 0)
            logger.LogInformation("Urging: {Notices} notices, {Escalations} escalations.", noticeCount, escalations);
        return new(0, 0, noticeCount, escalations);
    }

    /// <summary>The day notice number n falls due: the (1 + interval·(n−1))-th working day after the cycle's start (the deadline,
    /// or a later rejection; interval 3 by default).</summary>
    public static DateOnly NoticeDate(WorkingCalendar calendar, DateOnly start, int number, int interval = UrgingNotice.IntervalWorkingDays) =>
        calendar.AddWorkingDays(start, 1 + interval * (number - 1));

    /// <summary>The first day whose notices a pass on <paramref name="today"/> still sends: <paramref name="workingDays"/>
    /// working days back.</summary>
    public static DateOnly CatchUpStart(WorkingCalendar calendar, DateOnly today, int workingDays)
    {
        var day = today;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>
    /// To whom the task is reported (hue-71 Điều 8.1e): per profile, the Chairman of the province of its lead unit, or the
    /// provincial leader who tracks it; the tracking leader also when no Chairman is recorded for the province.
    /// </summary>
    private async Task<(int? Person, string Label)> EscalationTargetAsync(Portal.Domain.Rules.EscalationTarget target, TaskFacts task, CancellationToken ct)
    {
        if (target == Portal.Domain.Rules.EscalationTarget.Chairman && await tree.ChairmanOfAsync(task.UnitId, ct) is { } chairman)
            return (chairman, Portal.Domain.Rules.EscalationTargets.Label(Portal.Domain.Rules.EscalationTarget.Chairman));
        return (task.LeaderId, Portal.Domain.Rules.EscalationTargets.Label(Portal.Domain.Rules.EscalationTarget.TrackingLeader));
    }

    /// <summary>Escalates a batch in one transaction; if another server changed one of them meanwhile, task by task.</summary>
    private async Task<(int Count, IReadOnlyList<int> Leaders)> EscalateAsync(List<(TaskFacts Task, int Count, bool Notify)> batch,
                                                                              Dictionary<int, (int? Person, string Label)> targets, DateTimeOffset now,
                                                                              CancellationToken ct)
    {
        if (batch.Count == 0) return (0, []);
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var ids = batch.Select(b => b.Task.Id).ToList();
            var tasks = await db.CaseTasks.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
            var leaders = new List<int>();
            var count = 0;
            foreach (var (facts, noticeCount, notify) in batch)
            {
                if (!TryEscalate(db, tasks.GetValueOrDefault(facts.Id), facts, targets[facts.Id], noticeCount, notify, now, out var leader)) continue;
                count++;
                if (leader is { } told) leaders.Add(told);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                return (count, leaders);
            }
            catch (DbUpdateException)
            {
                // Another server escalated one of them first: below, each on its own.
            }
        }
        var one = new List<int>();
        var total = 0;
        foreach (var (facts, noticeCount, notify) in batch)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var task = await db.CaseTasks.SingleAsync(t => t.Id == facts.Id, ct);
            if (!TryEscalate(db, task, facts, targets[facts.Id], noticeCount, notify, now, out var leader)) continue;
            try
            {
                await db.SaveChangesAsync(ct);
                total++;
                if (leader is { } told) one.Add(told);
            }
            catch (DbUpdateException)
            {
                // Escalated elsewhere, or the task changed meanwhile: the next run looks again.
            }
        }
        return (total, one);
    }

    /// <summary>Escalates the task if it still needs it, with the notification to the person it is reported to unless it fell
    /// due before the catch-up window; false if not.</summary>
    private static bool TryEscalate(PortalDbContext db, CaseTask? task, TaskFacts facts, (int? Person, string Label) target, int noticeCount, bool notify,
                                    DateTimeOffset now, out int? leader)
    {
        leader = null;
        if (task is null || task.EscalatedAt is not null || !task.IsUrgeable(VietnamTime.DateOf(now))) return false;
        task.Escalate(now, noticeCount, notified: notify, to: target.Person, toWhom: target.Label);
        if (!notify) return true;
        leader = target.Person;
        if (leader is { } recipient)
        {
            db.Notifications.Add(New(NotificationKind.Escalation, facts, recipient, facts.Deadline, now,
                $"Quá {noticeCount} phiếu báo, đơn vị chủ trì chưa có kết quả thực hiện nhiệm vụ hạn {VietnameseDates.Format(facts.Deadline)}. {facts.Describe()}"));
        }
        return true;
    }

    private static Notification New(NotificationKind kind, TaskFacts task, int recipient, DateOnly dueOn, DateTimeOffset now, string message, string? variant = null) =>
        new($"{kind}{variant}:{task.Id}:{dueOn:yyyyMMdd}:{recipient}", recipient, kind, task.Id, Notification.Label(kind), message, now, dueOn);

    /// <summary>The same notice for the lead unit's own account (Khánh Hòa 1986 Điều 5.1a), keyed by the unit.</summary>
    private static Notification NewForUnit(NotificationKind kind, TaskFacts task, DateOnly dueOn, DateTimeOffset now, string message, string? variant = null) =>
        Notification.ToUnit($"{kind}{variant}:{task.Id}:{dueOn:yyyyMMdd}:u{task.UnitId}", task.UnitId, kind, task.Id, Notification.Label(kind), message, now, dueOn);

    /// <summary>Inserts the notifications whose keys are not stored yet; a key another server stored meanwhile is skipped.</summary>
    private static async Task<IReadOnlyList<Notification>> InsertNewAsync(PortalDbContext db, List<Notification> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0) return [];
        var keys = candidates.Select(n => n.Key).ToList();
        var existing = (await db.Notifications.Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct)).ToHashSet();
        var fresh = candidates.Where(n => !existing.Contains(n.Key)).DistinctBy(n => n.Key).ToList();
        return await InsertSkippingDuplicatesAsync(db, db.Notifications, fresh, ct);
    }

    private static async Task<int> InsertNoticesAsync(PortalDbContext db, List<UrgingNotice> notices, CancellationToken ct) =>
        (await InsertSkippingDuplicatesAsync(db, db.UrgingNotices, notices, ct)).Count;

    /// <summary>
    /// Saves the rows in one statement batch; when a unique index refuses the batch (another server was faster),
    /// saves them one by one and keeps those no one stored yet.
    /// </summary>
    private static async Task<IReadOnlyList<T>> InsertSkippingDuplicatesAsync<T>(PortalDbContext db, DbSet<T> set, List<T> rows, CancellationToken ct)
        where T : class
    {
        if (rows.Count == 0) return [];
        set.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
            return rows;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var stored = new List<T>();
            foreach (var row in rows)
            {
                set.Add(row);
                try
                {
                    await db.SaveChangesAsync(ct);
                    stored.Add(row);
                }
                catch (DbUpdateException)
                {
                    db.ChangeTracker.Clear();
                }
            }
            return stored;
        }
    }

    private sealed record TaskFacts(int Id, int UnitId, DateOnly Deadline, int? AssigneeId, int? TrackerId, int? LeaderId,
                                    string? SourceReference, string Content)
    {
        public string Describe() => NotificationService.Describe(SourceReference, Content);
    }
}
