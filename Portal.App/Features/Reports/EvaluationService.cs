using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;

namespace Portal.App.Features.Reports;

/// <summary>The points of the year-end evaluation (the rule profile): a base from which overdue tasks and extensions deduct.</summary>
public sealed record EvaluationPoints(double Base, double PerOverdue, double PerExtension)
{
    public static EvaluationPoints From(ProvinceRules rules) => new(rules.EvaluationBase, rules.OverdueDeduction, rules.ExtensionDeduction);
}

public sealed record UnitEvaluation(int UnitId, string Unit, int Received, int CompletedOnTime, int CompletedLate, int InProgressOverdue,
                                    int NotStartedOverdue, int Extensions, double Score)
{
    /// <summary>Every overdue result recorded against the unit (SPEC §4): completed late or still overdue at year end.</summary>
    public int Overdue => CompletedLate + InProgressOverdue + NotStartedOverdue;
}

public sealed record Evaluation(int Year, EvaluationPoints Points, IReadOnlyList<UnitEvaluation> Units);

/// <summary>
/// Year-end evaluation per unit for the administrative-reform and emulation councils (Khánh Hòa Điều 12.1d): tasks
/// received in the year, how they stood at its end (or today, during the year), approved extensions, and a score.
/// </summary>
public sealed class EvaluationService(IDbContextFactory<PortalDbContext> dbFactory, RuleProfiles profiles, TimeProvider clock)
{
    public async Task<Evaluation> BuildAsync(Actor actor, int year, CancellationToken ct = default)
    {
        actor.Demand(PortalAction.ViewProvinceReports);
        var period = ReportPeriod.Create(PeriodKind.Year, year);
        var start = period.StartInstant;
        var end = period.EndInstant;
        var asOf = TaskStanding.JudgedAt(period, clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tasks = db.CaseTasks.AsNoTracking().Where(t => t.ParentTaskId == null && t.AssignedAt >= start && t.AssignedAt < end);
        var standing = (await TaskStanding.AtEndAsync(db, tasks, end, ct))
            .Where(s => s.State != TaskState.Returned && s.LeadUnitId != null)
            .Select(s => new { Id = s.TaskId, Unit = s.LeadUnitId!.Value, s.Deadline, s.Started, s.SubmittedAt, s.Decision })
            .ToList();
        var ids = standing.Select(s => s.Id).ToList();
        var extensions = await db.ExtensionRequests.AsNoTracking()
            .Where(r => ids.Contains(r.TaskId) && r.Status == ExtensionStatus.Approved && r.DecidedAt < end)
            .GroupBy(r => r.TaskId).Select(g => new { TaskId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.TaskId, x => x.Count, ct);
        var unitIds = standing.Select(s => s.Unit).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var points = EvaluationPoints.From(await profiles.GetAsync(ct));

        var units = standing.GroupBy(s => s.Unit).Select(g =>
            {
                var progress = g.Select(s => TaskStatusRules.Classify(s.Deadline, s.Started, s.SubmittedAt, s.Decision, asOf)).ToList();
                var completedOnTime = progress.Count(p => p is { Stage: TaskStage.Completed, Timeliness: not Timeliness.Overdue });
                var completedLate = progress.Count(p => p is { Stage: TaskStage.Completed, Timeliness: Timeliness.Overdue });
                var inProgressOverdue = progress.Count(p => p is { Stage: TaskStage.InProgress or TaskStage.AwaitingConfirmation, Timeliness: Timeliness.Overdue });
                var notStartedOverdue = progress.Count(p => p is { Stage: TaskStage.NotStarted, Timeliness: Timeliness.Overdue });
                var extensionCount = g.Sum(s => extensions.GetValueOrDefault(s.Id));
                var score = Math.Max(0, points.Base - points.PerOverdue * (completedLate + inProgressOverdue + notStartedOverdue) - points.PerExtension * extensionCount);
                return new UnitEvaluation(g.Key, names.GetValueOrDefault(g.Key, ""), g.Count(), completedOnTime, completedLate, inProgressOverdue,
                                          notStartedOverdue, extensionCount, Math.Round(score, 1));
            })
            .OrderByDescending(u => u.Score).ThenBy(u => u.Unit, StringComparer.Create(VietnameseDates.Culture, false))
            .ToList();
        return new Evaluation(year, points, units);
    }
}

/// <summary>The year-end evaluation as a workbook (A4 landscape).</summary>
public sealed class EvaluationExporter(IOptions<PortalOptions> portal)
{
    public const string Title = "Đánh giá kết quả thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao";

    public static string FileName(Evaluation evaluation) => $"DanhGiaCuoiNam_{evaluation.Year}.xlsx";

    public byte[] Export(Evaluation evaluation, DateOnly issuedOn)
    {
        var book = new OfficialWorkbook("Đánh giá", [6, 36, 12, 12, 12, 13, 13, 11, 10], landscape: true);
        book.Header(portal.Value.ReportParentBody, "VĂN PHÒNG", "Số:        /BC-VPUB",
                    portal.Value.ProvinceName, issuedOn);
        book.ReportTitle(Title, $"(Năm {evaluation.Year}; phục vụ đánh giá cải cách hành chính và thi đua, khen thưởng)");
        var head = book.BeginTable(headerRows: 1);
        string[] headers = ["STT", "Đơn vị", "Số nhiệm vụ được giao", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Đang thực hiện quá hạn",
                            "Chưa thực hiện quá hạn", "Số lần gia hạn", "Điểm"];
        for (var i = 0; i < headers.Length; i++) book.HeaderCell(head, i + 1, headers[i]);
        book.Sheet.Row(head).Height = 45;
        var number = 0;
        foreach (var u in evaluation.Units)
        {
            var row = book.AddRow(++number, u.Unit, u.Received, u.CompletedOnTime, u.CompletedLate, u.InProgressOverdue, u.NotStartedOverdue, u.Extensions);
            var score = book.Sheet.Cell(row, 9);
            score.Value = u.Score;
            score.Style.NumberFormat.Format = "0.0";
            score.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        }
        book.AddTotals("Tổng cộng", 2, evaluation.Units.Sum(u => u.Received), evaluation.Units.Sum(u => u.CompletedOnTime),
            evaluation.Units.Sum(u => u.CompletedLate), evaluation.Units.Sum(u => u.InProgressOverdue), evaluation.Units.Sum(u => u.NotStartedOverdue),
            evaluation.Units.Sum(u => u.Extensions));
        book.EndTable(head);
        book.Skip();
        var p = evaluation.Points;
        book.Line($"Cách tính điểm: {p.Base:0.#} điểm, trừ {p.PerOverdue:0.#} điểm cho mỗi nhiệm vụ quá hạn (hoàn thành quá hạn, đang hoặc chưa thực hiện quá hạn) "
                  + $"và {p.PerExtension:0.#} điểm cho mỗi lần gia hạn.", italic: true, align: XLAlignmentHorizontalValues.Left, height: 32);
        book.Signature("CHÁNH VĂN PHÒNG");
        return book.ToBytes();
    }
}
