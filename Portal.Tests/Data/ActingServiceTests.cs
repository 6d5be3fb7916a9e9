using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.App.Features.Acting;
using Portal.App.Features.Directives;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// A leader's absence covered by a stand-in of the same unit (quyền, phụ trách, issue 14 item 10): during the period the
/// stand-in takes the absent leader's steps and positions on tasks, and the history and the audit trail say in which capacity.
/// </summary>
public abstract class ActingServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.At(2026, 11, 2, 9);
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private Person _deputyTracker = null!;
    private ActingService _acting = null!;
    private TaskWorkflowService _workflow = null!;
    private DocumentRegistrationService _registration = null!;
    private TaskDetailService _details = null!;
    private TaskQueryService _queries = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using (var db = _database.CreateDbContext())
        {
            _data = await SampleData.SeedAsync(db);
            await _data.SeedAccountsAsync(db);
            _deputyTracker = new Person("Đỗ Văn Thay", _data.Office.Id, "Chuyên viên");
            db.People.Add(_deputyTracker);
            await db.SaveChangesAsync();
            var role = await db.Roles.SingleAsync(r => r.Name == PortalRoles.TrackingSpecialist);
            var user = new PortalUser { UserName = "deputy-tracker", NormalizedUserName = "DEPUTY-TRACKER", DisplayName = _deputyTracker.FullName, PersonId = _deputyTracker.Id, UnitId = _data.Office.Id };
            db.Users.Add(user);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
            await db.SaveChangesAsync();
            foreach (var account in await db.Users.ToListAsync()) account.SecurityStamp = TestAccounts.Stamp;
            await db.SaveChangesAsync();
        }
        var calendars = new CalendarCache(_database);
        var notifier = new TaskNotifier(NullLogger<TaskNotifier>.Instance);
        var tree = new UnitTreeCache(_database);
        _acting = new ActingService(_database, _clock);
        _queries = new TaskQueryService(_database, calendars, tree, _clock, TestOptions.Portal());
        _workflow = new TaskWorkflowService(_database, _clock, calendars, tree, notifier, TestOptions.RuleProfiles(_database));
        _registration = new DocumentRegistrationService(_database, _clock, calendars, TestOptions.RuleProfiles(_database), notifier);
        _details = new TaskDetailService(_database, _queries, _clock);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Actor> AccountAsync(string userName)
    {
        await using var db = _database.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == userName, Ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync(Ct);
        return new Actor(user.Id, user.DisplayName, user.PersonId, user.UnitId, roles.ToHashSet()) { SecurityStamp = TestAccounts.Stamp };
    }

    /// <summary>The actor as the sign-in would make it today (CurrentUser): with what they stand in for.</summary>
    private async Task<Actor> SignedInAsync(string userName) => await _acting.WithStandInAsync(await AccountAsync(userName), Ct);

    private async Task<int> VersionAsync(Actor actor, int id) => (await _details.GetAsync(actor, id, Ct))!.Version;

    private async Task<int> DraftAwaitingApprovalAsync()
    {
        var tracker = await AccountAsync("tracker");
        var leader = await AccountAsync("finance-leader");
        var specialist = await AccountAsync("finance-specialist");
        var id = (await _registration.RegisterAsync(tracker, new NewDocument
        {
            Number = $"{Random.Shared.Next(100, 999)}",
            Symbol = "UBND-KT",
            Summary = "Về việc đẩy nhanh giải ngân",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = _data.Province.Id,
            Tasks = [new NewTask { Content = "Báo cáo tiến độ giải ngân", LeadUnitId = _data.Finance.Id, Deadline = new DateTime(2026, 12, 20), HasDeadline = true }],
        }, Ct)).TaskIds.Single();
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _workflow.DelegateAsync(leader, id, await VersionAsync(leader, id), _data.FinanceSpecialist.Id, [], null, Ct);
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _workflow.SubmitDraftAsync(specialist, id, await VersionAsync(specialist, id), SampleData.Report(), Ct);
        _clock.Advance(TimeSpan.FromMinutes(5));
        return id;
    }

    [Fact]
    public async Task While_the_director_is_away_the_person_in_charge_approves_and_history_and_audit_say_in_which_capacity_and_after_it_they_cannot()
    {
        var leader = await AccountAsync("finance-leader");
        var first = await DraftAwaitingApprovalAsync();
        var second = await DraftAwaitingApprovalAsync();
        var specialist = await SignedInAsync("finance-specialist");
        await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ApproveAsync(specialist, first, 1, null, Ct));

        await _acting.NameAsync(leader, new ActingForm
        {
            ActingPersonId = _data.FinanceSpecialist.Id,
            Kind = ActingKind.InCharge,
            From = new DateTime(2026, 11, 2),
            To = new DateTime(2026, 11, 6),
            Note = "Giám đốc đi công tác",
        }, Ct);
        var standIn = await SignedInAsync("finance-specialist");
        Assert.Contains(PortalRoles.UnitLeader, standIn.Roles);
        Assert.Equal("Phụ trách (thay Giám đốc Lê Văn Đức)", standIn.Acting!.Capacity);
        Assert.True((await _details.GetAsync(standIn, first, Ct))!.Can.ReviewDraft);
        await _workflow.ApproveAsync(standIn, first, await VersionAsync(standIn, first), null, Ct);

        var detail = (await _details.GetAsync(leader, first, Ct))!;
        Assert.Equal(TaskState.Submitted, detail.State);
        Assert.Equal("Phạm Thị Hương (Phụ trách (thay Giám đốc Lê Văn Đức))", detail.History.First(h => h.Action == "Phê duyệt và gửi báo cáo").Actor);
        await using (var db = _database.CreateDbContext())
        {
            Assert.True(await db.AuditTrail.AnyAsync(a => a.Entity == nameof(CaseTask) && a.EntityKey == first.ToString()
                                                          && a.UserName!.Contains("Phụ trách (thay Giám đốc Lê Văn Đức)"), Ct));
        }

        // The period is over on 07/11: the same person is a specialist again.
        _clock.SetUtcNow(VietnamTime.At(new DateOnly(2026, 11, 9), new TimeOnly(8, 0)));
        var after = await SignedInAsync("finance-specialist");
        Assert.Null(after.Acting);
        Assert.DoesNotContain(PortalRoles.UnitLeader, after.Roles);
        await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ApproveAsync(after, second, 1, null, Ct));
    }

    [Fact]
    public async Task The_trackers_stand_in_confirms_the_absent_trackers_tasks_and_sees_them_waiting_on_the_desk_until_the_tracker_ends_it()
    {
        var tracker = await AccountAsync("tracker");
        var leader = await AccountAsync("finance-leader");
        var id = await DraftAwaitingApprovalAsync();
        await _workflow.ApproveAsync(leader, id, await VersionAsync(leader, id), null, Ct);
        var deputy = await SignedInAsync("deputy-tracker");
        // Not their task: the engine refuses them the assigner's step.
        Assert.False((await _details.GetAsync(deputy, id, Ct))!.Can.Confirm);

        var assignment = await _acting.NameAsync(tracker, new ActingForm
        {
            ActingPersonId = _deputyTracker.Id,
            Kind = ActingKind.Acting,
            From = new DateTime(2026, 11, 2),
            To = new DateTime(2026, 11, 30),
        }, Ct);
        deputy = await SignedInAsync("deputy-tracker");
        var waiting = await _queries.ListAsync(deputy, new TaskFilter { View = TaskView.AwaitingConfirmation }, 0, 10, Ct);
        Assert.Contains(waiting.Rows, r => r.Id == id);
        Assert.True((await _details.GetAsync(deputy, id, Ct))!.Can.Confirm);

        await _acting.EndAsync(tracker, assignment, Ct);
        deputy = await SignedInAsync("deputy-tracker");
        Assert.Null(deputy.Acting);
        Assert.False((await _details.GetAsync(deputy, id, Ct))!.Can.Confirm);
        Assert.DoesNotContain((await _queries.ListAsync(deputy, new TaskFilter { View = TaskView.AwaitingConfirmation }, 0, 10, Ct)).Rows, r => r.Id == id);

        await _acting.NameAsync(tracker, new ActingForm
        {
            ActingPersonId = _deputyTracker.Id,
            Kind = ActingKind.Acting,
            From = new DateTime(2026, 11, 3),
            To = new DateTime(2026, 11, 30),
        }, Ct);
        _clock.SetUtcNow(VietnamTime.At(new DateOnly(2026, 11, 3), new TimeOnly(8, 0)));
        deputy = await SignedInAsync("deputy-tracker");
        await _workflow.ConfirmAsync(deputy, id, await VersionAsync(deputy, id), ReviewDecision.Accepted, null, Ct);
        var confirmed = (await _details.GetAsync(tracker, id, Ct))!;
        Assert.Equal(TaskState.Completed, confirmed.State);
        Assert.Equal("Đỗ Văn Thay (Quyền Chuyên viên (thay Trần Thị Theo Dõi))", confirmed.History.First(h => h.Action.StartsWith("Xác nhận", StringComparison.Ordinal)).Actor);
    }

    [Fact]
    public async Task A_stand_in_is_named_within_ones_own_unit_for_ones_own_absence_from_today_and_never_twice_for_the_same_days()
    {
        var leader = await AccountAsync("finance-leader");
        var specialist = await AccountAsync("finance-specialist");
        ActingForm Form(int acting, int from, int to, int? absent = null) =>
            new() { AbsentPersonId = absent, ActingPersonId = acting, From = new DateTime(2026, 11, from), To = new DateTime(2026, 11, to) };

        Assert.Equal("Bạn chỉ giao quyền được cho cán bộ của đơn vị mình.",
            (await Assert.ThrowsAsync<ForbiddenException>(() => _acting.NameAsync(leader, Form(_data.HealthLeader.Id, 2, 6), Ct))).Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => _acting.NameAsync(leader, Form(_data.FinanceSpecialist.Id, 2, 6, absent: _data.HealthLeader.Id), Ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => _acting.NameAsync(specialist, Form(_data.FinanceLeader.Id, 2, 6), Ct));
        await Assert.ThrowsAsync<DomainException>(() => _acting.NameAsync(leader, Form(_data.FinanceSpecialist.Id, 1, 6), Ct));
        await Assert.ThrowsAsync<DomainException>(() => _acting.NameAsync(leader, Form(_data.FinanceSpecialist.Id, 6, 2), Ct));
        await Assert.ThrowsAsync<DomainException>(() => _acting.NameAsync(leader, Form(_data.FinanceLeader.Id, 2, 6), Ct));

        await _acting.NameAsync(leader, Form(_data.FinanceSpecialist.Id, 2, 6), Ct);
        await Assert.ThrowsAsync<DomainException>(() => _acting.NameAsync(leader, Form(_data.FinanceSpecialist.Id, 5, 9), Ct));
        await _acting.NameAsync(leader, Form(_data.FinanceSpecialist.Id, 7, 9), Ct);

        var rows = await _acting.ListAsync(leader, Ct);
        Assert.Equal(2, rows.Count);
        Assert.True(rows.Single(r => r.From == new DateOnly(2026, 11, 2)).Active);
        Assert.Empty(await _acting.ListAsync(await AccountAsync("health-leader"), Ct));
        await using var db = _database.CreateDbContext();
        Assert.Equal(2, await db.ActingAssignments.CountAsync(Ct));
    }
}

public sealed class SqliteActingServiceTests() : ActingServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresActingServiceTests() : ActingServiceTests(DatabaseProvider.Postgres);
