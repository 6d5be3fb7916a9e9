using Portal.App.Infrastructure;
using Portal.Domain.Security;

namespace Portal.App.Features.Audit;

internal static class AuditEndpoints
{
    /// <summary>The audit trail's export, filtered as on the audit page.</summary>
    public static void MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").RequireAuthorization();
        admin.MapGet("/audit.xlsx", async (HttpContext http, AuditService audit, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User);
            if (!actor.May(PortalAction.ReadAudit)) return Results.Forbid();
            var q = http.Request.Query;
            static DateOnly? Date(string? s) => DateOnly.TryParseExact(s, "yyyy-MM-dd", out var d) ? d : null;
            var bytes = await audit.ExportAsync(actor, new AuditQuery(
                QueryValues.Text(q["user"]), QueryValues.Text(q["entity"]), QueryValues.Text(q["key"]), Date(q["from"]), Date(q["to"])), ct);
            return Results.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "NhatKy.xlsx");
        });
    }
}
