using Microsoft.EntityFrameworkCore;
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
        "The reminder and urging jobs, a daily pass", "Start-up of the app", "The public answers page /hoi-dap", "Phụ lục V",
        "The complaint letters' duplicate look-up", "Biểu 01/XLD",
    ];

    [Fact]
    public async Task The_benchmark_harness_generates_data_and_takes_every_measurement_on_SQLite()
    {
        var log = new List<string>();

        var results = await BenchCommand.MeasureAsync(new BenchCommand.DataSize(1_500, 12, 400, 7, Years: 2), DatabaseProvider.Sqlite, null, runs: 2, log.Add);

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
    public async Task The_generator_fills_the_years_before_now_today_unless_told_another_day_and_makes_the_desk_account()
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-generated-{Guid.NewGuid():N}.db");
        try
        {
            var code = await BenchCommand.GenerateCommandAsync(
                ["--provider", "Sqlite", "--connection", $"Data Source={path}", "--tasks", "400", "--units", "6", "--people", "60", "--years", "1", "--now", "2027-01-15"]);

            Assert.Equal(0, code);
            await using var db = new SqlitePortalDbContext(new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<SqlitePortalDbContext>()
                .UseSqlite($"Data Source={path}").Options);
            var issued = await db.DirectiveDocuments.Select(d => d.IssueDate).ToListAsync(TestContext.Current.CancellationToken);
            Assert.True(issued.Max() < new DateOnly(2027, 1, 15) && issued.Max() >= new DateOnly(2027, 1, 8), $"last document {issued.Max()}");
            Assert.True(issued.Min() >= new DateOnly(2026, 1, 15) && issued.Min() < new DateOnly(2026, 1, 25), $"first document {issued.Min()}");
            Assert.True(await db.Users.AnyAsync(u => u.UserName == BenchCommand.DeskAccount && u.PasswordHash != null, TestContext.Current.CancellationToken));
            // Every kind is on the desks: press-reported incidents and citizens' questions, each pointing at its own source, and
            // the questions whose case was confirmed carry their published answer.
            var ct = TestContext.Current.CancellationToken;
            var kinds = await db.CaseTasks.GroupBy(t => t.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            Assert.True(kinds.GetValueOrDefault(Portal.Domain.Cases.CaseKind.PressIncident) > 0 && kinds.GetValueOrDefault(Portal.Domain.Cases.CaseKind.CitizenQuestion) > 0,
                        string.Join(", ", kinds));
            Assert.False(await db.CaseTasks.AnyAsync(t => t.Kind == Portal.Domain.Cases.CaseKind.PressIncident
                                                         && !db.PressItems.Any(p => p.Id == t.PressItemId), ct));
            Assert.False(await db.CaseTasks.AnyAsync(t => t.Kind == Portal.Domain.Cases.CaseKind.CitizenQuestion
                                                         && !db.CitizenQuestions.Any(q => q.Id == t.QuestionId), ct));
            Assert.True(await db.CaseTasks.Where(t => t.Kind == Portal.Domain.Cases.CaseKind.CitizenQuestion && t.CompletedAt != null)
                .AllAsync(t => db.CitizenQuestions.Any(q => q.Id == t.QuestionId && q.IsPublic), ct));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }

        Assert.Equal(Portal.Domain.VietnamTime.At(new DateOnly(2027, 1, 15), new TimeOnly(9, 0)), BenchCommand.NowOf(["--now", "2027-01-15"]));
        Assert.Equal(Portal.Domain.VietnamTime.DateOf(TimeProvider.System.GetUtcNow()), Portal.Domain.VietnamTime.DateOf(BenchCommand.NowOf([])));
        Assert.Throws<ArgumentException>(() => BenchCommand.NowOf(["--now", "15/01/2027"]));
        Assert.Equal(2026, BenchCommand.ReportYear(BenchCommand.NowOf(["--now", "2027-01-15"])));
        Assert.Equal(2026, BenchCommand.ReportYear(BenchCommand.NowOf(["--now", "2026-12-02"])));
    }

    [Fact]
    public async Task The_benchmark_harness_runs_on_PostgreSQL()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

        var results = await BenchCommand.MeasureAsync(new BenchCommand.DataSize(800, 8, 100, 7, Years: 2), DatabaseProvider.Postgres, database.ConnectionString,
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
