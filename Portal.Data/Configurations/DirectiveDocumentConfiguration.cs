using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Directives;
using Portal.Domain.People;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class DirectiveDocumentConfiguration : IEntityTypeConfiguration<DirectiveDocument>
{
    public void Configure(EntityTypeBuilder<DirectiveDocument> builder)
    {
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Number).HasMaxLength(DirectiveDocument.NumberMaxLength);
        builder.Property(d => d.Symbol).HasMaxLength(DirectiveDocument.SymbolMaxLength);
        builder.Property(d => d.Summary).HasMaxLength(DirectiveDocument.SummaryMaxLength).IsRequired();
        builder.Property(d => d.SearchText).HasMaxLength(DirectiveDocument.SummaryMaxLength + 80).IsRequired();
        builder.Property(d => d.SignerName).HasMaxLength(DirectiveDocument.SignerMaxLength);
        builder.Property(d => d.SigningAuthority).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Urgency).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Field).HasConversion<string>().HasMaxLength(20);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(d => d.NumberAndSymbol);
        builder.Ignore(d => d.IssuedAt);
        builder.HasOne<Portal.Domain.Files.StoredFile>().WithMany().HasForeignKey(d => d.SignedFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.IssuerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => d.DraftingUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.DrafterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.DirectingLeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(d => d.RegisteredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.Number, d.Symbol, d.IssuerUnitId });
        builder.HasIndex(d => d.IssueDate);
        builder.HasIndex(d => d.RegisteredById);
        builder.Property(d => d.WithdrawnReason).HasMaxLength(DirectiveDocument.WithdrawReasonMaxLength);
        builder.HasMany(d => d.Revisions).WithOne().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Revisions).HasField("_revisions");
    }
}

internal sealed class DocumentRevisionConfiguration : IEntityTypeConfiguration<DocumentRevision>
{
    public void Configure(EntityTypeBuilder<DocumentRevision> builder)
    {
        builder.Property(r => r.Action).HasMaxLength(100).IsRequired();
        builder.Property(r => r.Change).HasMaxLength(DocumentRevision.ChangeMaxLength).IsRequired();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.ActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.DocumentId, r.At });
    }
}
