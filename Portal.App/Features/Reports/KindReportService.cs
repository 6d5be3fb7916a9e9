using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>
/// A kind's report by unit for any period (issue 15: press-reported incidents, citizens' questions): per lead unit, the cases it
/// received (the report's scope: by default those assigned in the period and the unfinished ones carried over into it), how many
/// it finished on time and late, and how many are still pending — on time or overdue — each as it stood at the period's end
/// (<see cref="TaskStanding"/>), so a later change does not alter a past report.
/// </summary>
public sealed class KindReportService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The kinds that have this report (directives have the official Phụ lục V).</summary>
    public static readonly IReadOnlyList<CaseKind> Kinds = [CaseKind.PressIncident, CaseKind.CitizenQuestion, CaseKind.ComplaintResolution];

    public async Task<KindReport> BuildAsync(Actor actor, CaseKind kind, ReportPeriod period, ReportScope scope, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ViewProvinceReports);
        if (!Kinds.Contains(kind)) throw new DomainException("Loại việc này không có báo cáo theo đơn vị.");
        var lastMoment = TaskStanding.JudgedAt(period, clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tasks = db.CaseTasks.AsNoTracking().Where(t => t.Kind == kind && t.ParentTaskId == null).InScope(scope, period.StartInstant, period.EndInstant);
        var standing = await TaskStanding.AtEndAsync(db, tasks, period.EndInstant, ct);
        var counted = standing.Where(s => s.State != TaskState.Returned && s.LeadUnitId is not null)
            .Select(s => (Unit: s.LeadUnitId!.Value, Progress: TaskStatusRules.Classify(s.Deadline, s.Started, s.SubmittedAt, s.Decision, lastMoment)))
            .ToList();
        var unitIds = counted.Select(c => c.Unit).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        var byUnit = counted.ToLookup(c => c.Unit, c => c.Progress);
        var rows = units.OrderBy(u => u.Kind).ThenBy(u => u.Name, StringComparer.Create(VietnameseDates.Culture, false))
            .Select(u =>
            {
                var mine = byUnit[u.Id].ToList();
                int Count(bool completed, bool overdue) =>
                    mine.Count(p => (p.Stage == TaskStage.Completed) == completed && (p.Timeliness == Timeliness.Overdue) == overdue);
                return new KindReportRow(u.Id, u.Name, mine.Count, Count(true, false), Count(true, true), Count(false, false), Count(false, true));
            })
            .ToList();
        return new KindReport(kind, period, scope, VietnamTime.DateOf(lastMoment), rows);
    }
}

public sealed record KindReportRow(int UnitId, string UnitName, int Received, int CompletedOnTime, int CompletedLate, int PendingOnTime, int PendingOverdue);

public sealed record KindReport(CaseKind Kind, ReportPeriod Period, ReportScope Scope, DateOnly AsOfDate, IReadOnlyList<KindReportRow> Rows)
{
    public KindReportRow Totals => new(0, "Tổng cộng", Rows.Sum(r => r.Received), Rows.Sum(r => r.CompletedOnTime), Rows.Sum(r => r.CompletedLate),
                                       Rows.Sum(r => r.PendingOnTime), Rows.Sum(r => r.PendingOverdue));

    public string Title => Kind switch
    {
        CaseKind.PressIncident => "Tổng hợp kết quả xử lý các sự việc báo chí nêu",
        CaseKind.CitizenQuestion => "Tổng hợp kết quả trả lời câu hỏi của công dân",
        CaseKind.ComplaintResolution => "Tổng hợp kết quả thực hiện nhiệm vụ giải quyết khiếu nại",
        _ => "Tổng hợp kết quả xử lý " + CaseKindRules.For(Kind).Label.ToLowerInvariant(),
    };
}

/// <summary>A kind's report by unit as a print-ready workbook in the house format.</summary>
public sealed class KindReportExporter(IOptions<PortalOptions> portal)
{
    public static string FileName(KindReport report) => $"{report.Kind switch
    {
        CaseKind.PressIncident => "SuViecBaoNeu",
        CaseKind.ComplaintResolution => "GiaiQuyetKhieuNai",
        _ => "DanHoi",
    }}_{report.Period.Code}.xlsx";

    public byte[] Export(KindReport report, DateOnly issuedOn, ReportHeader? header = null)
    {
        var names = header ?? ReportHeader.From(portal.Value);
        var book = new OfficialWorkbook("Báo cáo", [6, 38, 11, 11, 11, 11, 11], landscape: false);
        book.Header(names.ParentBody, "VĂN PHÒNG", "Số:        /BC-VPUB", names.ProvinceName, issuedOn);
        book.ReportTitle(report.Title, $"(Kỳ báo cáo: {report.Period.Label}; {ReportScopes.Label(report.Scope)})");
        book.Line($"Số liệu tính đến ngày {report.AsOfDate:dd'/'MM'/'yyyy}.", align: XLAlignmentHorizontalValues.Left);
        book.Skip();
        var head = book.BeginTable(headerRows: 2);
        book.HeaderCell(head, 1, "STT", rowSpan: 2);
        book.HeaderCell(head, 2, "Đơn vị", rowSpan: 2);
        book.HeaderCell(head, 3, "Tổng số tiếp nhận", rowSpan: 2);
        book.HeaderCell(head, 4, "Đã hoàn thành", columnSpan: 2);
        book.HeaderCell(head, 6, "Chưa hoàn thành", columnSpan: 2);
        book.HeaderCell(head + 1, 4, "Đúng hạn");
        book.HeaderCell(head + 1, 5, "Quá hạn");
        book.HeaderCell(head + 1, 6, "Trong hạn");
        book.HeaderCell(head + 1, 7, "Quá hạn");
        var number = 0;
        foreach (var r in report.Rows)
            book.AddRow($"{++number}.", r.UnitName, r.Received, r.CompletedOnTime, r.CompletedLate, r.PendingOnTime, r.PendingOverdue);
        var t = report.Totals;
        book.AddTotals("Tổng cộng", 2, t.Received, t.CompletedOnTime, t.CompletedLate, t.PendingOnTime, t.PendingOverdue);
        book.EndTable(head);
        book.Signature("CHÁNH VĂN PHÒNG");
        return book.ToBytes();
    }
}
