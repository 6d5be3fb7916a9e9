using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the context factory for the provider named by <c>Database:Provider</c> (Sqlite by default, with a file
    /// under <paramref name="dataFolder"/>; Postgres or SqlServer with <c>ConnectionStrings:Portal</c>).
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var database = DatabaseOptions.From(configuration);
        var provider = database.Provider;
        var connectionString = database.ConnectionString;

        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    Directory.CreateDirectory(dataFolder);
                    connectionString = $"Data Source={Path.Combine(dataFolder, "portal.db")}";
                }
                Register<SqlitePortalDbContext>(services, o => o.UseSqlite(connectionString));
                break;
            case DatabaseProvider.Postgres:
                Register<PostgresPortalDbContext>(services, o => o.UseNpgsql(connectionString));
                break;
            case DatabaseProvider.SqlServer:
                Register<SqlServerPortalDbContext>(services, o => o.UseSqlServer(connectionString));
                break;
        }
        return services;
    }

    private static void Register<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : PortalDbContext
    {
        services.AddDbContextFactory<TContext>(configure);
        services.AddSingleton<IDbContextFactory<PortalDbContext>>(sp =>
            new PortalDbContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>(), ClockOf(sp)));
        services.AddScoped<PortalDbContext>(sp =>
        {
            var context = sp.GetRequiredService<TContext>();
            context.Clock = ClockOf(sp);
            return context;
        });
    }

    private static TimeProvider ClockOf(IServiceProvider services) => services.GetService<TimeProvider>() ?? TimeProvider.System;

    private sealed class PortalDbContextFactory<TContext>(IDbContextFactory<TContext> inner, TimeProvider clock) : IDbContextFactory<PortalDbContext>
        where TContext : PortalDbContext
    {
        public PortalDbContext CreateDbContext()
        {
            var context = inner.CreateDbContext();
            context.Clock = clock;
            return context;
        }
    }
}
