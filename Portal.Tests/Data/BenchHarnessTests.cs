using Portal.App.Features.Benchmarks;

namespace Portal.Tests.Data;

/// <summary>Keeps ./bench.sh working: the harness generates a small province and measures Phụ lục V (no timing asserted).</summary>
public sealed class BenchHarnessTests
{
    [Fact]
    public async Task The_benchmark_harness_generates_data_and_measures_Phu_luc_V()
    {
        var log = new List<string>();

        var results = await BenchCommand.MeasureAsync(taskCount: 600, unitCount: 12, runs: 1, log.Add);

        var result = Assert.Single(results);
        Assert.Contains("Phụ lục V", result.What);
        Assert.True(result.MedianMs > 0);
        Assert.True(result.PeakManagedMb > 0);
        Assert.Contains(log, line => line.StartsWith("Generated 600 tasks in 12 units", StringComparison.Ordinal));
    }
}
