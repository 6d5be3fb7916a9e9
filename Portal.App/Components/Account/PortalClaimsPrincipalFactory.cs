using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Components.Account;

/// <summary>Puts the person, unit and display name of the account into the sign-in cookie.</summary>
internal sealed class PortalClaimsPrincipalFactory(
        UserManager<PortalUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options,
        PasswordPolicy passwords, TimeProvider clock)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        // Replaced by the original moment when the security-stamp validation regenerates the principal (SessionLifetime).
        identity.AddClaim(SessionLifetime.SignedInAt(clock.GetUtcNow()));
        if (user.PersonId is { } personId) identity.AddClaim(new Claim(PortalClaims.PersonId, personId.ToString()));
        if (user.UnitId is { } unitId) identity.AddClaim(new Claim(PortalClaims.UnitId, unitId.ToString()));
        // Evaluated at sign-in and again at every security-stamp validation, so a password that expires during a session
        // restricts the session within the validation interval.
        if (user.MustChangePassword) identity.AddClaim(new Claim(PasswordPolicy.MustChangeClaim, PasswordPolicy.OneTime));
        else if (passwords.IsExpired(user.PasswordChangedAt)) identity.AddClaim(new Claim(PasswordPolicy.MustChangeClaim, PasswordPolicy.Expired));
        if (user.PasswordChangedAt is { } changed)
            identity.AddClaim(new Claim(PasswordPolicy.ChangedAtClaim, changed.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
