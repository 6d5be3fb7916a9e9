using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Seeding;
using Portal.Data;
using Portal.Domain.Cases;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The unit's own account (Khánh Hòa 1986 Điều 4.2c, 5.1a), as the person the leader assigned uses it: signs in with the
/// unit's e-mail, says who they are, sees the unit's desk and files a progress update recorded under the account and that name.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnitAccountJourneyTests(PortalAppFixture app)
{
    [Fact]
    public async Task The_person_at_a_unit_account_names_themselves_once_and_files_progress_recorded_under_the_account_and_their_name()
    {
        var ct = TestContext.Current.CancellationToken;
        int taskId;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct))
        {
            var unit = await db.Units.Where(u => u.Code == DemoSeeder.DemoUnitCode).Select(u => u.Id).SingleAsync(ct);
            taskId = await db.CaseTasks.Where(t => t.LeadUnitId == unit && t.State == TaskState.Received && t.DelegatedUnitId == null)
                .OrderByDescending(t => t.Id).Select(t => t.Id).FirstAsync(ct);
        }

        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#username").FillAsync(DemoSeeder.UnitAccount.UserName);
        await page.Locator("#password").FillAsync(DemoSeeder.DemoPassword);
        await page.Locator("#login-submit").ClickAsync();

        // Nothing but the page asking who is using the account, until they say it.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/WhoIsTyping"));
        await Expect(page.Locator("#typist-account")).ToContainTextAsync("Sở Tài chính");
        await page.GotoAsync($"/tasks/{taskId}");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/WhoIsTyping"));
        await page.Locator("#typist-submit").ClickAsync();
        await Expect(page.Locator(".field-error").First).ToContainTextAsync("họ và tên");
        await page.GetByLabel("Họ và tên").FillAsync("Ngô Thị Nhập");
        await page.GetByLabel("Chức vụ (không bắt buộc)").FillAsync("Văn thư");
        await page.Locator("#typist-submit").ClickAsync();
        await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bàn làm việc" })).ToBeVisibleAsync();
        await Expect(page.Locator("#current-user")).ToContainTextAsync("Ngô Thị Nhập");
        await Expect(page.Locator("#desk-Overdue")).ToBeVisibleAsync();

        await PortalAppFixture.GoAsync(page, $"/tasks/{taskId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cập nhật tiến độ" }).ClickAsync();
        await page.GetByLabel("Tình hình thực hiện").FillAsync("Đơn vị đang tổng hợp số liệu từ các phòng.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi cập nhật" }).ClickAsync();
        await Expect(page.GetByText("Đã cập nhật tiến độ.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Tài khoản đơn vị Sở Tài chính – người cập nhật: Ngô Thị Nhập (Văn thư)").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" })).ToHaveCountAsync(0);

        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(ct))
        {
            var entry = await db.Set<TaskHistoryEntry>().Where(h => h.TaskId == taskId).OrderByDescending(h => h.Id).FirstAsync(ct);
            Assert.Equal("Cập nhật tiến độ", entry.Action);
            Assert.Null(entry.ActorId);
            Assert.Contains("Ngô Thị Nhập", entry.ActorCapacity);
            Assert.True(await db.AuditTrail.AnyAsync(a => a.Entity == nameof(CaseTask) && a.UserName!.Contains("người cập nhật: Ngô Thị Nhập"), ct));
        }
    }
}
