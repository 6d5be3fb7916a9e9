namespace Portal.App.Features.Complaints;

public static class ComplaintFeatures
{
    /// <summary>Complaint letters (Quyết định 1122/2017): look-up across every agency, intake, classification.</summary>
    public static IServiceCollection AddComplaintFeatures(this IServiceCollection services)
    {
        services.AddScoped<ComplaintService>();
        services.AddScoped<ComplaintReportService>();
        services.AddScoped<ComplaintReminderService>();
        services.AddScoped<ComplaintFormExporter>();
        return services;
    }
}
