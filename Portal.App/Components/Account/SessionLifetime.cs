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

    /// <summary>The stamp validator regenerates the principal from the account: it keeps the original sign-in moment, and
    /// who is using a unit account (<see cref="UnitAccountTypist"/>).</summary>
    public static Task KeepSignInMoment(SecurityStampRefreshingPrincipalContext context)
    {
        KeepSignInMoment(context.CurrentPrincipal, context.NewPrincipal?.Identity as ClaimsIdentity);
        UnitAccountTypist.Keep(context.CurrentPrincipal, context.NewPrincipal?.Identity as ClaimsIdentity);
        return Task.CompletedTask;
    }

    /// <summary>Puts the sign-in moment of <paramref name="current"/> on a freshly generated identity.</summary>
    public static void KeepSignInMoment(ClaimsPrincipal? current, ClaimsIdentity? identity)
    {
        if (current?.FindFirst(SignedInAtClaim) is not { } original || identity is null) return;
        foreach (var fresh in identity.FindAll(SignedInAtClaim).ToList()) identity.RemoveClaim(fresh);
        identity.AddClaim(new Claim(SignedInAtClaim, original.Value));
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
