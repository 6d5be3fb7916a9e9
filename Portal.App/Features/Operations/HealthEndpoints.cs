using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure;
using Portal.Data;
using Quartz;

namespace Portal.App.Features.Operations;

/// <summary>
/// The health endpoints a load balancer or a monitor polls (issue 17): <c>/health/live</c> answers while the process serves
/// requests; <c>/health/ready</c> checks the database (a query through the portal's context) and the scheduler of the
/// reminder jobs. Anonymous, with statuses only — never a connection string or an exception's text.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddDbContextCheck<PortalDbContext>("database", tags: [ReadyTag])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [ReadyTag]);
        return services;
    }

    public static void MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableHttpMetrics();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableHttpMetrics();
    }

    /// <summary>{"status":"Healthy","checks":{"database":"Healthy","scheduler":"Healthy"}}, no cache.</summary>
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}

/// <summary>Ready when the reminder jobs' scheduler runs (or is switched off by Scheduler:Enabled=false, as on a second web server).</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory factory, IOptions<SchedulerOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled) return HealthCheckResult.Healthy("Scheduler disabled by configuration.");
        var status = await (await factory.GetScheduler(cancellationToken)).GetStatus(cancellationToken);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("Scheduler running.")
            : HealthCheckResult.Unhealthy("Scheduler not running.");
    }
}
