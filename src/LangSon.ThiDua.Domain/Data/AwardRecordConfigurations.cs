using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LangSon.ThiDua.Domain.Data;

internal sealed class AwardRecordConfiguration : IEntityTypeConfiguration<AwardRecord>
{
    public void Configure(EntityTypeBuilder<AwardRecord> builder)
    {
        builder.HasIndex(r => r.RecipientSearchName);
        builder.HasIndex(r => r.UnitId);
        builder.HasIndex(r => r.DecisionDate);

        // A nomination decided in the portal enters the register once (filtered to non-null on SQL Server; SQLite's
        // unique indexes let NULLs repeat, as imported records have no nomination).
        builder.HasIndex(r => r.NominationId).IsUnique();
        // The certificate's public code: the verification page finds the line by it.
        builder.HasIndex(r => r.VerificationCode).IsUnique();
        builder.Property(r => r.VerificationCode).HasMaxLength(VerificationCodes.Length).IsRequired();
        builder.Property(r => r.RecipientName).HasMaxLength(300);
        builder.Property(r => r.RecipientSearchName).HasMaxLength(300);
        builder.Property(r => r.Position).HasMaxLength(200);
        builder.Property(r => r.UnitName).HasMaxLength(300);
        builder.Property(r => r.AwardFormName).HasMaxLength(300);
        builder.Property(r => r.DecisionNumber).HasMaxLength(50);
        builder.Property(r => r.Issuer).HasMaxLength(200);
        builder.Property(r => r.CampaignName).HasMaxLength(500);
        builder.Property(r => r.Achievement).HasMaxLength(AwardRecord.AchievementMaxLength);
        builder.Property(r => r.RevocationReason).HasMaxLength(2000);
        builder.Ignore(r => r.IsRevoked);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AwardForm>().WithMany().HasForeignKey(r => r.AwardFormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(r => r.NominationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardRecipientLinkConfiguration : IEntityTypeConfiguration<AwardRecipientLink>
{
    public void Configure(EntityTypeBuilder<AwardRecipientLink> builder)
    {
        // One decision per pair of lines (the lower id first).
        builder.HasIndex(l => new { l.FirstRecordId, l.SecondRecordId }).IsUnique();
        builder.HasIndex(l => l.SecondRecordId);
        builder.Property(l => l.DecidedBy).HasMaxLength(256);
        builder.HasOne<AwardRecord>().WithMany().HasForeignKey(l => l.FirstRecordId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AwardRecord>().WithMany().HasForeignKey(l => l.SecondRecordId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardEligibilityRuleConfiguration : IEntityTypeConfiguration<AwardEligibilityRule>
{
    public void Configure(EntityTypeBuilder<AwardEligibilityRule> builder)
    {
        builder.HasIndex(r => r.AwardFormId);
        builder.Property(r => r.LegalBasis).HasMaxLength(1000);
        builder.HasOne<AwardForm>().WithMany(f => f.EligibilityRules).HasForeignKey(r => r.AwardFormId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.RequiredAwardForm).WithMany().HasForeignKey(r => r.RequiredAwardFormId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificateBlankConfiguration : IEntityTypeConfiguration<CertificateBlank>
{
    public void Configure(EntityTypeBuilder<CertificateBlank> builder)
    {
        builder.HasIndex(b => b.AwardFormId).IsUnique();
        builder.HasOne<AwardForm>().WithMany().HasForeignKey(b => b.AwardFormId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(b => b.PageWidth);
        builder.Ignore(b => b.PageHeight);
        builder.OwnsMany(b => b.Boxes, box =>
        {
            box.ToTable("CertificateBoxes");
            box.WithOwner().HasForeignKey("CertificateBlankId");
            box.HasKey("CertificateBlankId", nameof(CertificateBox.Field));
            box.Property(x => x.X).HasPrecision(6, 1);
            box.Property(x => x.Y).HasPrecision(6, 1);
            box.Property(x => x.Width).HasPrecision(6, 1);
            box.Property(x => x.Height).HasPrecision(6, 1);
            box.Property(x => x.FontSize).HasPrecision(4, 1);
            box.Property(x => x.MinFontSize).HasPrecision(4, 1);
        });
    }
}
