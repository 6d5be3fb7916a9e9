using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.App.Components.Account;
using Portal.Domain.Security;

namespace Portal.App.Infrastructure;

/// <summary>Who is acting, as the server knows it from the sign-in cookie; never from the client.</summary>
public sealed record Actor(string UserId, string DisplayName, int? PersonId, int? UnitId, IReadOnlySet<string> Roles)
{
    /// <summary>The account's security stamp when the session was issued: services that change data compare it with the
    /// account's current one, so a session outlived by a password change, a reset, a lock or a role change acts no more.</summary>
    public string? SecurityStamp { get; init; }

    public bool IsIn(string role) => Roles.Contains(role);

    /// <summary>
    /// The actor of a signed-in principal. A principal that must change its password first gets no roles at all, so every
    /// demand of the permission table refuses it whatever page or service it reaches.
    /// </summary>
    public static Actor From(ClaimsPrincipal principal, bool restricted = false)
    {
        if (principal.Identity?.IsAuthenticated != true) throw new UnauthorizedAccessException("Bạn cần đăng nhập.");
        restricted |= PasswordPolicy.IsRestricted(principal);
        return new(
            principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            principal.FindFirstValue(PortalClaims.DisplayName) ?? principal.Identity.Name ?? "",
            int.TryParse(principal.FindFirstValue(PortalClaims.PersonId), out var person) ? person : null,
            int.TryParse(principal.FindFirstValue(PortalClaims.UnitId), out var unit) ? unit : null,
            restricted ? new HashSet<string>() : principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Where(PortalRoles.All.Contains).ToHashSet())
        {
            SecurityStamp = principal.FindFirstValue(SecurityStampClaimType),
        };
    }

    public static readonly string SecurityStampClaimType = new ClaimsIdentityOptions().SecurityStampClaimType;
}
