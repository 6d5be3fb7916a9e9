namespace Portal.App.Features.Press;

public static class PressFeatures
{
    /// <summary>The press digest (điểm tin báo chí): the editors' posting, every unit's reading, the 11:00 check.</summary>
    public static IServiceCollection AddPressFeatures(this IServiceCollection services)
    {
        services.AddScoped<PressService>();
        services.AddScoped<PressIncidentService>();
        return services;
    }
}
