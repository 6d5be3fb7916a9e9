using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Notifications;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Notifications;
using Portal.Domain.Press;
using Portal.Domain.Security;
using Portal.Domain.Text;

namespace Portal.App.Features.Press;

/// <summary>
/// The press digest (điểm tin báo chí, Huế 53 Phụ lục IV bước 1): the portal's editors post the day's national press items
/// about their province; every unit reads them, newest first, searched without accents, day by day; a working day whose
/// digest is not posted by 11:00 is flagged to the editors and the Office's leaders.
/// </summary>
public sealed class PressService(IDbContextFactory<PortalDbContext> dbFactory, UnitTreeCache tree, CalendarCache calendars, TimeProvider clock,
                                 TaskNotifier notifier)
{
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 200;

    /// <summary>
    /// Posts today's digest of the editor's province with these items, or adds them to it when it was posted already today.
    /// A digest with no items needs a note ("không có tin mới").
    /// </summary>
    public async Task<PostedDigest> PostAsync(Actor actor, string? note, IReadOnlyList<PressItemInput> items, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.PostPressDigest);
        if (actor.PersonId is not { } editor) throw new ForbiddenException(TaskWorkflowService.NoPersonMessage);
        if (items.Count > PressDigest.MaxItems) throw new DomainException($"Một bản tin có tối đa {PressDigest.MaxItems} tin.");
        var province = await ProvinceOfAsync(actor, ct);
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.DemandActiveAccountAsync(actor, now, ct);
        var digest = await db.PressDigests.Include(d => d.Items).SingleOrDefaultAsync(d => d.ProvinceId == province && d.Date == today, ct);
        var isNew = digest is null;
        if (digest is null)
        {
            if (items.Count == 0 && string.IsNullOrWhiteSpace(note))
                throw new DomainException("Bản tin cần ít nhất một tin; nếu hôm nay không có tin, hãy ghi chú \"Không có tin mới\".");
            digest = new PressDigest(province, today, editor, now, note);
            db.PressDigests.Add(digest);
        }
        else if (items.Count == 0)
        {
            throw new DomainException("Bản tin hôm nay đã đăng; vui lòng nhập ít nhất một tin để bổ sung.");
        }
        foreach (var item in items) digest.Add(item, editor, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (isNew)
        {
            throw new DomainException("Bản tin hôm nay vừa được người khác đăng; hãy tải lại trang rồi bổ sung tin.");
        }
        notifier.PublishPress(province);
        return new PostedDigest(digest.Id, digest.Date, digest.Items.Count, digest.PostedLate);
    }

    /// <summary>The province's press items, newest first: all, or of one day; each word typed found without accents.</summary>
    public async Task<PressItemPage> ListAsync(Actor actor, string? text, DateOnly? day, int page, int pageSize, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenPress);
        if (text is { Length: > MaxSearchLength }) throw new DomainException($"Nội dung tìm kiếm dài tối đa {MaxSearchLength} ký tự.");
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        var province = await ProvinceOfAsync(actor, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.PressItems.AsNoTracking().Where(i => i.Digest.ProvinceId == province);
        if (day is { } d) query = query.Where(i => i.Digest.Date == d);
        foreach (var word in TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)) query = query.Where(i => i.SearchText.Contains(word));
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(i => i.Digest.Date).ThenByDescending(i => i.Id).Skip(page * pageSize).Take(pageSize)
            .Select(i => new PressItemRow(i.Id, i.Digest.Date, i.Outlet, i.Title, i.Link, i.PublishedOn, i.Summary, i.Field))
            .ToListAsync(ct);
        return new PressItemPage(rows, total);
    }

    /// <summary>The desk's panel: the newest items of the reader's province (its latest digest first).</summary>
    public async Task<PressDeskView> DeskAsync(Actor actor, int count = 5, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenPress);
        var province = await ProvinceOfAsync(actor, ct);
        var page = await ListAsync(actor, null, null, 0, count, ct);
        return new PressDeskView(province, page.Rows, page.Total);
    }

    /// <summary>The province's digests of the last days, newest first, for the archive: each with its item count and when it was posted.</summary>
    public async Task<IReadOnlyList<DigestDay>> RecentDaysAsync(Actor actor, int days = 30, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.OpenPress);
        var province = await ProvinceOfAsync(actor, ct);
        var since = clock.Today().AddDays(-Math.Clamp(days, 1, 366));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var digests = await db.PressDigests.AsNoTracking().Where(d => d.ProvinceId == province && d.Date >= since)
            .OrderByDescending(d => d.Date)
            .Select(d => new { d.Date, d.PostedAt, d.Note, Items = d.Items.Count() }).ToListAsync(ct);
        return [.. digests.Select(d => new DigestDay(d.Date, d.Items, d.PostedAt, PressDigest.IsLate(d.Date, d.PostedAt), d.Note))];
    }

    /// <summary>
    /// On a working day past 11:00, each province without today's digest: its editors and the Office's leaders are told, once
    /// (the notice's natural key holds the province, the day and the person). Returns how many were told.
    /// </summary>
    public async Task<int> FlagMissingDigestsAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        if (VietnamTime.TimeOf(now) < PressDigest.PostBy) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var posted = (await db.PressDigests.AsNoTracking().Where(d => d.Date == today).Select(d => d.ProvinceId).ToListAsync(ct)).ToHashSet();
        var added = new List<Notification>();
        foreach (var province in await tree.ProvincesAsync(ct))
        {
            if (posted.Contains(province) || !(await calendars.ForProvinceAsync(province, ct)).IsWorkingDay(today)) continue;
            var units = await tree.SubtreeAsync(province, ct);
            var accounts = await (from u in db.Users
                                  join ur in db.UserRoles on u.Id equals ur.UserId
                                  join r in db.Roles on ur.RoleId equals r.Id
                                  where (r.Name == PortalRoles.Editor || r.Name == PortalRoles.OfficeLeader) && u.PersonId != null && u.UnitId != null
                                        && units.Contains(u.UnitId.Value)
                                  select new { Person = u.PersonId!.Value, u.LockoutEnd }).ToListAsync(ct);
            // Locked accounts are not told; one locked out a while ago after wrong passwords is active again (as AccountGuard reads it).
            var people = accounts.Where(a => !(a.LockoutEnd > now)).Select(a => a.Person).Distinct().ToList();
            var keys = people.ToDictionary(p => $"press-missing:{province}:{today:yyyyMMdd}:{p}");
            var known = await db.Notifications.AsNoTracking().Where(n => keys.Keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct);
            foreach (var (key, person) in keys.Where(k => !known.Contains(k.Key)))
                added.Add(new Notification(key, person, NotificationKind.PressDigestMissing, null, "Chưa đăng điểm tin báo chí",
                    $"Đến {PressDigest.PostBy:HH\\:mm} ngày {VietnameseDates.Format(today)} chưa có bản điểm tin báo chí liên quan đến tỉnh.", now, today));
        }
        if (added.Count == 0) return 0;
        db.Notifications.AddRange(added);
        await db.SaveChangesAsync(ct);
        notifier.PublishNotifications(added.Select(n => n.RecipientId).OfType<int>().ToHashSet());
        return added.Count;
    }

    private Task<int> ProvinceOfAsync(Actor actor, CancellationToken ct) => tree.ReaderProvinceAsync(actor.UnitId, ct);
}

public sealed record PostedDigest(int Id, DateOnly Date, int Items, bool PostedLate);

public sealed record PressItemRow(long Id, DateOnly Day, string Outlet, string Title, string? Link, DateOnly PublishedOn, string Summary,
                                  Portal.Domain.Directives.DocumentField? Field);

public sealed record PressItemPage(IReadOnlyList<PressItemRow> Rows, int Total);

/// <summary>What the desk shows of the press: the newest items and how many there are in all.</summary>
public sealed record PressDeskView(int ProvinceId, IReadOnlyList<PressItemRow> Items, int Total);

public sealed record DigestDay(DateOnly Date, int Items, DateTimeOffset PostedAt, bool PostedLate, string? Note);
