using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Data;

/// <summary>The lists' database filters agree with TaskStatusRules and honour unit, leader, period and text.</summary>
public abstract class TaskQueryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.At(2026, 11, 25, 10);
    private TaskQueryService _queries = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await TestAccounts.AddAsync(_database, "u", "h");
        await using var db = _database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var document = _data.NewDocument();
        var leader = _data.FinanceLeaderActor;
        var specialist = _data.FinanceSpecialistActor;
        var tracker = _data.TrackerActor;
        CaseTask New(DateOnly? deadline, DateTimeOffset? assignedAt = null, string content = "Nhiệm vụ") =>
            _data.NewTask(document, _data.Finance, assignedAt ?? Vn(2026, 11, 2), deadline, content);

        var tasks = new List<CaseTask>
        {
            New(new DateOnly(2026, 11, 30)),                                  // not started, on time
            New(new DateOnly(2026, 11, 20)),                                  // not started, overdue
            New(null, Vn(2026, 10, 1), "Nhiệm vụ thường xuyên về chuyển đổi số"), // not started, no deadline, assigned in October
        };
        var working = New(new DateOnly(2026, 11, 30));
        working.Delegate(leader, Vn(2026, 11, 3), _data.FinanceSpecialist.Id, []);
        var workingLate = New(new DateOnly(2026, 11, 20));
        workingLate.Receive(leader, Vn(2026, 11, 3));
        workingLate.FileProgress(leader, Vn(2026, 11, 4), "Đang làm", "Chờ số liệu", null);
        var awaitingOnTime = New(new DateOnly(2026, 11, 20));
        var awaitingLate = New(new DateOnly(2026, 11, 20));
        var doneOnTime = New(new DateOnly(2026, 11, 20));
        var doneLate = New(new DateOnly(2026, 11, 20));
        var rejectedLate = New(new DateOnly(2026, 11, 20));
        foreach (var (task, submitted) in new[] { (awaitingOnTime, Vn(2026, 11, 20, 23)), (awaitingLate, Vn(2026, 11, 21, 8)),
                                                  (doneOnTime, Vn(2026, 11, 19)), (doneLate, Vn(2026, 11, 24)), (rejectedLate, Vn(2026, 11, 18)) })
        {
            task.Delegate(leader, Vn(2026, 11, 3), _data.FinanceSpecialist.Id, []);
            task.SubmitDraft(specialist, submitted.AddHours(-1), SampleData.Report());
            task.ApproveAndSubmit(leader, submitted);
        }
        doneOnTime.Confirm(tracker, Vn(2026, 11, 24), ReviewDecision.Accepted, null);
        doneLate.Confirm(tracker, Vn(2026, 11, 25), ReviewDecision.Accepted, null);
        rejectedLate.Confirm(tracker, Vn(2026, 11, 23), ReviewDecision.Rejected, "Thiếu");
        var otherUnit = _data.NewTask(document, _data.Health, Vn(2026, 11, 2), new DateOnly(2026, 11, 30), followedByChairman: false);
        tasks.AddRange([working, workingLate, awaitingOnTime, awaitingLate, doneOnTime, doneLate, rejectedLate, otherUnit]);
        db.CaseTasks.AddRange(tasks);
        await db.SaveChangesAsync();

        _queries = new TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock, TestOptions.Portal());
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Actor Office => new("u", "Theo dõi", _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.TrackingSpecialist }) { SecurityStamp = TestAccounts.Stamp };

    [Fact]
    public async Task Every_stage_and_timeliness_filter_returns_exactly_the_tasks_the_status_rules_classify_so()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = _database.CreateDbContext();
        var all = await db.CaseTasks.AsNoTracking().ToListAsync(ct);
        var now = _clock.GetUtcNow();

        foreach (var stage in Enum.GetValues<TaskStage>())
            foreach (var timeliness in Enum.GetValues<Timeliness>())
            {
                var expected = all.Where(t => t.ProgressAt(now) == new TaskProgress(stage, timeliness)).Select(t => t.Id).Order().ToList();
                var page = await _queries.ListAsync(Office, new TaskFilter { Stage = stage, Timeliness = timeliness }, 0, 100, ct);

                Assert.True(expected.SequenceEqual(page.Rows.Select(r => r.Id).Order()), $"{stage}/{timeliness}");
                Assert.Equal(expected.Count, page.Total);
                Assert.All(page.Rows, r => Assert.Equal(new TaskProgress(stage, timeliness), r.Progress));
            }
        var counts = await _queries.CountByStatusAsync(Office, new TaskFilter(), ct);
        Assert.Equal(all.Count, counts.Values.Sum());
        Assert.Equal(2, counts[new TaskProgress(TaskStage.Completed, Timeliness.OnTime)] + counts[new TaskProgress(TaskStage.Completed, Timeliness.Overdue)]);
    }

    [Fact]
    public async Task Unit_leader_period_and_text_filters_narrow_the_list()
    {
        var ct = TestContext.Current.CancellationToken;

        var health = await _queries.ListAsync(Office, new TaskFilter { UnitId = _data.Health.Id }, 0, 50, ct);
        var byLeader = await _queries.ListAsync(Office, new TaskFilter { LeaderId = _data.Chairman.Id }, 0, 50, ct);
        var october = await _queries.ListAsync(Office, new TaskFilter { AssignedFrom = new DateOnly(2026, 10, 1), AssignedTo = new DateOnly(2026, 10, 31) }, 0, 50, ct);
        var text = await _queries.ListAsync(Office, new TaskFilter { Text = "CHUYEN DOI SO" }, 0, 50, ct);

        Assert.Equal(["Sở Y tế"], health.Rows.Select(r => r.LeadUnitName));
        Assert.Equal(10, byLeader.Total);
        Assert.Equal("Nhiệm vụ thường xuyên về chuyển đổi số", Assert.Single(october.Rows).Content);
        Assert.Equal("Nhiệm vụ thường xuyên về chuyển đổi số", Assert.Single(text.Rows).Content);
    }

    [Fact]
    public async Task The_document_filter_lists_just_the_tasks_of_that_document()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = _database.CreateDbContext();
        var second = _data.NewDocument("77", "UBND-VX", "Về việc thử lọc theo văn bản");
        db.DirectiveDocuments.Add(second);
        db.CaseTasks.Add(_data.NewTask(second, _data.Health, Vn(2026, 11, 5), new DateOnly(2026, 11, 30)));
        await db.SaveChangesAsync(ct);
        var byDocument = (await db.CaseTasks.AsNoTracking().Where(t => t.DocumentId != null).Select(t => new { t.Id, t.DocumentId }).ToListAsync(ct))
            .GroupBy(t => t.DocumentId!.Value).ToDictionary(g => g.Key, g => g.Select(t => t.Id).Order().ToList());
        Assert.True(byDocument.Count > 1);

        foreach (var (document, ids) in byDocument)
        {
            var page = await _queries.ListAsync(Office, new TaskFilter { DocumentId = document }, 0, 50, ct);
            Assert.Equal(ids, page.Rows.Select(r => r.Id).Order());
        }
    }

    [Fact]
    public async Task A_text_search_counts_up_to_its_limit_and_lists_the_most_recently_entered_matches_first()
    {
        var ct = TestContext.Current.CancellationToken;
        var queries = new TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock,
                                           TestOptions.Portal(o => o.TextSearchCountLimit = 3));
        await using var db = _database.CreateDbContext();
        var matching = await db.CaseTasks.AsNoTracking().Where(t => t.Content.StartsWith("Nhiệm vụ")).Select(t => t.Id).ToListAsync(ct);

        var many = await queries.ListAsync(Office, new TaskFilter { Text = "nhiem vu" }, 0, 4, ct);
        var few = await queries.ListAsync(Office, new TaskFilter { Text = "chuyen doi so" }, 0, 4, ct);
        var unfiltered = await queries.ListAsync(Office, new TaskFilter(), 0, 4, ct);

        Assert.True(matching.Count > 3);
        Assert.Equal((3, true), (many.Total, many.TotalIsLowerBound));
        Assert.Equal(matching.OrderDescending().Take(4), many.Rows.Select(r => r.Id));
        Assert.Equal((1, false), (few.Total, few.TotalIsLowerBound));
        Assert.Equal((11, false), (unfiltered.Total, unfiltered.TotalIsLowerBound));
    }

    [Fact]
    public async Task A_unit_sees_only_its_own_and_coordinated_tasks_and_pages_are_stable()
    {
        var ct = TestContext.Current.CancellationToken;
        var healthLeader = new Actor("h", "Y tế", _data.HealthLeader.Id, _data.Health.Id, new HashSet<string> { PortalRoles.UnitLeader }) { SecurityStamp = TestAccounts.Stamp };

        var visible = await _queries.ListAsync(healthLeader, new TaskFilter(), 0, 50, ct);
        var first = await _queries.ListAsync(Office, new TaskFilter(), 0, 4, ct);
        var second = await _queries.ListAsync(Office, new TaskFilter(), 1, 4, ct);

        Assert.Equal(1, visible.Total);
        Assert.Equal(11, first.Total);
        Assert.Empty(first.Rows.Select(r => r.Id).Intersect(second.Rows.Select(r => r.Id)));
        Assert.Equal(4, second.Rows.Count);
    }
}

public sealed class SqliteTaskQueryTests() : TaskQueryTests(DatabaseProvider.Sqlite);

public sealed class PostgresTaskQueryTests() : TaskQueryTests(DatabaseProvider.Postgres);
