using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Security;

namespace Portal.App.Features.Admin;

/// <summary>The working calendar as administrators keep it (SPEC §5): days off, Saturdays worked, yearly defaults.</summary>
public sealed class CalendarAdminService(IDbContextFactory<PortalDbContext> dbFactory, CalendarCache cache, TimeProvider clock)
{
    public async Task<IReadOnlyList<CalendarRow>> ListAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CalendarDays.AsNoTracking().Where(d => d.ProvinceId == null && d.Date >= from && d.Date <= to)
            .OrderBy(d => d.Date).Select(d => new CalendarRow(d.Id, d.Date, d.Kind, d.Name)).ToListAsync(ct);
    }

    public async Task AddAsync(Actor actor, DateOnly date, CalendarDayKind kind, string name, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        if (kind == CalendarDayKind.ExtraWorkingDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            throw new DomainException("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        if (await db.CalendarDays.AnyAsync(d => d.ProvinceId == null && d.Date == date, ct))
            throw new DomainException($"Ngày {VietnameseDates.Format(date)} đã có trong lịch; hãy xóa mục cũ trước.");
        db.CalendarDays.Add(new CalendarDay(date, kind, name));
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
    }

    public async Task RemoveAsync(Actor actor, int id, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new DomainException("Không tìm thấy ngày này.");
        db.CalendarDays.Remove(day);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
    }

    /// <summary>Adds the statutory holidays of a year (lunar ones computed, compensatory days included) not yet in the calendar.</summary>
    public async Task<int> GenerateDefaultsAsync(Actor actor, int year, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        var existing = (await db.CalendarDays.Where(d => d.ProvinceId == null && d.Date.Year == year).Select(d => d.Date).ToListAsync(ct)).ToHashSet();
        var added = HolidayDefaults.For(year).Where(e => existing.Add(e.Date)).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)).ToList();
        db.CalendarDays.AddRange(added);
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
        return added.Count;
    }

    private static void RequireAdmin(Actor actor)
    {
        actor.Demand(PortalAction.EditCalendar);
    }
}
