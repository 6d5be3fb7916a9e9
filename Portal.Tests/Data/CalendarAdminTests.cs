using Portal.App.Features.Admin;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Security;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

public sealed class CalendarAdminTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private CalendarCache _cache = null!;
    private CalendarAdminService _service = null!;
    private static readonly Actor Admin = new("a", "Quản trị", 1, null, new HashSet<string> { PortalRoles.Administrator }) { SecurityStamp = TestAccounts.Stamp };
    private static readonly Actor Clerk = new("c", "Văn thư", 2, null, new HashSet<string> { PortalRoles.Clerk }) { SecurityStamp = TestAccounts.Stamp };

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TestAccounts.AddAsync(_database, "a", "c");
        _cache = new CalendarCache(_database);
        _service = new CalendarAdminService(_database, _cache, new UnitTreeCache(_database), TimeProvider.System);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task An_administrator_generates_a_years_defaults_once_and_the_deadline_calendar_follows()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await _cache.ForProvinceAsync(null, ct)).IsWorkingDay(new DateOnly(2028, 1, 26)));

        var added = await _service.GenerateDefaultsAsync(Admin, 2028, ct);
        var again = await _service.GenerateDefaultsAsync(Admin, 2028, ct);

        Assert.True(added >= 10);
        Assert.Equal(0, again);
        Assert.False((await _cache.ForProvinceAsync(null, ct)).IsWorkingDay(new DateOnly(2028, 1, 26)));   // Tết Mậu Thân 2028
    }

    [Fact]
    public async Task A_Saturday_worked_is_added_a_weekday_is_refused_as_one_and_only_administrators_edit()
    {
        var ct = TestContext.Current.CancellationToken;

        await _service.AddAsync(Admin, new DateOnly(2027, 5, 8), CalendarDayKind.ExtraWorkingDay, "Làm bù", ct);

        Assert.True((await _cache.ForProvinceAsync(null, ct)).IsWorkingDay(new DateOnly(2027, 5, 8)));
        await Assert.ThrowsAsync<DomainException>(() => _service.AddAsync(Admin, new DateOnly(2027, 5, 7), CalendarDayKind.ExtraWorkingDay, "Sai", ct));
        await Assert.ThrowsAsync<DomainException>(() => _service.AddAsync(Admin, new DateOnly(2027, 5, 8), CalendarDayKind.Holiday, "Trùng", ct));
        await Assert.ThrowsAsync<ForbiddenException>(() => _service.AddAsync(Clerk, new DateOnly(2027, 6, 1), CalendarDayKind.Holiday, "Không được", ct));
        var row = Assert.Single(await _service.ListAsync(2027, ct));
        await _service.RemoveAsync(Admin, row.Id, ct);
        Assert.False((await _cache.ForProvinceAsync(null, ct)).IsWorkingDay(new DateOnly(2027, 5, 8)));
    }
}
