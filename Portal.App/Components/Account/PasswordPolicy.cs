using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Components.Account;

/// <summary>
/// SPEC §10 beyond Identity's options: change at first sign-in and after an administrator's reset
/// (<see cref="PortalUser.MustChangePassword"/>), expiry after <c>Security:PasswordMaxAgeDays</c> (default 30),
/// and no reuse of the last <see cref="RememberedPasswords"/> passwords.
/// </summary>
public sealed class PasswordPolicy(IOptions<SecurityOptions> security, TimeProvider clock)
{
    public const int RememberedPasswords = 5;
    public const string ChangedAtClaim = "portal:pwd-changed";
    public const string MustChangeClaim = "portal:pwd-must-change";

    public int MaxAgeDays => security.Value.PasswordMaxAgeDays;

    /// <summary>Whether the principal carries the restriction the sign-in put on it (a one-time or expired password):
    /// it reaches nothing but the change-password page and sign-out until the password is changed.</summary>
    public static bool IsRestricted(ClaimsPrincipal user) => user.HasClaim(c => c.Type == MustChangeClaim);

    /// <summary>The value of <see cref="MustChangeClaim"/>: a one-time password, or an expired one.</summary>
    public const string OneTime = "true", Expired = "expired";

    /// <summary>Whether a password changed at this moment has expired by now.</summary>
    public bool IsExpired(DateTimeOffset? changedAt) =>
        MaxAgeDays > 0 && (changedAt is null || clock.GetUtcNow() - changedAt.Value > TimeSpan.FromDays(MaxAgeDays));

    /// <summary>Why the signed-in person must change the password now, or null.</summary>
    public string? ReasonToChange(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        if (user.HasClaim(MustChangeClaim, OneTime)) return "Bạn cần đổi mật khẩu được cấp trước khi sử dụng hệ thống.";
        var changed = long.TryParse(user.FindFirstValue(ChangedAtClaim), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero) : (DateTimeOffset?)null;
        return IsRestricted(user) || IsExpired(changed) ? $"Mật khẩu của bạn đã quá {MaxAgeDays} ngày, vui lòng đổi mật khẩu mới." : null;
    }
}
