using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.Tests.TestSupport;

/// <summary>
/// Accounts behind the actors tests make by hand: services re-check, before every change, that the account exists, is
/// not locked and still has the session's security stamp, so an actor without one is refused like a stale session.
/// </summary>
public static class TestAccounts
{
    public const string Stamp = "test-session-stamp";

    /// <summary>The actor as a live session of its account would carry it.</summary>
    public static Actor Signed(this Actor actor) => actor with { SecurityStamp = Stamp };

    /// <summary>Adds an active account for each user id not yet present, with <see cref="Stamp"/> as its security stamp.</summary>
    public static async Task AddAsync(PortalDbContext db, params string[] userIds)
    {
        var existing = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => u.Id).ToListAsync();
        foreach (var id in userIds.Except(existing).Distinct())
            db.Users.Add(new PortalUser { Id = id, UserName = id, NormalizedUserName = id.ToUpperInvariant(), DisplayName = id, SecurityStamp = Stamp });
        await db.SaveChangesAsync();
    }

    public static async Task AddAsync(IDbContextFactory<PortalDbContext> factory, params string[] userIds)
    {
        await using var db = await factory.CreateDbContextAsync();
        await AddAsync(db, userIds);
    }
}
