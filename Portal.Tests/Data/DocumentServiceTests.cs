using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.App.Features.Directives;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Directives;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>The register of documents (DOMAIN_FACTS §2.2): listed, opened, corrected with history, withdrawn when entered by mistake.</summary>
public abstract class DocumentServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.At(2026, 11, 2, 9);
    private DocumentRegistrationService _registration = null!;
    private DocumentService _documents = null!;
    private TaskWorkflowService _workflow = null!;
    private TaskQueryService _queries = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await TestAccounts.AddAsync(_database, "u-tracker", "u-leader");
        await using (var db = _database.CreateDbContext()) _data = await SampleData.SeedAsync(db);
        var calendars = new CalendarCache(_database);
        var notifier = new TaskNotifier(NullLogger<TaskNotifier>.Instance);
        _registration = new DocumentRegistrationService(_database, _clock, calendars, TestOptions.RuleProfiles(_database), notifier);
        _documents = new DocumentService(_database, _clock, calendars, TestOptions.RuleProfiles(_database));
        _workflow = new TaskWorkflowService(_database, _clock, calendars, new UnitTreeCache(_database), notifier, TestOptions.RuleProfiles(_database));
        _queries = new TaskQueryService(_database, calendars, new UnitTreeCache(_database), _clock, TestOptions.Portal());
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Actor Tracker => new Actor("u-tracker", _data.Tracker.FullName, _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.TrackingSpecialist }).Signed();
    private Actor Leader => new Actor("u-leader", _data.FinanceLeader.FullName, _data.FinanceLeader.Id, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitLeader }).Signed();

    private async Task<RegisteredDocument> RegisterAsync(string number, int tasks = 2) =>
        await _registration.RegisterAsync(Tracker, new NewDocument
        {
            Number = number,
            Symbol = "UBND-KT",
            Summary = "Về việc thử sổ văn bản",
            IssueDate = new DateTime(2026, 10, 30),
            IssuerUnitId = _data.Province.Id,
            Tasks = [.. Enumerable.Range(1, tasks).Select(i => new NewTask { Content = $"Nhiệm vụ {i} thử sổ văn bản", LeadUnitId = _data.Finance.Id, Deadline = new DateTime(2026, 11, 30) })],
        }, TestContext.Current.CancellationToken);

    private async Task<int> VersionAsync(int id) => (await _documents.GetAsync(Tracker, id, TestContext.Current.CancellationToken))!.Document.Version;

    [Fact]
    public async Task A_corrected_number_is_recorded_in_the_history_and_carried_to_the_tasks_and_a_number_in_use_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await RegisterAsync("101");
        await RegisterAsync("102", tasks: 1);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            _documents.CorrectAsync(Tracker, first.DocumentId, 0, DocumentType.CongVan, "102", "UBND-KT", "Về việc thử sổ văn bản", new DateOnly(2026, 10, 30), ct));
        Assert.Contains("đã được dùng", refused.Message);
        await _documents.CorrectAsync(Tracker, first.DocumentId, await VersionAsync(first.DocumentId), DocumentType.CongVan, "110", "UBND-KT",
                                      "Về việc thử sổ văn bản (điều chỉnh)", new DateOnly(2026, 10, 29), ct);

        var detail = (await _documents.GetAsync(Tracker, first.DocumentId, ct))!;
        Assert.Equal(("110/UBND-KT", new DateOnly(2026, 10, 29)), (detail.Document.NumberAndSymbol, detail.Document.IssueDate));
        var revision = Assert.Single(detail.Revisions);
        Assert.Equal("Điều chỉnh văn bản", revision.Action);
        Assert.Contains("Số, ký hiệu: 101/UBND-KT → 110/UBND-KT", revision.Change);
        Assert.Contains("Ngày ban hành: 30/10/2026 → 29/10/2026", revision.Change);
        var tasks = await _queries.ListAsync(Tracker, new TaskFilter { Text = "110/UBND-KT" }, 0, 20, ct);
        Assert.Equal(first.TaskIds.Order(), tasks.Rows.Select(r => r.Id).Order());
        Assert.All(tasks.Rows, r => Assert.Equal("110/UBND-KT", r.SourceReference));
        var list = await _documents.ListAsync(Tracker, "dieu chinh", 0, 20, ct);
        Assert.Equal(first.DocumentId, Assert.Single(list.Rows).Id);
    }

    [Fact]
    public async Task A_document_whose_tasks_no_unit_took_up_is_withdrawn_with_its_tasks_and_notices_and_its_number_is_free_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.CreateDbContext()) await _data.SeedAccountsAsync(db);
        var document = await RegisterAsync("201");
        await using (var db = _database.CreateDbContext())
            Assert.True(await db.Notifications.AnyAsync(n => document.TaskIds.Contains(n.TaskId!.Value), ct));

        var version = await VersionAsync(document.DocumentId);
        await Assert.ThrowsAsync<DomainException>(() => _documents.WithdrawAsync(Tracker, document.DocumentId, version, " ", ct));
        await _documents.WithdrawAsync(Tracker, document.DocumentId, await VersionAsync(document.DocumentId), "Nhập nhầm văn bản của năm trước", ct);

        await using (var db = _database.CreateDbContext())
        {
            Assert.False(await db.CaseTasks.AnyAsync(t => t.DocumentId == document.DocumentId, ct));
            Assert.False(await db.Notifications.AnyAsync(n => n.TaskId != null && document.TaskIds.Contains(n.TaskId.Value), ct));
        }
        var detail = (await _documents.GetAsync(Tracker, document.DocumentId, ct))!;
        Assert.NotNull(detail.Document.WithdrawnAt);
        Assert.Equal("Nhập nhầm văn bản của năm trước", detail.WithdrawnReason);
        Assert.Equal("Thu hồi văn bản", detail.Revisions[0].Action);
        Assert.Empty(await _registration.FindDuplicatesAsync(Tracker, "201", "UBND-KT", _data.Province.Id, new DateOnly(2026, 10, 30), ct));
        await Assert.ThrowsAsync<DomainException>(() => _documents.WithdrawAsync(Tracker, document.DocumentId, detail.Document.Version, "Lần nữa", ct));
    }

    [Fact]
    public async Task A_document_with_a_task_the_unit_received_cannot_be_withdrawn_and_stays_whole()
    {
        var ct = TestContext.Current.CancellationToken;
        var document = await RegisterAsync("301");
        var task = document.TaskIds[0];
        int version;
        await using (var read = _database.CreateDbContext())
            version = read.VersionOf(await read.CaseTasks.SingleAsync(t => t.Id == task, ct));
        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.ReceiveAsync(Leader, task, version, ct);

        var detail = (await _documents.GetAsync(Tracker, document.DocumentId, ct))!;
        Assert.False(detail.Withdrawable);
        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            _documents.WithdrawAsync(Tracker, document.DocumentId, detail.Document.Version, "Nhập nhầm", ct));

        Assert.Contains("không thể thu hồi", refused.Message);
        await using var db = _database.CreateDbContext();
        Assert.Equal(2, await db.CaseTasks.CountAsync(t => t.DocumentId == document.DocumentId, ct));
        Assert.Null((await db.DirectiveDocuments.SingleAsync(d => d.Id == document.DocumentId, ct)).WithdrawnAt);
    }
}

public sealed class SqliteDocumentServiceTests() : DocumentServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresDocumentServiceTests() : DocumentServiceTests(DatabaseProvider.Postgres);
