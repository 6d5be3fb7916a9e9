using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Data;

namespace Portal.Tests.TestSupport;

/// <summary>
/// A fresh, migrated database for one test: in-memory SQLite, or a throwaway PostgreSQL database on the
/// server ./test.sh starts (its connection string in PORTAL_TEST_PG). A PostgreSQL test without that server fails.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDbContextFactory<PortalDbContext>
{
    private readonly SqliteConnection? _sqlite;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseProvider provider, SqliteConnection? sqlite, string? postgres, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        _sqlite = sqlite;
        ConnectionString = postgres;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string? ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var connection = new SqliteConnection("Data Source=:memory:");
            await connection.OpenAsync();
            database = new TestDatabase(provider, connection, null, null, null);
        }
        else if (provider == DatabaseProvider.Postgres)
        {
            var admin = PostgresServer.ConnectionString;
            var name = "portal_test_" + Guid.NewGuid().ToString("N")[..12];
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            database = new TestDatabase(provider, null, builder.ConnectionString, admin, name);
        }
        else
        {
            throw new NotSupportedException("SQL Server cannot run on these machines; its migrations are checked as scripts.");
        }
        await using var db = database.CreateDbContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public PortalDbContext CreateDbContext() => Provider switch
    {
        DatabaseProvider.Sqlite => new SqlitePortalDbContext(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite(_sqlite!).Options),
        DatabaseProvider.Postgres => new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(ConnectionString).Options),
        _ => throw new NotSupportedException(),
    };

    /// <summary>Registers this database as the application's (context factory and scoped context).</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(this);
        services.AddScoped(_ => CreateDbContext());
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlite is not null) await _sqlite.DisposeAsync();
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

public static class PostgresServer
{
    public const string Variable = "PORTAL_TEST_PG";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: PostgreSQL tests need the server that ./test.sh starts. Run the suite with ./test.sh.");
}
