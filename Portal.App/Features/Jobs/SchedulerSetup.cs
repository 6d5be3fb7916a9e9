using Portal.App.Features.Questions;
using Portal.App.Infrastructure;
using Portal.Data;
using Portal.Domain;
using Quartz;

namespace Portal.App.Features.Jobs;

public static class SchedulerSetup
{
    /// <summary>
    /// Quartz with the reminder jobs at 07:00 and 07:30 Vietnam time every day (the jobs skip days off). With
    /// <c>Scheduler:Clustered=true</c> the scheduler uses Quartz's ADO.NET job store, clustered, in the portal's
    /// PostgreSQL or SQL Server database (tables QRTZ_*, created on first start); otherwise an in-memory store that
    /// runs both jobs once shortly after start-up to catch up on days the server was down.
    /// </summary>
    /// <summary>Quartz fires triggers by the machine's wall clock, so their start instants are wall-clock instants too.</summary>
    private static readonly TimeProvider WallClock = TimeProvider.System;

    public static IServiceCollection AddPortalScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<JobRunRecorder>();
        var scheduler = SchedulerOptions.From(configuration);
        if (!scheduler.Enabled)
        {
            // A scheduler that is never started: the jobs page shows it as off.
            services.AddQuartz(_ => { });
            return services;
        }
        var clustered = scheduler.Clustered;
        var provider = DatabaseOptions.From(configuration).Provider;
        if (clustered && provider == DatabaseProvider.Sqlite)
            throw new InvalidOperationException("Scheduler:Clustered needs Database:Provider Postgres or SqlServer.");

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "PortalScheduler";
                o.InstanceId = clustered ? "AUTO" : "NON_CLUSTERED";
            });
            Schedule<DeadlineReminderJob>(q, DeadlineReminderJob.Key, "0 0 7 * * ?", catchUp: !clustered, delay: TimeSpan.FromSeconds(20));
            Schedule<UrgingJob>(q, UrgingJob.Key, "0 30 7 * * ?", catchUp: !clustered, delay: TimeSpan.FromSeconds(40));
            Schedule<ComplaintLimitsJob>(q, ComplaintLimitsJob.Key, "0 10 7 * * ?", catchUp: !clustered, delay: TimeSpan.FromSeconds(50));
            // Just after 11:00 (Huế 53 Phụ lục IV: the digest "chậm nhất trước 11h sáng"); a catch-up after 11:00 flags today's too.
            Schedule<PressDigestJob>(q, PressDigestJob.Key, "0 1 11 * * ?", catchUp: !clustered, delay: TimeSpan.FromSeconds(60));
            // Huế 53 Phụ lục V: the editors' intake batches and the Office's routing batches, one trigger per hour.
            var questions = configuration.GetSection(QuestionsOptions.Section).Get<QuestionsOptions>() ?? new QuestionsOptions();
            q.AddJob<QuestionBatchJob>(j => j.WithIdentity(QuestionBatchJob.Key).StoreDurably());
            foreach (var time in questions.IntakeTimes.Concat(questions.RoutingTimes).Distinct())
                q.AddTrigger(t => t.ForJob(QuestionBatchJob.Key).WithIdentity($"{QuestionBatchJob.Key.Name}-{time:HHmm}", QuestionBatchJob.Key.Group)
                    .WithCronSchedule($"0 {time.Minute} {time.Hour} * * ?", c => c.InTimeZone(VietnamTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            // 02:00, out of office hours; the start-up run gives a new or just-migrated database its statistics.
            Schedule<DatabaseStatisticsJob>(q, DatabaseStatisticsJob.Key, "0 0 2 * * ?", catchUp: !clustered, delay: TimeSpan.FromSeconds(90));
            // The nightly backup (Backup:Hour, Backup:Minute; off with Backup:Enabled=false), no catch-up at start-up.
            var backup = configuration.GetSection(Portal.App.Features.Operations.BackupOptions.Section).Get<Portal.App.Features.Operations.BackupOptions>()
                         ?? new Portal.App.Features.Operations.BackupOptions();
            if (backup.Enabled)
                Schedule<BackupJob>(q, BackupJob.Key, $"0 {backup.Minute} {backup.Hour} * * ?", catchUp: false, delay: TimeSpan.Zero);
            q.AddJob<MailOutboxJob>(j => j.WithIdentity(MailOutboxJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(MailOutboxJob.Key).WithIdentity("mail-outbox-every-minute", MailOutboxJob.Key.Group)
                .StartAt(WallClock.GetUtcNow().AddSeconds(60)).WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()));
            if (clustered)
            {
                var connectionString = configuration.GetConnectionString("Portal")!;
                q.UsePersistentStore(s =>
                {
                    s.UseSystemTextJsonSerializer();
                    if (provider == DatabaseProvider.Postgres) s.UsePostgres(connectionString);
                    else s.UseSqlServer(connectionString);
                    s.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(scheduler.CheckinSeconds);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(scheduler.CheckinSeconds * 2);
                    });
                    s.ProvisionSchema();
                });
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static void Schedule<TJob>(IQuartzBuilder q, JobKey key, string cron, bool catchUp, TimeSpan delay) where TJob : IJob
    {
        q.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably());
        // A missed fire (server down at 07:00) runs once as soon as the scheduler is back.
        q.AddTrigger(t => t.ForJob(key).WithIdentity($"{key.Name}-daily", key.Group)
            .WithCronSchedule(cron, c => c.InTimeZone(VietnamTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        if (catchUp)
            q.AddTrigger(t => t.ForJob(key).WithIdentity($"{key.Name}-startup", key.Group).StartAt(WallClock.GetUtcNow().Add(delay)));
    }
}
