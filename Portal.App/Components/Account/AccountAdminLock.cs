using Portal.Data;

namespace Portal.App.Components.Account;

/// <summary>An administrator's lock (Quản trị → Tài khoản → Khóa) is open-ended; a lock after wrong passwords ends after minutes.</summary>
public static class AccountAdminLock
{
    public static readonly DateTimeOffset Forever = DateTimeOffset.MaxValue;

    public static bool IsLockedByAdministrator(PortalUser user, DateTimeOffset now) => user.LockoutEnd is { } end && end > now.AddYears(1);
}
