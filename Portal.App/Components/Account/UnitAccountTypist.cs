using System.Security.Claims;
using Portal.App.Infrastructure;

namespace Portal.App.Components.Account;

/// <summary>
/// A unit account (Khánh Hòa 1986 Điều 5.1a: the unit's e-mail as its name, no person behind it) is used by whoever the
/// leader assigned; the person says who they are once per sign-in, and every step is recorded under the account with that
/// name (Điều 6.2c "cá nhân … chịu trách nhiệm về thông tin, dữ liệu mà mình đã tương tác"). Until then the session
/// reaches nothing but that page and sign-out, like a password still to change.
/// </summary>
public static class UnitAccountTypist
{
    public const string PagePath = "/Account/WhoIsTyping";
    public const int NameMaxLength = 100;
    public const int PositionMaxLength = 100;

    /// <summary>A unit account's session whose user has not said who they are yet.</summary>
    public static bool IsMissing(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(PortalClaims.PersonId) is null && user.FindFirst(PortalClaims.UnitId) is not null
        && string.IsNullOrWhiteSpace(user.FindFirstValue(PortalClaims.Typist));

    /// <summary>The stamp validator regenerates the principal from the account: it keeps who is using the unit account.</summary>
    public static void Keep(ClaimsPrincipal? current, ClaimsIdentity? fresh)
    {
        if (current?.FindFirst(PortalClaims.Typist) is not { } typist || fresh is null) return;
        foreach (var old in fresh.FindAll(PortalClaims.Typist).ToList()) fresh.RemoveClaim(old);
        fresh.AddClaim(new Claim(PortalClaims.Typist, typist.Value));
    }
}
