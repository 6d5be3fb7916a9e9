using Portal.App.Infrastructure;
using Portal.Domain.Security;

namespace Portal.App.Features.Admin;

internal static class ImportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The import templates (<c>/admin/import/mau.xlsx?loai=Units|People</c>) and an import's one-time passwords, once.</summary>
    public static void MapImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin/import/mau.xlsx", (HttpContext http, ImportService imports) =>
        {
            var actor = Actor.From(http.User);
            var kind = QueryValues.Named<ImportKind>(http.Request.Query["loai"]) ?? ImportKind.Units;
            if (!actor.May(ImportService.ActionFor(kind))) return Results.Forbid();
            return Results.File(imports.Template(actor, kind), Xlsx, ImportService.TemplateName(kind));
        }).RequireAuthorization();

        endpoints.MapGet("/documents/mau-nhiem-vu.xlsx", (HttpContext http, Directives.TaskListImport tasks) =>
        {
            var actor = Actor.From(http.User);
            if (!actor.May(PortalAction.RegisterDocument)) return Results.Forbid();
            return Results.File(tasks.Template(actor), Xlsx, Directives.TaskListImport.TemplateName);
        }).RequireAuthorization();

        endpoints.MapGet("/admin/import/tai-khoan/{token}", (string token, HttpContext http, OneTimeDownloads downloads) =>
        {
            var actor = Actor.From(http.User);
            if (!actor.May(PortalAction.ManageAccounts)) return Results.Forbid();
            return downloads.Take(actor.UserId, token) is { } file ? Results.File(file.Content, Xlsx, file.FileName) : Results.NotFound();
        }).RequireAuthorization();
    }
}
