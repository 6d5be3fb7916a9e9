using Portal.App.Infrastructure;

namespace Portal.App.Features.Files;

public static class FileFeatures
{
    /// <summary>Uploaded files: the store on disk and the checked downloads.</summary>
    public static IServiceCollection AddFileFeatures(this IServiceCollection services)
    {
        services.AddOptions<FilesOptions>().BindConfiguration(FilesOptions.Section);
        services.AddScoped<FileService>();
        services.AddSingleton<FileStore>();
        services.AddOptions<Portal.App.Features.Operations.BackupOptions>().BindConfiguration(Portal.App.Features.Operations.BackupOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Portal.App.Features.Operations.BackupService>();
        return services;
    }
}
