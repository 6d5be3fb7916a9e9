using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Components.Account;

// Revalidates the security stamp of the connected user at the session revalidation interval (one minute by default)
// while a circuit is open, so a lock, a password change or reset, a role change or a sign-out elsewhere ends open circuits.
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<IdentityOptions> options,
        IOptions<SecurityOptions> security)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private readonly TimeSpan _max = security.Value.SessionMax;

    protected override TimeSpan RevalidationInterval { get; } = security.Value.SessionRevalidation;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (SessionLifetime.IsOver(authenticationState.User, clock.GetUtcNow(), _max)) return false;
        var user = await userManager.GetUserAsync(authenticationState.User);
        if (user is null) return false;
        if (await userManager.IsLockedOutAsync(user)) return false;
        if (!userManager.SupportsUserSecurityStamp) return true;
        var principalStamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await userManager.GetSecurityStampAsync(user);
    }
}
