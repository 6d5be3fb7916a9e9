using Microsoft.AspNetCore.Components.Server.Circuits;
using Portal.App.Features.Audit;
using Portal.App.Features.Jobs;

namespace Portal.App.Features.Admin;

public static class AdminFeatures
{
    /// <summary>Administration: accounts, units, people, the calendar, the province's rules, the audit trail and the jobs page.</summary>
    public static IServiceCollection AddAdminFeatures(this IServiceCollection services)
    {
        services.AddScoped<CircuitHandler, AuditCircuitHandler>();
        services.AddScoped<AuditService>();
        services.AddScoped<CalendarAdminService>();
        services.AddScoped<AccountAdminService>();
        services.AddScoped<UnitAdminService>();
        services.AddScoped<ImportService>();
        services.AddSingleton<OneTimeDownloads>();
        services.AddScoped<PeopleAdminService>();
        services.AddScoped<RuleSettingsService>();
        services.AddScoped<JobsService>();
        return services;
    }
}
