using Portal.App.Features.Dashboard;
using Portal.App.Features.Desk;
using Portal.App.Infrastructure;

namespace Portal.App.Features.Tasks;

public static class TaskFeatures
{
    /// <summary>The case engine's services: the desks, lists, the task page, its steps and the live notifier.</summary>
    public static IServiceCollection AddTaskFeatures(this IServiceCollection services)
    {
        services.AddScoped<DeskService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<TaskQueryService>();
        services.AddScoped<TaskDetailService>();
        services.AddScoped<TaskWorkflowService>();
        services.AddSingleton<TaskNotifier>();
        return services;
    }
}
