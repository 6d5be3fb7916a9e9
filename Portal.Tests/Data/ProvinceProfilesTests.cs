using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Admin;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Security;
using Portal.Domain.Units;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>
/// Several provinces in one installation (SPEC §1, issue 14 item 14): the rule profile, the calendar overrides and the report
/// headers belong to a root of the unit tree, and one province's administrator changes only their own.
/// </summary>
public abstract class ProvinceProfilesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestApp _app = null!;
    private SampleData _first = null!;
    private Unit _second = null!;
    private Unit _secondDepartment = null!;
    private Actor _firstAdmin = null!;
    private Actor _secondAdmin = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _app = await TestApp.CreateAsync(provider);
        var factory = _app.Get<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync(Ct);
        _first = await SampleData.SeedAsync(db);
        _second = new Unit("UBND tỉnh Bên Cạnh", "BC", UnitKind.ProvincialCommittee, null);
        _secondDepartment = new Unit("Sở Tài chính tỉnh Bên Cạnh", "BC-STC", UnitKind.Department, _second);
        db.Units.AddRange(_second, _secondDepartment);
        await db.SaveChangesAsync(Ct);
        await TestAccounts.AddAsync(factory, "admin-first", "admin-second");
        _firstAdmin = new Actor("admin-first", "Quản trị tỉnh Thử", null, _first.Office.Id, new HashSet<string> { PortalRoles.Administrator }) { SecurityStamp = TestAccounts.Stamp };
        _secondAdmin = new Actor("admin-second", "Quản trị tỉnh Bên Cạnh", null, _secondDepartment.Id, new HashSet<string> { PortalRoles.Administrator }) { SecurityStamp = TestAccounts.Stamp };
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_province_saves_its_own_rules_and_report_headers_and_the_other_keeps_the_installations()
    {
        var settings = _app.Get<RuleSettingsService>();
        var profiles = _app.Get<RuleProfiles>();
        var configured = profiles.ConfiguredHeader;

        var form = await settings.GetAsync(_secondAdmin, Ct);
        Assert.Equal("UBND tỉnh Bên Cạnh", form.Province);
        Assert.False(form.OwnProfile);
        Assert.Equal(configured.ProvinceName, form.HeaderProvinceName);
        form.WarningDays = "5, 2";
        form.NoticesBeforeEscalation = 2;
        form.HeaderProvinceName = "Tỉnh Bên Cạnh";
        form.HeaderCommittee = "ỦY BAN NHÂN DÂN TỈNH BÊN CẠNH";
        form.HeaderParentBody = "UBND TỈNH BÊN CẠNH";
        await settings.SaveAsync(_secondAdmin, form, Ct);

        var second = await profiles.ForUnitAsync(_secondDepartment.Id, Ct);
        var first = await profiles.ForUnitAsync(_first.Finance.Id, Ct);
        Assert.Equal([5, 2], second.WarningDays);
        Assert.Equal(2, second.NoticesBeforeEscalation);
        Assert.Equal([3, 1], first.WarningDays);
        Assert.Equal(new ReportHeader("Tỉnh Bên Cạnh", "ỦY BAN NHÂN DÂN TỈNH BÊN CẠNH", "UBND TỈNH BÊN CẠNH"),
                     await profiles.HeaderForUnitAsync(_secondDepartment.Id, Ct));
        Assert.Equal(configured, await profiles.HeaderForUnitAsync(_first.Finance.Id, Ct));

        // The first province's administrator sees and saves their own province's profile, not the other's.
        var firstForm = await settings.GetAsync(_firstAdmin, Ct);
        Assert.Equal(_first.Province.Name, firstForm.Province);
        Assert.Equal("3, 1", firstForm.WarningDays);
        firstForm.UrgingIntervalDays = 4;
        await settings.SaveAsync(_firstAdmin, firstForm, Ct);
        Assert.Equal(4, (await profiles.ForUnitAsync(_first.Health.Id, Ct)).UrgingIntervalDays);
        Assert.Equal(3, (await profiles.ForUnitAsync(_secondDepartment.Id, Ct)).UrgingIntervalDays);
        var again = await settings.GetAsync(_secondAdmin, Ct);
        Assert.True(again.OwnProfile);
        Assert.Equal("5, 2", again.WarningDays);

        await using var db = await _app.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal([_first.Province.Id, _second.Id], (await db.RuleSettings.AsNoTracking().Select(r => r.ProvinceId).ToListAsync(Ct)).Order().Cast<int>());
    }

    [Fact]
    public async Task A_provincial_day_off_changes_that_provinces_working_days_only_and_the_other_province_cannot_remove_it()
    {
        var admin = _app.Get<CalendarAdminService>();
        var calendars = _app.Get<CalendarCache>();
        var day = new DateOnly(2026, 9, 10);   // a Thursday
        Assert.True((await calendars.ForUnitAsync(_secondDepartment.Id, Ct)).IsWorkingDay(day));

        await admin.AddAsync(_secondAdmin, day, CalendarDayKind.Holiday, "Ngày giải phóng tỉnh Bên Cạnh", provincial: true, Ct);

        Assert.False((await calendars.ForUnitAsync(_secondDepartment.Id, Ct)).IsWorkingDay(day));
        Assert.True((await calendars.ForUnitAsync(_first.Finance.Id, Ct)).IsWorkingDay(day));
        Assert.True((await calendars.ForProvinceAsync(null, Ct)).IsWorkingDay(day));
        Assert.DoesNotContain(await admin.ListAsync(_secondAdmin, 2026, provincial: false, Ct), r => r.Date == day);
        var entry = Assert.Single(await admin.ListAsync(_secondAdmin, 2026, provincial: true, Ct));
        Assert.Empty(await admin.ListAsync(_firstAdmin, 2026, provincial: true, Ct));

        await Assert.ThrowsAsync<DomainException>(() => admin.RemoveAsync(_firstAdmin, entry.Id, Ct));
        Assert.False((await calendars.ForUnitAsync(_secondDepartment.Id, Ct)).IsWorkingDay(day));
        await admin.RemoveAsync(_secondAdmin, entry.Id, Ct);
        Assert.True((await calendars.ForUnitAsync(_secondDepartment.Id, Ct)).IsWorkingDay(day));
    }

    [Fact]
    public async Task The_reminder_pass_warns_each_province_on_its_own_warning_days()
    {
        var settings = _app.Get<RuleSettingsService>();
        var form = await settings.GetAsync(_secondAdmin, Ct);
        form.WarningDays = "5";
        await settings.SaveAsync(_secondAdmin, form, Ct);
        var factory = _app.Get<IDbContextFactory<PortalDbContext>>();
        int firstTask, secondTask;
        var specialist = new Portal.Domain.People.Person("Ngô Thị Bên Cạnh", _secondDepartment.Id, "Chuyên viên");
        await using (var db = await factory.CreateDbContextAsync(Ct))
        {
            db.People.Add(specialist);
            await db.SaveChangesAsync(Ct);
            // Both due on Thursday 08/10/2026, five working days after the pass on Thursday 01/10.
            var document = _first.NewDocument();
            var deadline = new DateOnly(2026, 10, 8);
            var first = _first.NewTask(document, _first.Finance, TestClock.Vn(2026, 9, 21), deadline, "Việc của tỉnh Thử");
            first.Delegate(_first.FinanceLeaderActor, TestClock.Vn(2026, 9, 22), _first.FinanceSpecialist.Id, []);
            var second = _first.NewTask(document, _secondDepartment, TestClock.Vn(2026, 9, 21), deadline, "Việc của tỉnh Bên Cạnh");
            second.Delegate(Portal.Domain.Cases.WorkflowActor.Of(specialist.Id, _secondDepartment.Id, PortalRoles.UnitLeader), TestClock.Vn(2026, 9, 22),
                            specialist.Id, []);
            db.CaseTasks.AddRange(first, second);
            await db.SaveChangesAsync(Ct);
            (firstTask, secondTask) = (first.Id, second.Id);
        }
        var clock = TestClock.At(2026, 10, 1, 7);
        var reminders = new Portal.App.Features.Notifications.ReminderService(factory, _app.Get<CalendarCache>(), clock, _app.Get<RuleProfiles>(),
            new TaskNotifier(Microsoft.Extensions.Logging.Abstractions.NullLogger<TaskNotifier>.Instance), _app.Get<UnitTreeCache>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Portal.App.Features.Notifications.ReminderService>.Instance);

        await reminders.SendDeadlineNoticesAsync(Ct);

        await using var check = await factory.CreateDbContextAsync(Ct);
        var warned = await check.Notifications.AsNoTracking().Where(n => n.Kind == Portal.Domain.Notifications.NotificationKind.DeadlineApproaching)
            .Select(n => n.TaskId).Distinct().ToListAsync(Ct);
        Assert.Equal([secondTask], warned);
        Assert.DoesNotContain(firstTask, warned);
    }

    [Fact]
    public async Task A_provincial_entry_replaces_the_national_one_on_its_date()
    {
        var admin = _app.Get<CalendarAdminService>();
        var calendars = _app.Get<CalendarCache>();
        var saturday = new DateOnly(2026, 10, 3);
        await admin.AddAsync(_firstAdmin, saturday, CalendarDayKind.ExtraWorkingDay, "Làm bù toàn quốc", Ct);
        await admin.AddAsync(_secondAdmin, saturday, CalendarDayKind.Holiday, "Tỉnh không làm bù", provincial: true, Ct);

        Assert.True((await calendars.ForUnitAsync(_first.Finance.Id, Ct)).IsWorkingDay(saturday));
        Assert.False((await calendars.ForUnitAsync(_secondDepartment.Id, Ct)).IsWorkingDay(saturday));
    }
}

public sealed class SqliteProvinceProfilesTests() : ProvinceProfilesTests(DatabaseProvider.Sqlite);


public sealed class PostgresProvinceProfilesTests() : ProvinceProfilesTests(DatabaseProvider.Postgres);
