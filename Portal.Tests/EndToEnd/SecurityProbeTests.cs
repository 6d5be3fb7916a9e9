using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Admin;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Security;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The running portal probed as an attacker inside the intranet would. Malformed query strings are ignored or answered in
/// Vietnamese, never with a server error or .NET text. Sessions: a session with a password still to change reaches no page,
/// workbook or circuit; a session outlived by a lock, a password change or a sign-out elsewhere stops acting at once and
/// stops altogether within the revalidation interval (5 s in this fixture, 1 minute by default).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SecurityProbeTests(PortalAppFixture app)
{
    private const string Password = "Phien@2026x";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Malformed_query_strings_are_ignored_and_bad_report_parameters_get_a_Vietnamese_problem_not_exception_text()
    {
        var page = await app.SignInAsync("theodoi");
        var http = page.Context.APIRequest;

        foreach (var url in new[] { "/tasks?unit=abc", "/tasks?unit=99999999999", "/tasks?leader=-5", "/tasks?view=99", "/tasks?stage=-1&timeliness=x",
                                    "/tasks?q=" + new string('a', 5000), "/urging-letter?unit=abc&document=1e9" })
        {
            var response = await http.GetAsync(url, new() { MaxRedirects = 0 });
            Assert.True(response.Status is 200 or 403, $"{url}: {response.Status}");
        }
        foreach (var url in new[] { "/reports/phu-luc-v.xlsx?kind=Custom", "/reports/phu-luc-v.xlsx?kind=Quarter&number=9&year=2026",
                                    "/reports/phu-luc-v.xlsx?kind=Month&number=13&year=abc", "/reports/phieu-bao.xlsx", "/reports/phu-luc-iv.xlsx?unit=abc" })
        {
            var response = await http.GetAsync(url, new() { MaxRedirects = 0 });
            var body = await response.TextAsync();
            Assert.Equal(400, response.Status);
            Assert.StartsWith("application/problem+json", response.Headers["content-type"]);
            Assert.DoesNotContain("Parameter", body);
            Assert.DoesNotContain("Exception", body);
            Assert.Matches("[ạảãàáâậầấẩẫăắằặẳẵđêềếểễệôồốổỗộơờớởỡợưừứửữự]", body);
        }
    }

    [Fact]
    public async Task An_endpoint_that_fails_answers_a_Vietnamese_problem_with_a_request_id_and_no_exception_text()
    {
        Guid lost;
        await using (var db = await Db())
        {
            // A file whose stored bytes are gone (a disk restored without its files): the download fails on the server.
            var task = await db.CaseTasks.Include(t => t.Document).OrderBy(t => t.Id).FirstAsync(Ct);
            var file = new Portal.Domain.Files.StoredFile(Guid.NewGuid(), "mat-tep.pdf", "application/pdf", 10, new string('0', 64), DateTimeOffset.UtcNow, null);
            db.Files.Add(file);
            task.Document!.SignedFileId = file.Id;
            await db.SaveChangesAsync(Ct);
            lost = file.Id;
        }
        var page = await app.SignInAsync("theodoi");

        var response = await page.Context.APIRequest.GetAsync($"/files/{lost}", new() { MaxRedirects = 0 });
        var body = await response.TextAsync();

        Assert.Equal(500, response.Status);
        Assert.StartsWith("application/problem+json", response.Headers["content-type"]);
        Assert.Contains("requestId", body);
        Assert.Contains("Hệ thống gặp sự cố", body);
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain(lost.ToString("N"), body);
    }

    [Fact]
    public async Task A_unit_account_sees_its_units_tasks_and_files_only()
    {
        var (_, unitId) = await UnitLeaderAsync();
        await CreateAccountAsync("phien-donvi", mustChange: false, [PortalRoles.UnitSpecialist], null, unitId);
        int own, other;
        Guid otherFile;
        await using (var db = await Db())
        {
            own = await db.CaseTasks.AsNoTracking().Where(t => t.LeadUnitId == unitId).Select(t => t.Id).FirstAsync(Ct);
            var unitLinks = await db.Units.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, u.ParentId }).ToListAsync(Ct);
            var mine = Portal.App.Infrastructure.UnitTreeCache.Subtree(unitLinks.ToLookup(u => u.ParentId!.Value, u => u.Id), unitId);
            // A task of a document none of whose tasks the unit sees: its signed file is another unit's business only.
            var foreign = await db.CaseTasks.Include(t => t.Document)
                .Where(t => t.LeadUnitId != unitId && t.AssigneeId == null && t.ParentTaskId == null && !t.CoordinatingUnits.Any(c => c.UnitId == unitId)
                            && !db.CaseTasks.Any(o => o.DocumentId == t.DocumentId
                                                      && (mine.Contains(o.LeadUnitId) || o.CoordinatingUnits.Any(c => mine.Contains(c.UnitId)))))
                .OrderBy(t => t.Id).FirstAsync(Ct);
            // Another unit's signed document, reachable through that unit's task only.
            await using var scope = app.Services.CreateAsyncScope();
            var file = await scope.ServiceProvider.GetRequiredService<Portal.App.Features.Files.FileService>()
                .UploadAsync(new MemoryStream("%PDF-1.4 văn bản ký số"u8.ToArray()), "vanban-ky-so.pdf", null, Ct);
            foreign.Document!.SignedFileId = file.Id;
            await db.SaveChangesAsync(Ct);
            (other, otherFile) = (foreign.Id, file.Id);
        }
        var page = await app.SignInAtUnitAccountAsync("phien-donvi", "Người thử quyền", Password);

        await PortalAppFixture.GoAsync(page, $"/tasks/{own}");
        await Expect(page.Locator("#task-content")).Not.ToBeEmptyAsync();
        await PortalAppFixture.GoAsync(page, $"/tasks/{other}");
        await Expect(page.GetByText("Không tìm thấy nhiệm vụ này, hoặc bạn không có quyền xem.")).ToBeVisibleAsync();
        Assert.Equal(404, (await page.Context.APIRequest.GetAsync($"/files/{otherFile}", new() { MaxRedirects = 0 })).Status);
        // The list counts exactly the unit's subtree's tasks and those it coordinates, not the register's thousands.
        await using var check = await Db();
        var links = await check.Units.AsNoTracking().Where(u => u.ParentId != null).Select(u => new { u.Id, u.ParentId }).ToListAsync(Ct);
        var subtree = Portal.App.Infrastructure.UnitTreeCache.Subtree(links.ToLookup(u => u.ParentId!.Value, u => u.Id), unitId);
        var expected = await check.CaseTasks.CountAsync(t => subtree.Contains(t.LeadUnitId) || t.CoordinatingUnits.Any(c => subtree.Contains(c.UnitId)), Ct);
        Assert.True(expected < await check.CaseTasks.CountAsync(Ct));
        await PortalAppFixture.GoAsync(page, "/tasks");
        await Expect(page.GetByText($"/ {expected}", new() { Exact = false }).First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_session_with_a_one_time_password_reaches_no_workbook_no_page_and_no_circuit()
    {
        await CreateAccountAsync("phien-otp", mustChange: true, PortalRoles.Administrator, PortalRoles.Clerk);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#username").FillAsync("phien-otp");
        await page.Locator("#password").FillAsync(Password);
        await page.Locator("#login-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword"));

        var http = page.Context.APIRequest;
        foreach (var url in new[] { "/admin/audit.xlsx", "/reports/phu-luc-v.xlsx?kind=Month&year=2026&number=10", "/tasks", "/admin/accounts", "/files/" + Guid.NewGuid() })
        {
            var response = await http.GetAsync(url, new() { MaxRedirects = 0 });
            Assert.Equal(302, response.Status);
            Assert.EndsWith("/Account/ChangePassword", response.Headers["location"]);
        }
        // No circuit can be started: the hub refuses the connection, whatever markers a prerendered page gave.
        var negotiate = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", new() { MaxRedirects = 0 });
        Assert.Equal(403, negotiate.Status);

        // Once changed, the same session reaches the desk.
        await page.Locator("#current").FillAsync(Password);
        await page.Locator("#new-password").FillAsync("Doimoi#2027x");
        await page.Locator("#confirm-password").FillAsync("Doimoi#2027x");
        await page.Locator("#change-submit").ClickAsync();
        await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(200, (await http.GetAsync("/admin/audit.xlsx", new() { MaxRedirects = 0 })).Status);
    }

    [Fact]
    public async Task A_circuit_opened_before_an_administrators_lock_takes_no_step_after_it_and_is_signed_out()
    {
        var (leader, unitId) = await UnitLeaderAsync();
        await CreateAccountAsync("phien-khoa", mustChange: false, [PortalRoles.UnitLeader], leader, unitId);
        var taskId = await AssignedTaskOfAsync(unitId);
        var page = await app.SignInAsync("phien-khoa", Password);
        await PortalAppFixture.GoAsync(page, $"/tasks/{taskId}");
        var receive = page.GetByRole(AriaRole.Button, new() { Name = "Tiếp nhận" });
        await Expect(receive).ToBeVisibleAsync();

        await LockAsync("phien-khoa");
        // The click lands before the circuit's next revalidation (then the step is refused) or after it (then the page is
        // already signed out and the button gone): either way nothing changes.
        try
        {
            await receive.ClickAsync(new() { Timeout = 3_000 });
        }
        catch (TimeoutException)
        {
        }

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"), new() { Timeout = 20_000 });
        Assert.Equal(TaskState.Assigned, await StateOfAsync(taskId));
    }

    [Fact]
    public async Task Old_cookies_stop_within_the_interval_after_a_password_change_and_after_a_sign_out_elsewhere()
    {
        await CreateAccountAsync("phien-cu", mustChange: false, PortalRoles.Clerk);
        var first = await app.SignInAsync("phien-cu", Password);
        var second = await app.SignInAsync("phien-cu", Password);
        Assert.Equal(200, (await first.Context.APIRequest.GetAsync("/", new() { MaxRedirects = 0 })).Status);

        await second.GotoAsync("/Account/ChangePassword");
        await second.Locator("#current").FillAsync(Password);
        await second.Locator("#new-password").FillAsync("Doimoi#2027y");
        await second.Locator("#confirm-password").FillAsync("Doimoi#2027y");
        await second.Locator("#change-submit").ClickAsync();
        await second.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // The first browser's cookie and its open circuit both end; the second, which changed it, goes on.
        await Expect(first).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"), new() { Timeout = 20_000 });
        await WaitUntilAsync(async () => (await first.Context.APIRequest.GetAsync("/", new() { MaxRedirects = 0 })).Status == 302);
        Assert.Equal(200, (await second.Context.APIRequest.GetAsync("/", new() { MaxRedirects = 0 })).Status);

        // A sign-out in one browser ends the account's sessions in every other.
        var third = await app.SignInAsync("phien-cu", "Doimoi#2027y");
        await second.Locator("#logout").ClickAsync();
        await Expect(second).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await Expect(third).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"), new() { Timeout = 20_000 });
        await WaitUntilAsync(async () => (await third.Context.APIRequest.GetAsync("/", new() { MaxRedirects = 0 })).Status == 302);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 40; i++)
        {
            if (await condition()) return;
            await Task.Delay(500, Ct);
        }
        Assert.Fail("The old session was still accepted 20 s after its account changed.");
    }

    private async Task CreateAccountAsync(string userName, bool mustChange, params string[] roles) =>
        await CreateAccountAsync(userName, mustChange, roles, null, null);

    private async Task CreateAccountAsync(string userName, bool mustChange, string[] roles, int? personId, int? unitId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = userName,
            DisplayName = userName,
            PersonId = personId,
            UnitId = unitId,
            MustChangePassword = mustChange,
            PasswordChangedAt = mustChange ? null : DateTimeOffset.UtcNow,
        };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
    }

    private async Task LockAsync(string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var admin = await users.FindByNameAsync("quantri") ?? throw new InvalidOperationException("The demo administrator is missing.");
        var target = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"{userName} is missing.");
        var actor = new Actor(admin.Id, admin.DisplayName, admin.PersonId, admin.UnitId, new HashSet<string> { PortalRoles.Administrator })
        {
            SecurityStamp = admin.SecurityStamp,
        };
        await scope.ServiceProvider.GetRequiredService<AccountAdminService>().LockAsync(actor, target.Id, Ct);
    }

    private async Task<(int Person, int Unit)> UnitLeaderAsync()
    {
        await using var db = await Db();
        var leader = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "giamdoc", Ct);
        return (leader.PersonId!.Value, leader.UnitId!.Value);
    }

    private async Task<int> AssignedTaskOfAsync(int unitId)
    {
        await using var db = await Db();
        return await db.CaseTasks.AsNoTracking().Where(t => t.LeadUnitId == unitId && t.State == TaskState.Assigned)
            .OrderByDescending(t => t.Id).Select(t => t.Id).FirstAsync(Ct);
    }

    private async Task<TaskState> StateOfAsync(int taskId)
    {
        await using var db = await Db();
        return await db.CaseTasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => t.State).SingleAsync(Ct);
    }

    private Task<PortalDbContext> Db() => app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
}
