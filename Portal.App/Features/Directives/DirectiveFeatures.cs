namespace Portal.App.Features.Directives;

public static class DirectiveFeatures
{
    /// <summary>The directive kind's source: registering documents and their tasks.</summary>
    public static IServiceCollection AddDirectiveFeatures(this IServiceCollection services)
    {
        services.AddScoped<DocumentRegistrationService>();
        services.AddScoped<TaskListImport>();
        services.AddScoped<TrackingMapService>();
        services.AddScoped<DocumentService>();
        return services;
    }
}
