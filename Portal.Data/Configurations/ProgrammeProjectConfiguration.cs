using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Programme;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class ProgrammeProjectConfiguration : IEntityTypeConfiguration<ProgrammeProject>
{
    public void Configure(EntityTypeBuilder<ProgrammeProject> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(ProgrammeProject.TitleMaxLength).IsRequired();
        builder.Property(p => p.Note).HasMaxLength(ProgrammeProject.NoteMaxLength);
        builder.Property(p => p.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Year, p.UnitId, p.Month });
    }
}
