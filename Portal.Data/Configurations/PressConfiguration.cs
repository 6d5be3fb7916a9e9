using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.People;
using Portal.Domain.Press;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class PressDigestConfiguration : IEntityTypeConfiguration<PressDigest>
{
    public void Configure(EntityTypeBuilder<PressDigest> builder)
    {
        builder.Property(d => d.Note).HasMaxLength(PressDigest.NoteMaxLength);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.PostedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Items).WithOne(i => i.Digest).HasForeignKey(i => i.DigestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Items).HasField("_items");
        builder.Ignore(d => d.PostedLate);
        // One digest per province and day; the archive reads it newest first.
        builder.HasIndex(d => new { d.ProvinceId, d.Date }).IsUnique();
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
    }
}

internal sealed class PressItemConfiguration : IEntityTypeConfiguration<PressItem>
{
    public void Configure(EntityTypeBuilder<PressItem> builder)
    {
        builder.Property(i => i.Outlet).HasMaxLength(PressItem.OutletMaxLength).IsRequired();
        builder.Property(i => i.Title).HasMaxLength(PressItem.TitleMaxLength).IsRequired();
        builder.Property(i => i.Link).HasMaxLength(PressItem.LinkMaxLength);
        builder.Property(i => i.Summary).HasMaxLength(PressItem.SummaryMaxLength).IsRequired();
        builder.Property(i => i.SearchText).HasMaxLength(PressItem.SearchTextMaxLength).IsRequired();
        builder.Property(i => i.Field).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.AddedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.DigestId);
    }
}
