using Portal.App.Components.Account;
using Portal.App.Components.Layout;

namespace Portal.App.Infrastructure;

public static class InfrastructureFeatures
{
    /// <summary>What every area uses: the signed-in person, the one action runner, the shared caches and lookups.</summary>
    public static IServiceCollection AddPortalInfrastructure(this IServiceCollection services)
    {
        services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CurrentUser>();
        services.AddSingleton<Features.Acting.ActingService>();
        services.AddScoped<ActionRunner>();
        services.AddSingleton<PasswordPolicy>();
        services.AddSingleton<CalendarCache>();
        services.AddSingleton<UnitTreeCache>();
        services.AddSingleton<RuleProfiles>();
        services.AddSingleton<ThemeStylesheet>();
        services.AddScoped<DirectoryLookup>();
        // After AddMudServices: MudBlazor's own words in Vietnamese.
        services.AddTransient<MudBlazor.ILocalizationInterceptor, VietnameseMudTexts>();
        return services;
    }
}
