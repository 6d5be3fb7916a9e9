using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Portal.App.Features.Notifications;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
using Portal.Domain.Notifications;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Data;

/// <summary>
/// Warnings, overdue notices, urging notices every 3 working days and escalation, with a fake clock around the
/// Giỗ Tổ and 30/4–1/5 holidays of 2026: deadline Wednesday 22/04; notices fall due on 23/04, 29/04 and 06/05;
/// the escalation on 11/05.
/// </summary>
public abstract class ReminderServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly Deadline = new(2026, 4, 22);
    private readonly FakeTimeProvider _clock = TestClock.At(2026, 4, 1, 7);
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private ReminderService _reminders = null!;
    private int _open;
    private int _done;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await TestAccounts.AddAsync(_database, "t", "l");
        await using var db = _database.CreateDbContext();
        db.CalendarDays.AddRange(OfficialSchedules.For(2026).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
        _data = await SampleData.SeedAsync(db);
        await _data.SeedAccountsAsync(db);
        var document = _data.NewDocument();
        var open = _data.NewTask(document, _data.Finance, Vn(2026, 4, 1), Deadline, "Nhiệm vụ chưa có kết quả");
        open.Delegate(_data.FinanceLeaderActor, Vn(2026, 4, 2), _data.FinanceSpecialist.Id, []);
        var done = _data.NewTask(document, _data.Finance, Vn(2026, 4, 1), Deadline, "Nhiệm vụ đã hoàn thành");
        done.Delegate(_data.FinanceLeaderActor, Vn(2026, 4, 2), _data.FinanceSpecialist.Id, []);
        done.SubmitDraft(_data.FinanceSpecialistActor, Vn(2026, 4, 10), SampleData.Report());
        done.ApproveAndSubmit(_data.FinanceLeaderActor, Vn(2026, 4, 10, 15));
        done.Confirm(_data.TrackerActor, Vn(2026, 4, 13), ReviewDecision.Accepted, null);
        db.CaseTasks.AddRange(open, done);
        await db.SaveChangesAsync();
        _open = open.Id;
        _done = done.Id;
        _reminders = new ReminderService(_database, new CalendarCache(_database), _clock, TestOptions.RuleProfiles(_database),
            new TaskNotifier(NullLogger<TaskNotifier>.Instance), new UnitTreeCache(_database), NullLogger<ReminderService>.Instance);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<ReminderRun> RunOnAsync(int month, int day)
    {
        _clock.SetUtcNow(VietnamTime.At(new DateOnly(2026, month, day), new TimeOnly(7, 0)));
        return await _reminders.RunAllAsync(TestContext.Current.CancellationToken);
    }

    private async Task<List<Notification>> NotificationsAsync(NotificationKind kind)
    {
        await using var db = _database.CreateDbContext();
        return await db.Notifications.Where(n => n.Kind == kind).ToListAsync(TestContext.Current.CancellationToken);
    }

    private async Task<List<UrgingNotice>> NoticesAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.UrgingNotices.OrderBy(n => n.Number).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Day_by_day_the_unit_is_warned_then_told_it_is_overdue_then_urged_every_three_working_days_then_escalated()
    {
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(4, 16));
        Assert.Equal(new ReminderRun(2, 0, 0, 0), await RunOnAsync(4, 17));      // 3 working days before: leader and specialist
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(4, 20));
        Assert.Equal(new ReminderRun(2, 0, 0, 0), await RunOnAsync(4, 21));      // 1 working day before
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(4, 22));      // the deadline day itself
        Assert.Equal(new ReminderRun(0, 3, 1, 0), await RunOnAsync(4, 23));      // overdue (+ tracking specialist) and notice 1
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(4, 24));
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(4, 27));      // nghỉ bù Giỗ Tổ: no run
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(4, 28));
        Assert.Equal(new ReminderRun(0, 0, 1, 0), await RunOnAsync(4, 29));      // notice 2, three working days after notice 1
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(5, 5));
        Assert.Equal(new ReminderRun(0, 0, 1, 0), await RunOnAsync(5, 6));       // notice 3 across the 30/4–1/5 break
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(5, 8));
        Assert.Equal(new ReminderRun(0, 0, 0, 1), await RunOnAsync(5, 11));      // "quá 03 phiếu báo": reported to the Chairman
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(5, 14));

        var notices = await NoticesAsync();
        Assert.Equal([1, 2, 3], notices.Select(n => n.Number));
        Assert.Equal([new DateOnly(2026, 4, 23), new DateOnly(2026, 4, 29), new DateOnly(2026, 5, 6)], notices.Select(n => n.DueOn));
        Assert.All(notices, n => Assert.Equal(_open, n.TaskId));
        var escalation = Assert.Single(await NotificationsAsync(NotificationKind.Escalation));
        Assert.Equal(_data.Chairman.Id, escalation.RecipientId);
        await using var db = _database.CreateDbContext();
        var task = await db.CaseTasks.Include(t => t.History).SingleAsync(t => t.Id == _open, TestContext.Current.CancellationToken);
        Assert.NotNull(task.EscalatedAt);
        Assert.Contains(task.History, h => h.Action == "Báo cáo Chủ tịch UBND tỉnh");
        Assert.DoesNotContain(await NotificationsAsync(NotificationKind.Overdue), n => n.TaskId == _done);
        Assert.DoesNotContain(notices, n => n.TaskId == _done);
    }

    [Fact]
    public async Task A_unit_with_its_own_account_hears_every_warning_overdue_and_urging_notice_on_that_accounts_bell()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.CreateDbContext())
        {
            db.Users.Add(new PortalUser
            {
                Id = "u-stc",
                UserName = "stc@demo.gov.vn",
                NormalizedUserName = "STC@DEMO.GOV.VN",
                DisplayName = "Sở Tài chính",
                UnitId = _data.Finance.Id,
                SecurityStamp = TestAccounts.Stamp
            });
            await db.SaveChangesAsync(ct);
        }
        // The counts are the people's notices, unchanged: the unit's bell is told besides.
        Assert.Equal(new ReminderRun(2, 0, 0, 0), await RunOnAsync(4, 17));
        Assert.Equal(new ReminderRun(0, 3, 1, 0), await RunOnAsync(4, 23));
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(4, 23));

        await using var check = _database.CreateDbContext();
        var unitBell = await check.Notifications.Where(n => n.RecipientId == null && n.RecipientUnitId == _data.Finance.Id)
            .OrderBy(n => n.Id).Select(n => new { n.Kind, n.TaskId }).ToListAsync(ct);
        Assert.Equal([NotificationKind.DeadlineApproaching, NotificationKind.Overdue, NotificationKind.UrgingNotice], unitBell.Select(n => n.Kind));
        Assert.All(unitBell, n => Assert.Equal(_open, n.TaskId));
        // A unit without its own account gets no such rows.
        Assert.False(await check.Notifications.AnyAsync(n => n.RecipientUnitId != null && n.RecipientUnitId != _data.Finance.Id, ct));
    }

    /// <summary>A second overdue task of the same deadline, tracked by a vice-chairman; returns its id and the vice-chairman.</summary>
    private async Task<(int Task, Person Vice)> AddTaskTrackedByViceChairmanAsync()
    {
        await using var db = _database.CreateDbContext();
        var vice = new Person("Phan Văn Phó", _data.Province.Id, "Phó Chủ tịch UBND tỉnh");
        db.People.Add(vice);
        await db.SaveChangesAsync();
        var document = _data.NewDocument("13");
        var task = new CaseTask(document, "Nhiệm vụ Phó Chủ tịch theo dõi", _data.Health.Id, Deadline, reportRequired: true, Vn(2026, 4, 1),
                                _data.Tracker.Id, SampleData.Calendar)
        { TrackingSpecialistId = _data.Tracker.Id, TrackingLeaderId = vice.Id };
        db.CaseTasks.Add(task);
        await db.SaveChangesAsync();
        return (task.Id, vice);
    }

    private TaskQueryService Queries() =>
        new(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock, TestOptions.Portal());

    private static Actor Leader(Person person) =>
        new Actor($"leader-{person.Id}", person.FullName, person.Id, person.UnitId, new HashSet<string> { PortalRoles.ProvincialLeader }).Signed();

    [Fact]
    public async Task Under_the_Hue_profile_every_escalated_task_is_reported_to_the_Chairman_whose_desk_lists_them_all()
    {
        var ct = TestContext.Current.CancellationToken;
        var (viceTask, vice) = await AddTaskTrackedByViceChairmanAsync();
        foreach (var (month, day) in new[] { (4, 23), (4, 29), (5, 6), (5, 11) }) await RunOnAsync(month, day);

        var escalations = await NotificationsAsync(NotificationKind.Escalation);
        Assert.Equal([_open, viceTask], escalations.Select(n => n.TaskId!.Value).Order());
        Assert.All(escalations, n => Assert.Equal(_data.Chairman.Id, n.RecipientId));
        await using var db = _database.CreateDbContext();
        var task = await db.CaseTasks.Include(t => t.History).SingleAsync(t => t.Id == viceTask, ct);
        Assert.Equal(_data.Chairman.Id, task.EscalatedToId);
        Assert.Contains(task.History, h => h.Action == "Báo cáo Chủ tịch UBND tỉnh");

        var chairmansDesk = await Queries().ListAsync(Leader(_data.Chairman), new TaskFilter { View = TaskView.Escalated }, 0, 20, ct);
        var vicesDesk = await Queries().ListAsync(Leader(vice), new TaskFilter { View = TaskView.Escalated }, 0, 20, ct);
        Assert.Equal([_open, viceTask], chairmansDesk.Rows.Select(r => r.Id).Order());
        Assert.Equal([viceTask], vicesDesk.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task When_the_profile_reports_to_the_tracking_leader_each_task_goes_to_its_own_leader()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = _database.CreateDbContext())
        {
            var settings = TestOptions.RuleProfiles(_database).Defaults();
            settings.ChangeEscalationTarget(Portal.Domain.Rules.EscalationTarget.TrackingLeader);
            db.RuleSettings.Add(settings);
            await db.SaveChangesAsync(ct);
        }
        var (viceTask, vice) = await AddTaskTrackedByViceChairmanAsync();
        foreach (var (month, day) in new[] { (4, 23), (4, 29), (5, 6), (5, 11) }) await RunOnAsync(month, day);

        var escalations = (await NotificationsAsync(NotificationKind.Escalation)).ToDictionary(n => n.TaskId!.Value, n => n.RecipientId);
        Assert.Equal(_data.Chairman.Id, escalations[_open]);
        Assert.Equal(vice.Id, escalations[viceTask]);
        await using var read = _database.CreateDbContext();
        var task = await read.CaseTasks.Include(t => t.History).SingleAsync(t => t.Id == viceTask, ct);
        Assert.Equal(vice.Id, task.EscalatedToId);
        Assert.Contains(task.History, h => h.Action == "Báo cáo lãnh đạo UBND tỉnh theo dõi");
    }

    [Fact]
    public async Task Running_twice_on_the_same_day_adds_nothing()
    {
        await RunOnAsync(4, 23);
        var before = (await NotificationsAsync(NotificationKind.Overdue)).Count + (await NoticesAsync()).Count;

        var again = await _reminders.RunAllAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new ReminderRun(0, 0, 0, 0), again);
        Assert.Equal(before, (await NotificationsAsync(NotificationKind.Overdue)).Count + (await NoticesAsync()).Count);
    }

    [Fact]
    public async Task After_a_short_outage_the_next_run_issues_every_notice_that_fell_due_with_its_own_date()
    {
        await RunOnAsync(4, 16);

        // Down from 17/04 to 29/04: five working days back from 29/04 reach 21/04, so everything due since is sent.
        var catchUp = await RunOnAsync(4, 29);

        Assert.Equal(3, catchUp.Overdue);
        Assert.Equal(2, catchUp.Notices);
        Assert.Equal(0, catchUp.Escalations);
        Assert.Equal([new DateOnly(2026, 4, 23), new DateOnly(2026, 4, 29)], (await NoticesAsync()).Select(n => n.DueOn));
        Assert.All(await NoticesAsync(), n => Assert.True(n.Sent));
        Assert.Equal(1, (await RunOnAsync(5, 6)).Notices);
        Assert.Equal(1, (await RunOnAsync(5, 11)).Escalations);
        Assert.Single(await NotificationsAsync(NotificationKind.Escalation));
    }

    [Fact]
    public async Task After_a_long_outage_what_fell_due_before_the_catch_up_window_is_recorded_without_notifying_anyone()
    {
        // First run on 15/06, seven weeks after the deadline: the notices of 23/04, 29/04, 06/05 and the escalation of 11/05
        // all fell due before the window (five working days back), as for a register imported with years of history.
        var run = await RunOnAsync(6, 15);

        Assert.Equal(0, run.Overdue);
        var notices = await NoticesAsync();
        Assert.Equal([new DateOnly(2026, 4, 23), new DateOnly(2026, 4, 29), new DateOnly(2026, 5, 6)], notices.Select(n => n.DueOn));
        Assert.All(notices, n => Assert.False(n.Sent));
        Assert.Empty(await NotificationsAsync(NotificationKind.UrgingNotice));
        Assert.Empty(await NotificationsAsync(NotificationKind.Overdue));
        Assert.Empty(await NotificationsAsync(NotificationKind.Escalation));
        await using var db = _database.CreateDbContext();
        var task = await db.CaseTasks.Include(t => t.History).SingleAsync(t => t.Id == _open, TestContext.Current.CancellationToken);
        Assert.NotNull(task.EscalatedAt);
        Assert.Contains(task.History, h => h.Action == "Báo cáo Chủ tịch UBND tỉnh" && h.Note!.Contains("không gửi thông báo", StringComparison.Ordinal));
        // Nothing is issued again the next day.
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(6, 16));
    }

    [Fact]
    public async Task A_result_judged_not_achieved_after_the_deadline_starts_the_urging_from_that_day_not_from_the_deadline()
    {
        // Submitted on time, judged not achieved on 11/05, three weeks after the deadline of 22/04.
        await using (var db = _database.CreateDbContext())
        {
            var task = await db.CaseTasks.SingleAsync(t => t.Id == _open, TestContext.Current.CancellationToken);
            task.SubmitDraft(_data.FinanceSpecialistActor, Vn(2026, 4, 20), SampleData.Report());
            task.ApproveAndSubmit(_data.FinanceLeaderActor, Vn(2026, 4, 20, 10));
            task.Confirm(_data.TrackerActor, Vn(2026, 5, 11, 9), ReviewDecision.Rejected, "Chưa đạt yêu cầu");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        // Not three notices dated April and an escalation at once: notice 1 on the working day after the rejection.
        Assert.Equal(0, (await RunOnAsync(5, 11)).Notices);
        var first = await RunOnAsync(5, 12);
        Assert.Equal(1, first.Notices);
        Assert.Equal(0, first.Escalations);
        Assert.Equal([new DateOnly(2026, 5, 12)], (await NoticesAsync()).Select(n => n.DueOn));
        Assert.Equal(1, (await RunOnAsync(5, 15)).Notices);
        Assert.Equal(1, (await RunOnAsync(5, 20)).Notices);
        Assert.Equal(0, (await RunOnAsync(5, 22)).Escalations);
        Assert.Equal(1, (await RunOnAsync(5, 25)).Escalations);
    }

    [Fact]
    public async Task A_task_submitted_after_the_first_notice_gets_no_more_notices()
    {
        await RunOnAsync(4, 23);
        await using (var db = _database.CreateDbContext())
        {
            var task = await db.CaseTasks.SingleAsync(t => t.Id == _open, TestContext.Current.CancellationToken);
            task.SubmitDraft(_data.FinanceSpecialistActor, Vn(2026, 4, 24), SampleData.Report());
            task.ApproveAndSubmit(_data.FinanceLeaderActor, Vn(2026, 4, 24, 10));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(4, 29));
        Assert.Equal(new ReminderRun(0, 0, 0, 0), await RunOnAsync(5, 11));
        Assert.Single(await NoticesAsync());
    }
}

public sealed class UrgingLetterTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.At(2026, 4, 29, 9);
    private TestDatabase _database = null!;
    private SampleData _data = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = _database.CreateDbContext();
        _data = await SampleData.SeedAsync(db);
        var document = _data.NewDocument("77", "UBND-KT", "Về việc triển khai nhiệm vụ quý II");
        var open = _data.NewTask(document, _data.Finance, Vn(2026, 4, 1), new DateOnly(2026, 4, 22), "Nhiệm vụ chưa làm");
        var done = _data.NewTask(document, _data.Finance, Vn(2026, 4, 1), new DateOnly(2026, 4, 22), "Nhiệm vụ đã xong");
        done.Delegate(_data.FinanceLeaderActor, Vn(2026, 4, 2), _data.FinanceSpecialist.Id, []);
        done.SubmitDraft(_data.FinanceSpecialistActor, Vn(2026, 4, 10), SampleData.Report());
        done.ApproveAndSubmit(_data.FinanceLeaderActor, Vn(2026, 4, 10, 15));
        done.Confirm(_data.TrackerActor, Vn(2026, 4, 13), ReviewDecision.Accepted, null);
        var otherUnit = _data.NewTask(document, _data.Health, Vn(2026, 4, 1), new DateOnly(2026, 4, 22), "Việc Sở Y tế");
        db.CaseTasks.AddRange(open, done, otherUnit);
        await db.SaveChangesAsync();
        db.UrgingNotices.Add(new UrgingNotice(open.Id, _data.Finance.Id, 1, new DateOnly(2026, 4, 23), new DateOnly(2026, 4, 22), Vn(2026, 4, 23)));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task The_letter_lists_the_units_unfinished_tasks_of_the_document_with_deadline_status_and_notices()
    {
        var letters = new UrgingLetterService(_database, _clock);
        var tracker = new Actor("t", "Theo dõi", _data.Tracker.Id, _data.Office.Id, new HashSet<string> { Portal.Domain.Security.PortalRoles.TrackingSpecialist }) { SecurityStamp = TestAccounts.Stamp };

        var letter = await letters.BuildAsync(tracker, _data.Finance.Id, null, TestContext.Current.CancellationToken);

        Assert.Equal("Sở Tài chính", letter.UnitName);
        var document = Assert.Single(letter.Documents);
        Assert.Equal("77/UBND-KT", document.NumberAndSymbol);
        Assert.Equal(2, document.TasksGivenToUnit);
        var task = Assert.Single(document.Unfinished);
        Assert.Equal("Nhiệm vụ chưa làm", task.Content);
        Assert.Equal("Chưa thực hiện – quá hạn", task.Status);
        Assert.Equal(1, task.NoticeCount);

        var bytes = new UrgingLetterExporter(Options.Create(new PortalOptions())).Export(letter);
        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var cells = book.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("PHIẾU BÁO", cells);
        Assert.Contains("Kính gửi: Sở Tài chính", cells);
        Assert.Contains("Nhiệm vụ chưa làm", cells);
        Assert.Contains("Chưa thực hiện – quá hạn (đã có 1 phiếu báo)", cells);
        Assert.Contains("22/04/2026", cells);
        Assert.Contains("CHÁNH VĂN PHÒNG", cells);
    }

    [Fact]
    public void A_letter_over_several_documents_is_one_table_whose_own_header_repeats_on_every_printed_page()
    {
        UrgingLetterDocument Document(int id, string number, params string[] tasks) =>
            new(id, number, "Về việc thử phiếu báo", new DateOnly(2026, 4, 1), tasks.Length,
                [.. tasks.Select((t, i) => new UrgingLetterTask(id * 100 + i, t, new DateOnly(2026, 4, 22), "Chưa thực hiện – quá hạn", 0))]);
        var letter = new UrgingLetter("Sở Tài chính", new DateOnly(2026, 5, 4),
            [Document(1, "10/UBND-KT", "Việc một", "Việc hai"), Document(2, "11/UBND-KT", "Việc ba")]);

        var bytes = new UrgingLetterExporter(Options.Create(new PortalOptions())).Export(letter);

        using var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var sheet = book.Worksheet(1);
        var headers = sheet.CellsUsed().Where(c => c.GetString() == "Ngày yêu cầu thực hiện").Select(c => c.Address.RowNumber).ToList();
        var header = Assert.Single(headers);
        Assert.Equal((header, header), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
        var rowOf = (string text) => sheet.CellsUsed().Single(c => c.GetString() == text).Address.RowNumber;
        Assert.True(header < rowOf("Việc một") && rowOf("Việc hai") < rowOf("Việc ba"));
        Assert.Equal(2, sheet.CellsUsed().Count(c => c.GetString().StartsWith("Ngày 01/04/2026, UBND tỉnh đã ban hành", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Only_the_Office_may_write_an_urging_letter()
    {
        var letters = new UrgingLetterService(_database, _clock);
        var unitLeader = new Actor("l", "Lãnh đạo", _data.FinanceLeader.Id, _data.Finance.Id, new HashSet<string> { Portal.Domain.Security.PortalRoles.UnitLeader }) { SecurityStamp = TestAccounts.Stamp };

        await Assert.ThrowsAsync<Portal.Domain.Security.ForbiddenException>(() => letters.BuildAsync(unitLeader, _data.Finance.Id, null, TestContext.Current.CancellationToken));
    }
}

public sealed class SqliteReminderServiceTests() : ReminderServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresReminderServiceTests() : ReminderServiceTests(DatabaseProvider.Postgres);
