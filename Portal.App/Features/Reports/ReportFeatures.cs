using Portal.App.Infrastructure;

namespace Portal.App.Features.Reports;

public static class ReportFeatures
{
    /// <summary>The official report templates (Phụ lục I, IV, V, VI), the evaluation and the work programme.</summary>
    public static IServiceCollection AddReportFeatures(this IServiceCollection services)
    {
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SummaryReportService>();
        services.AddScoped<KindReportService>();
        services.AddSingleton<KindReportExporter>();
        services.AddSingleton<SummaryReportExporter>();
        services.AddScoped<UnitReportService>();
        services.AddSingleton<UnitReportExporter>();
        services.AddScoped<EntryReportService>();
        services.AddSingleton<EntryReportExporter>();
        services.AddScoped<EvaluationService>();
        services.AddSingleton<EvaluationExporter>();
        return services;
    }
}
