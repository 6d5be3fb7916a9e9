using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Portal.App.Features.Jobs;
using Portal.App.Features.Notifications;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Portal.Domain.Calendar;
using Portal.Domain.Directives;
using Portal.Domain.Notifications;
using Portal.Tests.TestSupport;
using Quartz;
using static Portal.Tests.TestSupport.TestClock;

namespace Portal.Tests.Data;

/// <summary>
/// Two Quartz schedulers in one cluster on the same PostgreSQL database run the urging job while simulated days
/// pass; one is stopped midway and the other finishes. Every notice exists exactly once.
/// </summary>
public sealed class SchedulerClusterTests : IAsyncLifetime
{
    private const int TaskCount = 40;
    private static readonly DateOnly Deadline = new(2026, 4, 22);
    private readonly FakeTimeProvider _clock = TestClock.At(2026, 4, 23, 7);
    private TestDatabase _database = null!;
    private SampleData _data = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var db = _database.CreateDbContext();
        db.CalendarDays.AddRange(OfficialSchedules.For(2026).Select(e => new CalendarDay(e.Date, e.Kind, e.Name)));
        _data = await SampleData.SeedAsync(db);
        await _data.SeedAccountsAsync(db);
        var document = _data.NewDocument();
        for (var i = 0; i < TaskCount; i++)
        {
            var task = _data.NewTask(document, i % 2 == 0 ? _data.Finance : _data.Health, Vn(2026, 4, 1), Deadline, $"Nhiệm vụ {i}");
            db.CaseTasks.Add(task);
        }
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<(ServiceProvider Services, IScheduler Scheduler)> StartNodeAsync(string node, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scheduler:NodeName"] = node,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.Configure<Portal.App.Infrastructure.SchedulerOptions>(o => o.NodeName = node);
        services.AddSingleton<TimeProvider>(_clock);
        _database.AddTo(services);
        services.AddSingleton<CalendarCache>();
        services.AddSingleton<RuleProfiles>();
        services.AddSingleton<TaskNotifier>();
        services.AddSingleton<UnitTreeCache>();
        // The reminders read the fake clock even though Quartz's own clock below is the system's (UseTimeProvider registers
        // that one as the container's TimeProvider).
        services.AddScoped(sp => ActivatorUtilities.CreateInstance<ReminderService>(sp, (TimeProvider)_clock));
        services.AddScoped<JobRunRecorder>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "PortalClusterTest";
                o.InstanceId = node;
            });
            // The jobs read the fake clock; Quartz itself fires on real time.
            q.UseTimeProvider(TimeProvider.System);
            q.AddJob<UrgingJob>(j => j.WithIdentity(UrgingJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(UrgingJob.Key).WithIdentity("urging-every-second", "test")
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(700)).RepeatForever()));
            q.UsePersistentStore(s =>
            {
                s.UseSystemTextJsonSerializer();
                s.UsePostgres(_database.ConnectionString!);
                s.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromSeconds(1);
                    c.CheckinMisfireThreshold = TimeSpan.FromSeconds(2);
                });
                s.ProvisionSchema();
            });
        });
        var provider = services.BuildServiceProvider();
        var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler(ct);
        await scheduler.Start(ct);
        return (provider, scheduler);
    }

    private async Task<int> RunsAsync(string? node = null)
    {
        await using var db = _database.CreateDbContext();
        return await db.JobRuns.CountAsync(r => r.Succeeded && (node == null || r.Node == node));
    }

    private async Task WaitForRunsAsync(Func<Task<int>> count, int atLeast, CancellationToken ct)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (await count() < atLeast)
        {
            if (DateTime.UtcNow > until) throw new TimeoutException($"Fewer than {atLeast} job runs after 60 s.");
            await Task.Delay(200, ct);
        }
    }

    [Fact]
    public async Task Two_clustered_nodes_issue_every_notice_exactly_once_and_one_finishes_when_the_other_stops()
    {
        var ct = TestContext.Current.CancellationToken;
        var a = await StartNodeAsync("node-a", ct);
        var b = await StartNodeAsync("node-b", ct);
        var days = new[] { new DateOnly(2026, 4, 23), new DateOnly(2026, 4, 29), new DateOnly(2026, 5, 6), new DateOnly(2026, 5, 11) };
        try
        {
            // Day 1 and day 2 with both nodes running.
            foreach (var day in days.Take(2))
            {
                _clock.SetUtcNow(VietnamTime.At(day, new TimeOnly(7, 30)));
                var runs = await RunsAsync();
                await WaitForRunsAsync(() => RunsAsync(), runs + 3, ct);
            }
            await a.Scheduler.Shutdown(waitForJobsToComplete: true, ct);
            var runsOfAAfterStop = await RunsAsync("node-a");

            // The rest with node B alone.
            foreach (var day in days.Skip(2))
            {
                _clock.SetUtcNow(VietnamTime.At(day, new TimeOnly(7, 30)));
                var runs = await RunsAsync("node-b");
                await WaitForRunsAsync(() => RunsAsync("node-b"), runs + 3, ct);
            }

            await using var db = _database.CreateDbContext();
            var notices = await db.UrgingNotices.ToListAsync(ct);
            Assert.Equal(TaskCount * 3, notices.Count);
            Assert.All(notices.GroupBy(n => n.TaskId), g => Assert.Equal([1, 2, 3], g.Select(n => n.Number).Order()));
            Assert.All(notices.GroupBy(n => n.TaskId), g =>
                Assert.Equal([new DateOnly(2026, 4, 23), new DateOnly(2026, 4, 29), new DateOnly(2026, 5, 6)], g.Select(n => n.DueOn).Order()));
            var escalations = await db.Notifications.Where(n => n.Kind == NotificationKind.Escalation).ToListAsync(ct);
            Assert.Equal(TaskCount, escalations.Count);
            Assert.Equal(TaskCount, await db.CaseTasks.CountAsync(t => t.EscalatedAt != null, ct));
            // Urging notifications: one per notice and recipient (the unit's leader), never twice.
            Assert.Equal(TaskCount * 3, await db.Notifications.CountAsync(n => n.Kind == NotificationKind.UrgingNotice, ct));
            Assert.Equal(runsOfAAfterStop, await RunsAsync("node-a"));
            Assert.True(await RunsAsync("node-b") >= 6, "node B went on alone after node A stopped");
        }
        finally
        {
            await b.Scheduler.Shutdown(waitForJobsToComplete: true, ct);
            await a.Scheduler.Shutdown(false, ct);
            await a.Services.DisposeAsync();
            await b.Services.DisposeAsync();
        }
    }
}
