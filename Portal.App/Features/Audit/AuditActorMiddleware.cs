using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.App.Infrastructure;
using Portal.Data;

namespace Portal.App.Features.Audit;

/// <summary>Sets who is acting for the audit trail on every HTTP request.</summary>
public sealed class AuditActorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        AuditActor.Current = AuditActors.From(context.User, context.Connection.RemoteIpAddress?.ToString());
        await next(context);
    }
}
