using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The leader journey of the lifecycle issue, in Chromium against the real app: the Office's clerk registers a task with its
/// tracking specialist, the unit
/// leader (already on the desk) sees it appear without reload and delegates it, the specialist drafts, the leader
/// approves, that tracker confirms; the desk and the list show "Đã hoàn thành – trong hạn".
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LeaderJourneyTests(PortalAppFixture app)
{
    [Fact]
    public async Task A_task_goes_from_registration_to_confirmed_on_time_across_four_desks()
    {
        var marker = $"Kiểm thử hành trình {Guid.NewGuid():N}"[..40];
        var specialistName = await app.NameOfAsync("chuyenvien");
        var trackerName = await app.NameOfAsync("theodoi");

        // The unit leader is already on the desk.
        var leader = await app.SignInAsync("giamdoc");
        await Expect(leader.Locator("#desk-New")).ToBeVisibleAsync();

        // The Office's clerk registers a document with one task for Sở Tài chính, followed by the tracking specialist.
        var clerk = await app.SignInAsync("vanthu");
        var taskUrl = await PortalAppFixture.RegisterTaskAsync(clerk, marker, "Sở Tài chính", trackerName);

        // It appears on the leader's open desk without a reload; the leader opens and delegates it.
        var newTask = leader.Locator("#desk-New .desk-task").Filter(new() { HasText = marker });
        await Expect(newTask).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await newTask.ClickAsync();
        await leader.Locator("#action-delegate").ClickAsync();
        await PortalAppFixture.PickAsync(leader, "delegate-person", specialistName);
        await PortalAppFixture.ShotAsync(leader, "task-delegate");
        await leader.Locator("#action-submit").ClickAsync();
        await Expect(leader.Locator("#task-assignee")).ToHaveTextAsync(specialistName);

        // The specialist drafts the report.
        var specialist = await app.SignInAsync("chuyenvien");
        await PortalAppFixture.GoAsync(specialist, taskUrl);
        await specialist.Locator("#action-draft").ClickAsync();
        await specialist.Locator("#report-content").FillAsync("Sở Tài chính đã hoàn thành nhiệm vụ, kết quả chi tiết tại văn bản kèm theo.");
        await specialist.Locator("#action-submit").ClickAsync();
        await Expect(specialist.Locator("#task-state")).ToHaveTextAsync("Dự thảo chờ lãnh đạo đơn vị duyệt");

        // The leader's open task page refreshes by itself; the leader approves.
        await Expect(leader.Locator("#action-approve")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await leader.Locator("#action-approve").ClickAsync();
        await leader.Locator("#action-submit").ClickAsync();
        await Expect(leader.Locator("#task-state")).ToHaveTextAsync("Đã gửi báo cáo, chờ xác nhận");

        // The tracker the clerk chose confirms the result; the specialist's bell counts it without a reload.
        var office = await app.SignInAsync("theodoi");
        var badge = specialist.Locator("#notification-count .mud-badge");
        var unreadBefore = await badge.IsVisibleAsync() ? int.Parse(await badge.InnerTextAsync()) : 0;
        await PortalAppFixture.GoAsync(office, taskUrl);
        await office.Locator("#action-accept").ClickAsync();
        await office.Locator("#action-submit").ClickAsync();
        await Expect(office.Locator("#task-status")).ToHaveTextAsync("Đã hoàn thành – trong hạn");
        await PortalAppFixture.ShotAsync(office, "task-completed");
        await Expect(badge).ToHaveTextAsync($"{unreadBefore + 1}");
        await specialist.Locator("#notification-count button").ClickAsync();
        await Expect(specialist.Locator("#notification-list")).ToContainTextAsync("Kết quả được xác nhận đạt");
        await PortalAppFixture.ShotAsync(specialist, "notification-bell");
        await specialist.Keyboard.PressAsync("Escape");

        // The list and the specialist's page show the final status.
        await PortalAppFixture.GoAsync(office, "/tasks?q=" + Uri.EscapeDataString(marker));
        await Expect(office.Locator("#task-table tbody tr").First).ToContainTextAsync("Đã hoàn thành – trong hạn");
        await Expect(specialist.Locator("#task-status")).ToHaveTextAsync("Đã hoàn thành – trong hạn", new() { Timeout = 15_000 });
        await Expect(office.Locator("#task-table tbody tr")).ToHaveCountAsync(1);
        await PortalAppFixture.ShotAsync(office, "task-list");
    }
}
