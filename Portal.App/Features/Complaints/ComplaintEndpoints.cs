using System.Globalization;
using Portal.App.Infrastructure;
using Portal.Domain;
using Portal.Domain.Complaints;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Complaints;

internal static class ComplaintEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The forms' period: from and to (yyyy-MM-dd), at most five years, not reversed.</summary>
    public static ReportPeriod Period(string? from, string? to)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
            throw new DomainException("Vui lòng chọn kỳ báo cáo: từ ngày và đến ngày.");
        if (end < start) throw new DomainException("Ngày kết thúc kỳ báo cáo không được trước ngày bắt đầu.");
        if (end.DayNumber - start.DayNumber > 366 * 5) throw new DomainException("Kỳ báo cáo tối đa 5 năm.");
        return ReportPeriod.Custom(start, end);
    }

    public static void MapComplaintEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // /don-thu/bieu.xlsx?bieu=01XLD&tu=2026-01-01&den=2026-12-31[&coquan=ID]
        endpoints.MapGet("/don-thu/bieu.xlsx", async (HttpContext http, ComplaintReportService reports, ComplaintFormExporter exporter, RuleProfiles profiles,
                                                    TimeProvider clock, CancellationToken ct) =>
        {
            var actor = Actor.From(http.User);
            var form = ComplaintForms.Find(http.Request.Query["bieu"]) ?? throw new DomainException("Vui lòng chọn biểu mẫu báo cáo.");
            var period = Period(http.Request.Query["tu"], http.Request.Query["den"]);
            int? agency = int.TryParse(http.Request.Query["coquan"], NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : null;
            try
            {
                var report = await reports.BuildAsync(actor, form, period, agency, ct);
                var header = await profiles.HeaderForUnitAsync(actor.UnitId, ct);
                return Results.File(exporter.Export(report, clock.Today(), header), Xlsx, ComplaintFormExporter.FileName(report));
            }
            catch (ForbiddenException)
            {
                return Results.Forbid();
            }
        }).RequireAuthorization(nameof(PortalAction.OpenComplaints));
    }
}
