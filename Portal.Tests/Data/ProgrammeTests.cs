using ClosedXML.Excel;
using Microsoft.Extensions.Options;
using Portal.App.Features.Programme;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Reports;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>The work programme register and Phụ lục VI for October 2026.</summary>
public sealed class ProgrammeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private ProgrammeService _programme = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TestAccounts.AddAsync(_database, "l", "h", "o");
        await using var db = _database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        _programme = new ProgrammeService(_database, TestClock.At(2026, 10, 20));
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Actor FinanceLeader => new("l", "Lê Văn Đức", _data.FinanceLeader.Id, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitLeader }) { SecurityStamp = TestAccounts.Stamp };
    private Actor HealthLeader => new("h", "Hoàng Minh Tâm", _data.HealthLeader.Id, _data.Health.Id, new HashSet<string> { PortalRoles.UnitLeader }) { SecurityStamp = TestAccounts.Stamp };
    private Actor Office => new("o", "Theo dõi", _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.TrackingSpecialist }) { SecurityStamp = TestAccounts.Stamp };

    private async Task<int> VersionAsync(int id) =>
        (await _programme.ListAsync(Office, 2026, null, TestContext.Current.CancellationToken)).Single(p => p.Id == id).Version;

    [Fact]
    public async Task Phu_luc_VI_counts_registered_added_moved_submitted_and_issued_projects_of_the_period()
    {
        var ct = TestContext.Current.CancellationToken;
        var p1 = await _programme.RegisterAsync(FinanceLeader, 2026, _data.Finance.Id, "Đề án 1", 10, ct);
        var p2 = await _programme.RegisterAsync(FinanceLeader, 2026, _data.Finance.Id, "Đề án 2", 10, ct);
        var p3 = await _programme.RegisterAsync(FinanceLeader, 2026, _data.Finance.Id, "Đề án 3", 10, ct);
        await _programme.RegisterAsync(Office, 2026, _data.Finance.Id, "Đề án giao thêm", 10, ct);
        var p5 = await _programme.RegisterAsync(FinanceLeader, 2026, _data.Finance.Id, "Đề án tháng 9", 9, ct);
        await _programme.MoveAsync(Office, p3, await VersionAsync(p3), 12, "Đơn vị đề nghị lùi", ct);
        await _programme.MoveAsync(Office, p5, await VersionAsync(p5), 10, "Đơn vị đề nghị lùi", ct);
        await _programme.MarkSubmittedAsync(FinanceLeader, p1, await VersionAsync(p1), ct);
        await _programme.MarkIssuedAsync(Office, p1, await VersionAsync(p1), ct);
        await _programme.MarkSubmittedAsync(FinanceLeader, p2, await VersionAsync(p2), ct);

        var report = await _programme.ReportAsync(Office, ReportPeriod.Create(PeriodKind.Month, 2026, 10), ct);

        var finance = Assert.Single(report.Rows);
        Assert.Equal((3, 2, 1, 4), (finance.Registered, finance.Added, finance.MovedOrWithdrawn, finance.Due));
        Assert.Equal((2, 1, 2), (finance.Submitted, finance.Issued, finance.NotSubmitted));
        Assert.Equal(0.5, finance.SubmittedRate);

        using var book = new XLWorkbook(new MemoryStream(new ProgrammeReportExporter(Options.Create(new PortalOptions())).Export(report, new DateOnly(2026, 11, 2))));
        var cells = book.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Số đề án đăng ký đầu năm", cells);
        Assert.Contains("Số đề án xin chuyển, rút khỏi CTCT", cells);
        Assert.Contains("Tỷ lệ đề án đã trình", cells);
        Assert.Equal("PhuLucVI_2026-10.xlsx", ProgrammeReportExporter.FileName(report));
    }

    [Fact]
    public async Task Units_register_only_their_own_projects_and_only_the_Office_moves_withdraws_or_issues()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await _programme.RegisterAsync(FinanceLeader, 2026, _data.Finance.Id, "Đề án", 11, ct);

        await Assert.ThrowsAsync<Portal.Domain.Security.ForbiddenException>(() => _programme.RegisterAsync(HealthLeader, 2026, _data.Finance.Id, "Đề án khác", 11, ct));
        await Assert.ThrowsAsync<Portal.Domain.Security.ForbiddenException>(() => _programme.MoveAsync(FinanceLeader, id, 0, 12, "Lùi", ct));
        await Assert.ThrowsAsync<DomainException>(() => _programme.WithdrawAsync(Office, id, 0, " ", ct));
        await Assert.ThrowsAsync<DomainException>(() => _programme.MarkIssuedAsync(Office, id, 0, ct));

        Assert.Empty(await _programme.ListAsync(HealthLeader, 2026, null, ct));
        var stored = Assert.Single(await _programme.ListAsync(Office, 2026, null, ct));
        Assert.Equal((11, Portal.Domain.Programme.ProjectStatus.Planned), (stored.Month, stored.Status));
    }
}
