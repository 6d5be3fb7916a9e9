using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.App.Features.Directives;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Domain.Units;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>The lifecycle through the application services, persisted and reloaded, on each provider.</summary>
public abstract class WorkflowServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.At(2026, 11, 2, 9);
    private readonly List<TaskChange> _published = [];
    private TaskWorkflowService _workflow = null!;
    private DocumentRegistrationService _registration = null!;
    private TaskDetailService _details = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await TestAccounts.AddAsync(_database, "u-tracker", "u-leader", "u-spec", "u-health", "u-deputy");
        await using (var db = _database.CreateDbContext())
        {
            _data = await SampleData.SeedAsync(db);
        }
        var calendars = new CalendarCache(_database);
        var notifier = new TaskNotifier(NullLogger<TaskNotifier>.Instance);
        notifier.Changed += change => { lock (_published) _published.Add(change); return Task.CompletedTask; };
        var queries = new TaskQueryService(_database, calendars, new UnitTreeCache(_database), _clock, TestOptions.Portal());
        _workflow = new TaskWorkflowService(_database, _clock, calendars, new UnitTreeCache(_database), notifier, TestOptions.RuleProfiles(_database));
        _registration = new DocumentRegistrationService(_database, _clock, calendars, TestOptions.RuleProfiles(_database), notifier);
        _details = new TaskDetailService(_database, queries, _clock);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Actor TrackerUser => new("u-tracker", "Trần Thị Theo Dõi", _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.TrackingSpecialist }) { SecurityStamp = TestAccounts.Stamp };
    private Actor LeaderUser => new("u-leader", "Lê Văn Đức", _data.FinanceLeader.Id, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitLeader }) { SecurityStamp = TestAccounts.Stamp };
    private Actor SpecialistUser => new("u-spec", "Phạm Thị Hương", _data.FinanceSpecialist.Id, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitSpecialist }) { SecurityStamp = TestAccounts.Stamp };
    private Actor HealthLeaderUser => new("u-health", "Hoàng Minh Tâm", _data.HealthLeader.Id, _data.Health.Id, new HashSet<string> { PortalRoles.UnitLeader }) { SecurityStamp = TestAccounts.Stamp };

    private async Task<int> RegisterAsync(DateTime? deadline)
    {
        var result = await _registration.RegisterAsync(TrackerUser, new NewDocument
        {
            Number = "45",
            Symbol = "UBND-KT",
            Summary = "Về việc đẩy nhanh giải ngân",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = _data.Province.Id,
            DirectingLeaderId = _data.Chairman.Id,
            Tasks = [new NewTask { Content = "Báo cáo tiến độ giải ngân", LeadUnitId = _data.Finance.Id, Deadline = deadline, HasDeadline = deadline is not null,
                                   CoordinatingUnitIds = [_data.Health.Id] }],
        }, TestContext.Current.CancellationToken);
        return result.TaskIds.Single();
    }

    private async Task<int> VersionAsync(Actor actor, int id) => (await _details.GetAsync(actor, id, TestContext.Current.CancellationToken))!.Version;

    [Fact]
    public async Task Each_step_and_each_notice_it_writes_are_counted_on_the_portal_meter()
    {
        var ct = TestContext.Current.CancellationToken;
        // Only this test's measurements: the callback runs in the flow of the call that made them.
        var mine = new AsyncLocal<bool> { Value = true };
        var steps = new List<(long Value, string? Action, string? Kind)>();
        var notices = new List<(long Value, string? Kind)>();
        void Measured(System.Diagnostics.Metrics.Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            if (!mine.Value) return;
            var named = new Dictionary<string, string?>();
            foreach (var tag in tags) named[tag.Key] = tag.Value?.ToString();
            lock (steps)
            {
                if (instrument.Name == "portal.case.steps") steps.Add((value, named.GetValueOrDefault("action"), named.GetValueOrDefault("kind")));
                if (instrument.Name == "portal.notices.created") notices.Add((value, named.GetValueOrDefault("kind")));
            }
        }
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == PortalMetrics.MeterName) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>(Measured);
        listener.Start();

        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        await _workflow.ReceiveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), ct);

        await _workflow.DelegateAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), _data.FinanceSpecialist.Id, [], null, ct);

        Assert.Equal([(1L, "ReceiveTask", "Directive"), (1L, "DelegateTask", "Directive")], steps);
        // Every notice written to this database was counted, by its kind.
        await using var db = _database.CreateDbContext();
        var written = await db.Notifications.GroupBy(n => n.Kind).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        Assert.NotEmpty(written);
        Assert.Equal(written.OrderBy(w => w.Key.ToString()).Select(w => (w.Key.ToString(), w.Count)),
                     notices.GroupBy(n => n.Kind).OrderBy(g => g.Key).Select(g => (g.Key!, g.Sum(n => n.Value))));
    }

    [Fact]
    public async Task The_full_lifecycle_persists_reloads_and_reaches_completed_on_time()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 20));

        _clock.Advance(TimeSpan.FromHours(2));
        await _workflow.ReceiveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), ct);
        await _workflow.DelegateAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), _data.FinanceSpecialist.Id, [], "Khẩn trương", ct);
        _clock.Advance(TimeSpan.FromDays(3));
        await _workflow.SubmitDraftAsync(SpecialistUser, id, await VersionAsync(SpecialistUser, id), SampleData.Report(), ct);
        await _workflow.ApproveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), null, ct);
        _clock.Advance(TimeSpan.FromDays(1));
        await _workflow.ConfirmAsync(TrackerUser, id, await VersionAsync(TrackerUser, id), ReviewDecision.Accepted, null, ct);

        var detail = await _details.GetAsync(TrackerUser, id, ct);
        Assert.NotNull(detail);
        Assert.Equal("Đã hoàn thành – trong hạn", detail.Progress.Label);
        Assert.Equal(TaskState.Completed, detail.State);
        Assert.Equal(["Giao nhiệm vụ", "Tiếp nhận nhiệm vụ", "Giao chuyên viên xử lý", "Trình dự thảo báo cáo", "Phê duyệt và gửi báo cáo", "Xác nhận đạt"],
                     detail.History.Select(h => h.Action).Reverse());
        Assert.Equal(["Sở Y tế"], detail.CoordinatingUnits);
        lock (_published)
        {
            Assert.Contains(_published, c => c.TaskId == id && c.UnitIds.Contains(_data.Finance.Id) && c.Action == "Giao nhiệm vụ");
            Assert.Contains(_published, c => c.TaskId == id && c.PersonIds.Contains(_data.FinanceSpecialist.Id) && c.Action == "Xác nhận");
        }
    }

    [Fact]
    public async Task A_contribution_asked_by_a_date_and_not_sent_is_listed_for_the_lead_unit_and_the_tracker_once_the_date_passed()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 30));
        var queries = new TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock, TestOptions.Portal());
        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.ReceiveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), ct);
        await _workflow.AskContributionAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), _data.Health.Id, new DateOnly(2026, 11, 5), ct);

        var beforeDue = await queries.ListAsync(LeaderUser, new TaskFilter { View = TaskView.LateContributions }, 0, 20, ct);
        _clock.Advance(TimeSpan.FromDays(4));
        var forLeader = await queries.ListAsync(LeaderUser, new TaskFilter { View = TaskView.LateContributions }, 0, 20, ct);
        var forTracker = await queries.ListAsync(TrackerUser, new TaskFilter { View = TaskView.LateContributions }, 0, 20, ct);
        var detail = (await _details.GetAsync(LeaderUser, id, ct))!;

        Assert.Equal(0, beforeDue.Total);
        Assert.Equal([id], forLeader.Rows.Select(r => r.Id));
        Assert.Equal([id], forTracker.Rows.Select(r => r.Id));
        var coordination = Assert.Single(detail.Coordination!);
        Assert.Equal(("Sở Y tế", new DateOnly(2026, 11, 5), true), (coordination.Unit, coordination.DueOn!.Value, coordination.Late));
        await _workflow.ContributeAsync(HealthLeaderUser, id, await VersionAsync(HealthLeaderUser, id), "Sở Y tế thống nhất", null, ct);
        Assert.Equal(0, (await queries.ListAsync(LeaderUser, new TaskFilter { View = TaskView.LateContributions }, 0, 20, ct)).Total);
    }

    [Fact]
    public async Task Under_the_Dong_Thap_profile_an_extension_needs_the_request_document_and_the_approving_document()
    {
        var ct = TestContext.Current.CancellationToken;
        var profiles = new RuleProfiles(TestOptions.Portal(o => o.EntryRule = "DongThap"), Microsoft.Extensions.Options.Options.Create(new RemindersOptions()),
                                        Microsoft.Extensions.Options.Options.Create(new EvaluationOptions()), _database);
        var workflow = new TaskWorkflowService(_database, _clock, new CalendarCache(_database), new UnitTreeCache(_database),
                                               new TaskNotifier(NullLogger<TaskNotifier>.Instance), profiles);
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        await workflow.ReceiveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), ct);
        var request = Guid.NewGuid();
        var approval = Guid.NewGuid();
        await using (var db = _database.CreateDbContext())
        {
            db.Files.AddRange(new Portal.Domain.Files.StoredFile(request, "denghi.pdf", "application/pdf", 10, "00", _clock.GetUtcNow(), _data.FinanceLeader.Id),
                              new Portal.Domain.Files.StoredFile(approval, "chapthuan.pdf", "application/pdf", 10, "01", _clock.GetUtcNow(), _data.Tracker.Id));
            await db.SaveChangesAsync(ct);
        }

        await Assert.ThrowsAsync<DomainException>(() =>
            workflow.RequestExtensionAsync(LeaderUser, id, _details.GetAsync(LeaderUser, id, ct).Result!.Version, new DateOnly(2026, 11, 30), "Chờ số liệu", null, ct));
        await workflow.RequestExtensionAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), new DateOnly(2026, 11, 30), "Chờ số liệu", request, ct);
        await Assert.ThrowsAsync<DomainException>(() =>
            workflow.DecideExtensionAsync(TrackerUser, id, _details.GetAsync(TrackerUser, id, ct).Result!.Version, true, null, null, null, ct));
        await workflow.DecideExtensionAsync(TrackerUser, id, await VersionAsync(TrackerUser, id), true, null, null, approval, ct);

        var extension = Assert.Single((await _details.GetAsync(TrackerUser, id, ct))!.Extensions);
        Assert.Equal((ExtensionStatus.Approved, request, approval), (extension.Status, extension.DocumentId!.Value, extension.DecisionDocumentId!.Value));
    }

    [Fact]
    public async Task A_task_runs_through_three_levels_and_each_assigner_confirms_the_level_below_up_to_the_Office()
    {
        var ct = TestContext.Current.CancellationToken;
        Unit division;
        Person divisionLeader, divisionSpecialist;
        await using (var db = _database.CreateDbContext())
        {
            division = new Unit("Phòng Ngân sách", "STC-NS", UnitKind.Division, await db.Units.SingleAsync(u => u.Id == _data.Finance.Id, ct));
            db.Units.Add(division);
            await db.SaveChangesAsync(ct);
            divisionLeader = new Person("Võ Thị Trưởng Phòng", division.Id, "Trưởng phòng");
            divisionSpecialist = new Person("Đặng Văn Chuyên", division.Id, "Chuyên viên");
            db.People.AddRange(divisionLeader, divisionSpecialist);
            await db.SaveChangesAsync(ct);
        }
        await TestAccounts.AddAsync(_database, "u-div-leader", "u-div-spec");
        var divisionLeaderUser = new Actor("u-div-leader", divisionLeader.FullName, divisionLeader.Id, division.Id, new HashSet<string> { PortalRoles.UnitLeader }) { SecurityStamp = TestAccounts.Stamp };
        var divisionSpecialistUser = new Actor("u-div-spec", divisionSpecialist.FullName, divisionSpecialist.Id, division.Id, new HashSet<string> { PortalRoles.UnitSpecialist }) { SecurityStamp = TestAccounts.Stamp };

        // The Office → the department.
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        await _workflow.ReceiveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), ct);
        // The department → its division.
        await _workflow.DelegateToSubUnitAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), division.Id, "Phòng Ngân sách chủ trì", ct);
        int sub;
        await using (var db = _database.CreateDbContext())
            sub = await db.CaseTasks.Where(t => t.ParentTaskId == id).Select(t => t.Id).SingleAsync(ct);
        // The division → its specialist, who drafts; the division's leader approves and sends it up to the department.
        await _workflow.ReceiveAsync(divisionLeaderUser, sub, await VersionAsync(divisionLeaderUser, sub), ct);
        await _workflow.DelegateAsync(divisionLeaderUser, sub, await VersionAsync(divisionLeaderUser, sub), divisionSpecialist.Id, [], null, ct);
        await _workflow.SubmitDraftAsync(divisionSpecialistUser, sub, await VersionAsync(divisionSpecialistUser, sub), SampleData.Report("Phòng đã rà soát xong."), ct);
        await _workflow.ApproveAsync(divisionLeaderUser, sub, await VersionAsync(divisionLeaderUser, sub), null, ct);

        // The department's leader assigned the sub-task: it is on their desk to confirm, and only they may confirm it.
        var deskQueries = new TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock, TestOptions.Portal());
        var leaderDesk = await new Portal.App.Features.Desk.DeskService(deskQueries).GetAsync(LeaderUser, ct);
        Assert.Contains(leaderDesk, s => s.View == TaskView.AwaitingConfirmation && s.Top.Any(r => r.Id == sub));
        var subDetail = (await _details.GetAsync(LeaderUser, sub, ct))!;
        Assert.True(subDetail.Can.Confirm);
        await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ConfirmAsync(divisionLeaderUser, sub, subDetail.Version, ReviewDecision.Accepted, null, ct));
        await _workflow.ConfirmAsync(LeaderUser, sub, subDetail.Version, ReviewDecision.Accepted, null, ct);

        // The division's confirmed report comes up as the department's draft; the department's leader approves it to the Office.
        var parent = (await _details.GetAsync(LeaderUser, id, ct))!;
        Assert.Equal(TaskState.DraftPendingApproval, parent.State);
        Assert.Equal("Phòng đã rà soát xong.", parent.Report!.Content);
        Assert.False(parent.Can.Confirm);
        await _workflow.ApproveAsync(LeaderUser, id, parent.Version, null, ct);
        // The department's leader did not assign the department's own task: confirming it stays the Office's.
        await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ConfirmAsync(LeaderUser, id, parent.Version + 1, ReviewDecision.Accepted, null, ct));
        await _workflow.ConfirmAsync(TrackerUser, id, await VersionAsync(TrackerUser, id), ReviewDecision.Accepted, null, ct);

        Assert.Equal(TaskState.Completed, (await _details.GetAsync(TrackerUser, id, ct))!.State);
        var subHistory = (await _details.GetAsync(LeaderUser, sub, ct))!.History;
        Assert.Equal(TaskState.Completed, subHistory[0].To);
        Assert.Contains(subHistory, h => h.Action == "Xác nhận đạt" && h.Actor == "Lê Văn Đức");
    }

    [Fact]
    public async Task What_the_task_page_and_the_desk_show_survives_the_trip_from_the_prerender_into_the_circuit()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        await _workflow.ReceiveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), ct);
        await _workflow.DelegateAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), _data.FinanceSpecialist.Id, [], "Khẩn trương", ct);
        await _workflow.SubmitDraftAsync(SpecialistUser, id, await VersionAsync(SpecialistUser, id), SampleData.Report(), ct);
        await _workflow.ApproveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), null, ct);
        var detail = (await _details.GetAsync(TrackerUser, id, ct))!;
        var desk = await new Portal.App.Features.Desk.DeskService(new TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database),
                                                                                        _clock, TestOptions.Portal())).GetAsync(TrackerUser, ct);

        // Blazor persists component state as JSON with the web defaults.
        var page = RoundTrip(new TaskPageState(detail, [new UnitOption(_data.Health.Id, "Sở Y tế")]));
        var sections = RoundTrip(desk);

        Assert.Equal(detail.Version, page.Task.Version);
        Assert.Equal(detail.Progress, page.Task.Progress);
        Assert.Equal(detail.Report!.Content, page.Task.Report!.Content);
        Assert.True(page.Task.Can.Confirm);
        Assert.Equal(detail.Can.Steps.Order(), page.Task.Can.Steps.Order());
        Assert.Equal(detail.History.Select(h => (h.Action, h.To)), page.Task.History.Select(h => (h.Action, h.To)));
        Assert.Equal(desk.Select(s => (s.View, s.Count, s.Top.Count)), sections.Select(s => (s.View, s.Count, s.Top.Count)));
        Assert.Contains(sections, s => s.Top.Any(r => r.Id == id && r.Progress == detail.Progress));

        static T RoundTrip<T>(T value)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(value, System.Text.Json.JsonSerializerOptions.Web);
            var back = System.Text.Json.JsonSerializer.Deserialize<T>(json, System.Text.Json.JsonSerializerOptions.Web)!;
            Assert.Equal(json, System.Text.Json.JsonSerializer.Serialize(back, System.Text.Json.JsonSerializerOptions.Web));
            return back;
        }
    }

    [Fact]
    public async Task A_step_by_a_locked_account_or_by_a_session_its_account_has_outlived_is_refused_and_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        var version = await VersionAsync(LeaderUser, id);

        // A password change, reset, role change or sign-out renewed the stamp since this session was issued.
        var stale = await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ReceiveAsync(LeaderUser with { SecurityStamp = "an-older-session" }, id, version, ct));
        Assert.Equal(AccountGuard.InactiveMessage, stale.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ReceiveAsync(LeaderUser with { UserId = "u-deleted" }, id, version, ct));
        await using (var db = _database.CreateDbContext())
        {
            var account = await db.Users.SingleAsync(u => u.Id == "u-leader", ct);
            account.LockoutEnd = _clock.GetUtcNow().AddYears(100);
            await db.SaveChangesAsync(ct);
        }
        await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ReceiveAsync(LeaderUser, id, version, ct));

        var detail = await _details.GetAsync(TrackerUser, id, ct);
        Assert.Equal(TaskState.Assigned, detail!.State);
        Assert.Equal(version, detail.Version);
        Assert.Single(detail.History);
    }

    [Fact]
    public async Task A_unit_account_sees_its_units_tasks_only_and_is_asked_for_a_personal_account_for_a_leaders_step()
    {
        var ct = TestContext.Current.CancellationToken;
        var finance = await RegisterAsync(new DateTime(2026, 11, 20));
        var health = await _registration.RegisterAsync(TrackerUser, new NewDocument
        {
            Number = "46",
            Symbol = "UBND-VX",
            Summary = "Về việc phòng chống dịch",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = _data.Province.Id,
            Tasks = [new NewTask { Content = "Báo cáo công tác phòng dịch", LeadUnitId = _data.Health.Id, Deadline = new DateTime(2026, 11, 20), HasDeadline = true }],
        }, ct);
        await TestAccounts.AddAsync(_database, "u-unit-finance");
        var unitAccount = new Actor("u-unit-finance", "Sở Tài chính", null, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitLeader }) { TypistName = "Ngô Văn Nhập" }.Signed();

        Assert.NotNull(await _details.GetAsync(unitAccount, finance, ct));
        Assert.Null(await _details.GetAsync(unitAccount, health.TaskIds.Single(), ct));
        // Even holding the leader's role, a unit account neither receives nor approves (Khánh Hòa 1986 Điều 4.2c): a leader does.
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ReceiveAsync(unitAccount, finance, 1, ct));
        Assert.Equal(TaskWorkflowService.UnitAccountStepMessage, refused.Message);
        Assert.False((await _details.GetAsync(unitAccount, finance, ct))!.Can.Receive);
    }

    [Fact]
    public async Task A_unit_account_files_progress_and_drafts_under_the_name_of_whoever_is_using_it_and_its_bell_hears_of_the_units_tasks()
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
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        var anonymous = new Actor("u-stc", "Sở Tài chính", null, _data.Finance.Id, new HashSet<string> { PortalRoles.UnitSpecialist }).Signed();
        var account = anonymous with { TypistName = "Ngô Văn Nhập (Chuyên viên)" };
        var notifications = new Portal.App.Features.Notifications.NotificationService(_database, _clock);
        var bell = new Portal.App.Features.Notifications.Inbox(null, _data.Finance.Id);
        Assert.Equal(1, await notifications.UnreadCountAsync(bell, ct));

        // Before the person at the account says who they are, nothing is recorded.
        var unnamed = await Assert.ThrowsAsync<ForbiddenException>(() =>
            _workflow.FileProgressAsync(anonymous, id, 1, "Đang tổng hợp", null, null, ct));
        Assert.Equal(TaskWorkflowService.TypistMissingMessage, unnamed.Message);

        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.ReceiveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), ct);
        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.FileProgressAsync(account, id, await VersionAsync(account, id), "Đang tổng hợp số liệu giải ngân", null, null, ct);
        await _workflow.DelegateAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), _data.FinanceSpecialist.Id, [], null, ct);
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.True((await _details.GetAsync(account, id, ct))!.Can.Draft);
        await _workflow.SubmitDraftAsync(account, id, await VersionAsync(account, id), SampleData.Report(), ct);
        // Approving stays a leader's: the account is not offered it and is refused it.
        Assert.False((await _details.GetAsync(account, id, ct))!.Can.ReviewDraft);
        await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.ApproveAsync(account, id, 1, null, ct));

        var detail = (await _details.GetAsync(LeaderUser, id, ct))!;
        Assert.Equal(TaskState.DraftPendingApproval, detail.State);
        var expected = "Tài khoản đơn vị Sở Tài chính – người cập nhật: Ngô Văn Nhập (Chuyên viên)";
        Assert.Equal(expected, Assert.Single(detail.Updates).Author);
        Assert.Equal(expected, detail.History.First(h => h.Action == "Trình dự thảo báo cáo").Actor);
        Assert.Equal(expected, detail.History.First(h => h.Action == "Cập nhật tiến độ").Actor);
        await using (var db = _database.CreateDbContext())
        {
            var submitted = await db.Set<TaskHistoryEntry>().AsNoTracking().SingleAsync(h => h.TaskId == id && h.Action == "Trình dự thảo báo cáo", ct);
            Assert.Null(submitted.ActorId);
            Assert.Equal(expected, submitted.ActorCapacity);
        }
        // The unit's bell heard of the new task; its own steps told it nothing; a person's bell holds none of the unit's.
        var rows = await notifications.LatestAsync(bell, ct: ct);
        Assert.Equal([Portal.Domain.Notifications.NotificationKind.NewTask], rows.Select(r => r.Kind));
        Assert.DoesNotContain(await notifications.LatestAsync(_data.FinanceSpecialist.Id, ct: ct), r => r.Id == rows[0].Id);
    }

    [Fact]
    public async Task A_units_proposal_to_adjust_its_task_waits_on_the_trackers_desk_and_once_accepted_corrects_the_task_with_history()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        var queries = new TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock, TestOptions.Portal());
        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.ReceiveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), ct);

        // A proposal must change something, and an assigner's answer is the only way it takes effect.
        var received = await VersionAsync(LeaderUser, id);
        await Assert.ThrowsAsync<DomainException>(() =>
            _workflow.ProposeAdjustmentAsync(LeaderUser, id, received, "Báo cáo tiến độ giải ngân", new DateOnly(2026, 11, 20), "Không đổi gì", ct));
        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.ProposeAdjustmentAsync(LeaderUser, id, await VersionAsync(LeaderUser, id),
            "Báo cáo tiến độ giải ngân kèm danh mục dự án chậm", new DateOnly(2026, 12, 4), "Chờ số liệu của các chủ đầu tư", ct);
        var pending = (await _details.GetAsync(TrackerUser, id, ct))!;
        Assert.Equal("Báo cáo tiến độ giải ngân", pending.Content);
        Assert.Equal(ProposalStatus.Pending, Assert.Single(pending.Proposals!).Status);
        Assert.True(pending.Can.Allows(CaseStep.AnswerProposal));
        Assert.False((await _details.GetAsync(LeaderUser, id, ct))!.Can.Allows(CaseStep.ProposeAdjustment));
        Assert.Contains((await queries.ListAsync(TrackerUser, new TaskFilter { View = TaskView.PendingRequests }, 0, 10, ct)).Rows, r => r.Id == id);
        await Assert.ThrowsAsync<ForbiddenException>(() => _workflow.AnswerProposalAsync(HealthLeaderUser, id, pending.Version, true, null, ct));

        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.AnswerProposalAsync(TrackerUser, id, pending.Version, true, "Đồng ý", ct);
        var adjusted = (await _details.GetAsync(LeaderUser, id, ct))!;
        Assert.Equal("Báo cáo tiến độ giải ngân kèm danh mục dự án chậm", adjusted.Content);
        Assert.Equal(new DateOnly(2026, 12, 4), adjusted.Deadline);
        Assert.Equal(TaskState.Received, adjusted.State);
        Assert.Equal(0, adjusted.ExtensionCount);
        var entry = adjusted.History.First(h => h.Action == "Điều chỉnh nhiệm vụ theo đề xuất của đơn vị");
        Assert.Equal("Nội dung nhiệm vụ được điều chỉnh; Hạn: 20/11/2026 → 04/12/2026", entry.Change);
        Assert.Empty((await queries.ListAsync(TrackerUser, new TaskFilter { View = TaskView.PendingRequests }, 0, 10, ct)).Rows);

        // A refusal needs its reason and changes nothing.
        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.ProposeAdjustmentAsync(LeaderUser, id, adjusted.Version, null, new DateOnly(2026, 12, 31), "Thêm thời gian", ct);
        var second = await VersionAsync(TrackerUser, id);
        await Assert.ThrowsAsync<DomainException>(() => _workflow.AnswerProposalAsync(TrackerUser, id, second, false, null, ct));
        await _workflow.AnswerProposalAsync(TrackerUser, id, second, false, "Hạn đã được điều chỉnh một lần", ct);
        var refused = (await _details.GetAsync(LeaderUser, id, ct))!;
        Assert.Equal(new DateOnly(2026, 12, 4), refused.Deadline);
        Assert.Equal([ProposalStatus.Refused, ProposalStatus.Accepted], refused.Proposals!.Select(p => p.Status));
        await using var db = _database.CreateDbContext();
        Assert.True(await db.Notifications.AnyAsync(n => n.TaskId == id && n.Kind == Portal.Domain.Notifications.NotificationKind.ProposalSubmitted && n.RecipientId == _data.Tracker.Id, ct));
    }

    [Fact]
    public async Task Under_the_Dong_Thap_profile_a_must_report_tasks_report_is_approved_only_with_its_signed_response_document()
    {
        var ct = TestContext.Current.CancellationToken;
        var profiles = new RuleProfiles(TestOptions.Portal(o => o.EntryRule = "DongThap"), Microsoft.Extensions.Options.Options.Create(new RemindersOptions()),
                                        Microsoft.Extensions.Options.Options.Create(new EvaluationOptions()), _database);
        Assert.True((await profiles.ForProvinceAsync(null, ct)).ResponseDocumentRequired);
        var workflow = new TaskWorkflowService(_database, _clock, new CalendarCache(_database), new UnitTreeCache(_database),
                                               new TaskNotifier(NullLogger<TaskNotifier>.Instance), profiles);
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        await workflow.DelegateAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), _data.FinanceSpecialist.Id, [], null, ct);
        await workflow.SubmitDraftAsync(SpecialistUser, id, await VersionAsync(SpecialistUser, id),
            new ReportDraft("Đã giải ngân 85% kế hoạch vốn.", "Báo cáo", "25/BC-STC", null, null, null), ct);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            workflow.ApproveAsync(LeaderUser, id, _details.GetAsync(LeaderUser, id, ct).Result!.Version, null, ct));
        Assert.Equal("Theo quy định của tỉnh, báo cáo phải kèm văn bản trả lời: còn thiếu ngày ban hành, người ký, tệp văn bản có chữ ký.", refused.Message);
        var signed = Guid.NewGuid();
        await using (var db = _database.CreateDbContext())
        {
            db.Files.Add(new Portal.Domain.Files.StoredFile(signed, "baocao.pdf", "application/pdf", 10, "02", _clock.GetUtcNow(), _data.FinanceSpecialist.Id));
            await db.SaveChangesAsync(ct);
        }
        // The leader completes the answer while approving it.
        await workflow.ApproveAsync(LeaderUser, id, await VersionAsync(LeaderUser, id),
            new ReportDraft("Đã giải ngân 85% kế hoạch vốn.", "Báo cáo", "25/BC-STC", "Kết quả giải ngân", new DateOnly(2026, 11, 2), "Lê Văn Đức", signed), ct);
        Assert.Equal(TaskState.Submitted, (await _details.GetAsync(LeaderUser, id, ct))!.State);
    }

    [Fact]
    public async Task A_task_needing_no_report_is_recorded_done_by_its_tracker_and_a_task_without_deadline_owes_an_update_each_quarter()
    {
        var ct = TestContext.Current.CancellationToken;
        var queries = new TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock, TestOptions.Portal());
        var result = await _registration.RegisterAsync(TrackerUser, new NewDocument
        {
            Number = "47",
            Symbol = "UBND-KT",
            Summary = "Về việc thực hiện thường xuyên",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = _data.Province.Id,
            Tasks =
            [
                new NewTask { Content = "Tổ chức hội nghị giao ban", LeadUnitId = _data.Finance.Id, Deadline = new DateTime(2026, 11, 20), HasDeadline = true, ReportRequired = false },
                new NewTask { Content = "Theo dõi giá cả thị trường", LeadUnitId = _data.Finance.Id, HasDeadline = false, ReportingCycle = ReportingCycle.Quarterly },
            ],
        }, ct);
        var (meeting, prices) = (result.TaskIds[0], result.TaskIds[1]);

        // No draft cycle for the first: the unit reports progress, the tracker records it done — on time.
        _clock.Advance(TimeSpan.FromHours(1));
        await _workflow.ReceiveAsync(LeaderUser, meeting, await VersionAsync(LeaderUser, meeting), ct);
        await _workflow.DelegateAsync(LeaderUser, meeting, await VersionAsync(LeaderUser, meeting), _data.FinanceSpecialist.Id, [], null, ct);
        Assert.False((await _details.GetAsync(SpecialistUser, meeting, ct))!.Can.Draft);
        await Assert.ThrowsAsync<DomainException>(() =>
            _workflow.SubmitDraftAsync(SpecialistUser, meeting, _details.GetAsync(SpecialistUser, meeting, ct).Result!.Version, SampleData.Report(), ct));
        await _workflow.FileProgressAsync(SpecialistUser, meeting, await VersionAsync(SpecialistUser, meeting), "Đã tổ chức hội nghị ngày 10/11", null, null, ct);
        Assert.True((await _details.GetAsync(TrackerUser, meeting, ct))!.Can.Allows(CaseStep.RecordCompletion));
        await _workflow.RecordCompletionAsync(TrackerUser, meeting, await VersionAsync(TrackerUser, meeting), "Đã kiểm tra", ct);
        var done = (await _details.GetAsync(LeaderUser, meeting, ct))!;
        Assert.Equal(TaskState.Completed, done.State);
        Assert.Equal(new TaskProgress(TaskStage.Completed, Timeliness.OnTime), done.Progress);
        Assert.Equal("Ghi nhận hoàn thành (nhiệm vụ không phải báo cáo)", done.History[0].Action);
        // A must-report task is never recorded done that way.
        Assert.False((await _details.GetAsync(TrackerUser, prices, ct))!.Can.Allows(CaseStep.RecordCompletion));

        // The second reports quarterly: owed until updated in the quarter, owed again when the next quarter begins.
        var owed = await queries.ListAsync(LeaderUser, new TaskFilter { View = TaskView.PeriodicUpdates }, 0, 10, ct);
        Assert.Equal([prices], owed.Rows.Select(r => r.Id));
        Assert.True((await _details.GetAsync(LeaderUser, prices, ct))!.OwesPeriodicUpdate);
        await _workflow.ReceiveAsync(LeaderUser, prices, await VersionAsync(LeaderUser, prices), ct);
        await _workflow.FileProgressAsync(LeaderUser, prices, await VersionAsync(LeaderUser, prices), "Giá cả ổn định", null, null, ct);
        Assert.Empty((await queries.ListAsync(LeaderUser, new TaskFilter { View = TaskView.PeriodicUpdates }, 0, 10, ct)).Rows);
        _clock.SetUtcNow(VietnamTime.At(new DateOnly(2027, 1, 4), new TimeOnly(8, 0)));
        Assert.Equal([prices], (await queries.ListAsync(LeaderUser, new TaskFilter { View = TaskView.PeriodicUpdates }, 0, 10, ct)).Rows.Select(r => r.Id));
        Assert.Equal(ReportingCycle.Quarterly, (await _details.GetAsync(LeaderUser, prices, ct))!.ReportingCycle);
    }

    [Fact]
    public async Task Two_leaders_approving_the_same_draft_at_once_one_wins_and_the_other_gets_a_conflict()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        await _workflow.DelegateAsync(LeaderUser, id, await VersionAsync(LeaderUser, id), _data.FinanceSpecialist.Id, [], null, ct);
        await _workflow.SubmitDraftAsync(SpecialistUser, id, await VersionAsync(SpecialistUser, id), SampleData.Report(), ct);
        var seenByBoth = await VersionAsync(LeaderUser, id);
        var deputy = LeaderUser with { UserId = "u-deputy" };

        var results = await Task.WhenAll(
            Attempt(() => _workflow.ApproveAsync(LeaderUser, id, seenByBoth, SampleData.Report("Bản của giám đốc"), ct)),
            Attempt(() => _workflow.ApproveAsync(deputy, id, seenByBoth, SampleData.Report("Bản của phó giám đốc"), ct)));

        Assert.Equal(1, results.Count(r => r is null));
        var failure = Assert.Single(results.OfType<Exception>());
        Assert.True(failure is ConcurrencyConflictException or DomainException, failure.ToString());
        var detail = await _details.GetAsync(TrackerUser, id, ct);
        Assert.Equal(TaskState.Submitted, detail!.State);
        Assert.Single(detail.History, h => h.Action == "Phê duyệt và gửi báo cáo");
        Assert.Contains(detail.Report!.Content, new[] { "Bản của giám đốc", "Bản của phó giám đốc" });
    }

    [Fact]
    public async Task A_step_taken_on_an_outdated_screen_is_refused_with_a_clear_message_and_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        var stale = await VersionAsync(LeaderUser, id);
        await _workflow.ReceiveAsync(LeaderUser, id, stale, ct);

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _workflow.ReturnAsync(LeaderUser, id, stale, "Sai đơn vị", ct));

        Assert.Contains("người khác cập nhật", error.Message);
        var detail = await _details.GetAsync(TrackerUser, id, ct);
        Assert.Equal(TaskState.Received, detail!.State);
    }

    [Fact]
    public async Task Another_units_leader_cannot_take_the_task_and_a_delegation_outside_the_unit_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 20));

        await Assert.ThrowsAsync<DomainException>(() => _workflow.ReceiveAsync(HealthLeaderUser, id, 0, ct));
        await Assert.ThrowsAsync<DomainException>(() => _workflow.DelegateAsync(LeaderUser, id, 0, _data.HealthLeader.Id, [], null, ct));

        var detail = await _details.GetAsync(TrackerUser, id, ct);
        Assert.Equal(TaskState.Assigned, detail!.State);
        var forCoordinatingLeader = await _details.GetAsync(HealthLeaderUser, id, ct);
        Assert.NotNull(forCoordinatingLeader);
        Assert.False(forCoordinatingLeader.Can.Receive || forCoordinatingLeader.Can.Delegate || forCoordinatingLeader.Can.Return);
        Assert.True(forCoordinatingLeader.Can.Contribute);
    }

    [Fact]
    public async Task A_returned_task_redirected_by_the_Office_reaches_the_new_units_desk()
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await RegisterAsync(new DateTime(2026, 11, 20));
        await _workflow.ReturnAsync(LeaderUser, id, 0, "Không thuộc chức năng của Sở Tài chính", ct);

        await _workflow.RedirectAsync(TrackerUser, id, await VersionAsync(TrackerUser, id), _data.Health.Id, "Chuyển Sở Y tế chủ trì", ct);

        var forHealth = await _details.GetAsync(HealthLeaderUser, id, ct);
        Assert.NotNull(forHealth);
        Assert.True(forHealth.Can.Receive);
        Assert.Equal("Sở Y tế", forHealth.LeadUnit);
        Assert.Contains(forHealth.History, h => h.Change == "Đơn vị chủ trì: Sở Tài chính → Sở Y tế");
        Assert.Contains(forHealth.History, h => h.Note == "Không thuộc chức năng của Sở Tài chính");
        Assert.Empty(forHealth.CoordinatingUnits);
    }

    [Fact]
    public async Task Registration_refuses_a_secret_document_and_a_too_early_deadline_and_saves_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var secret = new NewDocument
        {
            Number = "1",
            Symbol = "UBND-NC",
            Summary = "Mật",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = _data.Province.Id,
            Secrecy = SecrecyLevel.Mat,
            Tasks = [new NewTask { Content = "X", LeadUnitId = _data.Finance.Id, Deadline = new DateTime(2026, 11, 20) }],
        };
        var early = new NewDocument
        {
            Number = "2",
            Symbol = "UBND-KT",
            Summary = "Gấp",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = _data.Province.Id,
            Tasks = [new NewTask { Content = "X", LeadUnitId = _data.Finance.Id, Deadline = new DateTime(2026, 11, 2) }],
        };

        var secretError = await Assert.ThrowsAsync<DomainException>(() => _registration.RegisterAsync(TrackerUser, secret, ct));
        var earlyError = await Assert.ThrowsAsync<DomainException>(() => _registration.RegisterAsync(TrackerUser, early, ct));
        await Assert.ThrowsAsync<Portal.Domain.Security.ForbiddenException>(() => _registration.RegisterAsync(LeaderUser, early, ct));

        Assert.Contains("mật", secretError.Message);
        Assert.Contains("03/11/2026", earlyError.Message);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.DirectiveDocuments.CountAsync(ct));
        Assert.Equal(0, await db.CaseTasks.CountAsync(ct));
    }

    [Fact]
    public async Task A_second_document_with_the_same_number_symbol_and_issuer_is_found_as_a_likely_duplicate()
    {
        var ct = TestContext.Current.CancellationToken;
        await RegisterAsync(null);

        var issued = new DateOnly(2026, 11, 2);
        var duplicates = await _registration.FindDuplicatesAsync(TrackerUser, " 45 ", "UBND-KT", _data.Province.Id, issued, ct);
        var otherIssuer = await _registration.FindDuplicatesAsync(TrackerUser, "45", "UBND-KT", _data.Office.Id, issued, ct);

        Assert.Equal("45/UBND-KT", Assert.Single(duplicates).NumberAndSymbol);
        Assert.Empty(otherIssuer);
    }

    [Fact]
    public async Task A_duplicate_is_found_whatever_the_case_spaces_or_D_for_Đ_within_the_issuers_year_and_not_across_years()
    {
        var ct = TestContext.Current.CancellationToken;
        await _registration.RegisterAsync(TrackerUser, new NewDocument
        {
            Number = "45",
            Symbol = "QĐ-UBND",
            Summary = "Về việc ban hành kế hoạch",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = _data.Province.Id,
            DirectingLeaderId = _data.Chairman.Id,
            Tasks = [new NewTask { Content = "Triển khai kế hoạch", LeadUnitId = _data.Finance.Id, Deadline = new DateTime(2026, 11, 20), HasDeadline = true }],
        }, ct);

        foreach (var (number, symbol) in new[] { ("45", "qđ-ubnd"), (" 45", "QD - UBND"), ("45", "QD–UBND") })
            Assert.Equal("45/QĐ-UBND", Assert.Single(await _registration.FindDuplicatesAsync(TrackerUser, number, symbol, _data.Province.Id, new DateOnly(2026, 12, 1), ct)).NumberAndSymbol);
        // Numbering restarts each year: number 45 of 2027 is another document.
        Assert.Empty(await _registration.FindDuplicatesAsync(TrackerUser, "45", "QĐ-UBND", _data.Province.Id, new DateOnly(2027, 1, 5), ct));
        Assert.Empty(await _registration.FindDuplicatesAsync(TrackerUser, "46", "QĐ-UBND", _data.Province.Id, new DateOnly(2026, 12, 1), ct));
        // Reading the register is a registrar's right, checked by the service.
        await Assert.ThrowsAsync<ForbiddenException>(() => _registration.FindDuplicatesAsync(LeaderUser, "45", "QĐ-UBND", _data.Province.Id, null, ct));
    }

    [Fact]
    public async Task Entry_timeliness_is_computed_and_stored_for_each_document()
    {
        var ct = TestContext.Current.CancellationToken;
        _clock.Advance(TimeSpan.FromDays(3)); // entered on Thursday 05/11 for a document of Monday 02/11: Huế allows 2 working days

        var result = await _registration.RegisterAsync(TrackerUser, new NewDocument
        {
            Number = "46",
            Symbol = "UBND-VX",
            Summary = "Về việc nhập muộn",
            IssueDate = new DateTime(2026, 11, 2),
            IssuerUnitId = _data.Province.Id,
            Tasks = [new NewTask { Content = "Nhiệm vụ", LeadUnitId = _data.Finance.Id, Deadline = new DateTime(2026, 11, 27) }],
        }, ct);

        Assert.Equal(new DateOnly(2026, 11, 4), result.EntryDeadline);
        Assert.False(result.EnteredOnTime);
        await using var db = _database.CreateDbContext();
        var stored = await db.DirectiveDocuments.SingleAsync(d => d.Id == result.DocumentId, ct);
        Assert.False(stored.EnteredOnTime);
        Assert.Equal(new DateOnly(2026, 11, 4), stored.EntryDeadline);
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}

public sealed class SqliteWorkflowServiceTests() : WorkflowServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresWorkflowServiceTests() : WorkflowServiceTests(DatabaseProvider.Postgres);
