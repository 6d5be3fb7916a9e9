using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Domain.Rules;

namespace Portal.Data.Configurations;

internal sealed class RuleSettingsConfiguration : IEntityTypeConfiguration<RuleSettings>
{
    public void Configure(EntityTypeBuilder<RuleSettings> builder)
    {
        builder.Property(r => r.WarningDays).HasMaxLength(50).IsRequired();
        builder.Property(r => r.ProvinceName).HasMaxLength(RuleSettings.ProvinceNameMaxLength);
        builder.Property(r => r.CommitteeName).HasMaxLength(RuleSettings.CommitteeNameMaxLength);
        builder.Property(r => r.ParentBody).HasMaxLength(RuleSettings.CommitteeNameMaxLength);
        builder.HasOne<Portal.Domain.Units.Unit>().WithMany().HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        // One profile per province; the default (no province) is the first row without one.
        builder.HasIndex(r => r.ProvinceId).IsUnique();
        builder.Property(r => r.EscalationTarget).HasConversion<string>().HasMaxLength(20);
        builder.Property<int>(PortalDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(r => r.EntryProfile);
        builder.Ignore(r => r.WarningDayList);
        builder.Ignore(r => r.AnswerEntry);
        builder.Ignore(r => r.Review);
        builder.Ignore(r => r.ComplaintLimits);
        builder.Property(r => r.ComplaintDecideUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ComplaintFirstUnit).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ComplaintSecondUnit).HasConversion<string>().HasMaxLength(20);
    }
}
