using System.Globalization;
using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Server memory per connected desk (a Blazor circuit): desks opened in Chromium against the app hosted in this process,
/// managed memory measured after full collections before and after. <c>./bench.sh</c> runs it alone with
/// PORTAL_BENCH_CIRCUITS=200 and PORTAL_BENCH_OUT set, and the line goes into BENCHMARKS.md; in the test suite a few
/// desks keep the measurement working (other tests run at the same time, so no budget is asserted there).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CircuitMemoryTests(PortalAppFixture app)
{
    public const double BudgetKb = 300;

    private static string Url => Environment.GetEnvironmentVariable("PORTAL_BENCH_URL") is { Length: > 0 } url ? url : "/";

    [Fact]
    public async Task Memory_per_connected_desk_is_measured_with_every_desk_live()
    {
        var circuits = int.TryParse(Environment.GetEnvironmentVariable("PORTAL_BENCH_CIRCUITS"), out var n) ? n : 4;
        var first = await app.SignInAsync("giamdoc");
        var context = first.Context;
        await PortalAppFixture.ShotAsync(first, "desk-unit-leader");
        var pages = new List<IPage>();
        try
        {
            // One desk open before measuring, so what is shared by all circuits (caches, compiled queries) is already there.
            var before = Settled();
            for (var i = 0; i < circuits; i++)
            {
                var page = await context.NewPageAsync();
                if (Url.StartsWith("/Account", StringComparison.Ordinal)) await page.GotoAsync(Url); // a static page: no circuit, the floor
                else await PortalAppFixture.GoAsync(page, Url);
                if (Url == "/") await page.Locator("#desk-New").WaitForAsync();
                pages.Add(page);
            }
            var after = Settled();
            var perCircuitKb = (after - before) / 1024.0 / circuits;

            Assert.Equal(circuits, pages.Count);
            Assert.True(double.IsFinite(perCircuitKb));
            if (Environment.GetEnvironmentVariable("PORTAL_BENCH_OUT") is { Length: > 0 } output)
            {
                // Alone in its process (./bench.sh) the figure is the circuits' own; in the suite, tests running at the same
                // time allocate and free around it, so a difference of the whole process proves nothing there.
                Assert.True(perCircuitKb > 0, $"{perCircuitKb:0.0} KB per circuit");
                var pass = perCircuitKb <= BudgetKb;
                await File.AppendAllTextAsync(output, string.Create(CultureInfo.InvariantCulture,
                    $"\n## Blazor circuits\n\n| what | budget | measured | result |\n|---|---|---|---|\n" +
                    $"| Server managed memory per connected desk, {circuits} desks of a unit leader open at once (demo province) | ≤ {BudgetKb:0} KB | {perCircuitKb:0.0} KB | {(pass ? "PASS" : "FAIL")} |\n"),
                    TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static long Settled()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
