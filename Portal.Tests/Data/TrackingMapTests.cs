using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.App.Features.Directives;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// Who follows a task (hue-71 Điều 8.1đ): the tracker named on the task, else on the document, else the Office's map by lead
/// unit and field, else the registrar; always a person who may confirm the result.
/// </summary>
public abstract class TrackingMapTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private Person _clerk = null!;
    private Person _secondTracker = null!;
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.At(2026, 11, 2, 9);
    private DocumentRegistrationService _registration = null!;
    private TrackingMapService _map = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using (var db = _database.CreateDbContext())
        {
            _data = await SampleData.SeedAsync(db);
            await _data.SeedAccountsAsync(db);
            _clerk = new Person("Đỗ Thị Văn Thư", _data.Office.Id, "Văn thư");
            _secondTracker = new Person("Ngô Văn Theo", _data.Office.Id, "Chuyên viên");
            db.People.AddRange(_clerk, _secondTracker);
            await db.SaveChangesAsync();
            var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
            foreach (var (name, person, role) in new[] { ("clerk", _clerk, PortalRoles.Clerk), ("tracker2", _secondTracker, PortalRoles.TrackingSpecialist) })
            {
                var user = new PortalUser { Id = name, UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = person.FullName, PersonId = person.Id, SecurityStamp = TestAccounts.Stamp };
                db.Users.Add(user);
                db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = name, RoleId = roles[role] });
            }
            await db.SaveChangesAsync();
        }
        await TestAccounts.AddAsync(_database, "u-office-leader");
        var calendars = new CalendarCache(_database);
        _registration = new DocumentRegistrationService(_database, _clock, calendars, TestOptions.RuleProfiles(_database), new TaskNotifier(NullLogger<TaskNotifier>.Instance));
        _map = new TrackingMapService(_database, _clock);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private Actor Clerk => new Actor("clerk", _clerk.FullName, _clerk.Id, _data.Office.Id, new HashSet<string> { PortalRoles.Clerk }).Signed();
    private Actor OfficeLeader => new Actor("u-office-leader", "Chánh Văn phòng", null, _data.Office.Id, new HashSet<string> { PortalRoles.OfficeLeader }).Signed();

    private NewDocument Document(DocumentField field, params NewTask[] tasks) => new()
    {
        Number = $"{Random.Shared.Next(1, 9999)}",
        Symbol = "UBND-KT",
        Summary = "Về việc thử phân công theo dõi",
        IssueDate = new DateTime(2026, 11, 2),
        IssuerUnitId = _data.Province.Id,
        Field = field,
        Tasks = [.. tasks],
    };

    private NewTask Task(int unitId, int? tracker = null) =>
        new() { Content = "Nhiệm vụ thử phân công theo dõi", LeadUnitId = unitId, Deadline = new DateTime(2026, 11, 30), TrackingSpecialistId = tracker };

    private async Task<int?[]> TrackersOfAsync(IEnumerable<int> ids)
    {
        await using var db = _database.CreateDbContext();
        var list = ids.ToList();
        var found = await db.CaseTasks.Where(t => list.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.TrackingSpecialistId);
        return [.. list.Select(id => found[id])];
    }

    [Fact]
    public async Task A_clerks_tasks_take_the_maps_tracker_of_the_unit_and_field_else_the_units_tracker_for_every_field()
    {
        var ct = TestContext.Current.CancellationToken;
        await _map.SetAsync(OfficeLeader, _data.Finance.Id, null, _data.Tracker.Id, ct);
        await _map.SetAsync(OfficeLeader, _data.Finance.Id, DocumentField.KinhTe, _secondTracker.Id, ct);
        await _map.SetAsync(OfficeLeader, _data.Health.Id, null, _data.Tracker.Id, ct);

        var economic = await _registration.RegisterAsync(Clerk, Document(DocumentField.KinhTe, Task(_data.Finance.Id), Task(_data.Health.Id)), ct);
        var social = await _registration.RegisterAsync(Clerk, Document(DocumentField.VanXa, Task(_data.Finance.Id)), ct);

        Assert.Equal([_secondTracker.Id, _data.Tracker.Id], await TrackersOfAsync(economic.TaskIds));
        Assert.Equal([_data.Tracker.Id], await TrackersOfAsync(social.TaskIds));
        var rows = await _map.ListAsync(OfficeLeader, ct);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task The_documents_tracker_applies_to_every_task_that_names_none_and_a_tasks_own_choice_wins()
    {
        var ct = TestContext.Current.CancellationToken;
        await _map.SetAsync(OfficeLeader, _data.Finance.Id, null, _data.Tracker.Id, ct);
        var input = Document(DocumentField.KinhTe, Task(_data.Finance.Id), Task(_data.Health.Id), Task(_data.Health.Id, tracker: _data.Tracker.Id));
        input.TrackingSpecialistId = _secondTracker.Id;

        var result = await _registration.RegisterAsync(Clerk, input, ct);

        Assert.Equal([_secondTracker.Id, _secondTracker.Id, _data.Tracker.Id], await TrackersOfAsync(result.TaskIds));
    }

    [Fact]
    public async Task A_clerk_who_names_no_tracker_for_a_unit_without_one_on_the_map_is_refused_and_nothing_is_saved()
    {
        var ct = TestContext.Current.CancellationToken;

        var error = await Assert.ThrowsAsync<DomainException>(() => _registration.RegisterAsync(Clerk, Document(DocumentField.KinhTe, Task(_data.Finance.Id)), ct));

        Assert.Contains("chuyên viên theo dõi", error.Message);
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.DirectiveDocuments.CountAsync(ct));
    }

    [Fact]
    public async Task A_tracker_who_may_not_confirm_is_refused_on_a_task_and_on_the_map()
    {
        var ct = TestContext.Current.CancellationToken;

        var onTask = await Assert.ThrowsAsync<DomainException>(() =>
            _registration.RegisterAsync(Clerk, Document(DocumentField.KinhTe, Task(_data.Finance.Id, tracker: _clerk.Id)), ct));
        var onMap = await Assert.ThrowsAsync<DomainException>(() => _map.SetAsync(OfficeLeader, _data.Finance.Id, null, _data.FinanceSpecialist.Id, ct));

        Assert.Equal(TrackingMapService.NotAConfirmerMessage, onTask.Message);
        Assert.Equal(TrackingMapService.NotAConfirmerMessage, onMap.Message);
        Assert.Empty(await _map.ListAsync(OfficeLeader, ct));
        var confirmers = await _map.ConfirmersAsync(ct);
        Assert.Equal([_secondTracker.Id, _data.Tracker.Id], confirmers.Select(p => p.Id));
    }

    [Fact]
    public async Task A_task_keeps_its_submitting_and_compiling_agencies_and_tracking_leaders_and_the_list_filters_by_the_Office_leader()
    {
        var ct = TestContext.Current.CancellationToken;
        var task = Task(_data.Finance.Id, tracker: _data.Tracker.Id);
        task.SubmittingUnitId = _data.Health.Id;
        task.CompilingUnitId = _data.Finance.Id;
        task.TrackingOfficeLeaderId = _secondTracker.Id;
        task.TrackingDepartmentHeadId = _data.Tracker.Id;
        task.TrackingLeaderId = _data.Chairman.Id;
        var other = Task(_data.Health.Id, tracker: _data.Tracker.Id);

        var result = await _registration.RegisterAsync(Clerk, Document(DocumentField.KinhTe, task, other), ct);

        var tracker = new Actor("tracker", _data.Tracker.FullName, _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.TrackingSpecialist }).Signed();
        var queries = new Portal.App.Features.Tasks.TaskQueryService(_database, new CalendarCache(_database), new UnitTreeCache(_database), _clock, TestOptions.Portal());
        var details = new Portal.App.Features.Tasks.TaskDetailService(_database, queries, _clock);
        var detail = (await details.GetAsync(tracker, result.TaskIds[0], ct))!;
        Assert.Equal(new Portal.App.Features.Tasks.TaskTracking("Sở Y tế", "Sở Tài chính", _secondTracker.FullName, _data.Tracker.FullName), detail.Tracking);
        Assert.Equal(_data.Chairman.FullName, detail.TrackingLeader);
        var byOfficeLeader = await queries.ListAsync(tracker, new Portal.App.Features.Tasks.TaskFilter { OfficeLeaderId = _secondTracker.Id }, 0, 20, ct);
        Assert.Equal([result.TaskIds[0]], byOfficeLeader.Rows.Select(r => r.Id));
        task.SubmittingUnitId = 987_654;
        await Assert.ThrowsAsync<DomainException>(() => _registration.RegisterAsync(Clerk, Document(DocumentField.KinhTe, task), ct));
    }

    [Fact]
    public async Task A_tracking_specialist_who_registers_follows_the_tasks_the_map_does_not_name_another_for()
    {
        var ct = TestContext.Current.CancellationToken;
        await _map.SetAsync(OfficeLeader, _data.Health.Id, null, _secondTracker.Id, ct);
        var tracker = new Actor("tracker-self", _data.Tracker.FullName, _data.Tracker.Id, _data.Office.Id, new HashSet<string> { PortalRoles.TrackingSpecialist }).Signed();
        await TestAccounts.AddAsync(_database, "tracker-self");

        var result = await _registration.RegisterAsync(tracker, Document(DocumentField.KinhTe, Task(_data.Finance.Id), Task(_data.Health.Id)), ct);

        Assert.Equal([_data.Tracker.Id, _secondTracker.Id], await TrackersOfAsync(result.TaskIds));
    }
}

public sealed class SqliteTrackingMapTests() : TrackingMapTests(DatabaseProvider.Sqlite);

public sealed class PostgresTrackingMapTests() : TrackingMapTests(DatabaseProvider.Postgres);
