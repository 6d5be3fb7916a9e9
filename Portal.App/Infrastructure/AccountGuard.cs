using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Security;

namespace Portal.App.Infrastructure;

/// <summary>
/// The last check before a change is made for someone: the account still exists, is not locked, and its security stamp
/// is the one the session was issued with. A circuit opened before a lock, a password change or reset, a role change or
/// a sign-out elsewhere can still render for up to the revalidation interval, but it takes no step.
/// </summary>
public static class AccountGuard
{
    public const string InactiveMessage =
        "Phiên đăng nhập của bạn không còn hiệu lực (tài khoản đã bị khóa, đổi mật khẩu, đổi quyền hoặc đã đăng xuất ở nơi khác). Vui lòng đăng nhập lại.";

    public static async Task DemandActiveAccountAsync(this PortalDbContext db, Actor actor, DateTimeOffset now, CancellationToken ct = default)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd }).SingleOrDefaultAsync(ct);
        if (account is null || account.LockoutEnd > now || actor.SecurityStamp is null || account.SecurityStamp != actor.SecurityStamp)
            throw new ForbiddenException(InactiveMessage);
    }
}
