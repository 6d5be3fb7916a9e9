using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A full navigation to the desk and to a task page in Chromium (warm browser cache): from asking for the page until its
/// circuit is interactive with the page's data shown. The prerendered data is carried into the circuit (persistent
/// component state), so the page never falls back to its loading bar after the first HTML and reads its data once.
/// <c>./bench.sh</c> runs the timing alone against the published app started on the benchmark's million-task PostgreSQL
/// (PORTAL_BENCH_APP_URL, PORTAL_BENCH_USER, PORTAL_BENCH_PASSWORD, PORTAL_BENCH_NAVIGATIONS, PORTAL_BENCH_OUT) and writes the
/// timings, with where the time goes, to BENCHMARKS.md; in the suite it takes a few navigations on the demo province and
/// asserts no timing. (On SQLite a query runs synchronously, so the loading bar never shows there: the suite proves the
/// single read by counting the commands.)
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageNavigationTimingTests(PortalAppFixture app)
{
    // Set before any script of the page runs: notes whether the page's loading bar appears in the main area at any moment.
    private const string WatchLoadingBar = """
        window.__portalLoadingShown = false;
        new MutationObserver(() => {
          if (document.querySelector('main .mud-progress-linear')) window.__portalLoadingShown = true;
        }).observe(document, { childList: true, subtree: true });
        """;

    [Fact]
    public async Task Desk_and_task_page_become_interactive_without_loading_their_data_again()
    {
        var external = Environment.GetEnvironmentVariable("PORTAL_BENCH_APP_URL") is { Length: > 0 } url ? url : null;
        var navigations = int.TryParse(Environment.GetEnvironmentVariable("PORTAL_BENCH_NAVIGATIONS"), out var n) ? n : 3;
        using var playwright = external is null ? null : await Playwright.CreateAsync();
        await using var browser = playwright is null ? null : await LaunchAsync(playwright);
        var page = browser is null
            ? await app.SignInAsync("giamdoc")
            : await SignInAsync(browser, external!, Environment.GetEnvironmentVariable("PORTAL_BENCH_USER")!,
                                Environment.GetEnvironmentVariable("PORTAL_BENCH_PASSWORD")!);
        try
        {
            await page.AddInitScriptAsync(WatchLoadingBar);
            var taskLink = await page.Locator(".desk-task a").First.GetAttributeAsync("href");
            Assert.NotNull(taskLink);

            var desk = await TimeNavigationsAsync(page, "/", "#desk-New .desk-count", navigations);
            var task = await TimeNavigationsAsync(page, taskLink, "#task-content", navigations);
            if (Environment.GetEnvironmentVariable("PORTAL_BENCH_OUT") is { Length: > 0 } output)
            {
                var text = "\n## Navigation in Chromium\n\n" + Describe(external) + "\n\n"
                           + "| what | median | p95 | loading bar after the first HTML |\n|---|---|---|---|\n"
                           + Line("Navigation → the unit leader's desk interactive with its lists", desk)
                           + Line("Navigation → a task page interactive with the task", task)
                           + "\nWhere the time goes (medians of the same navigations, from the page's Navigation and Resource Timing):\n\n"
                           + "| page | phase | median |\n|---|---|---|\n" + PhaseTable("desk", desk.Phases) + PhaseTable("task page", task.Phases);
                await File.AppendAllTextAsync(output, text, TestContext.Current.CancellationToken);
            }

            Assert.Equal(navigations, desk.Times.Count);
            Assert.Equal(navigations, task.Times.Count);
            // The prerendered data stays on screen: never replaced by the loading bar while the circuit started.
            Assert.Equal(0, desk.LoadingShown);
            Assert.Equal(0, task.LoadingShown);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_visit_to_the_desk_or_a_task_page_reads_the_tasks_once_the_circuit_takes_the_prerendered_state()
    {
        var page = await app.SignInAsync("giamdoc");
        try
        {
            var taskLink = await page.Locator(".desk-task a").First.GetAttributeAsync("href");
            Assert.NotNull(taskLink);
            foreach (var url in new[] { "/", taskLink })
            {
                using var counter = new CommandCounter(app.DatabasePath, "\"CaseTasks\"");
                // The page's HTML alone: the prerender, without a circuit.
                var html = await page.Context.APIRequest.GetAsync(url);
                Assert.True(html.Ok, $"{url}: {html.Status}");
                var prerender = counter.Count;

                // A visit: the same prerender, then the circuit.
                await PortalAppFixture.GoAsync(page, url);
                await page.WaitForTimeoutAsync(500);
                var visit = counter.Count - prerender;

                Assert.True(prerender > 0, $"{url}: the prerender read no task");
                Assert.Equal(prerender, visit);
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_desk_reached_later_in_the_same_circuit_reads_its_data_again_instead_of_the_first_visits_state()
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await app.SignInAsync("giamdoc");
        try
        {
            var before = int.Parse(await page.Locator("#desk-New .desk-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            // A task handed to the unit behind the desk's back (no live notice): only a new read can show it.
            var factory = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Data.PortalDbContext>>();
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                var unit = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                    db.Users.Where(u => u.UserName == "giamdoc").Select(u => u.UnitId!.Value), ct);
                // A document of its own, so no other test's document gains a task of this unit.
                var issuer = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.DirectiveDocuments.OrderBy(d => d.Id).Select(d => d.IssuerUnitId), ct);
                var document = new Portal.Domain.Directives.DirectiveDocument(Portal.Domain.Directives.DocumentType.CongVan, "9901", "UBND-TDBLV",
                    "Văn bản thử bàn làm việc", new DateOnly(2026, 11, 2), issuer, Portal.Domain.Directives.SecrecyLevel.None);
                db.DirectiveDocuments.Add(document);
                var tracker = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                    db.CaseTasks.Where(t => t.TrackingSpecialistId != null).Select(t => t.TrackingSpecialistId!.Value), ct);
                var calendar = await app.Services.GetRequiredService<Portal.App.Infrastructure.CalendarCache>().ForProvinceAsync(null, ct);
                var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                var deadline = calendar.AddWorkingDays(Portal.Domain.VietnamTime.DateOf(now), 10);
                db.CaseTasks.Add(new Portal.Domain.Cases.CaseTask(document, "Nhiệm vụ giao thêm trong lúc bàn làm việc đang mở", unit, deadline, true, now, tracker, calendar)
                {
                    TrackingSpecialistId = tracker,
                });
                await db.SaveChangesAsync(ct);
            }

            // Away and back through the menu, inside the same circuit.
            await page.Locator("nav a[href='/tasks']").First.ClickAsync();
            await page.WaitForURLAsync("**/tasks");
            await page.Locator("nav a[href='/']").First.ClickAsync();
            await Assertions.Expect(page.Locator("#desk-New .desk-count")).ToHaveTextAsync($"{before + 1}");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Where a navigation's time goes, in the page's own clock (Navigation and Resource Timing), ms from its start.</summary>
    public sealed record Phases(double FirstByte, double HtmlLoaded, double BlazorStarted, double Negotiated, double Interactive)
    {
        public static readonly string[] Names =
        [
            "first byte of the HTML (the prerender on the server)", "rest of the HTML", "scripts loaded and Blazor started (to the circuit's negotiate request)",
            "negotiate request", "WebSocket, circuit start on the server and first interactive render",
        ];

        public double[] Durations => [FirstByte, HtmlLoaded - FirstByte, BlazorStarted - HtmlLoaded, Negotiated - BlazorStarted, Interactive - Negotiated];
    }

    /// <summary>Navigates to the page (a warm-up first), timing each until it is interactive with its data shown, and counts
    /// the navigations in which the page fell back to its loading bar after the first HTML.</summary>
    private static async Task<(List<double> Times, int LoadingShown, List<Phases> Phases)> TimeNavigationsAsync(IPage page, string url, string data, int navigations)
    {
        var times = new List<double>();
        var phases = new List<Phases>();
        var loadingShown = 0;
        for (var i = 0; i <= navigations; i++)
        {
            var watch = Stopwatch.StartNew();
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Commit });
            var ready = await page.WaitForFunctionAsync(
                "selector => document.getElementById('interactive-ready') !== null && document.querySelector(selector) !== null && performance.now()",
                data, new() { PollingInterval = 5 });
            watch.Stop();
            if (i == 0) continue; // warm-up
            times.Add(watch.Elapsed.TotalMilliseconds);
            var at = await page.EvaluateAsync<double[]>("""
                ready => {
                  const n = performance.getEntriesByType('navigation')[0];
                  const negotiate = performance.getEntriesByType('resource').find(r => r.name.includes('/_blazor/negotiate'));
                  return [n.responseStart, n.responseEnd, negotiate ? negotiate.startTime : n.responseEnd, negotiate ? negotiate.responseEnd : n.responseEnd, ready];
                }
                """, await ready.JsonValueAsync<double>());
            phases.Add(new Phases(at[0], at[1], at[2], at[3], at[4]));
            if (await page.EvaluateAsync<bool>("() => window.__portalLoadingShown")) loadingShown++;
        }
        times.Sort();
        return (times, loadingShown, phases);
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking"],
    });

    private static async Task<IPage> SignInAsync(IBrowser browser, string baseUrl, string userName, string password)
    {
        var context = await browser.NewContextAsync(new() { Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh", BaseURL = baseUrl });
        context.SetDefaultTimeout(60_000);
        return await PortalAppFixture.SignInOnAsync(await context.NewPageAsync(), userName, password);
    }

    private static string Describe(string? external) =>
        $"Measured {TimeProvider.System.GetUtcNow():yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores with Debian's Chromium, headless, one tab, "
        + "warm cache (a warm-up navigation first), signed in as the busiest unit's leader; the app "
        + (external is null ? "in the test process on the demo province." : "published (Release) and started alone in Production on the PostgreSQL province measured above, its scheduler off.");

    private static string PhaseTable(string page, List<Phases> phases)
    {
        var text = new System.Text.StringBuilder();
        for (var p = 0; p < Phases.Names.Length; p++)
        {
            var values = phases.Select(x => x.Durations[p]).Order().ToList();
            text.Append(string.Create(CultureInfo.InvariantCulture, $"| {page} | {Phases.Names[p]} | {values[values.Count / 2]:0} ms |\n"));
        }
        return text.ToString();
    }

    private static string Line(string what, (List<double> Times, int LoadingShown, List<Phases> Phases) measured)
    {
        var times = measured.Times;
        var median = times[times.Count / 2];
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"| {what} ({times.Count} navigations) | {median:0} ms | {p95:0} ms | {(measured.LoadingShown == 0 ? "never" : $"{measured.LoadingShown} of {times.Count}")} |\n");
    }
}
