using Portal.App.Infrastructure;
using Portal.Domain;

namespace Portal.App.Features.Reports;

internal static class ReportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/phu-luc-iv.xlsx", async (HttpContext http, UnitReportService reports, UnitReportExporter exporter,
                                                              TimeProvider clock, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User);
            var query = ReportQuery.Parse(http.Request.Query);
            if (query.UnitId is not { } unit) return Results.BadRequest("Vui lòng chọn đơn vị.");
            if (!UnitReportService.MayRead(actor, unit)) return Results.Forbid();
            try
            {
                var report = await reports.BuildAsync(actor, unit, query.Period, ct);
                return Results.File(exporter.Export(report, clock.Today()), Xlsx, UnitReportExporter.FileName(report));
            }
            catch (Exception ex) when (ex is DomainException or ArgumentException)
            {
                return Results.BadRequest(ex.Message);
            }
        }).RequireAuthorization();
        endpoints.MapGet("/reports/phu-luc-ii.xlsx", async (HttpContext http, EntryReportService reports, EntryReportExporter exporter,
                                                              TimeProvider clock, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User);
            if (!SummaryReportService.MayRead(actor)) return Results.Forbid();
            try
            {
                var report = await reports.BuildAsync(actor, ReportQuery.Parse(http.Request.Query).Period, ct);
                return Results.File(exporter.Export(report, clock.Today()), Xlsx, EntryReportExporter.FileName(report));
            }
            catch (Exception ex) when (ex is DomainException or ArgumentException)
            {
                return Results.BadRequest(ex.Message);
            }
        }).RequireAuthorization();
        endpoints.MapGet("/reports/phu-luc-v.xlsx", async (HttpContext http, SummaryReportService reports, SummaryReportExporter exporter,
                                                             TimeProvider clock, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User);
            if (!SummaryReportService.MayRead(actor)) return Results.Forbid();
            try
            {
                var query = ReportQuery.Parse(http.Request.Query);
                var report = await reports.BuildAsync(actor, query.Period, query.Filter, ct);
                return Results.File(exporter.Export(report, clock.Today()), Xlsx, SummaryReportExporter.FileName(report));
            }
            catch (Exception ex) when (ex is DomainException or ArgumentException)
            {
                return Results.BadRequest(ex.Message);
            }
        }).RequireAuthorization();
    }
}
