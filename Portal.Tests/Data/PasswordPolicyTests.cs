using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.App.Components.Account;
using Portal.Data;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

public sealed class PasswordPolicyTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.At(2026, 11, 26);
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        _database.AddTo(services);
        services.AddIdentityCore<PortalUser>(o =>
            {
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddPasswordValidator<ReusedPasswordValidator>();
        services.AddScoped<PasswordChanger>();
        _services = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_new_password_may_not_repeat_any_of_the_last_five()
    {
        await using var scope = _services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var changer = scope.ServiceProvider.GetRequiredService<PasswordChanger>();
        var user = new PortalUser { UserName = "thu", DisplayName = "Thử", MustChangePassword = true };
        Assert.True((await users.CreateAsync(user, "Matkhau@1")).Succeeded);
        string[] sequence = ["Matkhau@2", "Matkhau@3", "Matkhau@4", "Matkhau@5", "Matkhau@6"];

        var sameAsCurrent = await changer.ChangeAsync(user, "Matkhau@1", "Matkhau@1");
        var current = "Matkhau@1";
        foreach (var next in sequence)
        {
            Assert.True((await changer.ChangeAsync(user, current, next)).Succeeded, next);
            current = next;
        }
        var recent = await changer.ChangeAsync(user, current, "Matkhau@3");
        var sixthBack = await changer.ChangeAsync(user, current, "Matkhau@1");

        Assert.Contains(sameAsCurrent.Errors, e => e.Code == "PasswordReused");
        Assert.Contains(recent.Errors, e => e.Code == "PasswordReused");
        Assert.True(sixthBack.Succeeded);
        Assert.False(user.MustChangePassword);
        Assert.Equal(_clock.GetUtcNow(), user.PasswordChangedAt);
    }

    [Theory]
    [InlineData(true, 1, true)]
    [InlineData(false, 10, false)]
    [InlineData(false, 31, true)]
    public void A_first_sign_in_or_a_password_older_than_the_limit_must_be_changed(bool mustChange, int daysOld, bool expected)
    {
        var policy = new PasswordPolicy(Microsoft.Extensions.Options.Options.Create(new Portal.App.Infrastructure.SecurityOptions()), _clock);
        var claims = new List<Claim> { new(PasswordPolicy.ChangedAtClaim, _clock.GetUtcNow().AddDays(-daysOld).UtcTicks.ToString()) };
        if (mustChange) claims.Add(new Claim(PasswordPolicy.MustChangeClaim, "true"));
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));

        Assert.Equal(expected, policy.ReasonToChange(user) is not null);
    }
}
