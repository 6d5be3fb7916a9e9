using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Portal.Data;
using Quartz.Diagnostics;

namespace Portal.App.Features.Operations;

/// <summary>
/// OpenTelemetry (issue 17): traces and metrics of ASP.NET Core, HttpClient, EF Core and Quartz, and the portal's own counters
/// (<see cref="PortalMetrics"/>: steps, notices, e-mails), exported over OTLP to the province's collector when
/// <c>Telemetry:OtlpEndpoint</c> (or the standard OTEL_EXPORTER_OTLP_ENDPOINT) names one; off otherwise, at no cost.
/// </summary>
public static class Telemetry
{
    public const string ServiceName = "Portal";

    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } configured ? configured
            : Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (string.IsNullOrWhiteSpace(endpoint)) return services;
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidOperationException("Telemetry:OtlpEndpoint phải là một địa chỉ http(s), ví dụ http://otel-collector:4317.");
        var version = typeof(Telemetry).Assembly.GetName().Version?.ToString();
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: version))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource(QuartzInstrumentation.ActivitySourceName)
                .AddOtlpExporter(o => o.Endpoint = uri))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(QuartzInstrumentation.MeterName, PortalMetrics.MeterName)
                .AddOtlpExporter(o => o.Endpoint = uri));
        return services;
    }
}
