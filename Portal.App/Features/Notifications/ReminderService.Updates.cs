using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Notifications;

namespace Portal.App.Features.Notifications;

/// <summary>
/// The update deadlines (SPEC §4.11), warned like task deadlines: the unit's official answer not yet entered (due today, then
/// overdue), the assigner's review of a submitted report (due today, then overdue, Đồng Tháp 128 Điều 4.5c), and the periodic
/// update of a task without a deadline (warned before its period ends, then missed). Keyed like every notice, so a rerun adds
/// nothing; what fell due before the catch-up window is not sent.
/// </summary>
public sealed partial class ReminderService
{
    /// <summary>Due days this far before the catch-up window are never looked at again (their notice day is long past).</summary>
    private const int UpdateLookBackDays = 14;

    public async Task<int> SendUpdateNoticesAsync(CancellationToken ct = default)
    {
        var sent = 0;
        foreach (var province in await ProvincesAsync(ct)) sent += await SendUpdateNoticesAsync(province, ct);
        return sent;
    }

    private async Task<int> SendUpdateNoticesAsync(ProvinceScope province, CancellationToken ct)
    {
        var calendar = await calendars.ForProvinceAsync(province.Id, ct);
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        if (!calendar.IsWorkingDay(today)) return 0;
        var notifiedSince = CatchUpStart(calendar, today, profiles.CatchUpWorkingDays);
        var earliest = notifiedSince.AddDays(-UpdateLookBackDays);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var candidates = new List<Notification>();
        await AnswerEntryNoticesAsync(db, province, calendar, today, notifiedSince, earliest, now, candidates, ct);
        await ReviewNoticesAsync(db, province, calendar, today, notifiedSince, earliest, now, candidates, ct);
        await PeriodicUpdateNoticesAsync(db, province, calendar, today, notifiedSince, now, candidates, ct);
        var added = await InsertNewAsync(db, candidates, ct);
        notifier.PublishNotifications(added.Select(n => n.RecipientId).OfType<int>().ToHashSet(),
                                      added.Where(n => n.RecipientId == null).Select(n => n.RecipientUnitId).OfType<int>().ToHashSet());
        return added.Count(n => n.RecipientId != null);
    }

    /// <summary>A notice is sent on its day, or later within the catch-up window: false once it fell before the window.</summary>
    private static bool StillToSend(DateOnly noticeDay, DateOnly notifiedSince) => noticeDay >= notifiedSince;

    private async Task AnswerEntryNoticesAsync(PortalDbContext db, ProvinceScope province, WorkingCalendar calendar, DateOnly today, DateOnly notifiedSince, DateOnly earliest,
                                               DateTimeOffset now, List<Notification> candidates, CancellationToken ct)
    {
        var tasks = await province.Of(db.CaseTasks.AsNoTracking())
            .Where(t => t.AnswerEntryDueOn != null && t.AnswerEntryDueOn <= today && t.AnswerEntryDueOn >= earliest && CaseStates.WithUnit.Contains(t.State))
            .OrderBy(t => t.Id)
            .Select(t => new TaskFacts(t.Id, t.LeadUnitId, t.AnswerEntryDueOn!.Value, t.AssigneeId, t.TrackingSpecialistId, t.TrackingLeaderId,
                                       t.SourceReference, t.Content))
            .ToListAsync(ct);
        if (tasks.Count == 0) return;
        var units = tasks.Select(t => t.UnitId).Distinct().ToList();
        var leaders = await NotificationService.LeadersOfAsync(db, units, ct);
        var unitAccounts = await NotificationService.UnitAccountsAmongAsync(db, units, ct);
        foreach (var task in tasks)
        {
            var overdue = task.Deadline < today;
            if (overdue && !StillToSend(calendar.AddWorkingDays(task.Deadline, 1), notifiedSince)) continue;
            var kind = overdue ? NotificationKind.AnswerEntryOverdue : NotificationKind.AnswerEntryDue;
            var message = overdue
                ? $"Đã quá hạn cập nhật văn bản trả lời ({VietnameseDates.Format(task.Deadline)}): hãy phê duyệt và gửi báo cáo lên hệ thống. {task.Describe()}"
                : $"Hôm nay là hạn cập nhật văn bản trả lời lên hệ thống ({VietnameseDates.Format(task.Deadline)}). {task.Describe()}";
            ToLeadUnit(candidates, leaders, unitAccounts, kind, task, now, message);
        }
    }

    private async Task ReviewNoticesAsync(PortalDbContext db, ProvinceScope province, WorkingCalendar calendar, DateOnly today, DateOnly notifiedSince, DateOnly earliest,
                                          DateTimeOffset now, List<Notification> candidates, CancellationToken ct)
    {
        var tasks = await province.Of(db.CaseTasks.AsNoTracking())
            .Where(t => t.State == TaskState.Submitted && t.ReviewDueOn != null && t.ReviewDueOn <= today && t.ReviewDueOn >= earliest)
            .OrderBy(t => t.Id)
            .Select(t => new
            {
                Facts = new TaskFacts(t.Id, t.LeadUnitId, t.ReviewDueOn!.Value, t.AssigneeId, t.TrackingSpecialistId, t.TrackingLeaderId,
                                      t.SourceReference, t.Content),
                t.TrackingDepartmentHeadId,
            })
            .ToListAsync(ct);
        foreach (var row in tasks)
        {
            var task = row.Facts;
            if (task.TrackerId is not { } tracker) continue;
            var overdue = task.Deadline < today;
            if (overdue && !StillToSend(calendar.AddWorkingDays(task.Deadline, 1), notifiedSince)) continue;
            if (!overdue)
            {
                candidates.Add(New(NotificationKind.ReviewDue, task, tracker, task.Deadline, now,
                    $"Báo cáo của đơn vị phải được xem xét, xác nhận trong hôm nay ({VietnameseDates.Format(task.Deadline)}). {task.Describe()}"));
                continue;
            }
            var message = $"Đã quá hạn xem xét báo cáo của đơn vị ({VietnameseDates.Format(task.Deadline)}). {task.Describe()}";
            foreach (var person in new[] { tracker, row.TrackingDepartmentHeadId }.OfType<int>().Distinct())
                candidates.Add(New(NotificationKind.ReviewOverdue, task, person, task.Deadline, now, message));
        }
    }

    private async Task PeriodicUpdateNoticesAsync(PortalDbContext db, ProvinceScope province, WorkingCalendar calendar, DateOnly today, DateOnly notifiedSince,
                                                  DateTimeOffset now, List<Notification> candidates, CancellationToken ct)
    {
        var warningDays = (await profiles.ForProvinceAsync(province.Id, ct)).WarningDays;
        foreach (var cycle in new[] { ReportingCycle.Quarterly, ReportingCycle.HalfYearly, ReportingCycle.Yearly })
        {
            var start = ReportingCycles.PeriodStart(cycle, today)!.Value;
            var end = ReportingCycles.PeriodEnd(cycle, today)!.Value;
            var startAt = VietnamTime.At(start, TimeOnly.MinValue);
            var rows = new List<(TaskFacts Task, NotificationKind Kind, string Message)>();

            // Before the period ends: the closest warning day that has come, for the tasks not yet updated in it.
            var left = calendar.CountWorkingDays(today, end);
            var warningDay = warningDays.Where(n => n >= left).DefaultIfEmpty(-1).Min();
            if (warningDay > 0)
            {
                var owing = await province.Of(db.CaseTasks.AsNoTracking())
                    .Where(t => t.ReportingCycle == cycle && CaseStates.WithUnit.Contains(t.State) && (t.LastUpdateAt == null || t.LastUpdateAt < startAt))
                    .OrderBy(t => t.Id)
                    .Select(t => new
                    {
                        Facts = new TaskFacts(t.Id, t.LeadUnitId, end, t.AssigneeId, t.TrackingSpecialistId, t.TrackingLeaderId, t.SourceReference, t.Content),
                        t.AssignedAt,
                    })
                    .ToListAsync(ct);
                var message = left == 0
                    ? $"Hôm nay là hạn cập nhật tình hình thực hiện kỳ này ({VietnameseDates.Format(end)})."
                    : $"Còn {left} ngày làm việc đến hạn cập nhật tình hình thực hiện kỳ này ({VietnameseDates.Format(end)}).";
                rows.AddRange(owing.Where(t => ReportingCycles.Owes(VietnamTime.DateOf(t.AssignedAt), end, calendar))
                    .Select(t => (t.Facts, NotificationKind.PeriodicUpdateDue, $"{message} {t.Facts.Describe()}")));
            }

            // After the previous period ended: the tasks that owed its update and never filed one.
            var previousEnd = start.AddDays(-1);
            if (StillToSend(calendar.AddWorkingDays(previousEnd, 1), notifiedSince))
            {
                var previousStartAt = VietnamTime.At(ReportingCycles.PeriodStart(cycle, previousEnd)!.Value, TimeOnly.MinValue);
                var missed = await province.Of(db.CaseTasks.AsNoTracking())
                    .Where(t => t.ReportingCycle == cycle && CaseStates.WithUnit.Contains(t.State) && t.AssignedAt < startAt
                                && !t.Updates.Any(u => u.At >= previousStartAt && u.At < startAt)
                                && !t.History.Any(h => h.ToState == TaskState.Submitted && h.At >= previousStartAt && h.At < startAt))
                    .OrderBy(t => t.Id)
                    .Select(t => new
                    {
                        Facts = new TaskFacts(t.Id, t.LeadUnitId, previousEnd, t.AssigneeId, t.TrackingSpecialistId, t.TrackingLeaderId,
                                              t.SourceReference, t.Content),
                        t.AssignedAt,
                    })
                    .ToListAsync(ct);
                rows.AddRange(missed.Where(t => ReportingCycles.Owes(VietnamTime.DateOf(t.AssignedAt), previousEnd, calendar))
                    .Select(t => (t.Facts, NotificationKind.PeriodicUpdateMissed,
                                  $"Chưa cập nhật tình hình thực hiện kỳ kết thúc ngày {VietnameseDates.Format(previousEnd)}. {t.Facts.Describe()}")));
            }
            if (rows.Count == 0) continue;
            var units = rows.Select(r => r.Task.UnitId).Distinct().ToList();
            var leaders = await NotificationService.LeadersOfAsync(db, units, ct);
            var unitAccounts = await NotificationService.UnitAccountsAmongAsync(db, units, ct);
            foreach (var (task, kind, message) in rows)
            {
                // A missed period is also the tracker's to follow up.
                var missed = kind == NotificationKind.PeriodicUpdateMissed;
                ToLeadUnit(candidates, leaders, unitAccounts, kind, task, now, message, missed ? null : $"{warningDay}", missed ? task.TrackerId : null);
            }
        }
    }

    /// <summary>A notice about the task, due on <paramref name="dueOn"/> (its <see cref="TaskFacts.Deadline"/> unless given), to the
    /// lead unit's leaders, its specialist, <paramref name="alsoTo"/>, and the unit's own account when it has one
    /// (Khánh Hòa 1986 Điều 5.1a).</summary>
    private static void ToLeadUnit(List<Notification> candidates, ILookup<int, int> leaders, IReadOnlySet<int> unitAccounts, NotificationKind kind,
                                   TaskFacts task, DateTimeOffset now, string message, string? variant = null, int? alsoTo = null, DateOnly? dueOn = null)
    {
        var due = dueOn ?? task.Deadline;
        foreach (var person in leaders[task.UnitId].Select(p => (int?)p).Append(task.AssigneeId).Append(alsoTo).OfType<int>().Distinct())
            candidates.Add(New(kind, task, person, due, now, message, variant));
        if (unitAccounts.Contains(task.UnitId)) candidates.Add(NewForUnit(kind, task, due, now, message, variant));
    }
}
