using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Calendar;
using Portal.Domain.Cases;
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
public abstract class PortalDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options),
                                      Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>Shadow concurrency token on the mutable aggregates, bumped on every update.</summary>
    public const string VersionProperty = "Version";

    /// <summary>The clock audit rows are stamped with: the application's TimeProvider, set by the context factory.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<DirectiveDocument> DirectiveDocuments => Set<DirectiveDocument>();
    public DbSet<CaseTask> CaseTasks => Set<CaseTask>();
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
    public DbSet<Portal.Domain.Rules.RuleSettings> RuleSettings => Set<Portal.Domain.Rules.RuleSettings>();
    public DbSet<PasswordHistory> PasswordHistory => Set<PasswordHistory>();
    public DbSet<AuditEntry> AuditTrail => Set<AuditEntry>();
    /// <summary>The keys that protect cookies and antiforgery tokens: kept here, so a restart or a second server keeps sessions valid.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    /// <summary>The records whose changes the audit trail keeps (derived rows — history, notifications — are not).</summary>
    private static readonly HashSet<Type> Audited =
    [
        typeof(Unit), typeof(Person), typeof(ActingAssignment), typeof(DirectiveDocument), typeof(CaseTask), typeof(ExtensionRequest), typeof(StoredFile),
        typeof(CalendarDay), typeof(PortalUser), typeof(Portal.Domain.Rules.RuleSettings), typeof(Portal.Domain.Programme.ProgrammeProject),
        typeof(Portal.Domain.Press.PressDigest), typeof(Portal.Domain.Press.PressItem),
        typeof(Portal.Domain.Questions.CitizenQuestion), typeof(Portal.Domain.Questions.QuestionAnswer), typeof(ApiKey),
        typeof(Portal.Domain.Complaints.ComplaintCase), typeof(Portal.Domain.Complaints.ComplaintLetter), typeof(Portal.Domain.Complaints.LetterComplainant),
        typeof(Portal.Domain.Complaints.LetterCopy), typeof(Portal.Domain.Complaints.ComplaintDocument),
        typeof(IdentityUserRole<string>), typeof(IdentityUserClaim<string>),
    ];

    /// <summary>Secrets of an account: the trail says that they changed, never what they are.</summary>
    private static readonly HashSet<string> Masked = [nameof(PortalUser.PasswordHash), nameof(ApiKey.KeyHash)];

    /// <summary>Bookkeeping columns that change with every save of an account and say nothing by themselves.</summary>
    private static readonly HashSet<string> Unaudited = [nameof(PortalUser.SecurityStamp), nameof(PortalUser.ConcurrencyStamp), nameof(ApiKey.LastUsedAt), VersionProperty];
    public DbSet<TrackingAssignment> TrackingAssignments => Set<TrackingAssignment>();
    public DbSet<ActingAssignment> ActingAssignments => Set<ActingAssignment>();
    public DbSet<Portal.Domain.Programme.ProgrammeProject> ProgrammeProjects => Set<Portal.Domain.Programme.ProgrammeProject>();
    public DbSet<Portal.Domain.Press.PressDigest> PressDigests => Set<Portal.Domain.Press.PressDigest>();
    public DbSet<Portal.Domain.Press.PressItem> PressItems => Set<Portal.Domain.Press.PressItem>();
    public DbSet<Portal.Domain.Questions.CitizenQuestion> CitizenQuestions => Set<Portal.Domain.Questions.CitizenQuestion>();
    public DbSet<Portal.Domain.Questions.QuestionAnswer> QuestionAnswers => Set<Portal.Domain.Questions.QuestionAnswer>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Portal.Domain.Complaints.ComplaintCase> ComplaintCases => Set<Portal.Domain.Complaints.ComplaintCase>();
    public DbSet<Portal.Domain.Complaints.ComplaintLetter> ComplaintLetters => Set<Portal.Domain.Complaints.ComplaintLetter>();
    public DbSet<Portal.Domain.Complaints.LetterComplainant> LetterComplainants => Set<Portal.Domain.Complaints.LetterComplainant>();
    public DbSet<Portal.Domain.Complaints.LetterCopy> LetterCopies => Set<Portal.Domain.Complaints.LetterCopy>();
    public DbSet<Portal.Domain.Complaints.LetterLogEntry> LetterLog => Set<Portal.Domain.Complaints.LetterLogEntry>();
    public DbSet<Portal.Domain.Complaints.ComplaintDocument> ComplaintDocuments => Set<Portal.Domain.Complaints.ComplaintDocument>();

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
        var pending = TrackAudit(RoleNames(RoleIdsToAudit()));
        var notices = NewNoticeKinds();
        if (pending.Count == 0)
        {
            var saved = base.SaveChanges(acceptAllChangesOnSuccess);
            CountNotices(notices);
            return saved;
        }
        // The change and its audit rows commit together.
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        CompleteAudit(pending);
        base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        CountNotices(notices);
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        var roleIds = RoleIdsToAudit();
        var roleNames = roleIds.Count == 0 ? RoleNames(roleIds)
            : await Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name ?? r.Id, cancellationToken);
        var pending = TrackAudit(roleNames);
        var notices = NewNoticeKinds();
        if (pending.Count == 0)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            CountNotices(notices);
            return saved;
        }
        // The change and its audit rows commit together.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        CompleteAudit(pending);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        CountNotices(notices);
        return result;
    }

    private List<Portal.Domain.Notifications.NotificationKind> NewNoticeKinds() => _bulkLoad || !PortalMetrics.Notices.Enabled ? []
        : [.. ChangeTracker.Entries<Portal.Domain.Notifications.Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Kind)];

    private static void CountNotices(List<Portal.Domain.Notifications.NotificationKind> kinds)
    {
        foreach (var group in kinds.GroupBy(k => k))
            PortalMetrics.Notices.Add(group.Count(), new KeyValuePair<string, object?>("kind", group.Key.ToString()));
    }

    /// <summary>
    /// For the benchmark data generator only: synthetic rows loaded in bulk are not user actions and get no audit rows.
    /// Nothing that serves users calls it; the trail stays append-only either way.
    /// </summary>
    public void LoadInBulkWithoutAudit() => _bulkLoad = true;

    private bool _bulkLoad;

    // The audit trail is append-only: no code path may change or delete a row of it.
    private List<string> RoleIdsToAudit() => _bulkLoad ? [] :
        [.. ChangeTracker.Entries<IdentityUserRole<string>>().Where(e => e.State is EntityState.Added or EntityState.Deleted)
            .Select(e => e.Entity.RoleId).Distinct()];

    private Dictionary<string, string> RoleNames(List<string> roleIds) => roleIds.Count == 0 ? []
        : Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).ToDictionary(r => r.Id, r => r.Name ?? r.Id);

    private List<(EntityEntry Entry, AuditEntry Row)> TrackAudit(Dictionary<string, string> roleNames)
    {
        if (_bulkLoad) return [];
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Nhật ký hệ thống chỉ được ghi thêm, không được sửa hay xóa.");
        var actor = AuditActor.Current;
        var now = Clock.GetUtcNow();
        var pending = new List<(EntityEntry, AuditEntry)>();
        foreach (var entry in ChangeTracker.Entries().Where(e => Audited.Contains(e.Entity.GetType())
                                                                 && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            // A modified row lists what really changed: Identity's stores mark every column of an account modified on any update.
            var changed = entry.Properties.Where(p => entry.State != EntityState.Modified || (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)))
                .Where(p => !Unaudited.Contains(p.Metadata.Name))
                .ToList();
            if (entry.State == EntityState.Modified && changed.Count == 0) continue;
            object? Value(PropertyEntry p, bool current)
            {
                var value = current ? p.CurrentValue : p.OriginalValue;
                if (Masked.Contains(p.Metadata.Name)) return value is null ? null : current ? "(giá trị mới, ẩn)" : "(giá trị cũ, ẩn)";
                // A role grant or revocation says which role, not only its key.
                if (entry.Entity is IdentityUserRole<string> && p.Metadata.Name == nameof(IdentityUserRole<string>.RoleId) && value is string id)
                    return roleNames.GetValueOrDefault(id, id);
                return value;
            }
            var row = new AuditEntry
            {
                At = now,
                UserId = AuditEntry.Cut(actor?.UserId, AuditEntry.UserIdMaxLength),
                UserName = AuditEntry.Cut(actor?.UserName, AuditEntry.UserNameMaxLength),
                Address = AuditEntry.Cut(actor?.Address, AuditEntry.AddressMaxLength),
                Action = entry.State switch { EntityState.Added => "Create", EntityState.Deleted => "Delete", _ => "Update" },
                Entity = entry.Entity switch
                {
                    IdentityUserRole<string> => "AccountRole",
                    IdentityUserClaim<string> => "AccountClaim",
                    _ => entry.Metadata.ClrType.Name,
                },
                Before = entry.State == EntityState.Added ? null : Json(changed.ToDictionary(p => p.Metadata.Name, p => Value(p, current: false))),
                After = entry.State == EntityState.Deleted ? null : Json(changed.ToDictionary(p => p.Metadata.Name, p => Value(p, current: true))),
            };
            pending.Add((entry, row));
        }
        return pending;
    }

    // Keys of new rows exist only after the save; the trail is then written in a second statement batch.
    private void CompleteAudit(List<(EntityEntry Entry, AuditEntry Row)> pending)
    {
        foreach (var (entry, row) in pending)
        {
            row.EntityKey = AuditEntry.Cut(string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue)), AuditEntry.KeyMaxLength);
            AuditTrail.Add(row);
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static string Json(Dictionary<string, object?> values) => System.Text.Json.JsonSerializer.Serialize(values, AuditJson);

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
