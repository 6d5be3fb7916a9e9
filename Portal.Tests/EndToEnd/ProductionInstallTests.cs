using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Playwright;
using Npgsql;
using Portal.Tests.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The first installation as a province's IT staff does it (issue 17): the app published with <c>dotnet publish</c>, started in
/// Production from another folder (the repository root) on an empty PostgreSQL database without demo data; it migrates the
/// database, reports itself ready, and the first administrator — made with <c>admin create</c> — signs in through the browser
/// with the one-time password, must change it, reaches an interactive page and imports the unit tree from Excel (a file with
/// an error first, refused whole).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProductionInstallTests(PortalAppFixture app) : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
    private readonly string _published = Path.Combine(Path.GetTempPath(), $"portal-published-{Guid.NewGuid():N}");
    private readonly string _database = "portal_install_" + Guid.NewGuid().ToString("N")[..12];
    private Process? _server;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string RepositoryRoot
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Portal.sln"))) folder = folder.Parent;
            return folder?.FullName ?? throw new InvalidOperationException("Portal.sln not found above the test's folder.");
        }
    }

    private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = _database }.ConnectionString;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }
        _server?.Dispose();
        NpgsqlConnection.ClearAllPools();
        await using (var connection = new NpgsqlConnection(PostgresServer.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (Directory.Exists(_published)) Directory.Delete(_published, recursive: true);
    }

    /// <summary>The published app's process, started from the repository root in Production on the empty database.</summary>
    private ProcessStartInfo Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(_published, "Portal.App.dll"));
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Database__Provider"] = "Postgres";
        info.Environment["ConnectionStrings__Portal"] = ConnectionString;
        info.Environment["Seed__Demo"] = "false";
        info.Environment["Files__Folder"] = Path.Combine(_published, "files");
        return info;
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var errors = process.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    private static byte[] UnitsWorkbook(params string[][] rows)
    {
        using var book = new ClosedXML.Excel.XLWorkbook();
        var sheet = book.AddWorksheet("Dữ liệu");
        var headers = Portal.App.Features.Admin.ImportService.HeadersOf(Portal.App.Features.Admin.ImportKind.Units);
        for (var c = 0; c < headers.Count; c++) sheet.Cell(1, c + 1).Value = headers[c];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) sheet.Cell(r + 2, c + 1).Value = rows[r][c];
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task The_published_app_installs_on_an_empty_database_and_the_first_administrator_made_by_the_command_signs_in()
    {
        var publish = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", "Portal.App/Portal.App.csproj", "-c", Configuration, "--no-build", "-o", _published }) publish.ArgumentList.Add(arg);
        var published = await RunAsync(publish);
        Assert.True(published.ExitCode == 0, published.Output + published.Errors);

        var url = $"http://127.0.0.1:{FreePort()}";
        var server = Start("--urls", url);
        _server = Process.Start(server)!;
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        // Ready once it has migrated the empty database and started the scheduler.
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        string? ready = null;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (ready is null && DateTime.UtcNow < deadline && !_server.HasExited)
        {
            try
            {
                var answer = await http.GetAsync("/health/ready", Ct);
                if (answer.StatusCode == HttpStatusCode.OK) ready = await answer.Content.ReadAsStringAsync(Ct);
            }
            catch (HttpRequestException)
            {
            }
            if (ready is null) await Task.Delay(500, Ct);
        }
        Assert.NotNull(ready);
        using (var health = JsonDocument.Parse(ready))
        {
            Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
            Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("database").GetString());
            Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("scheduler").GetString());
        }
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", Ct)).StatusCode);
        // The framework's script is served from the published wwwroot (an empty answer leaves every page inert).
        var script = await http.GetAsync("/_framework/blazor.web.js", Ct);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync(Ct)).Length > 10_000);

        // Nobody can sign in yet; the command makes the first administrator and prints a one-time password.
        var refused = await RunAsync(Start("admin", "create", "--user", "quantri", "--email", "khong-hop-le"));
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("không hợp lệ", refused.Errors);
        var created = await RunAsync(Start("admin", "create", "--user", "quantri", "--email", "quantri@tinh.gov.vn", "--name", "Quản trị hệ thống tỉnh"));
        Assert.True(created.ExitCode == 0, created.Output + created.Errors);
        var password = created.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.Equal(16, password.Length);
        var listed = await RunAsync(Start("admin", "list"));
        Assert.Contains("quantri\tQuản trị hệ thống tỉnh\tquantri@tinh.gov.vn\tđang hoạt động\tphải đổi mật khẩu", listed.Output);

        var context = await app.Browser.NewContextAsync(new() { Locale = "vi-VN", TimezoneId = "Asia/Ho_Chi_Minh", BaseURL = url });
        context.SetDefaultTimeout(30_000);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.Locator("#username").FillAsync("quantri");
            await page.Locator("#password").FillAsync(password);
            await page.Locator("#login-submit").ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/ChangePassword"));
            await page.Locator("#current").FillAsync(password);
            await page.Locator("#new-password").FillAsync("Caidat#2027");
            await page.Locator("#confirm-password").FillAsync("Caidat#2027");
            await page.Locator("#change-submit").ClickAsync();
            await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });

            // The organisation from Excel: a file with an error is refused whole, the corrected one goes in.
            await page.GotoAsync("/admin/import");
            await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.Locator("#import-file input[type=file]").First.SetInputFilesAsync(new FilePayload
            {
                Name = "don-vi-loi.xlsx",
                MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Buffer = UnitsWorkbook(["UBND-T", "UBND tỉnh Thử Nghiệm", "UBND tỉnh", "", ""], ["STC-T", "Sở Tài chính", "Sở, ban, ngành", "KHONGCO", ""]),
            });
            await Expect(page.Locator("#import-errors")).ToContainTextAsync("KHONGCO");
            await Expect(page.Locator("#import-run")).ToHaveCountAsync(0);
            await page.Locator("#import-file input[type=file]").First.SetInputFilesAsync(new FilePayload
            {
                Name = "don-vi.xlsx",
                MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                Buffer = UnitsWorkbook(["UBND-T", "UBND tỉnh Thử Nghiệm", "UBND tỉnh", "", ""], ["STC-T", "Sở Tài chính", "Sở, ban, ngành", "UBND-T", ""]),
            });
            await Expect(page.Locator("#import-valid")).ToContainTextAsync("2 dòng");
            await page.Locator("#import-run").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Nhập", Exact = true }).ClickAsync();
            await Expect(page.Locator("#import-done")).ToContainTextAsync("Đã nhập 2 đơn vị");

            await page.GotoAsync("/admin/units");
            await page.Locator("#interactive-ready").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cơ cấu tổ chức" })).ToBeVisibleAsync();
            await Expect(page.GetByText("Sở Tài chính").First).ToBeVisibleAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
        var after = await RunAsync(Start("admin", "list"));
        Assert.DoesNotContain("phải đổi mật khẩu", after.Output);
    }
}
