using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The real application on a loopback port (Kestrel, SQLite file, demo province seeded) and Debian's Chromium
/// driven by Playwright. Without Chromium the tests fail: ./test.sh installs it.
/// </summary>
public sealed class PortalAppFixture : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"portal-e2e-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's SQLite file (its commands can be told from those of other tests by it).</summary>
    public string DatabasePath => _databasePath;

    public IBrowser Browser { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    public async ValueTask InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Portal", $"Data Source={_databasePath}");
            b.UseSetting("Seed:Demo", "true");
            // The reminder jobs are tested with a fake clock elsewhere; here they would add notifications at random moments.
            b.UseSetting("Scheduler:Enabled", "false");
            // Sessions are compared with their accounts every 5 s here (1 minute by default), so the session tests need not wait long.
            b.UseSetting("Security:SessionRevalidationSeconds", "5");
            // The suite signs in hundreds of times from one address; the limit itself is tested on its own.
            b.UseSetting("Security:SignInAttemptsPerMinute", "100000");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var chromium = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException($"Chromium not found at {chromium}: the browser tests need it. Run the suite with ./test.sh.");
        // Two cores run the whole suite at once: give the browser time before calling a wait a failure.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh", BaseURL = BaseUrl });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the real sign-in form and waits until the desk's circuit is interactive.</summary>
    public async Task<IPage> SignInAsync(string userName, string password = "Demo@2026") =>
        await SignInOnAsync(await NewPageAsync(), userName, password);

    /// <summary>Signs in on this page of any app (its context's base address) and waits until the desk is interactive.</summary>
    public static async Task<IPage> SignInOnAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
        await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Signs in at a unit account, says who is using it (the page every unit account's session starts on), and waits
    /// until the desk is interactive.</summary>
    public async Task<IPage> SignInAtUnitAccountAsync(string userName, string typist, string password = "Demo@2026")
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#username").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#login-submit").ClickAsync();
        await page.Locator("#typist-name").FillAsync(typist);
        await page.Locator("#typist-submit").ClickAsync();
        await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>Opens a page and waits until its circuit is interactive (buttons of a prerendered page do nothing before).</summary>
    public static async Task GoAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Picks a choice in a picker the way a person does: types part of it (here all of it) in the box with the label's id and
    /// clicks the choice that appears. (Typing into the box is what opens its list, so the list shown is already the search's.)
    /// </summary>
    public static async Task PickAsync(IPage page, string boxId, string option, string? typed = null)
    {
        var box = page.Locator($"#{boxId}");
        await box.FillAsync(typed ?? option);
        var item = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First;
        await item.ClickAsync();
        var open = page.Locator(".mud-popover-open .mud-list-item");
        try
        {
            await Assertions.Expect(open).ToHaveCountAsync(0, new() { Timeout = 5_000 });
        }
        catch (PlaywrightException)
        {
            // The box's own search of the chosen name can answer before the choice reached the page and open the list again,
            // holding just that choice (seen in CI): a person clicks it again — the same choice — and the list closes.
            await open.Filter(new() { HasText = option }).First.ClickAsync();
            await Assertions.Expect(open).ToHaveCountAsync(0);
        }
    }

    /// <summary>
    /// The Office's clerk registers a document with one task for the unit, followed by the tracker, due in three weeks; returns
    /// the task page's address.
    /// </summary>
    public static async Task<string> RegisterTaskAsync(IPage clerk, string content, string leadUnit, string trackerName)
    {
        await GoAsync(clerk, "/documents/new");
        await clerk.Locator("#doc-number").FillAsync($"{Random.Shared.Next(5000, 9999)}");
        await clerk.Locator("#doc-symbol").FillAsync("UBND-KT");
        await clerk.Locator("#doc-summary").FillAsync("Về việc kiểm thử hành trình giao nhiệm vụ");
        await PickAsync(clerk, "doc-tracker", trackerName);
        await clerk.Locator("#task-content-0").FillAsync(content);
        await PickAsync(clerk, "task-lead-0", leadUnit, typed: Portal.Domain.Text.TextFolding.Fold(leadUnit));
        var deadline = DateTime.Today.AddDays(21).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await clerk.Locator("#task-deadline-0").FillAsync(deadline);
        await clerk.Locator("#task-deadline-0").PressAsync("Tab");
        await ShotAsync(clerk, "register-document");
        await clerk.Locator("#save-document").ClickAsync();
        await Assertions.Expect(clerk).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tasks/\\d+$"));
        return clerk.Url;
    }

    /// <summary>The full name of the person behind a demo account.</summary>
    public async Task<string> NameOfAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Portal.Data.PortalUser>>();
        var user = await users.FindByNameAsync(userName);
        await using var db = await scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Data.PortalDbContext>>().CreateDbContextAsync();
        return (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.People, p => p.Id == user!.PersonId)).FullName;
    }

    /// <summary>Saves a screenshot when PORTAL_SCREENSHOTS names a folder (for looking at the pages, not for asserting).</summary>
    public static async Task ShotAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("PORTAL_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<PortalAppFixture>
{
    public const string Name = "browser";
}
