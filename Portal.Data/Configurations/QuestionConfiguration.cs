using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.People;
using Portal.Domain.Questions;
using Portal.Domain.Units;

namespace Portal.Data.Configurations;

internal sealed class CitizenQuestionConfiguration : IEntityTypeConfiguration<CitizenQuestion>
{
    public void Configure(EntityTypeBuilder<CitizenQuestion> builder)
    {
        builder.Property(q => q.TrackingCode).HasMaxLength(CitizenQuestion.TrackingCodeLength).IsRequired();
        builder.Property(q => q.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(q => q.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Field).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.ExternalId).HasMaxLength(CitizenQuestion.ExternalIdMaxLength);
        builder.Property(q => q.AskerName).HasMaxLength(QuestionInput.AskerNameMaxLength).IsRequired();
        builder.Property(q => q.AskerEmail).HasMaxLength(QuestionInput.AskerEmailMaxLength);
        builder.Property(q => q.AskerPhone).HasMaxLength(QuestionInput.AskerPhoneMaxLength);
        builder.Property(q => q.AskerAddress).HasMaxLength(QuestionInput.AskerAddressMaxLength);
        builder.Property(q => q.Title).HasMaxLength(QuestionInput.TitleMaxLength).IsRequired();
        builder.Property(q => q.Content).HasMaxLength(QuestionInput.ContentMaxLength).IsRequired();
        builder.Property(q => q.RefusalReason).HasMaxLength(CitizenQuestion.ReasonMaxLength);
        builder.Property(q => q.RoutingDirection).HasMaxLength(CitizenQuestion.DirectionMaxLength);
        builder.Property(q => q.OpinionRequest).HasMaxLength(CitizenQuestion.OpinionMaxLength);
        builder.Property(q => q.Opinion).HasMaxLength(CitizenQuestion.OpinionMaxLength);
        builder.Property(q => q.WithdrawalReason).HasMaxLength(CitizenQuestion.ReasonMaxLength);
        builder.Property(q => q.SearchText).HasMaxLength(CitizenQuestion.SearchTextMaxLength).IsRequired();
        builder.HasOne<Unit>().WithMany().HasForeignKey(q => q.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(q => q.ApiKeyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(q => q.EnteredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(q => q.SpecialistId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(q => q.OpinionLeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(q => q.Answers).WithOne(a => a.Question).HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Answers).HasField("_answers");
        builder.Ignore(q => q.CurrentAnswer);
        builder.Ignore(q => q.PublicState);
        builder.Ignore(q => q.AwaitsOpinion);
        builder.HasIndex(q => q.TrackingCode).IsUnique();
        // The same question sent twice by a system is the same question (idempotent intake).
        builder.HasIndex(q => new { q.ApiKeyId, q.ExternalId }).IsUnique();
        // The editors' and the Office's queues, and the public page newest first.
        builder.HasIndex(q => new { q.ProvinceId, q.Stage, q.ReceivedAt });
        builder.HasIndex(q => new { q.IsPublic, q.LastPublishedAt });
        builder.HasIndex(q => q.SpecialistId);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
    }
}

internal sealed class QuestionAnswerConfiguration : IEntityTypeConfiguration<QuestionAnswer>
{
    public void Configure(EntityTypeBuilder<QuestionAnswer> builder)
    {
        builder.Property(a => a.Text).HasMaxLength(QuestionAnswer.TextMaxLength).IsRequired();
        builder.Property(a => a.AnsweringUnit).HasMaxLength(QuestionAnswer.UnitMaxLength).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(CitizenQuestion.ReasonMaxLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(a => a.PublishedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.QuestionId, a.Version }).IsUnique();
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(ApiKey.NameMaxLength).IsRequired();
        builder.Property(k => k.Prefix).HasMaxLength(ApiKey.PrefixLength).IsRequired();
        builder.Property(k => k.KeyHash).HasMaxLength(64).IsRequired();
        builder.Property(k => k.Scopes).HasMaxLength(200).IsRequired();
        builder.Property(k => k.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(k => k.ProvinceId).OnDelete(DeleteBehavior.Restrict);
    }
}
