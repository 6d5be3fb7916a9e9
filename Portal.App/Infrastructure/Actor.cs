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

    /// <summary>At a unit account: the name of the person using it, given once per sign-in (Khánh Hòa 1986 Điều 6.2c).</summary>
    public string? TypistName { get; init; }

    /// <summary>While the person stands in for an absent leader (quyền, phụ trách): whom, and how the history names it.</summary>
    public ActingRole? Acting { get; init; }

    /// <summary>A unit's own account: no person behind it.</summary>
    public bool IsUnitAccount => PersonId is null && UnitId is not null;

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
            TypistName = principal.FindFirstValue(PortalClaims.Typist),
        };
    }

    public static readonly string SecurityStampClaimType = new ClaimsIdentityOptions().SecurityStampClaimType;
}

/// <summary>An acting leader's stand-in: the absent person, and the capacity history and audit write ("Quyền Giám đốc, thay …").</summary>
public sealed record ActingRole(int ForPersonId, string Capacity);
