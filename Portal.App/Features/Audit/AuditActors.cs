using System.Security.Claims;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Features.Audit;

public static class AuditActors
{
    public static AuditActor? From(ClaimsPrincipal user, string? address) =>
        user.Identity?.IsAuthenticated == true
            ? new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), NameOf(user), address)
            : address is null ? null : new AuditActor(null, null, address);

    /// <summary>The account's name; at a unit account, with the name of the person using it (Khánh Hòa 1986 Điều 6.2c).</summary>
    private static string? NameOf(ClaimsPrincipal user) =>
        user.FindFirstValue(PortalClaims.Typist) is { Length: > 0 } typist ? $"{user.Identity!.Name} (người cập nhật: {typist})" : user.Identity!.Name;
}
