using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Portal.App;
using Portal.App.Infrastructure;

namespace Portal.Tests.TestSupport;

/// <summary>
/// The application's real service registration (services, policies, Identity) on its own empty SQLite file, without a
/// web server: for tests that exercise services exactly as the pages get them.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;

    private TestApp(string folder, WebApplication app)
    {
        _folder = folder;
        _app = app;
    }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestApp> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "portal-app-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = folder });
        builder.Configuration["Database:Provider"] = "Sqlite";
        builder.Configuration["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}";
        builder.Configuration["Seed:Demo"] = "false";
        builder.Configuration["Scheduler:Enabled"] = "false";
        builder.Configuration["Files:Folder"] = Path.Combine(folder, "files");
        builder.AddPortalApp();
        var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(app.Configuration, app.Environment, CancellationToken.None);
        return new TestApp(folder, app);
    }

    /// <summary>A service from a fresh scope, as one request or one circuit would get it.</summary>
    public T Get<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
