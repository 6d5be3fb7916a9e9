using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Seeding;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Security;

namespace Portal.App.Infrastructure;

public static class DatabaseInitializer
{
    /// <summary>
    /// Applies the provider's migrations, makes sure the roles and the national calendar exist and, when
    /// <c>Seed:Demo</c> is true (the Development default; never implied in Production), seeds the demo province once.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration,
                                                     IHostEnvironment environment, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var dbFactory = provider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await DemandKnownHistoryAsync(db, ct);
            // A migration may build an index over a large table (the letters' word index: about 40 s at a million letters on
            // PostgreSQL): more than the 30 s a command is given otherwise.
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));
            await db.Database.MigrateAsync(ct);
            if (!await db.CalendarDays.AnyAsync(ct))
            {
                var year = provider.GetRequiredService<TimeProvider>().Today().Year;
                foreach (var y in new[] { 2025, 2026, 2027 }.Union([year, year + 1]).Distinct())
                {
                    db.CalendarDays.AddRange(OfficialSchedules.For(y).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
                }
                await db.SaveChangesAsync(ct);
            }
        }

        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }

        if (configuration.GetValue("Seed:Demo", environment.IsDevelopment()))
        {
            await provider.GetRequiredService<DemoSeeder>().SeedAsync(ct);
        }
    }

    /// <summary>
    /// A database whose history names migrations this build does not have was made before the migrations were squashed
    /// into one <c>Initial</c> (or by a newer build): migrating it would fail halfway, so start-up stops and says so.
    /// </summary>
    private static async Task DemandKnownHistoryAsync(PortalDbContext db, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToHashSet();
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"The database was created by another version of Portal (unknown migrations: {string.Join(", ", unknown.Take(3))}"
                + (unknown.Count > 3 ? ", …" : "") + "). A database made before the migrations were squashed must be recreated: "
                + "delete the SQLite file (Portal.App/App_Data/portal.db) or create an empty database, then start again.");
    }
}
