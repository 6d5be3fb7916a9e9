using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The sign-in form probed with plain HTTP from outside, as anybody on the intranet could: bounded bodies and fields, nothing
/// unbounded written to the audit trail, a limit on attempts per address, the same hashing work for unknown names, and an
/// administrator's lock told as such only to whoever knows the password. The app runs on Kestrel with an empty database.
/// </summary>
public sealed class RequestLimitsTests : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"portal-limits-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = null!;
    private string _baseUrl = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        (_factory, _baseUrl) = Start(_databasePath, signInsPerMinute: 1000);
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var name in new[] { "known", "locked" })
        {
            var user = new PortalUser { UserName = name, DisplayName = name, PasswordChangedAt = DateTimeOffset.UtcNow };
            Assert.True((await users.CreateAsync(user, "Dung@2026x")).Succeeded);
        }
        var locked = (await users.FindByNameAsync("locked"))!;
        await users.SetLockoutEndDateAsync(locked, DateTimeOffset.MaxValue);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Delete(_databasePath);
    }

    private static (WebApplicationFactory<Program> Factory, string BaseUrl) Start(string databasePath, int signInsPerMinute)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Portal", $"Data Source={databasePath}");
            b.UseSetting("Seed:Demo", "false");
            b.UseSetting("Scheduler:Enabled", "false");
            b.UseSetting("Security:SignInAttemptsPerMinute", signInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<PortalUser>, CountingHasher>());
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return (factory, factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    private static void Delete(string databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public async Task A_huge_user_name_is_refused_before_it_reaches_the_audit_trail_and_a_long_one_gets_a_clear_message()
    {
        // Refused while the form is read (the body is over Kestrel's limit): 413, or 400 where antiforgery reads it first; or the
        // server answers and closes the connection before the client has finished sending, which the client sees as a broken pipe.
        HttpStatusCode? huge;
        try
        {
            huge = (await SignInAsync(new string('a', 3_500_000), "x")).StatusCode;
        }
        catch (HttpRequestException e) when (e.InnerException is IOException)
        {
            huge = null;
        }
        Assert.True(huge is null or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"answered {huge}");

        var longName = await SignInAsync(new string('b', 300), "Dung@2026x");
        Assert.Equal(HttpStatusCode.OK, longName.StatusCode);
        Assert.Contains("Tên đăng nhập dài tối đa 256 ký tự.", await longName.Content.ReadAsStringAsync(Ct));

        await using var db = await Db();
        Assert.False(await db.AuditTrail.AnyAsync(a => a.UserName!.StartsWith("aaaa") || a.UserName!.StartsWith("bbbb"), Ct));
    }

    [Fact]
    public async Task A_user_name_with_control_characters_is_refused_plainly_and_recorded_readably()
    {
        var response = await SignInAsync("ke\u0007gian\u001B", "Sai@2026x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync(Ct));
        await using var db = await Db();
        Assert.True(await db.AuditTrail.AnyAsync(a => a.Action == "SignInFailed" && a.UserName == "ke\uFFFDgian\uFFFD", Ct));
        // A NUL does not even get past the form reader: refused before anything is looked up or stored.
        var nul = await SignInAsync("ke\u0000gian", "Sai@2026x");
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.DoesNotContain(await db.AuditTrail.Select(a => a.UserName).ToListAsync(Ct), name => name?.Contains('\0') == true);
    }

    [Fact]
    public async Task An_unknown_user_name_costs_the_same_password_hashing_as_a_known_one()
    {
        var before = CountingHasher.Verifications;
        await SignInAsync("khong-co-ai", "Sai@2026x");
        var unknown = CountingHasher.Verifications - before;
        before = CountingHasher.Verifications;
        await SignInAsync("known", "Sai@2026x");
        var known = CountingHasher.Verifications - before;

        Assert.Equal(1, unknown);
        Assert.Equal(known, unknown);
    }

    [Fact]
    public async Task An_administrators_lock_is_told_only_with_the_right_password()
    {
        var right = await (await SignInAsync("locked", "Dung@2026x")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("đã bị quản trị hệ thống khóa", right);
        Assert.DoesNotContain("15 phút", right);

        var wrong = await (await SignInAsync("locked", "Sai@2026x")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", wrong);
        Assert.DoesNotContain("quản trị hệ thống khóa", wrong);
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_limited_per_minute_with_a_Vietnamese_answer()
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-limits-{Guid.NewGuid():N}.db");
        var (factory, baseUrl) = Start(path, signInsPerMinute: 3);
        try
        {
            var statuses = new List<HttpStatusCode>();
            HttpResponseMessage? last = null;
            for (var i = 0; i < 5; i++)
            {
                last = await SignInAsync(baseUrl, $"thu-{i}", "Sai@2026x");
                statuses.Add(last.StatusCode);
            }

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
            Assert.Equal(RequestLimits.TooManySignIns, await last!.Content.ReadAsStringAsync(Ct));
        }
        finally
        {
            await factory.DisposeAsync();
            Delete(path);
        }
    }

    [Fact]
    public void The_sign_in_cookie_is_https_only_outside_Development()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() });
        builder.Configuration["Scheduler:Enabled"] = "false";
        builder.AddPortalApp();
        using var app = builder.Build();

        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).Cookie;
        Assert.Equal(CookieSecurePolicy.Always, cookie.SecurePolicy);
        Assert.True(cookie.HttpOnly);
    }

    /// <summary>Posts the real sign-in form with its antiforgery token, from a client of its own (its own cookies).</summary>
    private Task<HttpResponseMessage> SignInAsync(string userName, string password) => SignInAsync(_baseUrl, userName, password);

    private static async Task<HttpResponseMessage> SignInAsync(string baseUrl, string userName, string password)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(baseUrl) };
        var form = await client.GetStringAsync("/Account/Login", Ct);
        var token = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }), Ct);
    }

    private Task<PortalDbContext> Db() => _factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);

    private sealed class CountingHasher : IPasswordHasher<PortalUser>
    {
        private static int _verifications;
        private readonly PasswordHasher<PortalUser> _inner = new();

        public static int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(PortalUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(PortalUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
