using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Name).HasMaxLength(Unit.NameMaxLength).IsRequired();
        builder.Property(u => u.Code).HasMaxLength(Unit.CodeMaxLength).IsRequired();
        builder.Property(u => u.SearchText).HasMaxLength(Unit.NameMaxLength).IsRequired();
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(u => u.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.ParentId);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => u.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Portal.Domain.People.Person>().WithMany().HasForeignKey(u => u.HeadId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(u => u.IsActive);
    }
}
