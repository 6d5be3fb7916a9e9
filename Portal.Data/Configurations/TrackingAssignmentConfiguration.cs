using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class TrackingAssignmentConfiguration : IEntityTypeConfiguration<TrackingAssignment>
{
    public void Configure(EntityTypeBuilder<TrackingAssignment> builder)
    {
        builder.Property(a => a.Field).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Unit>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.Field }).IsUnique();
        builder.HasIndex(a => a.PersonId);
    }
}
