using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>The Chairman's overview: the register as it stands, then last month's figures with the work carried over into it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OverviewTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_chairman_switches_the_overview_to_last_month_and_reads_what_it_holds()
    {
        var page = await app.SignInAsync("chutich");
        await PortalAppFixture.GoAsync(page, "/overview");
        await Expect(page.Locator("#overview-scope")).ToContainTextAsync("Toàn bộ nhiệm vụ theo tình trạng hiện tại");
        var totalNow = await UnitTotalAsync(page);

        var lastMonth = DateTime.Today.AddMonths(-1);
        await page.Locator(".mud-select").Filter(new() { Has = page.Locator("#overview-period") }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("Tháng", new() { Exact = true }).ClickAsync();
        await page.Locator("#overview-number").FillAsync($"{lastMonth.Month}");
        await page.Locator("#overview-year").FillAsync($"{lastMonth.Year}");
        await page.Locator("#overview-show").ClickAsync();

        await Expect(page.Locator("#overview-scope")).ToContainTextAsync($"Kỳ tháng {lastMonth.Month:00}/{lastMonth.Year}: nhiệm vụ giao trong kỳ và nhiệm vụ kỳ trước chuyển sang");
        var totalThen = await UnitTotalAsync(page);
        await PortalAppFixture.ShotAsync(page, "overview-last-month");
        Assert.InRange(totalThen, 1, totalNow);
        // The figures of a past period are not links to today's lists.
        await Expect(page.Locator("#unit-rates tbody a")).ToHaveCountAsync(0);
    }

    private static async Task<int> UnitTotalAsync(IPage page)
    {
        await Expect(page.Locator("#unit-rates tbody tr").First).ToBeVisibleAsync();
        var totals = await page.Locator("#unit-rates tbody tr td:nth-child(2)").AllInnerTextsAsync();
        return totals.Sum(int.Parse);
    }
}
