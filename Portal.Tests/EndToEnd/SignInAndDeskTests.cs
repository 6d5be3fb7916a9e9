using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class SignInAndDeskTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_theme_stylesheet_is_served_once_for_all_pages_and_the_desk_uses_its_colours()
    {
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        using var response = await client.GetAsync("/theme.css", TestContext.Current.CancellationToken);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        var css = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("--mud-palette-primary:", css);
        Assert.DoesNotContain("<style", css);

        var page = await app.SignInAsync("chuyenvien");
        var primary = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--mud-palette-primary').trim()");
        Assert.False(string.IsNullOrEmpty(primary));
    }

    [Fact]
    public async Task A_unit_specialist_signs_in_and_sees_their_tasks_on_the_desk()
    {
        var page = await app.SignInAsync("chuyenvien");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bàn làm việc" })).ToBeVisibleAsync();
        var dueSoon = page.Locator("#desk-DueSoon");
        await Expect(dueSoon).ToContainTextAsync("Sắp đến hạn");
        await Expect(dueSoon.Locator(".desk-task").First).ToBeVisibleAsync();
        await Expect(page.Locator("#desk-Overdue .desk-task").First).ToBeVisibleAsync();
        await Expect(page.Locator("#current-user")).Not.ToBeEmptyAsync();
        await PortalAppFixture.ShotAsync(page, "desk-specialist");

        await dueSoon.Locator(".desk-task").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/tasks/\\d+$"));
        await Expect(page.Locator("#task-content")).Not.ToBeEmptyAsync();
        await Expect(page.GetByText("Lịch sử xử lý")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_a_clear_Vietnamese_error_and_stays_on_the_sign_in_page()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

        await page.Locator("#username").FillAsync("vanthu");
        await page.Locator("#password").FillAsync("Sai@mat-khau1");
        await page.Locator("#login-submit").ClickAsync();

        await Expect(page.Locator("#login-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await using var db = await app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Portal.Data.PortalDbContext>>()
            .CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.True(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
            db.AuditTrail, a => a.Action == "SignInFailed" && a.UserName == "vanthu" && a.Address != null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_account_given_a_password_must_change_it_at_first_sign_in_and_then_reaches_the_desk()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Portal.Data.PortalUser>>();
            var user = new Portal.Data.PortalUser { UserName = "moicap", DisplayName = "Người dùng mới", MustChangePassword = true };
            Assert.True((await users.CreateAsync(user, "Capmoi@2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Portal.Domain.Security.PortalRoles.UnitSpecialist)).Succeeded);
        }
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#username").FillAsync("moicap");
        await page.Locator("#password").FillAsync("Capmoi@2026");
        await page.Locator("#login-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword"));
        await Expect(page.Locator("#password-reason")).ToContainTextAsync("đổi mật khẩu");
        await page.Locator("#current").FillAsync("Capmoi@2026");
        await page.Locator("#new-password").FillAsync("Capmoi@2026");
        await page.Locator("#confirm-password").FillAsync("Capmoi@2026");
        await page.Locator("#change-submit").ClickAsync();
        await Expect(page.GetByText("không được trùng 5 mật khẩu gần nhất")).ToBeVisibleAsync();
        await page.Locator("#current").FillAsync("Capmoi@2026");
        await page.Locator("#new-password").FillAsync("Doimoi#2027");
        await page.Locator("#confirm-password").FillAsync("Doimoi#2027");
        await page.Locator("#change-submit").ClickAsync();

        await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bàn làm việc" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_work_under_the_content_security_policy()
    {
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) violations.Add(message.Text); };

        var response = await page.GotoAsync("/Account/Login");
        await page.Locator("#username").FillAsync("giamdoc");
        await page.Locator("#password").FillAsync("Demo@2026");
        await page.Locator("#login-submit").ClickAsync();
        await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.Equal("same-origin", headers["referrer-policy"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task The_task_list_filters_by_text_typed_without_accents()
    {
        var page = await app.SignInAsync("theodoi");
        await PortalAppFixture.GoAsync(page, "/tasks");
        await Expect(page.Locator("#task-table tbody tr").First).ToBeVisibleAsync();

        await page.Locator("#task-search").FillAsync("giai ngan von dau tu cong");

        await Expect(page.Locator("#task-table tbody tr").First).ToContainTextAsync("giải ngân vốn đầu tư công");
    }
}
