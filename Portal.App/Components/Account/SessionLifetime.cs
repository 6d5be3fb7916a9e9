using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Portal.App.Components.Account;

/// <summary>
/// A sign-in ends after <see cref="Infrastructure.SecurityOptions.SessionMaxHours"/> however active it is: the moment of the
/// sign-in travels in the cookie as a claim, kept across the security-stamp refreshes, and is checked on each request and
/// by the open circuits.
/// </summary>
public static class SessionLifetime
{
    public const string SignedInAtClaim = "portal:signed-in-at";

    public static Claim SignedInAt(DateTimeOffset at) => new(SignedInAtClaim, at.UtcTicks.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether the sign-in behind the principal is older than the limit (a principal without the mark is).</summary>
    public static bool IsOver(ClaimsPrincipal principal, DateTimeOffset now, TimeSpan max) =>
        !long.TryParse(principal.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
        || now - new DateTimeOffset(ticks, TimeSpan.Zero) > max;

    /// <summary>The stamp validator regenerates the principal from the account: it keeps the original sign-in moment.</summary>
    public static Task KeepSignInMoment(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(SignedInAtClaim) is { } original && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            foreach (var fresh in identity.FindAll(SignedInAtClaim).ToList()) identity.RemoveClaim(fresh);
            identity.AddClaim(new Claim(SignedInAtClaim, original.Value));
        }
        return Task.CompletedTask;
    }

    /// <summary>The cookie's validation: the account's security stamp (Identity's validator), then the sign-in's age.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context, TimeSpan max)
    {
        await SecurityStampValidator.ValidatePrincipalAsync(context);
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (context.Principal is { } principal && IsOver(principal, clock.GetUtcNow(), max))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
