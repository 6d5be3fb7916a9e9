using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Cases;
using Portal.Domain.Notifications;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Key).HasMaxLength(Notification.KeyMaxLength).IsRequired();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Title).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Message).HasMaxLength(2000).IsRequired();
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.RecipientUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CaseTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Restrict);
        // Exactly once: the natural key of what is announced.
        builder.HasIndex(n => n.Key).IsUnique();
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.RecipientUnitId, n.ReadAt, n.CreatedAt });
        builder.HasIndex(n => new { n.TaskId, n.Kind, n.DueOn });
        builder.HasIndex(n => n.MailedAt);
        builder.HasOne<Portal.Domain.Complaints.ComplaintLetter>().WithMany().HasForeignKey(n => n.ComplaintLetterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class UrgingNoticeConfiguration : IEntityTypeConfiguration<UrgingNotice>
{
    public void Configure(EntityTypeBuilder<UrgingNotice> builder)
    {
        builder.HasOne<CaseTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.TaskId, n.DueOn }).IsUnique();
        builder.HasIndex(n => new { n.UnitId, n.IssuedAt });
    }
}

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.Job).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Node).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Result).HasMaxLength(2000).IsRequired();
        builder.HasIndex(r => new { r.Job, r.StartedAt });
    }
}

internal sealed class PasswordHistoryConfiguration : IEntityTypeConfiguration<PasswordHistory>
{
    public void Configure(EntityTypeBuilder<PasswordHistory> builder)
    {
        builder.ToTable("PasswordHistory");
        builder.Property(h => h.UserId).HasMaxLength(450).IsRequired();
        builder.Property(h => h.PasswordHash).HasMaxLength(500).IsRequired();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.UserId, h.ChangedAt });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditTrail");
        builder.Property(a => a.UserId).HasMaxLength(AuditEntry.UserIdMaxLength);
        builder.Property(a => a.UserName).HasMaxLength(AuditEntry.UserNameMaxLength);
        builder.Property(a => a.Address).HasMaxLength(AuditEntry.AddressMaxLength);
        builder.Property(a => a.Action).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Entity).HasMaxLength(100).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(AuditEntry.KeyMaxLength);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Entity, a.EntityKey });
        builder.HasIndex(a => a.UserName);
    }
}
