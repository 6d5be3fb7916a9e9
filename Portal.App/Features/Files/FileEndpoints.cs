using Portal.App.Infrastructure;

namespace Portal.App.Features.Files;

internal static class FileEndpoints
{
    public static IEndpointConventionBuilder MapFileEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/files/{id:guid}", async (Guid id, HttpContext http, FileService files, CancellationToken ct) =>
        {
            var opened = await files.OpenAsync(Actor.From(http.User), id, ct);
            return opened is { } found
                ? Results.File(found.Content, found.File.ContentType, found.File.DownloadName)
                : Results.NotFound();
        }).RequireAuthorization(nameof(Portal.Domain.Security.PortalAction.DownloadFile));
}
