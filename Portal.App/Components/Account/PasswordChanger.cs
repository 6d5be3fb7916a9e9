using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Components.Account;

/// <summary>Changes a password under the policy and keeps the previous hash for the reuse check.</summary>
public sealed class PasswordChanger(UserManager<PortalUser> users, PortalDbContext db, TimeProvider clock)
{
    public async Task<IdentityResult> ChangeAsync(PortalUser user, string current, string next)
    {
        var previousHash = user.PasswordHash;
        var result = await users.ChangePasswordAsync(user, current, next);
        if (!result.Succeeded) return result;
        if (previousHash is not null)
            db.PasswordHistory.Add(new PasswordHistory { UserId = user.Id, PasswordHash = previousHash, ChangedAt = clock.GetUtcNow() });
        user.MustChangePassword = false;
        user.PasswordChangedAt = clock.GetUtcNow();
        return await users.UpdateAsync(user);
    }
}
