using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Portal.App.Features.Operations;

namespace Portal.Tests.Features;

/// <summary>OpenTelemetry is on when the province names a collector, off otherwise, and a malformed address stops the start.</summary>
public sealed class TelemetryTests
{
    private static ServiceProvider Build(string? endpoint)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telemetry:OtlpEndpoint"] = endpoint }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPortalTelemetry(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void A_collector_address_turns_on_the_traces_and_metrics_exporters()
    {
        using var provider = Build("http://127.0.0.1:4317");
        Assert.NotNull(provider.GetService<TracerProvider>());
        Assert.NotNull(provider.GetService<MeterProvider>());
    }

    [Fact]
    public void Without_a_collector_nothing_is_registered()
    {
        if (Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT") is { Length: > 0 }) return;
        using var provider = Build(null);
        Assert.Null(provider.GetService<TracerProvider>());
        Assert.Null(provider.GetService<MeterProvider>());
    }

    [Fact]
    public void A_malformed_collector_address_is_refused_with_the_setting_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build("otel-collector:4317"));
        Assert.Contains("Telemetry:OtlpEndpoint", error.Message);
    }
}
