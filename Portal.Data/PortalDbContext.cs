using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Calendar;
using Portal.Domain.Directives;
using Portal.Domain.Files;
using Portal.Domain.Notifications;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Data;

/// <summary>
/// The one model of Portal, provider-neutral. Each provider has a derived context that owns its migrations:
/// <code>
/// dotnet ef migrations add NAME --project Portal.Data --context SqlitePortalDbContext    --output-dir Migrations/Sqlite
/// dotnet ef migrations add NAME --project Portal.Data --context PostgresPortalDbContext  --output-dir Migrations/Postgres
/// dotnet ef migrations add NAME --project Portal.Data --context SqlServerPortalDbContext --output-dir Migrations/SqlServer
/// </code>
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options)
{
    /// <summary>Shadow concurrency token on the mutable aggregates, bumped on every update.</summary>
    public const string VersionProperty = "Version";

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<DirectiveDocument> DirectiveDocuments => Set<DirectiveDocument>();
    public DbSet<DirectiveTask> DirectiveTasks => Set<DirectiveTask>();
    public DbSet<TaskCoordination> TaskCoordinations => Set<TaskCoordination>();
    public DbSet<TaskHistoryEntry> TaskHistory => Set<TaskHistoryEntry>();
    public DbSet<TaskParticipant> TaskParticipants => Set<TaskParticipant>();
    public DbSet<TaskContribution> TaskContributions => Set<TaskContribution>();
    public DbSet<TaskUpdate> TaskUpdates => Set<TaskUpdate>();
    public DbSet<ExtensionRequest> ExtensionRequests => Set<ExtensionRequest>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<UrgingNotice> UrgingNotices => Set<UrgingNotice>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<PasswordHistory> PasswordHistory => Set<PasswordHistory>();
    public DbSet<Portal.Domain.Programme.ProgrammeProject> ProgrammeProjects => Set<Portal.Domain.Programme.ProgrammeProject>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // PostgreSQL accepts only UTC offsets and SQLite cannot order DateTimeOffset: store instants as UTC DateTime.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The concurrency version an entity was loaded with, for pages that carry it between operations.</summary>
    public int VersionOf(object entity) => (int)Entry(entity).Property(VersionProperty).CurrentValue!;

    /// <summary>Makes the next save fail with a concurrency conflict unless the row still has the version the user saw.</summary>
    public void ExpectVersion(object entity, int version) => Entry(entity).Property(VersionProperty).OriginalValue = version;

    private void BumpVersions()
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Modified || entry.Metadata.FindProperty(VersionProperty) is null) continue;
            var version = entry.Property(VersionProperty);
            version.CurrentValue = (int)version.OriginalValue! + 1;
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
}
