using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Components.Account;

/// <summary>Refuses a new password equal to the current one or to one of the previous ones.</summary>
public sealed class ReusedPasswordValidator(PortalDbContext db, IPasswordHasher<PortalUser> hasher) : IPasswordValidator<PortalUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is null || user.Id is null) return IdentityResult.Success;
        var previous = await db.PasswordHistory.AsNoTracking().Where(h => h.UserId == user.Id)
            .OrderByDescending(h => h.ChangedAt).Select(h => h.PasswordHash).Take(PasswordPolicy.RememberedPasswords - 1).ToListAsync();
        if (user.PasswordHash is not null) previous.Insert(0, user.PasswordHash);
        var reused = previous.Any(hash => hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed);
        return reused
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordReused", Description = $"Mật khẩu mới không được trùng {PasswordPolicy.RememberedPasswords} mật khẩu gần nhất." })
            : IdentityResult.Success;
    }
}
