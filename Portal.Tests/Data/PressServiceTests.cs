using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Portal.App.Features.Press;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Directives;
using Portal.Domain.Notifications;
using Portal.Domain.People;
using Portal.Domain.Press;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// The press digest (Huế 53 Phụ lục IV bước 1, issue 15): an editor posts the day's items before 11:00; every unit reads
/// them newest first, searched without accents, day by day; a working day without a digest at 11:00 is flagged to the editors
/// and the Office's leaders, once.
/// </summary>
public abstract class PressServiceTests(DatabaseProvider provider) : IAsyncLifetime
{
    // Thursday 15/10/2026, 09:30.
    private readonly FakeTimeProvider _clock = TestClock.At(2026, 10, 15, 9, 30);
    private TestDatabase _database = null!;
    private SampleData _data = null!;
    private PressService _press = null!;
    private Person _editor = null!;
    private Person _officeLeader = null!;
    private Actor _editorUser = null!;
    private Actor _reader = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        await using (var db = _database.CreateDbContext())
        {
            db.CalendarDays.AddRange(OfficialSchedules.For(2026).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
            _data = await SampleData.SeedAsync(db);
            await _data.SeedAccountsAsync(db);
            _editor = new Person("Lý Thị Biên Tập", _data.Office.Id, "Biên tập viên");
            _officeLeader = new Person("Đỗ Văn Chánh", _data.Office.Id, "Chánh Văn phòng");
            db.People.AddRange(_editor, _officeLeader);
            await db.SaveChangesAsync(Ct);
            var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, Ct);
            foreach (var (name, person, role) in new[] { ("editor", _editor, PortalRoles.Editor), ("office-leader", _officeLeader, PortalRoles.OfficeLeader) })
            {
                var user = new PortalUser
                {
                    Id = name,
                    UserName = name,
                    NormalizedUserName = name.ToUpperInvariant(),
                    DisplayName = person.FullName,
                    PersonId = person.Id,
                    UnitId = _data.Office.Id,
                    SecurityStamp = TestAccounts.Stamp
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role].Id });
            }
            await db.SaveChangesAsync(Ct);
        }
        await TestAccounts.AddAsync(_database, "reader", "leader");
        _editorUser = new Actor("editor", _editor.FullName, _editor.Id, _data.Office.Id, new HashSet<string> { PortalRoles.Editor }) { SecurityStamp = TestAccounts.Stamp };
        _reader = new Actor("reader", "Chuyên viên Sở Y tế", _data.HealthLeader.Id, _data.Health.Id, new HashSet<string> { PortalRoles.UnitSpecialist }) { SecurityStamp = TestAccounts.Stamp };
        var tree = new UnitTreeCache(_database);
        _press = new PressService(_database, tree, new CalendarCache(_database, tree), _clock, new TaskNotifier(NullLogger<TaskNotifier>.Instance));
        _incidents = new PressIncidentService(_database, tree, new CalendarCache(_database, tree), _clock, new TaskNotifier(NullLogger<TaskNotifier>.Instance));
        _leader = new Actor("leader", _data.Chairman.FullName, _data.Chairman.Id, _data.Province.Id, new HashSet<string> { PortalRoles.ProvincialLeader }) { SecurityStamp = TestAccounts.Stamp };
    }

    private PressIncidentService _incidents = null!;
    private Actor _leader = null!;

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private static PressItemInput Item(string title, string summary = "Báo phản ánh tình trạng chậm giải ngân vốn đầu tư công tại tỉnh.", string? link = "https://baochinhphu.vn/tin-1.htm",
                                       DateOnly? published = null) =>
        new("Báo Điện tử Chính phủ", title, link, published ?? new DateOnly(2026, 10, 15), summary, DocumentField.KinhTe);

    [Fact]
    public async Task An_editor_posts_the_days_digest_and_every_unit_reads_it_newest_first_searched_without_accents()
    {
        var first = await _press.PostAsync(_editorUser, null, [Item("Giải ngân vốn đầu tư công còn chậm"), Item("Sạt lở bờ sông Hương", "Người dân lo lắng vì sạt lở.")], Ct);
        _clock.Advance(TimeSpan.FromHours(3));
        var again = await _press.PostAsync(_editorUser, null, [Item("Đường tỉnh lộ xuống cấp", "Mặt đường hư hỏng nặng.", link: null)], Ct);

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(3, again.Items);
        Assert.False(first.PostedLate);
        var all = await _press.ListAsync(_reader, null, null, 0, 20, Ct);
        Assert.Equal(3, all.Total);
        Assert.Equal(["Đường tỉnh lộ xuống cấp", "Sạt lở bờ sông Hương", "Giải ngân vốn đầu tư công còn chậm"], all.Rows.Select(r => r.Title));
        Assert.Equal(["Giải ngân vốn đầu tư công còn chậm"], (await _press.ListAsync(_reader, "giai ngan  CHAM", null, 0, 20, Ct)).Rows.Select(r => r.Title));
        Assert.Equal(["Sạt lở bờ sông Hương"], (await _press.ListAsync(_reader, "nguoi dan", null, 0, 20, Ct)).Rows.Select(r => r.Title));
        Assert.Empty((await _press.ListAsync(_reader, null, new DateOnly(2026, 10, 14), 0, 20, Ct)).Rows);
        Assert.Equal(3, (await _press.ListAsync(_reader, null, new DateOnly(2026, 10, 15), 0, 20, Ct)).Total);
        var day = Assert.Single(await _press.RecentDaysAsync(_reader, 30, Ct));
        Assert.Equal((new DateOnly(2026, 10, 15), 3, false), (day.Date, day.Items, day.PostedLate));
        Assert.Equal(3, (await _press.DeskAsync(_reader, 5, Ct)).Items.Count);
    }

    [Fact]
    public async Task A_bad_item_is_refused_with_its_reason_and_nothing_is_posted()
    {
        await Assert.ThrowsAsync<DomainException>(() => _press.PostAsync(_editorUser, null, [Item("Tin 1"), Item("Tin 2", link: "javascript:alert(1)")], Ct));
        await Assert.ThrowsAsync<DomainException>(() => _press.PostAsync(_editorUser, null, [Item("Tin ngày mai", published: new DateOnly(2026, 10, 16))], Ct));
        await Assert.ThrowsAsync<DomainException>(() => _press.PostAsync(_editorUser, null, [Item("")], Ct));
        var empty = await Assert.ThrowsAsync<DomainException>(() => _press.PostAsync(_editorUser, "  ", [], Ct));
        Assert.Contains("Không có tin mới", empty.Message);
        Assert.Equal(0, (await _press.ListAsync(_reader, null, null, 0, 20, Ct)).Total);
        Assert.Empty(await _press.RecentDaysAsync(_reader, 30, Ct));

        // A day with nothing to report is posted with its note.
        await _press.PostAsync(_editorUser, "Không có tin mới", [], Ct);
        Assert.Equal("Không có tin mới", Assert.Single(await _press.RecentDaysAsync(_reader, 30, Ct)).Note);
    }

    [Fact]
    public async Task Only_an_editor_with_a_personal_account_posts()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => _press.PostAsync(_reader, null, [Item("Tin")], Ct));
        var unitAccount = new Actor("editor", "Tài khoản đơn vị", null, _data.Office.Id, new HashSet<string> { PortalRoles.Editor }) { SecurityStamp = TestAccounts.Stamp };
        await Assert.ThrowsAsync<ForbiddenException>(() => _press.PostAsync(unitAccount, null, [Item("Tin")], Ct));
    }

    [Fact]
    public async Task A_leader_sends_an_item_to_units_as_a_press_incident_due_in_five_working_days_or_ten_when_hard()
    {
        await _press.PostAsync(_editorUser, null, [Item("Giải ngân vốn đầu tư công còn chậm"), Item("Sạt lở bờ sông Hương")], Ct);
        var items = (await _press.ListAsync(_reader, null, null, 0, 20, Ct)).Rows;
        var slow = items.Single(i => i.Title.StartsWith("Giải ngân"));
        var landslide = items.Single(i => i.Title.StartsWith("Sạt lở"));

        var simple = await _incidents.AssignAsync(_leader, slow.Id, new PressAssignment
        {
            LeadUnitId = _data.Finance.Id,
            CoordinatingUnitIds = [_data.Health.Id],
            TrackingSpecialistId = _data.Tracker.Id,
            Direction = "Kiểm tra, báo cáo trước ngày 20/10.",
        }, Ct);
        var hard = await _incidents.AssignAsync(_leader, landslide.Id, new PressAssignment
        {
            LeadUnitId = _data.Health.Id,
            TrackingSpecialistId = _data.Tracker.Id,
            Complex = true,
        }, Ct);

        await using var db = _database.CreateDbContext();
        var first = await db.CaseTasks.Include(t => t.CoordinatingUnits).SingleAsync(t => t.Id == simple, Ct);
        // Assigned Thursday 15/10/2026: five working days → Thursday 22/10; ten → Thursday 29/10.
        Assert.Equal((Portal.Domain.Cases.CaseKind.PressIncident, new DateOnly(2026, 10, 22), _data.Tracker.Id, _data.Chairman.Id),
                     (first.Kind, first.EffectiveDeadline!.Value, first.TrackingSpecialistId!.Value, first.TrackingLeaderId!.Value));
        Assert.Equal(slow.Id, first.PressItemId);
        Assert.Equal("Báo Điện tử Chính phủ 15/10/2026", first.SourceReference);
        Assert.Contains("Ý kiến chỉ đạo: Kiểm tra, báo cáo trước ngày 20/10.", first.Content);
        Assert.Equal([_data.Health.Id], first.CoordinatingUnits.Select(c => c.UnitId));
        Assert.Equal(new DateOnly(2026, 10, 29), (await db.CaseTasks.SingleAsync(t => t.Id == hard, Ct)).EffectiveDeadline);
        // The lead unit's leader is told, as for any new task.
        Assert.True(await db.Notifications.AnyAsync(n => n.TaskId == simple && n.Kind == NotificationKind.NewTask && n.RecipientId == _data.FinanceLeader.Id, Ct));
        Assert.Equal(1, (await _incidents.AssignedCountsAsync([slow.Id, landslide.Id], Ct))[slow.Id]);
    }

    [Fact]
    public async Task Sending_an_item_needs_a_leader_a_unit_and_an_assigner_who_may_confirm_and_a_refusal_changes_nothing()
    {
        await _press.PostAsync(_editorUser, null, [Item("Đường tỉnh lộ xuống cấp")], Ct);
        var item = Assert.Single((await _press.ListAsync(_reader, null, null, 0, 20, Ct)).Rows);

        await Assert.ThrowsAsync<ForbiddenException>(() => _incidents.AssignAsync(_editorUser, item.Id, new PressAssignment { LeadUnitId = _data.Finance.Id, TrackingSpecialistId = _data.Tracker.Id }, Ct));
        await Assert.ThrowsAsync<DomainException>(() => _incidents.AssignAsync(_leader, item.Id, new PressAssignment { TrackingSpecialistId = _data.Tracker.Id }, Ct));
        // No tracker named and none on the Office's map for the unit.
        await Assert.ThrowsAsync<DomainException>(() => _incidents.AssignAsync(_leader, item.Id, new PressAssignment { LeadUnitId = _data.Finance.Id }, Ct));
        // A unit leader may not confirm results, so cannot be the assigner.
        await Assert.ThrowsAsync<DomainException>(() => _incidents.AssignAsync(_leader, item.Id, new PressAssignment { LeadUnitId = _data.Finance.Id, TrackingSpecialistId = _data.FinanceLeader.Id }, Ct));
        await Assert.ThrowsAsync<DomainException>(() => _incidents.AssignAsync(_leader, item.Id + 1000, new PressAssignment { LeadUnitId = _data.Finance.Id, TrackingSpecialistId = _data.Tracker.Id }, Ct));
        await using (var db = _database.CreateDbContext())
            Assert.False(await db.CaseTasks.AnyAsync(t => t.PressItemId != null, Ct));

        // With the Office's map, the specialist of the unit and field is the assigner.
        await using (var db = _database.CreateDbContext())
        {
            db.TrackingAssignments.Add(new TrackingAssignment(_data.Finance.Id, null, _data.Tracker.Id));
            await db.SaveChangesAsync(Ct);
        }
        var id = await _incidents.AssignAsync(_leader, item.Id, new PressAssignment { LeadUnitId = _data.Finance.Id }, Ct);
        await using (var db = _database.CreateDbContext())
            Assert.Equal(_data.Tracker.Id, (await db.CaseTasks.SingleAsync(t => t.Id == id, Ct)).TrackingSpecialistId);
    }

    [Fact]
    public async Task A_working_day_without_a_digest_at_eleven_is_flagged_to_the_editors_and_the_office_leaders_once()
    {
        Assert.Equal(0, await _press.FlagMissingDigestsAsync(Ct));   // 09:30: not yet

        _clock.SetUtcNow(VietnamTime.At(new DateOnly(2026, 10, 15), new TimeOnly(11, 1)));
        Assert.Equal(2, await _press.FlagMissingDigestsAsync(Ct));
        Assert.Equal(0, await _press.FlagMissingDigestsAsync(Ct));
        await using (var db = _database.CreateDbContext())
        {
            var told = await db.Notifications.Where(n => n.Kind == NotificationKind.PressDigestMissing).Select(n => n.RecipientId).ToListAsync(Ct);
            Assert.Equal(new int?[] { _editor.Id, _officeLeader.Id }.Order(), told.Order());
        }

        // Posted late the next day: no flag that day, and the digest says it came after 11:00.
        _clock.SetUtcNow(VietnamTime.At(new DateOnly(2026, 10, 16), new TimeOnly(11, 30)));
        var late = await _press.PostAsync(_editorUser, null, [Item("Tin muộn", published: new DateOnly(2026, 10, 16))], Ct);
        Assert.True(late.PostedLate);
        Assert.Equal(0, await _press.FlagMissingDigestsAsync(Ct));

        // Saturday: no digest is due.
        _clock.SetUtcNow(VietnamTime.At(new DateOnly(2026, 10, 17), new TimeOnly(12, 0)));
        Assert.Equal(0, await _press.FlagMissingDigestsAsync(Ct));
    }
}

public sealed class SqlitePressServiceTests() : PressServiceTests(DatabaseProvider.Sqlite);

public sealed class PostgresPressServiceTests() : PressServiceTests(DatabaseProvider.Postgres);
