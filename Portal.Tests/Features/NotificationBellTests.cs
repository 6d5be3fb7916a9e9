using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Notifications;
using Portal.App.Infrastructure;
using Portal.Domain.Notifications;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Features;

public sealed class NotificationBellTests : ComponentTestContext
{
    private SampleData _data = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var task = _data.NewTask(_data.NewDocument(), _data.Finance, Vn(2026, 11, 20), new DateOnly(2026, 12, 10), "Nhiệm vụ có thông báo");
        db.CaseTasks.Add(task);
        await db.SaveChangesAsync();
        db.Notifications.AddRange(
            new Notification("a", _data.FinanceSpecialist.Id, NotificationKind.NewTask, task.Id, "Nhiệm vụ mới", "Bạn được giao xử lý", Vn(2026, 11, 21)),
            new Notification("b", _data.FinanceSpecialist.Id, NotificationKind.DeadlineApproaching, task.Id, "Sắp đến hạn", "Còn 3 ngày làm việc", Vn(2026, 11, 25)),
            new Notification("c", _data.FinanceLeader.Id, NotificationKind.NewTask, task.Id, "Nhiệm vụ mới", "Của người khác", Vn(2026, 11, 25)));
        await db.SaveChangesAsync();
    }

    private IRenderedComponent<NotificationBell> RenderBell()
    {
        SignInAs("Phạm Thị Hương", _data.FinanceSpecialist.Id, _data.Finance.Id, PortalRoles.UnitSpecialist);
        return Render<NotificationBell>();
    }

    [Fact]
    public void The_notifications_page_lists_the_persons_own_notifications_newest_first_and_filters_by_kind()
    {
        SignInAs("Phạm Thị Hương", _data.FinanceSpecialist.Id, _data.Finance.Id, PortalRoles.UnitSpecialist);

        var page = Render<NotificationsPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("#notifications-table tbody tr").Count));
        var rows = page.FindAll("#notifications-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("Còn 3 ngày làm việc", rows[0]);
        Assert.Contains("Bạn được giao xử lý", rows[1]);
        Assert.DoesNotContain(rows, r => r.Contains("Của người khác", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_of_notifications_holds_only_the_kind_and_the_unread_asked_for()
    {
        var service = Services.GetRequiredService<NotificationService>();
        var ct = Xunit.TestContext.Current.CancellationToken;

        var approaching = await service.PageAsync(_data.FinanceSpecialist.Id, NotificationKind.DeadlineApproaching, false, 0, 20, ct);
        var all = await service.PageAsync(_data.FinanceSpecialist.Id, null, false, 0, 1, ct);
        await service.MarkAllReadAsync(_data.FinanceSpecialist.Id, ct);
        var unread = await service.PageAsync(_data.FinanceSpecialist.Id, null, true, 0, 20, ct);

        Assert.Equal(("Còn 3 ngày làm việc", 1), (Assert.Single(approaching.Rows).Message, approaching.Total));
        Assert.Equal((1, 2), (all.Rows.Count, all.Total));
        Assert.Equal(0, unread.Total);
    }

    [Fact]
    public void The_bell_shows_the_unread_count_of_the_signed_in_person_only()
    {
        var bell = RenderBell();

        bell.WaitForAssertion(() => Assert.Equal("2", bell.Find(".mud-badge").TextContent.Trim()));
    }

    [Fact]
    public async Task Marking_all_read_clears_the_count_and_stores_it()
    {
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("2", bell.Find(".mud-badge").TextContent.Trim()));

        bell.Find("#notification-count button").Click();
        bell.WaitForAssertion(() => Assert.NotNull(bell.Find("#notification-read-all")));
        bell.Find("#notification-read-all").Click();

        bell.WaitForAssertion(() => Assert.Empty(bell.FindAll(".mud-badge-visible")));
        await using var db = Database.CreateDbContext();
        var ct = Xunit.TestContext.Current.CancellationToken;
        Assert.Equal(0, await db.Notifications.CountAsync(n => n.RecipientId == _data.FinanceSpecialist.Id && n.ReadAt == null, ct));
        Assert.Equal(1, await db.Notifications.CountAsync(n => n.RecipientId == _data.FinanceLeader.Id && n.ReadAt == null, ct));
    }

    [Fact]
    public async Task A_new_notification_updates_the_count_without_a_reload()
    {
        var bell = RenderBell();
        bell.WaitForAssertion(() => Assert.Equal("2", bell.Find(".mud-badge").TextContent.Trim()));
        await using (var db = Database.CreateDbContext())
        {
            db.Notifications.Add(new Notification("d", _data.FinanceSpecialist.Id, NotificationKind.ReportConfirmed, null, "Kết quả được xác nhận đạt", "…", Vn(2026, 11, 26)));
            await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        Services.GetRequiredService<TaskNotifier>().PublishNotifications(new HashSet<int> { _data.FinanceSpecialist.Id });

        bell.WaitForAssertion(() => Assert.Equal("3", bell.Find(".mud-badge").TextContent.Trim()));
    }
}
