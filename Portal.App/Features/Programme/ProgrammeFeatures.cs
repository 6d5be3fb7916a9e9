namespace Portal.App.Features.Programme;

public static class ProgrammeFeatures
{
    /// <summary>The work programme (chương trình công tác): units' projects, the Office's compilation and its Phụ lục VI.</summary>
    public static IServiceCollection AddProgrammeFeatures(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeService>();
        services.AddSingleton<ProgrammeReportExporter>();
        return services;
    }
}
