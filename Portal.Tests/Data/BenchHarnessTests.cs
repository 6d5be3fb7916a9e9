using Portal.App.Features.Benchmarks;
using Portal.Data;
using Portal.Tests.TestSupport;

namespace Portal.Tests.Data;

/// <summary>Keeps ./bench.sh working on both providers: a small province generated and every measurement taken (no timing asserted).</summary>
public sealed class BenchHarnessTests
{
    private static readonly string[] Measured =
    [
        "Information: the reminder and urging jobs catching up", "A unit leader's desk data", "The tracking specialist's desk data",
        "The chairman's desk data", "An Office leader's desk data", "The Office's tracking list", "One lifecycle transition",
        "The reminder and urging jobs, a daily pass", "Start-up of the app", "Phụ lục V",
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
    public async Task A_database_generated_before_is_measured_again_with_reuse()
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-reuse-{Guid.NewGuid():N}.db");
        var size = new BenchCommand.DataSize(600, 6, 60, 7, Years: 1);
        var log = new List<string>();
        try
        {
            await BenchCommand.MeasureAsync(size, DatabaseProvider.Sqlite, $"Data Source={path}", runs: 1, log.Add);
            var results = await BenchCommand.MeasureAsync(size, DatabaseProvider.Sqlite, $"Data Source={path}", runs: 1, log.Add, reuse: true);

            AssertEveryMeasurement(results, "SQLite");
            Assert.Contains(log, line => line.StartsWith("Generated 600 tasks", StringComparison.Ordinal));
            Assert.Contains(log, line => line.StartsWith("Prepared 600 tasks", StringComparison.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_benchmark_harness_runs_on_PostgreSQL()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

        var results = await BenchCommand.MeasureAsync(new BenchCommand.DataSize(800, 8, 100, 7), DatabaseProvider.Postgres, database.ConnectionString,
                                                      runs: 2, _ => { }, awaitAutovacuum: false);

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
