using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Domain.Text;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Data;

/// <summary>The same persistence tests on every provider that can run here.</summary>
public abstract class PersistenceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Migrations_leave_no_pending_model_changes()
    {
        await using var db = _database.CreateDbContext();

        var pending = await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken);

        Assert.Empty(pending);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public async Task A_task_with_its_document_coordination_and_history_round_trips()
    {
        var ct = TestContext.Current.CancellationToken;
        int taskId;
        SampleData data;
        await using (var db = _database.CreateDbContext())
        {
            data = await SampleData.SeedAsync(db);
            var document = data.NewDocument();
            document.Register(data.Tracker.Id, Vn(2026, 11, 2, 16, 30), new DateOnly(2026, 11, 4));
            var task = data.NewTask(document, data.Finance, Vn(2026, 11, 2, 16, 30), new DateOnly(2026, 11, 20));
            task.AddCoordinatingUnit(data.Health.Id);
            task.Delegate(data.FinanceLeaderActor, Vn(2026, 11, 3), data.FinanceSpecialist.Id, [data.FinanceLeader.Id]);
            task.SubmitDraft(data.FinanceSpecialistActor, Vn(2026, 11, 10), SampleData.Report());
            task.ApproveAndSubmit(data.FinanceLeaderActor, Vn(2026, 11, 20, 23, 45));
            db.CaseTasks.Add(task);
            await db.SaveChangesAsync(ct);
            taskId = task.Id;
        }

        await using (var db = _database.CreateDbContext())
        {
            var task = await db.CaseTasks.Include(t => t.Document).Include(t => t.CoordinatingUnits).Include(t => t.History)
                .Include(t => t.Participants).SingleAsync(t => t.Id == taskId, ct);

            Assert.Equal("12/UBND-KT", task.Document!.NumberAndSymbol);
            Assert.True(task.Document!.EnteredOnTime);
            Assert.Equal(Vn(2026, 11, 20, 23, 45), task.LastSubmittedAt);
            Assert.Equal(new DateOnly(2026, 11, 20), task.LastSubmittedOn);
            Assert.Equal(TaskState.Submitted, task.State);
            Assert.Equal([data.Health.Id], task.CoordinatingUnits.Select(c => c.UnitId));
            Assert.Equal(4, task.History.Count);
            Assert.Equal("25/BC-STC", task.Report!.NumberAndSymbol);
            Assert.Equal(2, task.Participants.Count);
            Assert.Equal(new TaskProgress(TaskStage.AwaitingConfirmation, Timeliness.OnTime), task.ProgressAt(Vn(2026, 11, 23)));
        }
    }

    [Fact]
    public async Task Instants_come_back_as_the_same_moment_and_order_correctly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.CreateDbContext())
        {
            var data = await SampleData.SeedAsync(db);
            var document = data.NewDocument();
            db.CaseTasks.AddRange(
                data.NewTask(document, data.Finance, Vn(2026, 11, 2, 8), null, "sớm"),
                data.NewTask(document, data.Finance, Vn(2026, 11, 2, 6, 59), null, "sớm hơn"),
                data.NewTask(document, data.Finance, Vn(2026, 11, 3, 1), null, "muộn"));
            await db.SaveChangesAsync(ct);
        }

        await using (var db = _database.CreateDbContext())
        {
            var ordered = await db.CaseTasks.OrderBy(t => t.AssignedAt).Select(t => t.Content).ToListAsync(ct);
            var since = Vn(2026, 11, 2, 7);
            var after = await db.CaseTasks.CountAsync(t => t.AssignedAt > since, ct);

            Assert.Equal(["sớm hơn", "sớm", "muộn"], ordered);
            Assert.Equal(2, after);
        }
    }

    [Fact]
    public async Task A_concurrent_edit_of_the_same_task_raises_a_conflict_and_keeps_the_first_change()
    {
        var ct = TestContext.Current.CancellationToken;
        int taskId;
        SampleData data;
        await using (var db = _database.CreateDbContext())
        {
            data = await SampleData.SeedAsync(db);
            var task = data.NewTask(data.NewDocument(), data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 20));
            task.Delegate(data.FinanceLeaderActor, Vn(2026, 11, 3), data.FinanceSpecialist.Id, []);
            task.SubmitDraft(data.FinanceSpecialistActor, Vn(2026, 11, 10), SampleData.Report());
            db.CaseTasks.Add(task);
            await db.SaveChangesAsync(ct);
            taskId = task.Id;
        }

        await using var first = _database.CreateDbContext();
        await using var second = _database.CreateDbContext();
        var a = await first.CaseTasks.SingleAsync(t => t.Id == taskId, ct);
        var b = await second.CaseTasks.SingleAsync(t => t.Id == taskId, ct);
        a.ApproveAndSubmit(data.FinanceLeaderActor, Vn(2026, 11, 11, 9));
        b.SendBackDraft(data.FinanceLeaderActor, Vn(2026, 11, 11, 9, 1), "Bổ sung số liệu");
        await first.SaveChangesAsync(ct);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));

        await using var check = _database.CreateDbContext();
        var stored = await check.CaseTasks.Include(t => t.History).SingleAsync(t => t.Id == taskId, ct);
        Assert.Equal(TaskState.Submitted, stored.State);
        Assert.DoesNotContain(stored.History, h => h.Action == "Trả lại dự thảo");
    }

    [Fact]
    public async Task A_stale_version_from_an_earlier_screen_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        int taskId;
        SampleData data;
        await using (var db = _database.CreateDbContext())
        {
            data = await SampleData.SeedAsync(db);
            var task = data.NewTask(data.NewDocument(), data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 20));
            db.CaseTasks.Add(task);
            await db.SaveChangesAsync(ct);
            taskId = task.Id;
            task.Receive(data.FinanceLeaderActor, Vn(2026, 11, 3));
            await db.SaveChangesAsync(ct);
            Assert.Equal(1, db.VersionOf(task));
        }

        await using var later = _database.CreateDbContext();
        var reloaded = await later.CaseTasks.SingleAsync(t => t.Id == taskId, ct);
        later.ExpectVersion(reloaded, 0);
        reloaded.FileProgress(data.FinanceLeaderActor, Vn(2026, 11, 4), "Đang triển khai", null, null);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => later.SaveChangesAsync(ct));
    }

    [Fact]
    public async Task The_folded_search_column_finds_names_and_contents_typed_without_accents()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.CreateDbContext())
        {
            var data = await SampleData.SeedAsync(db);
            db.CaseTasks.Add(data.NewTask(data.NewDocument("128", "QĐ-UBND"), data.Finance, Vn(2026, 11, 2), null, "Đẩy nhanh tiến độ giải phóng mặt bằng"));
            await db.SaveChangesAsync(ct);
        }

        await using var query = _database.CreateDbContext();
        var name = TextFolding.Fold("nguyen");
        var people = await query.People.Where(p => p.SearchText.Contains(name)).Select(p => p.FullName).ToListAsync(ct);
        var content = TextFolding.Fold("GIAI PHONG mat bang");
        var tasks = await query.CaseTasks.CountAsync(t => t.SearchText.Contains(content), ct);
        var number = TextFolding.Fold("128/qđ");
        var byNumber = await query.CaseTasks.CountAsync(t => t.SearchText.Contains(number), ct);

        Assert.Equal(["Nguyễn Văn Chủ"], people);
        Assert.Equal(1, tasks);
        Assert.Equal(1, byNumber);
    }
}

public sealed class SqlitePersistenceTests() : PersistenceTests(DatabaseProvider.Sqlite);

public sealed class PostgresPersistenceTests() : PersistenceTests(DatabaseProvider.Postgres);
