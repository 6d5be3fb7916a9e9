using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;
using MudBlazor.Services;
using Portal.App.Components.Account;
using Portal.App.Features.Admin;
using Portal.App.Features.Complaints;
using Portal.App.Features.Directives;
using Portal.App.Features.Files;
using Portal.App.Features.Notifications;
using Portal.App.Features.Press;
using Portal.App.Features.Programme;
using Portal.App.Features.Questions;
using Portal.App.Features.Reports;
using Portal.App.Features.Tasks;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain.Calendar;

namespace Portal.Tests.TestSupport;

/// <summary>bUnit with MudBlazor, a migrated in-memory SQLite database, a fake clock and the application's services.</summary>
public abstract class ComponentTestContext : BunitContext, IAsyncLifetime
{
    protected ComponentTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddOptions();
    }

    protected TestDatabase Database { get; private set; } = null!;

    protected FakeTimeProvider Clock { get; } = TestClock.At(2026, 11, 26, 9);

    public virtual async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = Database.CreateDbContext())
        {
            db.CalendarDays.AddRange(OfficialSchedules.For(2026).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
            await db.SaveChangesAsync();
        }
        Database.AddTo(Services);
        Services.AddSingleton<TimeProvider>(Clock);
        // The application's own registrations, area by area, as Program uses them.
        Services.AddPortalInfrastructure();
        Services.AddTaskFeatures();
        Services.AddDirectiveFeatures();
        Services.AddFileFeatures();
        Services.AddNotificationFeatures();
        Services.AddReportFeatures();
        Services.AddProgrammeFeatures();
        Services.AddPressFeatures();
        Services.AddQuestionFeatures();
        Services.AddComplaintFeatures();
        Services.AddAdminFeatures();
        Services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Test" });
        Services.AddLogging();
    }

    /// <summary>Signs the test in as a person with roles, as the sign-in cookie would carry them.</summary>
    protected void SignInAs(string name, int? personId, int? unitId, params string[] roles)
    {
        var userId = $"user-{personId?.ToString() ?? name}";
        var claims = new List<Claim>
        {
            new(PortalClaims.DisplayName, name), new(ClaimTypes.NameIdentifier, userId), new(Actor.SecurityStampClaimType, TestAccounts.Stamp),
            new(PasswordPolicy.ChangedAtClaim, Clock.GetUtcNow().UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        using (var db = Database.CreateDbContext()) TestAccounts.AddAsync(db, userId).GetAwaiter().GetResult();
        if (personId is { } p) claims.Add(new Claim(PortalClaims.PersonId, p.ToString()));
        if (unitId is { } u) claims.Add(new Claim(PortalClaims.UnitId, u.ToString()));
        AddAuthorization().SetAuthorized(name).SetRoles(roles).SetClaims([.. claims]);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await Database.DisposeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await base.DisposeAsync();
}
