using ClosedXML.Excel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Portal.App.Features.Reports;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Directives;
using Portal.Domain.Reports;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Data;

/// <summary>Phụ lục I (row 2): entry timeliness per drafter for the documents issued in October 2026.</summary>
public sealed class EntryReportTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleData _data = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TestAccounts.AddAsync(_database, "c");
        await using var db = _database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        DirectiveDocument Doc(string number, DateOnly issued, int drafter, DateTimeOffset? registeredAt, DateOnly deadline)
        {
            var document = new DirectiveDocument(DocumentType.CongVan, number, "UBND-TH", $"Văn bản {number}", issued, _data.Province.Id, SecrecyLevel.None)
            {
                DrafterId = drafter,
            };
            if (registeredAt is { } at) document.Register(drafter, at, deadline);
            return document;
        }
        db.DirectiveDocuments.AddRange(
            Doc("1", new DateOnly(2026, 10, 1), _data.Tracker.Id, Vn(2026, 10, 2), new DateOnly(2026, 10, 5)),
            Doc("2", new DateOnly(2026, 10, 5), _data.Tracker.Id, Vn(2026, 10, 12), new DateOnly(2026, 10, 7)),
            Doc("3", new DateOnly(2026, 10, 28), _data.Tracker.Id, Vn(2026, 11, 3), new DateOnly(2026, 10, 30)),
            Doc("4", new DateOnly(2026, 10, 10), _data.FinanceLeader.Id, Vn(2026, 10, 12), new DateOnly(2026, 10, 13)),
            Doc("5", new DateOnly(2026, 11, 2), _data.Tracker.Id, Vn(2026, 11, 2), new DateOnly(2026, 11, 4)));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Actor Clerk => new("c", "Văn thư", _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.Clerk }) { SecurityStamp = TestAccounts.Stamp };

    [Fact]
    public async Task Each_drafters_documents_are_counted_as_entered_on_time_late_or_not_yet_at_the_end_of_the_period()
    {
        var report = await new EntryReportService(_database).BuildAsync(Clerk, ReportPeriod.Create(PeriodKind.Month, 2026, 10), TestContext.Current.CancellationToken);

        var tracker = report.Rows.Single(r => r.PersonId == _data.Tracker.Id);
        Assert.Equal((2, 1, 1, 1), (tracker.Entered, tracker.OnTime, tracker.Late, tracker.NotEntered));
        Assert.Equal(1.0 / 3, tracker.OnTimeRate!.Value, 6);
        var other = report.Rows.Single(r => r.PersonId == _data.FinanceLeader.Id);
        Assert.Equal((1, 1, 0, 0), (other.Entered, other.OnTime, other.Late, other.NotEntered));
        Assert.Equal((3, 2, 1, 1), (report.Totals.Entered, report.Totals.OnTime, report.Totals.Late, report.Totals.NotEntered));
    }

    [Fact]
    public async Task The_workbook_carries_the_Phu_luc_II_columns_and_totals()
    {
        var report = await new EntryReportService(_database).BuildAsync(Clerk, ReportPeriod.Create(PeriodKind.Month, 2026, 10), TestContext.Current.CancellationToken);

        var bytes = new EntryReportExporter(Options.Create(new PortalOptions())).Export(report, new DateOnly(2026, 11, 2));

        using var book = new XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        var cells = sheet.CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Họ và tên (người dự thảo VB)", cells);
        Assert.Contains("Tỷ lệ đúng hạn", cells);
        Assert.Contains("(từ ngày 01/10/2026 đến ngày 31/10/2026)", cells);
        Assert.Contains("Trần Thị Theo Dõi", cells);
        var totals = sheet.CellsUsed().Single(c => c.GetString() == "Tổng cộng").WorksheetRow();
        Assert.Equal([3, 2, 1, 1], Enumerable.Range(3, 4).Select(c => (int)totals.Cell(c).GetDouble()));
        Assert.Equal(0.5, totals.Cell(7).GetDouble(), 6);
        Assert.Equal("PhuLucI_2026-10.xlsx", EntryReportExporter.FileName(report));
    }
}
