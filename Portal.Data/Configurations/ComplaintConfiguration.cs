using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Complaints;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class ComplaintCaseConfiguration : IEntityTypeConfiguration<ComplaintCase>
{
    public void Configure(EntityTypeBuilder<ComplaintCase> builder)
    {
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.OpenedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.AgencyId, c.OpenedAt });
        builder.Ignore(c => c.IsAccepted);
        builder.Ignore(c => c.ResolutionTimeliness);
        builder.Property(c => c.DecisionNumber).HasMaxLength(ComplaintDecision.NumberMaxLength);
        builder.Property(c => c.DecisionNote).HasMaxLength(ComplaintLetter.NoteMaxLength);
        builder.Property(c => c.Verdict).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.FirstDecision).HasConversion<string>().HasMaxLength(20);
        foreach (var amount in new[] { nameof(ComplaintCase.MoneyToRecover), nameof(ComplaintCase.LandToRecover), nameof(ComplaintCase.MoneyToReturn), nameof(ComplaintCase.LandToReturn) })
            builder.Property(amount).HasPrecision(20, 2);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.ResolvedById).OnDelete(DeleteBehavior.Restrict);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
    }
}

internal sealed class ComplaintLetterConfiguration : IEntityTypeConfiguration<ComplaintLetter>
{
    public void Configure(EntityTypeBuilder<ComplaintLetter> builder)
    {
        builder.Property(l => l.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Field).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.ContentKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.IneligibilityReason).HasConversion<string>().HasMaxLength(40);
        builder.Property(l => l.Competence).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.ReferredBy).HasMaxLength(LetterInput.ReferredByMaxLength);
        builder.Property(l => l.Respondent).HasMaxLength(LetterInput.RespondentMaxLength);
        builder.Property(l => l.Content).HasMaxLength(LetterInput.ContentMaxLength).IsRequired();
        builder.Property(l => l.DecisionNote).HasMaxLength(ComplaintLetter.NoteMaxLength);
        builder.Property(l => l.CompetentAgency).HasMaxLength(ComplaintLetter.AgencyMaxLength);
        builder.Property(l => l.ReplyDocument).HasMaxLength(ComplaintLetter.ReplyDocumentMaxLength);
        builder.Property(l => l.SearchText).HasMaxLength(ComplaintLetter.SearchTextMaxLength).IsRequired();
        builder.HasOne(l => l.Case).WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(l => l.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(l => l.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.EnteredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.ClassifiedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Complainants).WithOne(c => c.Letter).HasForeignKey(c => c.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Complainants).HasField("_complainants");
        builder.HasMany(l => l.Copies).WithOne(c => c.Letter).HasForeignKey(c => c.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Copies).HasField("_copies");
        builder.HasMany(l => l.Log).WithOne(e => e.Letter).HasForeignKey(e => e.LetterId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Log).HasField("_log");
        builder.Ignore(l => l.IsRepeat);
        builder.Ignore(l => l.IsEligible);
        builder.Ignore(l => l.DecisionTimeliness);
        // A case's letters in order; an agency's letters by stage and date (its lists and the forms).
        builder.HasIndex(l => new { l.CaseId, l.Occurrence }).IsUnique();
        builder.HasIndex(l => new { l.AgencyId, l.Stage, l.ReceivedOn });
        builder.HasIndex(l => new { l.ProvinceId, l.ReceivedOn });
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
    }
}

internal sealed class LetterComplainantConfiguration : IEntityTypeConfiguration<LetterComplainant>
{
    public void Configure(EntityTypeBuilder<LetterComplainant> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(LetterInput.NameMaxLength).IsRequired();
        builder.Property(c => c.IdNumber).HasMaxLength(LetterInput.IdNumberMaxLength);
        builder.Property(c => c.Phone).HasMaxLength(LetterInput.PhoneMaxLength);
        builder.Property(c => c.Address).HasMaxLength(LetterInput.AddressMaxLength);
        builder.Property(c => c.NameKey).HasMaxLength(LetterComplainant.NameKeyMaxLength).IsRequired();
        builder.Property(c => c.IdKey).HasMaxLength(12);
        builder.Property(c => c.PhoneKey).HasMaxLength(12);
        // The look-up's exact keys: the ID number, the phone, the name whatever the order of its words.
        builder.HasIndex(c => c.IdKey);
        builder.HasIndex(c => c.PhoneKey);
        builder.HasIndex(c => c.NameKey);
        builder.HasIndex(c => new { c.LetterId, c.Position }).IsUnique();
    }
}

internal sealed class LetterCopyConfiguration : IEntityTypeConfiguration<LetterCopy>
{
    public void Configure(EntityTypeBuilder<LetterCopy> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(ComplaintLetter.NoteMaxLength);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.RecordedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.LetterId);
    }
}

internal sealed class LetterLogEntryConfiguration : IEntityTypeConfiguration<LetterLogEntry>
{
    public void Configure(EntityTypeBuilder<LetterLogEntry> builder)
    {
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Details).HasMaxLength(LetterLogEntry.DetailsMaxLength).IsRequired();
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.LetterId);
    }
}

internal sealed class ComplaintDocumentConfiguration : IEntityTypeConfiguration<ComplaintDocument>
{
    public void Configure(EntityTypeBuilder<ComplaintDocument> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Title).HasMaxLength(ComplaintDocument.TitleMaxLength).IsRequired();
        builder.HasOne<ComplaintCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Letter).WithMany().HasForeignKey(d => d.LetterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Portal.Domain.Files.StoredFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.AddedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.RemovedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.CaseId);
        builder.HasIndex(d => d.LetterId);
        builder.HasIndex(d => d.FileId).IsUnique();
    }
}
