using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.Property(p => p.FullName).HasMaxLength(Person.NameMaxLength).IsRequired();
        builder.Property(p => p.SearchText).HasMaxLength(Person.NameMaxLength).IsRequired();
        builder.Property(p => p.Position).HasMaxLength(Person.PositionMaxLength).IsRequired();
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Phone).HasMaxLength(Person.PhoneMaxLength);
        builder.Property(p => p.Email).HasMaxLength(Person.EmailMaxLength);
        builder.Property(p => p.CivilServantCode).HasMaxLength(Person.CodeMaxLength);
        builder.Property(p => p.PhotoPath).HasMaxLength(300);
        builder.Property(p => p.Duties).HasMaxLength(Person.DutiesMaxLength);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.UnitId);
        builder.HasIndex(p => p.SearchText);
    }
}

internal sealed class ActingAssignmentConfiguration : IEntityTypeConfiguration<ActingAssignment>
{
    public void Configure(EntityTypeBuilder<ActingAssignment> builder)
    {
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Note).HasMaxLength(ActingAssignment.NoteMaxLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.AbsentPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.ActingPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.NamedById).OnDelete(DeleteBehavior.Restrict);
        // Every request of a signed-in person looks up what they stand in for today.
        builder.HasIndex(a => new { a.ActingPersonId, a.To });
        builder.HasIndex(a => new { a.AbsentPersonId, a.To });
    }
}
