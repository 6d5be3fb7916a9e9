using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Data;

/// <summary>Phụ lục V over a fixture whose every figure is known, as of the end of October 2026.</summary>
public abstract class SummaryReportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly ReportPeriod October = ReportPeriod.Create(PeriodKind.Month, 2026, 10);
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private int _awaitingInOctober;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await TestAccounts.AddAsync(_database, "c", "h");
        await using var db = _database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var leader = _data.FinanceLeaderActor;
        var specialist = _data.FinanceSpecialistActor;
        var tracker = _data.TrackerActor;
        var first = _data.NewDocument("101", "UBND-KT");
        var second = _data.NewDocument("102", "UBND-VX");
        second.Field = DocumentField.VanXa;
        CaseTask New(DirectiveDocument doc, Portal.Domain.Units.Unit unit, int day, DateOnly deadline, string content) =>
            _data.NewTask(doc, unit, Vn(2026, 10, day), deadline, content);
        void Submit(CaseTask t, DateTimeOffset at)
        {
            t.Delegate(leader, at.AddDays(-1), _data.FinanceSpecialist.Id, []);
            t.SubmitDraft(specialist, at.AddHours(-1), SampleData.Report());
            t.ApproveAndSubmit(leader, at);
        }

        var a = New(first, _data.Finance, 1, new DateOnly(2026, 10, 30), "A chưa làm, quá hạn");
        var b = New(first, _data.Finance, 2, new DateOnly(2026, 11, 10), "B chưa làm, trong hạn");
        var c = New(first, _data.Finance, 2, new DateOnly(2026, 10, 20), "C đang làm, quá hạn");
        c.Delegate(leader, Vn(2026, 10, 5), _data.FinanceSpecialist.Id, []);
        c.FileProgress(leader, Vn(2026, 10, 21), "Đang tổng hợp số liệu", "Chờ số liệu của các xã", "Đề nghị gia hạn đến 30/11/2026");
        var d = New(first, _data.Finance, 5, new DateOnly(2026, 10, 20), "D chờ xác nhận, gửi trong hạn");
        Submit(d, Vn(2026, 10, 15));
        var e = New(second, _data.Finance, 5, new DateOnly(2026, 10, 20), "E hoàn thành quá hạn");
        Submit(e, Vn(2026, 10, 25));
        e.Confirm(tracker, Vn(2026, 10, 27), ReviewDecision.Accepted, null);
        var f = New(second, _data.Finance, 6, new DateOnly(2026, 10, 20), "F xác nhận sau kỳ");
        Submit(f, Vn(2026, 10, 18));
        f.Confirm(tracker, Vn(2026, 11, 3), ReviewDecision.Accepted, null);
        var g = New(second, _data.Health, 5, new DateOnly(2026, 10, 30), "G bị trả lại, chưa chuyển");
        g.ReturnToAssigner(_data.HealthLeaderActor, Vn(2026, 10, 6), "Không đúng chức năng");
        var h = New(second, _data.Health, 5, new DateOnly(2026, 11, 30), "H chuyển từ Y tế sang Tài chính");
        h.ReturnToAssigner(_data.HealthLeaderActor, Vn(2026, 10, 6), "Không đúng chức năng");
        h.Redirect(tracker, Vn(2026, 10, 7), _data.Finance.Id, "Sở Y tế", "Sở Tài chính", null);
        var november = _data.NewTask(second, _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 20), "Giao tháng 11");
        db.CaseTasks.AddRange(a, b, c, d, e, f, g, h, november);
        await db.SaveChangesAsync();
        _awaitingInOctober = d.Id;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Actor Clerk => new("c", "Văn thư", _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.Clerk }) { SecurityStamp = TestAccounts.Stamp };

    private Task<SummaryReport> BuildAsync(ReportFilter? filter = null) =>
        new SummaryReportService(_database, TestClock.At(2026, 11, 26)).BuildAsync(Clerk, October, filter ?? new ReportFilter(), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Each_figure_equals_the_count_of_the_fixture_as_of_the_end_of_the_period()
    {
        var report = await BuildAsync();

        var finance = Assert.Single(report.Rows);
        Assert.Equal("Sở Tài chính", finance.UnitName);
        Assert.Equal(2, finance.NotStartedOnTime);      // B, H (redirected to Finance)
        Assert.Equal(1, finance.NotStartedOverdue);     // A
        Assert.Equal(2, finance.InProgressOnTime);      // D awaiting confirmation, F confirmed only in November
        Assert.Equal(1, finance.InProgressOverdue);     // C
        Assert.Equal(0, finance.CompletedOnTime);
        Assert.Equal(1, finance.CompletedOverdue);      // E
        Assert.Equal(7, report.Totals.Total);
        Assert.Equal(2, report.DocumentCount);
    }

    [Fact]
    public async Task A_months_report_keeps_the_unfinished_work_carried_over_from_earlier_months_unless_told_otherwise()
    {
        var november = ReportPeriod.Create(PeriodKind.Month, 2026, 11);
        var service = new SummaryReportService(_database, TestClock.At(2026, 11, 26));
        var ct = TestContext.Current.CancellationToken;

        // By default: November's task and October's work not completed before 01/11 (all but E), as they stand on 26/11.
        var carried = await service.BuildAsync(Clerk, november, new ReportFilter(), ct);
        var finance = Assert.Single(carried.Rows);
        Assert.Equal(1, finance.NotStartedOnTime);      // H
        Assert.Equal(3, finance.NotStartedOverdue);     // A, B (due 10/11), the November task (due 20/11)
        Assert.Equal(1, finance.InProgressOnTime);      // D awaiting confirmation
        Assert.Equal(1, finance.InProgressOverdue);     // C
        Assert.Equal(1, finance.CompletedOnTime);       // F, confirmed on 03/11
        Assert.Equal(0, finance.CompletedOverdue);      // E was completed in October: not carried over
        Assert.Equal(7, carried.Totals.Total);
        Assert.Equal(2, carried.DocumentCount);
        Assert.Equal(ReportScope.WithCarriedOver, carried.Scope);
        Assert.Equal(new DateOnly(2026, 11, 26), carried.AsOfDate);

        var registered = await service.BuildAsync(Clerk, november, new ReportFilter(Scope: ReportScope.RegisteredInPeriod), ct);
        Assert.Equal(1, registered.Totals.Total);
        Assert.Equal(1, registered.Totals.NotStartedOverdue);
        Assert.Equal(1, registered.DocumentCount);

        var upToDate = await service.BuildAsync(Clerk, november, new ReportFilter(Scope: ReportScope.UpToDate), ct);
        Assert.Equal(8, upToDate.Totals.Total);
        Assert.Equal(1, upToDate.Totals.CompletedOverdue);  // E too

        // Phụ lục IV of the unit holds the same tasks, and both workbooks say which scope and as of which day.
        var unitReport = await new UnitReportService(_database, TestClock.At(2026, 11, 26)).BuildAsync(Clerk, _data.Finance.Id, november, ct);
        Assert.Equal(7, unitReport.Lines.Count);
        Assert.Equal((4, 1, 3), (unitReport.NotStarted, unitReport.NotStartedNotDue, unitReport.NotStartedOverdue));
        using var book = new XLWorkbook(new MemoryStream(new SummaryReportExporter(TestOptions.Portal()).Export(carried, new DateOnly(2026, 11, 26))));
        var cells = book.Worksheets.First().CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(cells, c => c.Contains(ReportScopes.Label(ReportScope.WithCarriedOver), StringComparison.Ordinal));
        Assert.Contains(cells, c => c.StartsWith("Đến ngày 26/11/2026, UBND tỉnh đã ban hành 2 văn bản", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_change_after_the_period_does_not_change_the_report_of_that_period()
    {
        var before = await BuildAsync();
        await using (var db = _database.CreateDbContext())
        {
            var task = await db.CaseTasks.SingleAsync(t => t.Id == _awaitingInOctober, TestContext.Current.CancellationToken);
            task.Confirm(_data.TrackerActor, Vn(2026, 11, 5), ReviewDecision.Accepted, null);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var after = await BuildAsync();

        Assert.Equal(before.Rows, after.Rows);
    }

    [Fact]
    public async Task A_period_still_running_is_judged_as_it_stands_today()
    {
        var november = ReportPeriod.Create(PeriodKind.Month, 2026, 11);
        var ct = TestContext.Current.CancellationToken;

        // November's own task (due 20/11), without the work carried over from October.
        var own = new ReportFilter(Scope: ReportScope.RegisteredInPeriod);
        var onTwelfth = await new SummaryReportService(_database, TestClock.At(2026, 11, 12)).BuildAsync(Clerk, november, own, ct);
        var onTwentySixth = await new SummaryReportService(_database, TestClock.At(2026, 11, 26)).BuildAsync(Clerk, november, own, ct);

        Assert.Equal((1, 0), (onTwelfth.Totals.NotStartedOnTime, onTwelfth.Totals.NotStartedOverdue));
        Assert.Equal((0, 1), (onTwentySixth.Totals.NotStartedOnTime, onTwentySixth.Totals.NotStartedOverdue));
        // With the work carried over from October: H and November's task on time on the 12th, A and B (due 10/11) overdue.
        var carried = await new SummaryReportService(_database, TestClock.At(2026, 11, 12)).BuildAsync(Clerk, november, new ReportFilter(), ct);
        Assert.Equal((2, 2), (carried.Totals.NotStartedOnTime, carried.Totals.NotStartedOverdue));
        Assert.Equal(new DateOnly(2026, 11, 12), carried.AsOfDate);
    }

    [Fact]
    public async Task Filters_by_unit_and_leader_narrow_the_figures()
    {
        Assert.Empty((await BuildAsync(new ReportFilter(UnitId: _data.Health.Id))).Rows);
        Assert.Equal(7, (await BuildAsync(new ReportFilter(LeaderId: _data.Chairman.Id))).Totals.Total);
        Assert.Empty((await BuildAsync(new ReportFilter(LeaderId: _data.Tracker.Id))).Rows);
        var social = await BuildAsync(new ReportFilter(Field: DocumentField.VanXa));
        Assert.Equal((1, 1, 1), (social.Totals.NotStartedOnTime, social.Totals.InProgressOnTime, social.Totals.CompletedOverdue));  // H, F, E
        Assert.Equal(3, social.Totals.Total);
    }

    [Fact]
    public async Task The_unit_report_groups_the_units_tasks_by_status_with_reasons_for_overdue_ones_and_proposals()
    {
        var report = await new UnitReportService(_database, TestClock.At(2026, 11, 26)).BuildAsync(Clerk, _data.Finance.Id, October, TestContext.Current.CancellationToken);

        Assert.Equal(7, report.Lines.Count);
        Assert.Equal((3, 2, 1), (report.NotStarted, report.NotStartedNotDue, report.NotStartedOverdue));
        Assert.Equal(3, report.InProgress);
        Assert.Equal(1, report.Completed);
        Assert.Equal(["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành"], report.Groups.Select(g => g.Title));
        var late = report.Lines.Single(l => l.Content.StartsWith("C ", StringComparison.Ordinal));
        Assert.Contains("Lý do quá hạn: Chờ số liệu của các xã", late.Situation);
        var silent = report.Lines.Single(l => l.Content.StartsWith("A ", StringComparison.Ordinal));
        Assert.Contains("đơn vị chưa nêu lý do", silent.Situation);
        Assert.Equal(["Đề nghị gia hạn đến 30/11/2026"], report.Proposals);
    }

    [Fact]
    public async Task The_year_end_evaluation_counts_each_units_results_and_deducts_points_for_overdue_ones()
    {
        var service = new EvaluationService(_database, TestOptions.RuleProfiles(_database), TestClock.At(2026, 11, 26, 9), new CalendarCache(_database));

        var evaluation = await service.BuildAsync(Clerk, 2026, TestContext.Current.CancellationToken);

        var finance = Assert.Single(evaluation.Units);
        Assert.Equal("Sở Tài chính", finance.Unit);
        Assert.Equal(8, finance.Received);               // A–F, H (redirected) and the November task
        Assert.Equal(1, finance.CompletedOnTime);        // F, confirmed on 03/11
        Assert.Equal(1, finance.CompletedLate);          // E
        Assert.Equal(1, finance.InProgressOverdue);      // C
        Assert.Equal(3, finance.NotStartedOverdue);      // A, B and the November task by 26/11
        Assert.Equal(0, finance.Extensions);
        Assert.Equal(90, finance.Score);                 // 100 − 2 × 5 overdue

        var bytes = new EvaluationExporter(Options.Create(new PortalOptions())).Export(evaluation, new DateOnly(2026, 12, 20));
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var row = book.Worksheet(1).CellsUsed().Single(c => c.GetString() == "Sở Tài chính").WorksheetRow();
        Assert.Equal(0, row.Cell(9).GetDouble());        // late updates: none of these tasks carries an answer's date
        Assert.Equal(90, row.Cell(10).GetDouble());
        Assert.Equal("DanhGiaCuoiNam_2026.xlsx", EvaluationExporter.FileName(evaluation));
    }

    [Fact]
    public async Task A_task_completed_late_is_deducted_by_its_own_amount_apart_from_unfinished_overdue_ones()
    {
        // Đồng Tháp 128 Điều 5.2: unfinished past the deadline "bị trừ điểm"; completed late "xem xét bị trừ điểm".
        var profiles = TestOptions.RuleProfiles(_database, e => (e.OverdueDeduction, e.LateCompletionDeduction) = (3, 0.5));
        var service = new EvaluationService(_database, profiles, TestClock.At(2026, 11, 26, 9), new CalendarCache(_database));

        var finance = Assert.Single((await service.BuildAsync(Clerk, 2026, TestContext.Current.CancellationToken)).Units);

        Assert.Equal((1, 4), (finance.CompletedLate, finance.InProgressOverdue + finance.NotStartedOverdue));
        Assert.Equal(87.5, finance.Score);               // 100 − 3 × 4 unfinished overdue − 0.5 × 1 completed late
    }

    [Fact]
    public async Task A_unit_leader_reads_only_their_own_units_report()
    {
        var healthLeader = new Actor("h", "Y tế", _data.HealthLeader.Id, _data.Health.Id, new HashSet<string> { PortalRoles.UnitLeader }) { SecurityStamp = TestAccounts.Stamp };
        var service = new UnitReportService(_database, TestClock.At(2026, 11, 26));

        await Assert.ThrowsAsync<Portal.Domain.Security.ForbiddenException>(() => service.BuildAsync(healthLeader, _data.Finance.Id, October, TestContext.Current.CancellationToken));
        var own = await service.BuildAsync(healthLeader, _data.Health.Id, October, TestContext.Current.CancellationToken);
        Assert.Empty(own.Lines);  // G is back at the Office, H went to Finance
    }

    [Fact]
    public async Task The_unit_report_workbook_follows_Phu_luc_IV()
    {
        var report = await new UnitReportService(_database, TestClock.At(2026, 11, 26)).BuildAsync(Clerk, _data.Finance.Id, October, TestContext.Current.CancellationToken);

        var bytes = new UnitReportExporter(Options.Create(new PortalOptions())).Export(report, new DateOnly(2026, 11, 2));

        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        var cells = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("I. TỔNG HỢP:", cells);
        Assert.Contains("1. Chưa thực hiện: 3", cells);
        Assert.Contains("    Trong đó: Chưa đến hạn: 2; Đã quá hạn: 1", cells);
        Assert.Contains("II. TÌNH HÌNH THỰC HIỆN CỤ THỂ:", cells);
        Assert.Contains("(Trường hợp quá hạn phải nêu rõ lý do)", cells);
        Assert.Contains("III. KIẾN NGHỊ VÀ ĐỀ XUẤT", cells);
        Assert.Contains("THỦ TRƯỞNG CƠ QUAN", cells);
        Assert.Contains("Đang thực hiện (3)", cells);
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.StartsWith("PhuLucIV_so-tai-chinh_2026-10", UnitReportExporter.FileName(report));
    }

    [Fact]
    public async Task The_workbook_carries_the_template_header_table_totals_and_print_setup()
    {
        var report = await BuildAsync();
        var exporter = new SummaryReportExporter(Options.Create(new PortalOptions { ProvinceName = "Tỉnh Demo", ReportParentBody = "UBND TỈNH DEMO" }));

        var bytes = exporter.Export(report, new DateOnly(2026, 11, 2));

        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        var cells = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cells);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", cells);
        Assert.Contains("Số:        /BC-VPUB", cells);
        Assert.Contains("Tỉnh Demo, ngày 02 tháng 11 năm 2026", cells);
        Assert.Contains("BÁO CÁO", cells);
        Assert.Contains(SummaryReportExporter.Title, cells);
        Assert.Contains("CHÁNH VĂN PHÒNG", cells);
        var notStarted = sheet.CellsUsed().Single(c => c.GetString() == "Chưa thực hiện");
        Assert.True(notStarted.IsMerged());
        Assert.Equal(2, notStarted.MergedRange().ColumnCount());
        Assert.Equal("Trong hạn", notStarted.CellBelow().GetString());
        Assert.Equal("Quá hạn", notStarted.CellBelow().CellRight().GetString());
        var totals = sheet.CellsUsed().Single(c => c.GetString() == "Tổng cộng").WorksheetRow();
        Assert.Equal([2, 1, 2, 1, 0, 1], Enumerable.Range(3, 6).Select(c => (int)totals.Cell(c).GetDouble()));
        var financeRow = sheet.CellsUsed().Single(c => c.GetString() == "Sở Tài chính").WorksheetRow();
        Assert.Equal("1.", financeRow.Cell(1).GetString());
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal(notStarted.Address.RowNumber, sheet.PageSetup.FirstRowToRepeatAtTop);
        Assert.Equal(notStarted.Address.RowNumber + 1, sheet.PageSetup.LastRowToRepeatAtTop);
        Assert.Equal("Times New Roman", sheet.Cell(1, 1).Style.Font.FontName);
        Assert.Equal(XLBorderStyleValues.Thin, financeRow.Cell(2).Style.Border.LeftBorder);
        Assert.Equal("PhuLucV_2026-10.xlsx", SummaryReportExporter.FileName(report));
    }
}

public sealed class SqliteSummaryReportTests() : SummaryReportTests(DatabaseProvider.Sqlite);

public sealed class PostgresSummaryReportTests() : SummaryReportTests(DatabaseProvider.Postgres);
