using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Portal.Domain.Security;

namespace Portal.App.Infrastructure;

/// <summary>Who is acting, as the server knows it from the sign-in cookie; never from the client.</summary>
public sealed record Actor(string UserId, string DisplayName, int? PersonId, int? UnitId, IReadOnlySet<string> Roles)
{
    public bool IsIn(string role) => Roles.Contains(role);

    public static Actor From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true) throw new UnauthorizedAccessException("Bạn cần đăng nhập.");
        return new(
            principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            principal.FindFirstValue(PortalClaims.DisplayName) ?? principal.Identity.Name ?? "",
            int.TryParse(principal.FindFirstValue(PortalClaims.PersonId), out var person) ? person : null,
            int.TryParse(principal.FindFirstValue(PortalClaims.UnitId), out var unit) ? unit : null,
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(PortalRoles.All.Contains).ToHashSet());
    }
}

public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return Actor.From(state.User);
    }
}
