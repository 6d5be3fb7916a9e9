using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Domain.Cases;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Data;

/// <summary>The audit trail on every provider: one row per change of a record with before and after; append-only.</summary>
public abstract class AuditTrailTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private int _taskId;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using var db = _database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var task = _data.NewTask(_data.NewDocument(), _data.Finance, Vn(2026, 11, 2), new DateOnly(2026, 11, 20));
        db.CaseTasks.Add(task);
        await db.SaveChangesAsync();
        _taskId = task.Id;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<List<AuditEntry>> TaskRowsAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditTrail.Where(a => a.Entity == nameof(CaseTask) && a.EntityKey == _taskId.ToString())
            .OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Each_lifecycle_step_leaves_exactly_one_row_with_who_before_and_after()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = (await TaskRowsAsync()).Count;
        AuditActor.Current = new AuditActor("u-leader", "giamdoc", "10.0.0.7");
        try
        {
            await using var db = _database.CreateDbContext();
            var task = await db.CaseTasks.SingleAsync(t => t.Id == _taskId, ct);
            task.Receive(_data.FinanceLeaderActor, Vn(2026, 11, 3));
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            AuditActor.Current = null;
        }

        var rows = await TaskRowsAsync();
        Assert.Equal(1, before);                       // the creation
        Assert.Equal("Create", rows[0].Action);
        var step = Assert.Single(rows.Skip(1));
        Assert.Equal("Update", step.Action);
        Assert.Equal(("giamdoc", "10.0.0.7"), (step.UserName, step.Address));
        Assert.Contains("\"State\":\"Assigned\"", step.Before);
        Assert.Contains("\"State\":\"Received\"", step.After);
    }

    [Fact]
    public async Task A_sign_in_with_a_huge_user_name_is_stored_cut_and_the_export_cuts_long_values_with_a_mark()
    {
        var ct = TestContext.Current.CancellationToken;
        var audit = new Portal.App.Features.Audit.AuditService(_database, TimeProvider.System);
        await audit.RecordSignInAsync(new string('x', 3_500_000), false, new string('9', 500), ct);
        await audit.RecordSignInAsync("ke\u0001gian\u0000\uFFFF", false, "10.0.0.9", ct);
        await using (var db = _database.CreateDbContext())
        {
            db.AuditTrail.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Action = "Update", Entity = "Probe", After = new string('y', 40_000) });
            await db.SaveChangesAsync(ct);
        }

        await using (var db = _database.CreateDbContext())
        {
            var signIn = await db.AuditTrail.SingleAsync(a => a.Action == "SignInFailed" && a.Address != "10.0.0.9", ct);
            Assert.Equal(AuditEntry.UserNameMaxLength, signIn.UserName!.Length);
            Assert.EndsWith("…", signIn.UserName);
            Assert.Equal(AuditEntry.AddressMaxLength, signIn.Address!.Length);
        }
        var admin = new Portal.App.Infrastructure.Actor("a", "Quản trị", null, null, new HashSet<string> { Portal.Domain.Security.PortalRoles.Administrator });
        var bytes = await audit.ExportAsync(admin, new Portal.App.Features.Audit.AuditQuery(), ct);
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var cut = book.Worksheet(1).CellsUsed().Select(c => c.GetString()).Single(v => v.StartsWith("yyyy", StringComparison.Ordinal));
        Assert.True(cut.Length <= 32_767);
        Assert.EndsWith("ký tự]", cut);
        Assert.Contains("ke�gian��", book.Worksheet(1).CellsUsed().Select(c => c.GetString()));
        // The workbook names actions and record types in Vietnamese (issue 14 item 20), not by their stored codes.
        var texts = book.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToHashSet();
        Assert.Contains("Đăng nhập không thành công", texts);
        Assert.Contains("Tài khoản", texts);
        Assert.DoesNotContain("SignInFailed", texts);
    }

    [Fact]
    public async Task No_code_path_can_change_or_delete_an_audit_row()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = _database.CreateDbContext();
        var row = await db.AuditTrail.FirstAsync(ct);

        row.After = "sửa lén";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(ct));
        db.ChangeTracker.Clear();
        db.AuditTrail.Remove(await db.AuditTrail.FirstAsync(ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(ct));

        await using var check = _database.CreateDbContext();
        Assert.NotEqual("sửa lén", (await check.AuditTrail.FirstAsync(a => a.Id == row.Id, ct)).After);
    }
}

public sealed class SqliteAuditTrailTests() : AuditTrailTests(DatabaseProvider.Sqlite);

public sealed class PostgresAuditTrailTests() : AuditTrailTests(DatabaseProvider.Postgres);
