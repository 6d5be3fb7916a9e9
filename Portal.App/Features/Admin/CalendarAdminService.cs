using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Security;

namespace Portal.App.Features.Admin;

/// <summary>
/// The working calendar as administrators keep it (SPEC §5): days off, Saturdays worked, yearly defaults — the national
/// schedule every province shares, and each province's own entries (a provincial day off, a Saturday worked), which replace
/// the national ones on their dates in that province only (SPEC §1). An administrator keeps the national schedule and their
/// own province's entries, never another province's.
/// </summary>
public sealed class CalendarAdminService(IDbContextFactory<PortalDbContext> dbFactory, CalendarCache cache, UnitTreeCache tree, TimeProvider clock)
{
    /// <summary>The national schedule's entries of the year.</summary>
    public async Task<IReadOnlyList<CalendarRow>> ListAsync(int year, CancellationToken ct = default) => await ListAsync(null, year, false, ct);

    /// <summary>The entries of the year: the national schedule's, or (<paramref name="provincial"/>) those of the person's province.</summary>
    public async Task<IReadOnlyList<CalendarRow>> ListAsync(Actor? actor, int year, bool provincial, CancellationToken ct = default)
    {
        var province = await ScopeAsync(actor, provincial, ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CalendarDays.AsNoTracking().Where(d => d.ProvinceId == province && d.Date >= from && d.Date <= to)
            .OrderBy(d => d.Date).Select(d => new CalendarRow(d.Id, d.Date, d.Kind, d.Name)).ToListAsync(ct);
    }

    /// <summary>The name of the person's province, for the page's choice between the two calendars.</summary>
    public async Task<string?> ProvinceNameAsync(Actor actor, CancellationToken ct = default)
    {
        if (await tree.ProvinceOfAsync(actor.UnitId, ct) is not { } province) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Units.AsNoTracking().Where(u => u.Id == province).Select(u => u.Name).SingleOrDefaultAsync(ct);
    }

    public Task AddAsync(Actor actor, DateOnly date, CalendarDayKind kind, string name, CancellationToken ct = default) =>
        AddAsync(actor, date, kind, name, provincial: false, ct);

    public async Task AddAsync(Actor actor, DateOnly date, CalendarDayKind kind, string name, bool provincial, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        if (kind == CalendarDayKind.ExtraWorkingDay && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            throw new DomainException("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
        var province = await ScopeAsync(actor, provincial, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        if (await db.CalendarDays.AnyAsync(d => d.ProvinceId == province && d.Date == date, ct))
            throw new DomainException($"Ngày {VietnameseDates.Format(date)} đã có trong lịch; hãy xóa mục cũ trước.");
        db.CalendarDays.Add(new CalendarDay(date, kind, name, province));
        await db.SaveChangesAsync(ct);
        cache.Invalidate();
    }

    public async Task RemoveAsync(Actor actor, int id, CancellationToken ct = default)
    {
        RequireAdmin(actor);
        var own = await tree.ProvinceOfAsync(actor.UnitId, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, clock.GetUtcNow(), ct);
        // The national schedule's entries, and the person's own province's: another province's entry is not found.
        var day = await db.CalendarDays.SingleOrDefaultAsync(d => d.Id == id && (d.ProvinceId == null || d.ProvinceId == own), ct)
                  ?? throw new DomainException("Không tìm thấy ngày này.");
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

    /// <summary>The national schedule (none), or the person's own province; a person without a unit has no province.</summary>
    private async Task<int?> ScopeAsync(Actor? actor, bool provincial, CancellationToken ct)
    {
        if (!provincial) return null;
        return await tree.ProvinceOfAsync(actor?.UnitId, ct) ?? throw new DomainException("Tài khoản không thuộc tỉnh nào: chỉ sửa được lịch chung.");
    }

    private static void RequireAdmin(Actor actor)
    {
        actor.Demand(PortalAction.EditCalendar);
    }
}
