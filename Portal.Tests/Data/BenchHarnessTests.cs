using Portal.App.Features.Benchmarks;
using Portal.Data;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>Keeps ./bench.sh working on both providers: a small province generated and every measurement taken (no timing asserted).</summary>
public sealed class BenchHarnessTests
{
    private static readonly string[] Measured =
    [
        "A unit leader's desk data", "The tracking specialist's desk data", "The Office's tracking list", "One lifecycle transition",
        "Information: the reminder and urging jobs catching up", "The reminder and urging jobs, a daily pass", "Start-up of the app",
        "Phụ lục V",
    ];

    [Fact]
    public async Task The_benchmark_harness_generates_data_and_takes_every_measurement_on_SQLite()
    {
        var log = new List<string>();

        var results = await BenchCommand.MeasureAsync(new BenchCommand.DataSize(1_500, 12, 400, 7), DatabaseProvider.Sqlite, null, runs: 2, log.Add);

        AssertEveryMeasurement(results, "SQLite");
        Assert.Contains(log, line => line.StartsWith("Generated 1,500 tasks, 400 people, 12 units, Sqlite", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_benchmark_harness_runs_on_PostgreSQL()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

        var results = await BenchCommand.MeasureAsync(new BenchCommand.DataSize(800, 8, 100, 7), DatabaseProvider.Postgres, database.ConnectionString,
                                                      runs: 2, _ => { });

        AssertEveryMeasurement(results, "Postgres");
    }

    private static void AssertEveryMeasurement(IReadOnlyList<BenchResult> results, string provider)
    {
        Assert.Equal(Measured.Length, results.Count);
        foreach (var (expected, result) in Measured.Zip(results))
        {
            Assert.StartsWith(expected, result.What);
            Assert.Contains(provider, result.What, StringComparison.OrdinalIgnoreCase);
            Assert.True(result.MedianMs > 0, result.What);
        }
    }
}
