using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Complaint letters in Chromium (Quyết định 1122/2017 Điều 5.1): the provincial inspectorate's clerk looks a complainant up,
/// finds nothing and enters the letter; a commune's clerk, receiving the same citizen's letter again, looks up by words typed
/// without accents in another order, finds the inspectorate's case and records the letter as a repeat; the inspectorate sees
/// the repeat on its letter's case.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComplaintLookupJourneyTests(PortalAppFixture app)
{
    [Fact]
    public async Task A_commune_clerk_finds_the_case_the_inspectorate_filed_and_records_the_letter_as_a_repeat_which_the_inspectorate_sees()
    {
        var idNumber = string.Concat(Enumerable.Range(0, 12).Select(_ => (char)('0' + Random.Shared.Next(10))));

        // The inspectorate: look up first; nothing anywhere, so a new case.
        var inspector = await app.SignInAsync("thanhtra");
        await inspector.GetByRole(AriaRole.Link, new() { Name = "Đơn thư khiếu nại" }).ClickAsync();
        await inspector.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await inspector.GetByLabel("Họ tên người đứng đơn").FillAsync("Trương Văn Khiếu");
        await inspector.GetByLabel("Số CCCD/CMND").FillAsync(idNumber);
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        await Expect(inspector.Locator("#lookup-results")).ToContainTextAsync("Không tìm thấy đơn nào khớp trong toàn tỉnh.");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Nhập đơn mới (vụ việc mới)" }).ClickAsync();
        await Expect(inspector.Locator("#complainant-name-0")).ToHaveValueAsync("Trương Văn Khiếu");
        await inspector.Locator("#complainant-address-0").FillAsync("12 Lê Lợi, phường Trung Tâm");
        await inspector.Locator("#letter-respondent").FillAsync("UBND phường Trung Tâm");
        await inspector.Locator("#letter-content").FillAsync("Khiếu nại quyết định thu hồi đất và mức bồi thường giải phóng mặt bằng.");
        await ChooseAsync(inspector, "letter-field", "Hành chính — Đất đai");
        await PortalAppFixture.ShotAsync(inspector, "complaint-new");
        await inspector.GetByRole(AriaRole.Button, new() { Name = "Lưu đơn", Exact = true }).ClickAsync();
        await Expect(inspector.Locator("h1")).ToContainTextAsync("Đơn của Trương Văn Khiếu");
        await inspector.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var letterUrl = new Uri(inspector.Url).AbsolutePath;
        await Expect(inspector.Locator("#letter-log")).ToContainTextAsync("Nhập đơn");

        // The commune: the same citizen comes again; words typed without accents, address first.
        var clerk = await app.SignInAsync("tiepdan");
        await PortalAppFixture.GoAsync(clerk, "/don-thu");
        await clerk.GetByLabel("Từ khóa (họ tên, địa chỉ… gõ không dấu, thứ tự tùy ý)").FillAsync("12 le loi truong van khieu");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
        var found = clerk.Locator("#lookup-table tbody tr").Filter(new() { HasText = "Trương Văn Khiếu" });
        await Expect(found).ToHaveCountAsync(1);
        await Expect(found).ToContainTextAsync("Thanh tra tỉnh");
        await Expect(found).ToContainTextAsync("Trùng họ tên");
        await PortalAppFixture.ShotAsync(clerk, "complaint-lookup");
        await found.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận đơn lặp lại" }).ClickAsync();
        await Expect(clerk.Locator("#letter-form")).ToContainTextAsync("Nhập đơn lặp lại của vụ việc đã có (Thanh tra tỉnh");
        await clerk.Locator("#complainant-name-0").FillAsync("Trương Văn Khiếu");
        await clerk.Locator("#complainant-id-0").FillAsync(idNumber);
        await clerk.Locator("#letter-content").FillAsync("Tiếp tục khiếu nại việc bồi thường khi thu hồi đất.");
        await ChooseAsync(clerk, "letter-field", "Hành chính — Đất đai");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lưu đơn", Exact = true }).ClickAsync();
        await Expect(clerk.Locator("h1")).ToContainTextAsync("Đơn của Trương Văn Khiếu");
        await Expect(clerk.GetByText("Đơn lần 2 (nhiều lần)")).ToBeVisibleAsync();

        // The inspectorate sees the repeat on its case.
        await PortalAppFixture.GoAsync(inspector, letterUrl);
        var repeat = inspector.Locator("#case-letters tbody tr").Filter(new() { HasText = "Lần 2" });
        await Expect(repeat).ToContainTextAsync("UBND Phường Trung Tâm");
        await Expect(inspector.Locator("#letter-log")).ToContainTextAsync("Nhận đơn lặp lại");
        await PortalAppFixture.ShotAsync(inspector, "complaint-case");
    }

    private static async Task ChooseAsync(IPage page, string selectId, string option)
    {
        await page.Locator(".mud-select").Filter(new() { Has = page.Locator($"#{selectId}") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
