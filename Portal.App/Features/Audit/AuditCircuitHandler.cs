using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.Data;

namespace Portal.App.Features.Audit;

/// <summary>Sets who is acting for the audit trail on every event a Blazor circuit handles.</summary>
public sealed class AuditCircuitHandler(AuthenticationStateProvider authentication, IHttpContextAccessor http) : CircuitHandler
{
    private readonly string? _address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            AuditActor.Current = AuditActors.From(state.User, _address);
            await next(context);
        };
}
