using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Calendar;

namespace Portal.App.Infrastructure;

/// <summary>The national working calendar, read once from the database and rebuilt when an administrator changes it.</summary>
public sealed class CalendarCache(IDbContextFactory<PortalDbContext> dbFactory)
{
    private volatile WorkingCalendar? _calendar;

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        if (_calendar is { } cached) return cached;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.ProvinceId == null).ToListAsync(ct);
        return _calendar = CalendarDay.ToCalendar(days);
    }

    public void Invalidate() => _calendar = null;
}
