namespace Portal.App.Features.Directives;

public static class DirectiveFeatures
{
    /// <summary>The directive kind's source: registering documents and their tasks, and the directory lookups of its forms.</summary>
    public static IServiceCollection AddDirectiveFeatures(this IServiceCollection services)
    {
        services.AddScoped<DocumentRegistrationService>();
        services.AddScoped<DirectoryLookup>();
        return services;
    }
}
