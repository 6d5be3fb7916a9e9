using Portal.App.Features.Programme;
using Portal.App.Infrastructure;
using Portal.Domain;

namespace Portal.App.Features.Reports;

internal static class ReportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The official workbooks; each endpoint demands its own action (policy-less reads would fall to the fallback policy).
        var workbooks = endpoints.MapGroup("/reports");
        workbooks.MapGet("/phu-luc-i.xlsx", (HttpContext http, EntryReportService reports, EntryReportExporter exporter, TimeProvider clock, CancellationToken ct) =>
            WorkbookAsync(http, SummaryReportService.MayRead, async (actor, query, header) =>
            {
                var report = await reports.BuildAsync(actor, query.Period, ct);
                return (exporter.Export(report, clock.Today(), header), EntryReportExporter.FileName(report));
            })).RequireAuthorization();

        workbooks.MapGet("/phu-luc-iv.xlsx", (HttpContext http, UnitReportService reports, UnitReportExporter exporter, TimeProvider clock, CancellationToken ct) =>
            WorkbookAsync(http, actor => ReportQuery.Parse(http.Request.Query, clock.Today().Year).UnitId is not { } unit || UnitReportService.MayRead(actor, unit),
                async (actor, query, header) =>
            {
                var unit = query.UnitId ?? throw new DomainException("Vui lòng chọn đơn vị.");
                var report = await reports.BuildAsync(actor, unit, query.Period, query.Scope, query.Work, ct);
                return (exporter.Export(report, clock.Today(), header), UnitReportExporter.FileName(report));
            })).RequireAuthorization();

        workbooks.MapGet("/danh-gia.xlsx", (HttpContext http, EvaluationService evaluations, EvaluationExporter exporter, TimeProvider clock, CancellationToken ct) =>
            WorkbookAsync(http, SummaryReportService.MayRead, async (actor, query, header) =>
            {
                var evaluation = await evaluations.BuildAsync(actor, query.Year, ct);
                return (exporter.Export(evaluation, clock.Today(), header), EvaluationExporter.FileName(evaluation));
            })).RequireAuthorization();

        workbooks.MapGet("/phu-luc-vi.xlsx", (HttpContext http, ProgrammeService programme, ProgrammeReportExporter exporter, TimeProvider clock, CancellationToken ct) =>
            WorkbookAsync(http, SummaryReportService.MayRead, async (actor, query, header) =>
            {
                var report = await programme.ReportAsync(actor, query.Period, ct);
                return (exporter.Export(report, clock.Today(), header), ProgrammeReportExporter.FileName(report));
            })).RequireAuthorization();

        workbooks.MapGet("/phieu-bao.xlsx", (HttpContext http, Notifications.UrgingLetterService letters, Notifications.UrgingLetterExporter exporter, CancellationToken ct) =>
            WorkbookAsync(http, Notifications.UrgingLetterService.MayWrite, async (actor, query, header) =>
            {
                var unit = query.UnitId ?? throw new DomainException("Vui lòng chọn đơn vị.");
                var document = QueryValues.Id(http.Request.Query["document"]);
                var letter = await letters.BuildAsync(actor, unit, document, ct);
                return (exporter.Export(letter, header), Notifications.UrgingLetterExporter.FileName(letter));
            })).RequireAuthorization();

        // A kind's report by unit (press-reported incidents, citizens' questions, complaint resolution tasks):
        // ?loai=PressIncident|CitizenQuestion|ComplaintResolution with the period.
        workbooks.MapGet("/theo-loai.xlsx", (HttpContext http, KindReportService reports, KindReportExporter exporter, TimeProvider clock, CancellationToken ct) =>
            WorkbookAsync(http, SummaryReportService.MayRead, async (actor, query, header) =>
            {
                var kind = QueryValues.Named<Portal.Domain.Cases.CaseKind>(http.Request.Query["loai"]) ?? throw new DomainException("Vui lòng chọn loại việc của báo cáo.");
                var report = await reports.BuildAsync(actor, kind, query.Period, query.Scope, ct);
                return (exporter.Export(report, clock.Today(), header), KindReportExporter.FileName(report));
            })).RequireAuthorization();

        workbooks.MapGet("/phu-luc-v.xlsx", (HttpContext http, SummaryReportService reports, SummaryReportExporter exporter, TimeProvider clock, CancellationToken ct) =>
            WorkbookAsync(http, SummaryReportService.MayRead, async (actor, query, header) =>
            {
                var report = await reports.BuildAsync(actor, query.Period, query.Filter, ct);
                return (exporter.Export(report, clock.Today(), header), SummaryReportExporter.FileName(report));
            })).RequireAuthorization();
    }

    /// <summary>
    /// Checks the reader, builds the workbook from the query string. A refusal sends the browser to "access denied"; a bad
    /// period or filter (a <see cref="DomainException"/>) is answered as a 400 problem by <see cref="ProblemExceptionHandler"/>.
    /// </summary>
    private static async Task<IResult> WorkbookAsync(HttpContext http, Func<Actor, bool> mayRead,
                                                     Func<Actor, ReportQuery, ReportHeader, Task<(byte[] Content, string FileName)>> build)
    {
        var actor = Actor.From(http.User);
        if (!mayRead(actor)) return Results.Forbid();
        var year = http.RequestServices.GetRequiredService<TimeProvider>().Today().Year;
        try
        {
            // Headed with the names of the reader's province (its rule profile's, else the configuration's).
            var header = await http.RequestServices.GetRequiredService<RuleProfiles>().HeaderForUnitAsync(actor.UnitId, http.RequestAborted);
            var (content, fileName) = await build(actor, ReportQuery.Parse(http.Request.Query, year), header);
            return Results.File(content, Xlsx, fileName);
        }
        catch (Portal.Domain.Security.ForbiddenException)
        {
            return Results.Forbid();
        }
    }
}
