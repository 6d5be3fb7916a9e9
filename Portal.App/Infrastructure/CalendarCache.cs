using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;

namespace Portal.App.Infrastructure;

/// <summary>
/// The working calendar of each province: the national schedule, with the province's own entries (a provincial day off, a
/// Saturday worked) in place of the national ones on the same dates (SPEC §1: calendar overrides belong to a province). Read
/// once per province and rebuilt when an administrator changes a day.
/// </summary>
public sealed class CalendarCache(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache? units = null)
{
    private readonly UnitTreeCache tree = units ?? new UnitTreeCache(dbFactory);
    private readonly ConcurrentDictionary<int, WorkingCalendar> _calendars = new();

    /// <summary>The calendar of the province; none = the national schedule alone.</summary>
    public async Task<WorkingCalendar> ForProvinceAsync(int? provinceId, CancellationToken ct = default)
    {
        var key = provinceId ?? 0;
        if (_calendars.TryGetValue(key, out var cached)) return cached;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.ProvinceId == null || d.ProvinceId == provinceId).ToListAsync(ct);
        return _calendars[key] = CalendarDay.ToCalendar(Overlay(days));
    }

    /// <summary>The calendar of the unit's province (a task's: its lead unit's).</summary>
    public async Task<WorkingCalendar> ForUnitAsync(int? unitId, CancellationToken ct = default) =>
        await ForProvinceAsync(await tree.ProvinceOfAsync(unitId, ct), ct);

    /// <summary>Per date, the province's entry if it has one, else the national one.</summary>
    public static IEnumerable<CalendarDay> Overlay(IEnumerable<CalendarDay> days) =>
        days.GroupBy(d => d.Date).Select(g => g.FirstOrDefault(d => d.ProvinceId is not null) ?? g.First());

    public void Invalidate() => _calendars.Clear();
}
