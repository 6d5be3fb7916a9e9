using ClosedXML.Excel;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>The clerk journey: Báo cáo, last month's Phụ lục V on screen, the workbook downloaded with the same totals.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ClerkReportTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_clerk_downloads_last_months_Phu_luc_V_with_the_totals_shown_on_screen()
    {
        var page = await app.SignInAsync("vanthu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo", Exact = true })).ToBeVisibleAsync();

        await page.Locator("#report-show").ClickAsync();
        var totals = page.Locator("#report-totals td");
        await Expect(totals.First).ToHaveTextAsync("Tổng cộng");
        var onScreen = new List<int>();
        for (var i = 1; i <= 6; i++) onScreen.Add(int.Parse(await totals.Nth(i).InnerTextAsync()));
        await PortalAppFixture.ShotAsync(page, "report-phu-luc-v");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#report-download").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);

        try
        {
            Assert.Matches(@"^PhuLucV_\d{4}-\d{2}\.xlsx$", download.SuggestedFilename);
            using var book = new XLWorkbook(path);
            var sheet = book.Worksheet(1);
            var row = sheet.CellsUsed().Single(c => c.GetString() == "Tổng cộng").WorksheetRow();
            Assert.Equal(onScreen, Enumerable.Range(3, 6).Select(c => (int)row.Cell(c).GetDouble()));
            Assert.True(onScreen.Sum() > 0, "last month of the demo province has tasks");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
