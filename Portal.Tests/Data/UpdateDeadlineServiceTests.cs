using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.App.Features.Directives;
using Portal.App.Features.Notifications;
using Portal.App.Features.Reports;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Notifications;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// The update deadlines (SPEC §4.11, issue 14 item 5) under the Huế profile, through the services: the answer entered
/// within 3 working days of its document, the Office's review the same working day (the next after 15:00), the quarterly
/// update of a task without a deadline — computed, shown on the task and the desks, warned, and counted in the evaluation.
/// </summary>
public abstract class UpdateDeadlineServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.At(2026, 8, 3, 9);
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private TaskWorkflowService _workflow = null!;
    private DocumentRegistrationService _registration = null!;
    private TaskDetailService _details = null!;
    private TaskQueryService _queries = null!;
    private ReminderService _reminders = null!;
    private EvaluationService _evaluation = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using (var db = _database.CreateDbContext())
        {
            _data = await SampleData.SeedAsync(db);
            await _data.SeedAccountsAsync(db);
            foreach (var account in await db.Users.ToListAsync()) account.SecurityStamp = TestAccounts.Stamp;
            await db.SaveChangesAsync();
        }
        var calendars = new CalendarCache(_database);
        var notifier = new TaskNotifier(NullLogger<TaskNotifier>.Instance);
        var tree = new UnitTreeCache(_database);
        var profiles = TestOptions.RuleProfiles(_database);
        _queries = new TaskQueryService(_database, calendars, tree, _clock, TestOptions.Portal());
        _workflow = new TaskWorkflowService(_database, _clock, calendars, tree, notifier, profiles);
        _registration = new DocumentRegistrationService(_database, _clock, calendars, profiles, notifier);
        _details = new TaskDetailService(_database, _queries, _clock);
        _reminders = new ReminderService(_database, calendars, _clock, profiles, notifier, tree, NullLogger<ReminderService>.Instance);
        _evaluation = new EvaluationService(_database, profiles, _clock, calendars);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private void At(int month, int day, int hour) => _clock.SetUtcNow(VietnamTime.At(new DateOnly(2026, month, day), new TimeOnly(hour, 0)));

    private async Task<Actor> AccountAsync(string userName)
    {
        await using var db = _database.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == userName, Ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!).ToListAsync(Ct);
        return new Actor(user.Id, user.DisplayName, user.PersonId, user.UnitId, roles.ToHashSet()) { SecurityStamp = TestAccounts.Stamp };
    }

    private async Task<int> VersionAsync(Actor actor, int id) => (await _details.GetAsync(actor, id, Ct))!.Version;

    private async Task<int> RegisterAsync(NewTask task) =>
        (await _registration.RegisterAsync(await AccountAsync("tracker"), new NewDocument
        {
            Number = $"{Random.Shared.Next(100, 999)}",
            Symbol = "UBND-KT",
            Summary = "Về việc thử hạn cập nhật",
            IssueDate = VietnamTime.DateOf(_clock.GetUtcNow()).ToDateTime(TimeOnly.MinValue),
            IssuerUnitId = _data.Province.Id,
            Tasks = [task],
        }, Ct)).TaskIds.Single();

    private async Task<List<Notification>> NotificationsAsync(NotificationKind kind)
    {
        await using var db = _database.CreateDbContext();
        return await db.Notifications.Where(n => n.Kind == kind).ToListAsync(Ct);
    }

    [Fact]
    public async Task An_answer_signed_on_Monday_is_due_on_Thursday_warned_then_overdue_entered_late_reviewed_by_the_next_working_day_and_counted()
    {
        At(11, 2, 9);
        var leader = await AccountAsync("finance-leader");
        var specialist = await AccountAsync("finance-specialist");
        var tracker = await AccountAsync("tracker");
        var id = await RegisterAsync(new NewTask { Content = "Báo cáo giải ngân", LeadUnitId = _data.Finance.Id, Deadline = new DateTime(2026, 12, 20) });
        _clock.Advance(TimeSpan.FromMinutes(5));
        await _workflow.DelegateAsync(leader, id, await VersionAsync(leader, id), _data.FinanceSpecialist.Id, [], null, Ct);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var signed = new ReportDraft("Đã giải ngân 85%.", "Báo cáo", "25/BC-STC", null, new DateOnly(2026, 11, 2), "Lê Văn Đức");
        await _workflow.SubmitDraftAsync(specialist, id, await VersionAsync(specialist, id), signed, Ct);

        var detail = (await _details.GetAsync(leader, id, Ct))!;
        Assert.Equal(new DateOnly(2026, 11, 5), detail.UpdateDeadlines!.AnswerEntryDueOn);   // 3 working days after Monday 02/11
        Assert.False(detail.UpdateDeadlines.AnswerEntryLate);
        Assert.Contains((await _queries.ListAsync(leader, new TaskFilter { View = TaskView.AnswersToEnter }, 0, 10, Ct)).Rows, r => r.Id == id);

        At(11, 4, 7);
        Assert.Equal(0, await _reminders.SendUpdateNoticesAsync(Ct));
        At(11, 5, 7);
        Assert.Equal(2, await _reminders.SendUpdateNoticesAsync(Ct));                       // the leader and the specialist
        Assert.Equal(0, await _reminders.SendUpdateNoticesAsync(Ct));                       // a rerun adds nothing
        At(11, 6, 7);
        Assert.Equal(2, await _reminders.SendUpdateNoticesAsync(Ct));
        Assert.Equal([_data.FinanceLeader.Id, _data.FinanceSpecialist.Id],
                     (await NotificationsAsync(NotificationKind.AnswerEntryOverdue)).Select(n => n.RecipientId!.Value).Order());

        At(11, 6, 16);                                                                       // Friday, after 15:00
        await _workflow.ApproveAsync(leader, id, await VersionAsync(leader, id), null, Ct);
        detail = (await _details.GetAsync(tracker, id, Ct))!;
        Assert.True(detail.UpdateDeadlines!.AnswerEntryLate);
        Assert.Equal(new DateOnly(2026, 11, 9), detail.UpdateDeadlines.ReviewDueOn);        // the next working day: Monday
        Assert.Empty((await _queries.ListAsync(leader, new TaskFilter { View = TaskView.AnswersToEnter }, 0, 10, Ct)).Rows);
        Assert.Empty((await _queries.ListAsync(tracker, new TaskFilter { View = TaskView.ReviewDue }, 0, 10, Ct)).Rows);

        At(11, 9, 7);
        Assert.Contains((await _queries.ListAsync(tracker, new TaskFilter { View = TaskView.ReviewDue }, 0, 10, Ct)).Rows, r => r.Id == id);
        Assert.Equal(1, await _reminders.SendUpdateNoticesAsync(Ct));
        Assert.Equal(_data.Tracker.Id, Assert.Single(await NotificationsAsync(NotificationKind.ReviewDue)).RecipientId);
        At(11, 10, 7);
        Assert.Equal(1, await _reminders.SendUpdateNoticesAsync(Ct));
        Assert.True((await _details.GetAsync(tracker, id, Ct))!.UpdateDeadlines!.ReviewLate);

        var finance = (await _evaluation.BuildAsync(tracker, 2026, Ct)).Units.Single(u => u.UnitId == _data.Finance.Id);
        Assert.Equal(1, finance.LateUpdates);

        await _workflow.ConfirmAsync(tracker, id, await VersionAsync(tracker, id), ReviewDecision.Accepted, null, Ct);
        Assert.Empty((await _queries.ListAsync(tracker, new TaskFilter { View = TaskView.ReviewDue }, 0, 10, Ct)).Rows);
        At(11, 11, 7);
        Assert.Equal(0, await _reminders.SendUpdateNoticesAsync(Ct));
    }

    [Fact]
    public async Task A_quarterly_task_is_warned_before_the_quarter_ends_told_when_it_was_missed_and_the_missed_quarter_counts()
    {
        var tracker = await AccountAsync("tracker");
        var leader = await AccountAsync("finance-leader");
        var id = await RegisterAsync(new NewTask
        {
            Content = "Theo dõi thường xuyên công tác phòng chống thiên tai",
            LeadUnitId = _data.Finance.Id,
            HasDeadline = false,
            ReportingCycle = ReportingCycle.Quarterly,
        });
        Assert.Equal(new DateOnly(2026, 9, 30), (await _details.GetAsync(leader, id, Ct))!.UpdateDeadlines!.PeriodEnd);

        At(9, 24, 7);
        Assert.Equal(0, await _reminders.SendUpdateNoticesAsync(Ct));
        At(9, 25, 7);                                                                        // 3 working days before 30/09
        Assert.Equal(1, await _reminders.SendUpdateNoticesAsync(Ct));
        Assert.Equal(_data.FinanceLeader.Id, Assert.Single(await NotificationsAsync(NotificationKind.PeriodicUpdateDue)).RecipientId);
        At(10, 1, 7);
        Assert.Equal(2, await _reminders.SendUpdateNoticesAsync(Ct));                       // the leader and the tracker
        Assert.All(await NotificationsAsync(NotificationKind.PeriodicUpdateMissed), n => Assert.Equal(new DateOnly(2026, 9, 30), n.DueOn));

        // Updated in Q4: the missed Q3 still counts, Q4 does not.
        await _workflow.ReceiveAsync(leader, id, await VersionAsync(leader, id), Ct);
        await _workflow.FileProgressAsync(leader, id, await VersionAsync(leader, id), "Đã triển khai phương án", null, null, Ct);
        var finance = (await _evaluation.BuildAsync(tracker, 2026, Ct)).Units.Single(u => u.UnitId == _data.Finance.Id);
        Assert.Equal(1, finance.LateUpdates);
        At(10, 2, 7);
        Assert.Equal(0, await _reminders.SendUpdateNoticesAsync(Ct));
    }
}

public sealed class SqliteUpdateDeadlineServiceTests() : UpdateDeadlineServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresUpdateDeadlineServiceTests() : UpdateDeadlineServiceTests(DatabaseProvider.Postgres);
