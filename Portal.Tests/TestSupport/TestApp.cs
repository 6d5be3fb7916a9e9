using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.App;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.Tests.TestSupport;

/// <summary>
/// The application's real service registration (services, policies, Identity) on its own empty database — a SQLite
/// file, or a throwaway PostgreSQL database on the server ./test.sh starts — without a web server: for tests that
/// exercise services exactly as the pages get them.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly string _folder;
    private readonly WebApplication _app;
    private readonly string? _postgresName;

    private TestApp(string folder, WebApplication app, string? postgresName)
    {
        _folder = folder;
        _app = app;
        _postgresName = postgresName;
    }

    public IServiceProvider Services => _app.Services;

    /// <summary>The folder of its SQLite database and files: a second instance made on it (<c>CreateAsync(folder: …)</c>) is a
    /// second server of the same installation.</summary>
    public string Folder => _folder;

    public static async Task<TestApp> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, string? folder = null)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "portal-app-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = folder });
        string? postgresName = null;
        if (provider == DatabaseProvider.Postgres)
        {
            postgresName = "portal_app_" + Guid.NewGuid().ToString("N")[..12];
            builder.Configuration["Database:Provider"] = "Postgres";
            builder.Configuration["ConnectionStrings:Portal"] =
                new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Database = postgresName }.ConnectionString;
        }
        else
        {
            builder.Configuration["Database:Provider"] = "Sqlite";
            builder.Configuration["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(folder, "portal.db")}";
        }
        builder.Configuration["Seed:Demo"] = "false";
        builder.Configuration["Scheduler:Enabled"] = "false";
        builder.Configuration["Files:Folder"] = Path.Combine(folder, "files");
        builder.AddPortalApp();
        var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(app.Configuration, app.Environment, CancellationToken.None);
        return new TestApp(folder, app, postgresName);
    }

    /// <summary>A service from a fresh scope, as one request or one circuit would get it.</summary>
    public T Get<T>() where T : notnull => _app.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (Exception e) when (e is IOException or DirectoryNotFoundException) { }
    }
}
