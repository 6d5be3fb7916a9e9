using System.Security.Claims;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Features.Audit;

public static class AuditActors
{
    public static AuditActor? From(ClaimsPrincipal user, string? address) =>
        user.Identity?.IsAuthenticated == true
            ? new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name, address)
            : address is null ? null : new AuditActor(null, null, address);
}
