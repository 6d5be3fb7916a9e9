using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The clerk journey: Báo cáo, last month's Phụ lục V on screen — holding the month's tasks and the unfinished work carried
/// over from earlier months (issue 14 item 15) — and the workbook downloaded with the same totals and the same scope.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ClerkReportTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_clerk_downloads_last_months_Phu_luc_V_with_the_carried_over_work_and_the_totals_shown_on_screen()
    {
        var page = await app.SignInAsync("vanthu");
        await page.GetByRole(AriaRole.Link, new() { Name = "Báo cáo" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo", Exact = true })).ToBeVisibleAsync();

        await page.Locator("#report-show").ClickAsync();
        await Expect(page.Locator("#report-scope-line")).ToContainTextAsync("Nhiệm vụ giao trong kỳ và nhiệm vụ kỳ trước chuyển sang");
        var onScreen = await TotalsAsync(page);
        await PortalAppFixture.ShotAsync(page, "report-phu-luc-v");

        // More tasks than the month registered: the earlier months' unfinished work is in it.
        var registeredInMonth = await RegisteredLastMonthAsync();
        Assert.True(onScreen.Sum() > registeredInMonth, $"{onScreen.Sum()} tasks in the report, {registeredInMonth} registered in the month");

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
            Assert.Contains(sheet.CellsUsed(), c => c.GetString().Contains("kỳ trước chuyển sang", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }

        // Only the month's own tasks: fewer, never more than it registered.
        var scope = page.Locator(".mud-select").Filter(new() { Has = page.Locator("#report-scope") }).First;
        await scope.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("Nhiệm vụ giao trong kỳ", new() { Exact = true }).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Expect(scope).Not.ToContainTextAsync("chuyển sang");
        await page.Locator("#report-show").ClickAsync();
        await Expect(page.Locator("#report-scope-line")).Not.ToContainTextAsync("chuyển sang");
        var ownOnly = await TotalsAsync(page);
        Assert.InRange(ownOnly.Sum(), 1, registeredInMonth);
    }

    private static async Task<List<int>> TotalsAsync(IPage page)
    {
        var totals = page.Locator("#report-totals td");
        await Expect(totals.First).ToHaveTextAsync("Tổng cộng");
        var values = new List<int>();
        for (var i = 1; i <= 6; i++) values.Add(int.Parse(await totals.Nth(i).InnerTextAsync()));
        return values;
    }

    private async Task<int> RegisteredLastMonthAsync()
    {
        var previous = VietnamTime.DateOf(DateTimeOffset.UtcNow).AddMonths(-1);
        var start = VietnamTime.At(new DateOnly(previous.Year, previous.Month, 1), TimeOnly.MinValue);
        var end = VietnamTime.At(new DateOnly(previous.Year, previous.Month, 1).AddMonths(1), TimeOnly.MinValue);
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var assigned = await db.CaseTasks.Where(t => t.Kind == CaseKind.Directive && t.ParentTaskId == null)
            .Select(t => t.AssignedAt).ToListAsync();
        return assigned.Count(a => a >= start && a < end);
    }
}
