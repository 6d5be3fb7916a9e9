using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.App.Features.Reports;
using Portal.App.Features.Seeding;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Reports;
using Portal.Domain.Security;
using Portal.Domain.Units;

namespace Portal.App.Features.Benchmarks;

public sealed record BenchResult(string What, string Budget, double MedianMs, double P95Ms, double PeakManagedMb, bool Pass);

/// <summary>
/// <c>dotnet run -c Release --project Portal.App -- bench [--tasks N] [--units N] [--quick] [--out BENCHMARKS.md]</c>:
/// generates a deterministic province in a fresh SQLite file (units, people, documents, tasks played through the domain
/// transitions, so with history), then measures Phụ lục V for the year (figures + workbook) with a warm-up and
/// repeated runs, and writes the median, p95 and peak managed memory against the budgets.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var tasks = Option(args, "--tasks") ?? (quick ? 10_000 : 100_000);
        var units = Option(args, "--units") ?? (quick ? 50 : 300);
        var output = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault() ?? "BENCHMARKS.md";
        var results = await MeasureAsync(tasks, units, runs: quick ? 3 : 7, Console.WriteLine);
        await File.WriteAllTextAsync(output, Markdown(tasks, units, results));
        Console.WriteLine($"Wrote {output}");
        return results.All(r => r.Pass) ? 0 : 1;
    }

    public static async Task<IReadOnlyList<BenchResult>> MeasureAsync(int taskCount, int unitCount, int runs, Action<string> log)
    {
        var path = Path.Combine(Path.GetTempPath(), $"portal-bench-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={path}").Options;
        var factory = new BenchFactory(options);
        try
        {
            var clock = new FixedClock(VietnamTime.At(new DateOnly(2027, 1, 15), new TimeOnly(9, 0)));
            var watch = Stopwatch.StartNew();
            await GenerateAsync(factory, taskCount, unitCount, clock.GetUtcNow());
            log($"Generated {taskCount:N0} tasks in {unitCount} units in {watch.Elapsed.TotalSeconds:0.0} s.");

            var reports = new SummaryReportService(factory, clock);
            var exporter = new SummaryReportExporter(new ConfigurationBuilder().Build());
            var clerk = new Actor("bench", "Bench", null, null, new HashSet<string> { PortalRoles.Clerk });
            var year = ReportPeriod.Create(PeriodKind.Year, 2026);
            var phuLucV = await TimeAsync(runs, async () =>
            {
                var report = await reports.BuildAsync(clerk, year, new ReportFilter());
                exporter.Export(report, new DateOnly(2027, 1, 15));
            });
            log($"Phụ lục V for 2026: median {phuLucV.Median:0} ms, p95 {phuLucV.P95:0} ms, peak managed {phuLucV.PeakMb:0} MB.");
            return [new BenchResult($"Phụ lục V for a year over all units, figures + .xlsx ({taskCount:N0} tasks, {unitCount} units, SQLite)",
                                    "≤ 3 s, peak managed memory ≤ 300 MB", phuLucV.Median, phuLucV.P95, phuLucV.PeakMb,
                                    phuLucV.P95 <= 3000 && phuLucV.PeakMb <= 300)];
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
        }
    }

    private static async Task GenerateAsync(IDbContextFactory<PortalDbContext> factory, int taskCount, int unitCount, DateTimeOffset now)
    {
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            foreach (var y in new[] { 2025, 2026, 2027 })
                db.CalendarDays.AddRange(OfficialSchedules.For(y).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
            await db.SaveChangesAsync();
        }
        var calendar = OfficialSchedules.CalendarFor(2025, 2026, 2027);
        var random = new Random(300);
        var leaders = new Dictionary<Unit, Person>();
        var specialists = new Dictionary<Unit, List<Person>>();
        List<Unit> leadUnits;
        Person tracker, chairman;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var province = new Unit("UBND tỉnh Đo lường", "UBND", UnitKind.ProvincialCommittee, null);
            var office = new Unit("Văn phòng UBND tỉnh", "VPUB", UnitKind.ProvincialOffice, province);
            leadUnits = [.. Enumerable.Range(1, unitCount).Select(i => new Unit($"Đơn vị số {i:000}", $"DV{i:000}", i % 3 == 0 ? UnitKind.Commune : UnitKind.Department, province))];
            db.Units.AddRange([province, office, .. leadUnits]);
            await db.SaveChangesAsync();
            chairman = new Person("Chủ tịch Đo Lường", province.Id, "Chủ tịch UBND tỉnh");
            tracker = new Person("Chuyên viên Theo Dõi", office.Id, "Chuyên viên");
            db.People.AddRange(chairman, tracker);
            foreach (var unit in leadUnits)
            {
                leaders[unit] = new Person($"Lãnh đạo {unit.Code}", unit.Id, "Giám đốc");
                specialists[unit] = [new Person($"Chuyên viên A {unit.Code}", unit.Id, "Chuyên viên"), new Person($"Chuyên viên B {unit.Code}", unit.Id, "Chuyên viên")];
                db.People.Add(leaders[unit]);
                db.People.AddRange(specialists[unit]);
            }
            await db.SaveChangesAsync();
        }

        var simulation = new TaskSimulation(random, calendar, now, leaders, specialists);
        var start = new DateOnly(2026, 1, 5);
        var workingDays = new List<DateOnly>();
        for (var d = start; d <= new DateOnly(2026, 12, 31); d = d.AddDays(1))
            if (calendar.IsWorkingDay(d)) workingDays.Add(d);
        var created = 0;
        var number = 0;
        while (created < taskCount)
        {
            await using var db = await factory.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var batch = 0; batch < 400 && created < taskCount; batch++)
            {
                var day = workingDays[random.Next(workingDays.Count)];
                var document = new DirectiveDocument(DocumentType.CongVan, $"{++number}", "UBND-TH", $"Văn bản đo lường số {number}", day,
                                                     leadUnits[0].ParentId!.Value, SecrecyLevel.None) { DirectingLeaderId = chairman.Id, DrafterId = tracker.Id };
                var assignedAt = VietnamTime.At(day, new TimeOnly(9, 0));
                document.Register(tracker.Id, assignedAt, calendar.AddWorkingDays(day, 2));
                db.DirectiveDocuments.Add(document);
                for (var t = random.Next(1, 6); t > 0 && created < taskCount; t--, created++)
                {
                    var lead = leadUnits[random.Next(leadUnits.Count)];
                    db.DirectiveTasks.Add(simulation.Create(document, lead, assignedAt, tracker, chairman, $"Nhiệm vụ đo lường {created}"));
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
    }

    private static async Task<(double Median, double P95, double PeakMb)> TimeAsync(int runs, Func<Task> work)
    {
        await work(); // warm-up
        var times = new List<double>();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                try { await Task.Delay(5, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        await sampling.CancelAsync();
        await sampler;
        times.Sort();
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        return (times[times.Count / 2], p95, peak / 1024.0 / 1024.0);
    }

    private static string Markdown(int tasks, int units, IReadOnlyList<BenchResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("# Benchmarks");
        text.AppendLine();
        text.AppendLine($"Run `./bench.sh` (Release build). Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores, "
                        + $"{Environment.OSVersion}, .NET {Environment.Version}; data: {tasks:N0} tasks in {units} units over 2026, SQLite.");
        text.AppendLine();
        text.AppendLine("| what | budget | median | p95 | peak managed memory | result |");
        text.AppendLine("|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.What} | {r.Budget} | {r.MedianMs:0} ms | {r.P95Ms:0} ms | {r.PeakManagedMb:0} MB | {(r.Pass ? "PASS" : "FAIL")} |"));
        }
        text.AppendLine();
        text.AppendLine("Not measured yet (issue 7): the desk, the tracking list, a transition, the reminder jobs, start-up and circuit memory at 1,000,000 tasks, and PostgreSQL.");
        return text.ToString();
    }

    private static int? Option(string[] args, string name) =>
        args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value && int.TryParse(value, out var n) ? n : null;

    private sealed class BenchFactory(DbContextOptions<SqlitePortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new SqlitePortalDbContext(options);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
