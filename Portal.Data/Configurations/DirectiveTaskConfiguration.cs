using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class DirectiveTaskConfiguration : IEntityTypeConfiguration<DirectiveTask>
{
    public void Configure(EntityTypeBuilder<DirectiveTask> builder)
    {
        builder.Property(t => t.Content).HasMaxLength(DirectiveTask.ContentMaxLength).IsRequired();
        builder.Property(t => t.SearchText).HasMaxLength(DirectiveTask.ContentMaxLength + 80).IsRequired();
        builder.Property(t => t.DraftContent).HasMaxLength(DirectiveTask.ContentMaxLength);
        builder.Property(t => t.State).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.LastDecision).HasConversion<string>().HasMaxLength(20);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();

        builder.HasOne(t => t.Document).WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectiveTask>().WithMany().HasForeignKey(t => t.ParentTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(t => t.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TrackingSpecialistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TrackingDepartmentHeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TrackingOfficeLeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.TrackingLeaderId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(t => t.CoordinatingUnits).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.CoordinatingUnits).HasField("_coordinatingUnits");
        builder.HasMany(t => t.History).WithOne().HasForeignKey(h => h.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.History).HasField("_history");

        // The desk and the tracking lists filter on these.
        builder.HasIndex(t => new { t.LeadUnitId, t.State, t.EffectiveDeadline });
        builder.HasIndex(t => new { t.AssigneeId, t.State, t.EffectiveDeadline });
        builder.HasIndex(t => new { t.TrackingSpecialistId, t.State });
        builder.HasIndex(t => new { t.TrackingLeaderId, t.State });
        builder.HasIndex(t => new { t.State, t.EffectiveDeadline });
        builder.HasIndex(t => t.DocumentId);
        builder.HasIndex(t => t.AssignedAt);
    }
}

internal sealed class TaskCoordinationConfiguration : IEntityTypeConfiguration<TaskCoordination>
{
    public void Configure(EntityTypeBuilder<TaskCoordination> builder)
    {
        builder.HasKey(c => new { c.TaskId, c.UnitId });
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.UnitId);
    }
}

internal sealed class TaskHistoryEntryConfiguration : IEntityTypeConfiguration<TaskHistoryEntry>
{
    public void Configure(EntityTypeBuilder<TaskHistoryEntry> builder)
    {
        builder.ToTable("TaskHistory");
        builder.Property(h => h.Action).HasMaxLength(100).IsRequired();
        builder.Property(h => h.Note).HasMaxLength(2000);
        builder.Property(h => h.FromState).HasConversion<string>().HasMaxLength(30);
        builder.Property(h => h.ToState).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<Person>().WithMany().HasForeignKey(h => h.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.TaskId, h.At });
    }
}
