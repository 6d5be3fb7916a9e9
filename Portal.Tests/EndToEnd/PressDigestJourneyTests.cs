using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The press digest in Chromium (Huế 53 Phụ lục IV): the editor posts an item; the unit leader, already on the desk, sees it
/// appear without a reload and finds it by typing without accents; the Chairman sends it to the unit, which answers; the Office
/// confirms and the Chairman sees it completed among the press-reported incidents.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PressDigestJourneyTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_editor_posts_an_item_and_the_unit_leaders_desk_shows_it_at_once()
    {
        var title = $"Báo nêu tình trạng ùn tắc {Guid.NewGuid():N}"[..40];
        var leader = await app.SignInAsync("giamdoc");
        await Expect(leader.Locator("#desk-press")).ToBeVisibleAsync();

        var editor = await app.SignInAsync("bientap");
        await editor.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Điểm tin báo chí" }).ClickAsync();
        await editor.Locator("#press-post").ClickAsync();
        await editor.Locator("#interactive-ready").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        await editor.Locator("#press-title-0").FillAsync(title);
        await editor.Locator("#press-outlet-0").FillAsync("Báo Tuổi Trẻ");
        await editor.Locator("#press-link-0").FillAsync("https://tuoitre.vn/un-tac-giao-thong.htm");
        await editor.Locator("#press-summary-0").FillAsync("Người dân phản ánh ùn tắc kéo dài tại nút giao cửa ngõ phía Bắc của tỉnh.");
        await PortalAppFixture.ShotAsync(editor, "press-post");
        await editor.Locator("#press-submit").ClickAsync();
        await Expect(editor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/press\\?day=\\d{4}-\\d{2}-\\d{2}$"));
        await Expect(editor.Locator("#press-table tbody")).ToContainTextAsync(title);

        // On the leader's open desk without a reload.
        await Expect(leader.Locator("#desk-press")).ToContainTextAsync(title, new() { Timeout = 15_000 });

        // Found on the digest page by words typed without accents.
        await PortalAppFixture.GoAsync(leader, "/press");
        await leader.Locator("#press-search").FillAsync("un tac cua ngo");
        await Expect(leader.Locator("#press-table tbody tr").First).ToContainTextAsync(title);
        await PortalAppFixture.ShotAsync(leader, "press-list");

        // The Chairman sends it to Sở Tài chính as a press-reported incident; it lands on the unit leader's desk as a new task.
        var trackerName = await app.NameOfAsync("theodoi");
        var chairman = await app.SignInAsync("chutich");
        await PortalAppFixture.GoAsync(chairman, "/press");
        await chairman.Locator("#press-search").FillAsync(title);
        var row = chairman.Locator("#press-table tbody tr").Filter(new() { HasText = title });
        await Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
        await PortalAppFixture.PickAsync(chairman, "assign-lead", "Sở Tài chính", typed: "tai chinh");
        await PortalAppFixture.PickAsync(chairman, "assign-tracker", trackerName);
        await chairman.Locator("#assign-direction").FillAsync("Kiểm tra, xử lý và báo cáo UBND tỉnh.");
        await PortalAppFixture.ShotAsync(chairman, "press-assign");
        await chairman.Locator("#assign-submit").ClickAsync();
        await Expect(row).ToContainTextAsync("Đã giao 1 đơn vị");

        await PortalAppFixture.GoAsync(leader, "/");
        var fresh = leader.Locator("#desk-New .desk-task").Filter(new() { HasText = title });
        await Expect(fresh).ToBeVisibleAsync();
        await Expect(leader.Locator("#desk-New .desk-kinds")).ToContainTextAsync("Sự việc báo nêu");

        // The unit answers: the leader delegates, the specialist drafts, the leader approves; the Office's specialist confirms.
        await fresh.ClickAsync();
        await leader.Locator("#interactive-ready").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
        var taskUrl = new Uri(leader.Url).AbsolutePath;
        var specialistName = await app.NameOfAsync("chuyenvien");
        await leader.Locator("#action-delegate").ClickAsync();
        await PortalAppFixture.PickAsync(leader, "delegate-person", specialistName);
        await leader.Locator("#action-submit").ClickAsync();
        await Expect(leader.Locator("#task-assignee")).ToHaveTextAsync(specialistName);
        var specialist = await app.SignInAsync("chuyenvien");
        await PortalAppFixture.GoAsync(specialist, taskUrl);
        await specialist.Locator("#action-draft").ClickAsync();
        await specialist.Locator("#report-content").FillAsync("Sở Tài chính đã kiểm tra: nút giao đã được phân luồng, ùn tắc chấm dứt.");
        await specialist.Locator("#action-submit").ClickAsync();
        await Expect(leader.Locator("#action-approve")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await leader.Locator("#action-approve").ClickAsync();
        await leader.Locator("#action-submit").ClickAsync();
        await Expect(leader.Locator("#task-state")).ToHaveTextAsync("Đã gửi báo cáo, chờ xác nhận");
        var office = await app.SignInAsync("theodoi");
        await PortalAppFixture.GoAsync(office, taskUrl);
        await office.Locator("#action-accept").ClickAsync();
        await office.Locator("#action-submit").ClickAsync();
        await Expect(office.Locator("#task-status")).ToContainTextAsync("Đã hoàn thành");

        // The Chairman finds it completed among the press-reported incidents.
        await PortalAppFixture.GoAsync(chairman, "/tasks?kind=PressIncident&q=" + Uri.EscapeDataString(title));
        await Expect(chairman.Locator("#task-table tbody tr").First).ToContainTextAsync("Đã hoàn thành");
        await Expect(chairman.Locator("#task-table tbody tr").First).ToContainTextAsync("Sự việc báo nêu");
    }
}
