using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App;
using Portal.App.Infrastructure;

namespace Portal.Tests.Features;

/// <summary>The typed settings are validated when the portal starts: a wrong value stops it with a message naming its key.</summary>
public sealed class SettingsValidationTests
{
    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() });
        builder.Configuration["Scheduler:Enabled"] = "false";
        foreach (var (key, value) in settings) builder.Configuration[key] = value;
        builder.AddPortalApp();
        return builder.Build();
    }

    [Theory]
    [InlineData("Security:SessionIdleMinutes", "2")]
    [InlineData("Security:SessionRevalidationSeconds", "0")]
    [InlineData("Security:SignInAttemptsPerMinute", "-1")]
    [InlineData("Security:PasswordMaxAgeDays", "5000")]
    [InlineData("Security:KnownProxies", "10.0.0.1, proxy.local")]
    [InlineData("Portal:ProvinceName", "")]
    [InlineData("Portal:ReportParentBody", " ")]
    [InlineData("Portal:EntryRule", "HaNoi")]
    [InlineData("Portal:DueSoonWorkingDays", "0")]
    [InlineData("Reminders:WarningDays:0", "40")]
    [InlineData("Evaluation:BaseScore", "-1")]
    [InlineData("Scheduler:CheckinSeconds", "0")]
    [InlineData("Mail:Enabled", "true")]
    public void A_wrong_setting_stops_start_up_with_a_message_naming_its_key(string key, string value)
    {
        using var app = Build(new() { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(string.Join(":", key.Split(":").Take(2)), error.Message);   // "Section:Key", without an array index
    }

    [Fact]
    public void The_defaults_start_and_are_what_the_README_says()
    {
        using var app = Build([]);

        app.Services.GetRequiredService<IStartupValidator>().Validate();
        var security = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        Assert.Equal((30, 60, 30, 12, 1L << 20, 20), (security.PasswordMaxAgeDays, security.SessionRevalidationSeconds, security.SessionIdleMinutes,
                                                      security.SessionMaxHours, security.MaxRequestBodyBytes, security.SignInAttemptsPerMinute));
        Assert.Equal("Tỉnh Demo", app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.ProvinceName);
    }

    [Theory]
    [InlineData("Oracle", null, "Database:Provider")]
    [InlineData("7", null, "Database:Provider")]
    [InlineData("Postgres", null, "ConnectionStrings:Portal")]
    [InlineData("SqlServer", " ", "ConnectionStrings:Portal")]
    public void A_wrong_database_setting_stops_start_up_with_a_message_naming_its_key(string provider, string? connection, string key)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(new() { ["Database:Provider"] = provider, ["ConnectionStrings:Portal"] = connection }));

        Assert.Contains(key, error.Message);
    }
}
