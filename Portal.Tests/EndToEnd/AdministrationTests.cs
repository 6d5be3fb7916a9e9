using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Data;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>Administration in Chromium against the real app, and the server refusing what a page would merely hide.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdministrationTests(PortalAppFixture app)
{
    [Fact]
    public async Task An_admin_creates_an_account_and_the_new_user_must_change_the_password_before_reaching_the_desk()
    {
        string personName;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var withAccount = await db.Users.Where(u => u.PersonId != null).Select(u => u.PersonId!.Value).ToListAsync(TestContext.Current.CancellationToken);
            personName = (await db.People.Where(p => !withAccount.Contains(p.Id)).OrderBy(p => p.Id).FirstAsync(TestContext.Current.CancellationToken)).FullName;
        }
        var userName = $"moi{Guid.NewGuid():N}"[..12];

        var admin = await app.SignInAsync("quantri");
        await PortalAppFixture.GoAsync(admin, "/admin/accounts");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Tài khoản người dùng" })).ToBeVisibleAsync();
        await admin.Locator("#account-username").FillAsync(userName);
        await admin.Locator("#account-person").FillAsync(personName);
        await admin.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = personName }).First.ClickAsync();
        await admin.Locator("label").Filter(new() { HasText = "Chuyên viên đơn vị" }).First.ClickAsync();
        await admin.Locator("#account-save").ClickAsync();
        var password = (await admin.Locator("#account-password").TextContentAsync())!.Trim();
        Assert.Equal(16, password.Length);
        await Expect(admin.Locator("#accounts-table")).ToContainTextAsync(userName);
        await PortalAppFixture.ShotAsync(admin, "admin-accounts");

        var newcomer = await app.NewPageAsync();
        await newcomer.GotoAsync("/");
        await newcomer.Locator("#username").FillAsync(userName);
        await newcomer.Locator("#password").FillAsync(password);
        await newcomer.Locator("#login-submit").ClickAsync();
        await Expect(newcomer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword"));
        // Nothing else is reachable before the change.
        await newcomer.GotoAsync("/tasks");
        await Expect(newcomer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword"));
        await newcomer.Locator("#current").FillAsync(password);
        await newcomer.Locator("#new-password").FillAsync("Moivao#2027");
        await newcomer.Locator("#confirm-password").FillAsync("Moivao#2027");
        await newcomer.Locator("#change-submit").ClickAsync();
        await newcomer.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(newcomer.GetByRole(AriaRole.Heading, new() { Name = "Bàn làm việc" })).ToBeVisibleAsync();
        await Expect(newcomer.Locator("#current-user")).ToHaveTextAsync(personName);
    }

    [Fact]
    public async Task A_specialist_who_types_an_admin_address_is_refused_by_the_server()
    {
        var page = await app.SignInAsync("chuyenvien");
        foreach (var url in new[] { "/admin/accounts", "/admin/units", "/admin/people", "/admin/rules", "/admin/audit" })
        {
            await page.GotoAsync(url);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Không có quyền truy cập" })).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Form_posts_without_the_antiforgery_token_are_refused_and_change_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        // Signing in from a forged form: refused before the password is even checked.
        var login = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.UserName"] = "quantri",
            ["Input.Password"] = "Demo@2026",
        }), ct);
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.False(login.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal)));

        // A signed-in browser made to post "sign out" by another site keeps its session.
        var page = await app.SignInAsync("chuyenvien");
        var status = await page.EvaluateAsync<int>(
            "async () => (await fetch('/Account/Logout', { method: 'POST', redirect: 'manual', body: new URLSearchParams({ x: '1' }) })).status");
        Assert.Equal(400, status);
        await PortalAppFixture.GoAsync(page, "/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bàn làm việc" })).ToBeVisibleAsync();
        // The page's own sign-out button carries the token and works.
        await page.Locator("#logout").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }
}
