using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Directives;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>A directive document's appendix of tasks from Excel fills the registration form: checked row by row, nothing written.</summary>
public sealed class TaskListImportTests : IAsyncLifetime
{
    private TestApp _app = null!;
    private SampleData _data = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Actor Clerk => new Actor("u-clerk", "Văn thư", _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.Clerk }).Signed();

    public async ValueTask InitializeAsync()
    {
        _app = await TestApp.CreateAsync();
        await using var db = await _app.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        _data = await SampleData.SeedAsync(db);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static MemoryStream Sheet(params string[][] rows)
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Phụ lục");
        for (var c = 0; c < TaskListImport.Headers.Count; c++) sheet.Cell(1, c + 1).Value = TaskListImport.Headers[c];
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++) sheet.Cell(r + 2, c + 1).Value = rows[r][c];
        // A deadline typed as an Excel date, not as text.
        sheet.Cell(3, 4).Value = new DateTime(2026, 12, 31);
        var stream = new MemoryStream();
        book.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task The_appendix_rows_become_the_forms_tasks_with_their_units_deadlines_and_reports()
    {
        var (tasks, errors) = await _app.Get<TaskListImport>().ReadAsync(Clerk, Sheet(
            ["Báo cáo tiến độ giải ngân", "stc", "SYT", "20/12/2026", ""],
            ["Rà soát danh mục dự án", "SYT", "", "", "Không"],
            ["Tổng kết năm", "STC", "", "", "Có"]), Ct);

        Assert.Empty(errors);
        Assert.Equal(3, tasks.Count);
        Assert.Equal(("Báo cáo tiến độ giải ngân", _data.Finance.Id, new DateTime(2026, 12, 20), true),
                     (tasks[0].Content, tasks[0].LeadUnitId!.Value, tasks[0].Deadline!.Value, tasks[0].ReportRequired));
        Assert.Equal([_data.Health.Id], tasks[0].CoordinatingUnitIds);
        Assert.Equal((new DateTime(2026, 12, 31), false), (tasks[1].Deadline!.Value, tasks[1].ReportRequired));
        Assert.False(tasks[2].HasDeadline);
    }

    [Fact]
    public async Task Bad_rows_are_named_by_row_and_column_and_no_task_is_taken()
    {
        var (tasks, errors) = await _app.Get<TaskListImport>().ReadAsync(Clerk, Sheet(
            ["", "STC", "", "", ""],
            ["Nhiệm vụ hai", "KHONGCO", "", "", ""],
            ["Nhiệm vụ ba", "STC", "STC", "31/02/2026", "Có lẽ"]), Ct);

        Assert.Empty(tasks);
        Assert.Contains(errors, e => e is { Row: 2, Column: "Nội dung nhiệm vụ" });
        Assert.Contains(errors, e => e is { Row: 3, Column: "Mã đơn vị chủ trì" } && e.Message.Contains("KHONGCO"));
        Assert.Contains(errors, e => e is { Row: 4, Column: "Mã đơn vị phối hợp" });
        Assert.Contains(errors, e => e is { Row: 4, Column: "Phải báo cáo" });
        var specialist = new Actor("u-s", "Chuyên viên", _data.FinanceSpecialist.Id, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitSpecialist }).Signed();
        await Assert.ThrowsAsync<Portal.Domain.Security.ForbiddenException>(() => _app.Get<TaskListImport>().ReadAsync(specialist, Sheet(), Ct));
    }
}
