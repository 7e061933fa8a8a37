using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LangSon.ThiDua.Domain.Data;

internal sealed class EmulationPactConfiguration : IEntityTypeConfiguration<EmulationPact>
{
    public void Configure(EntityTypeBuilder<EmulationPact> builder)
    {
        builder.HasIndex(p => new { p.EmulationGroupId, p.Year }).IsUnique();
        builder.Property(p => p.DraftedBy).HasMaxLength(256);
        builder.Property(p => p.OpenedBy).HasMaxLength(256);
        builder.Property(p => p.TieBreakRule).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsFullySigned);
        builder.Ignore(p => p.TotalMaxPoints);
        builder.Ignore(p => p.HasCriteria);
        builder.HasOne(p => p.EmulationGroup).WithMany().HasForeignKey(p => p.EmulationGroupId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Campaign).WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.LeadUnit).WithMany().HasForeignKey(p => p.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.DeputyUnit).WithMany().HasForeignKey(p => p.DeputyUnitId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Commitments).WithOne().HasForeignKey(c => c.PactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Signatories).WithOne().HasForeignKey(s => s.PactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Sections).WithOne().HasForeignKey(s => s.PactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Adjustments).WithOne().HasForeignKey(a => a.PactId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(p => p.ClosedBy).HasMaxLength(256);
        builder.Property(p => p.TieBreakNote).HasMaxLength(2000);
        builder.HasMany(p => p.ScoreSheets).WithOne().HasForeignKey(s => s.PactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Meeting).WithOne().HasForeignKey<PactMeeting>(m => m.PactId)
            .OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PactMeetingConfiguration : IEntityTypeConfiguration<PactMeeting>
{
    public void Configure(EntityTypeBuilder<PactMeeting> builder)
    {
        builder.ToTable("PactMeetings");
        builder.Property(m => m.Place).HasMaxLength(PactMeeting.PlaceMaxLength);
        builder.Property(m => m.ChairName).HasMaxLength(PactMeeting.ChairMaxLength);
        builder.Property(m => m.RecordedBy).HasMaxLength(256);
        builder.Property(m => m.SentBy).HasMaxLength(256);
        builder.Ignore(m => m.IsSent);
        builder.HasMany(m => m.Votes).WithOne().HasForeignKey(v => v.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PactVoteConfiguration : IEntityTypeConfiguration<PactVote>
{
    public void Configure(EntityTypeBuilder<PactVote> builder)
    {
        builder.ToTable("PactVotes");
        builder.HasIndex(v => new { v.MeetingId, v.UnitId, v.AwardFormId }).IsUnique();
        builder.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AwardForm>().WithMany().HasForeignKey(v => v.AwardFormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Nomination).WithMany().HasForeignKey(v => v.NominationId)
            .OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ScoreSheetConfiguration : IEntityTypeConfiguration<ScoreSheet>
{
    public void Configure(EntityTypeBuilder<ScoreSheet> builder)
    {
        builder.HasIndex(s => new { s.PactId, s.UnitId }).IsUnique();
        builder.Property(s => s.SubmittedBy).HasMaxLength(256);
        builder.Property(s => s.ReviewedBy).HasMaxLength(256);
        builder.Ignore(s => s.IsSubmitted);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.SheetId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScoreLineConfiguration : IEntityTypeConfiguration<ScoreLine>
{
    public void Configure(EntityTypeBuilder<ScoreLine> builder)
    {
        builder.HasIndex(l => new { l.SheetId, l.CriterionId, l.AdjustmentId });
        builder.Property(l => l.SelfPoints).HasPrecision(9, 2);
        builder.Property(l => l.AdjustedPoints).HasPrecision(9, 2);
        builder.Property(l => l.Comment).HasMaxLength(2000);
        builder.Property(l => l.Evidence).HasMaxLength(1000);
        builder.Property(l => l.AdjustmentReason).HasMaxLength(1000);
        builder.Ignore(l => l.Points);
        builder.HasOne<Criterion>().WithMany().HasForeignKey(l => l.CriterionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PointAdjustment>().WithMany().HasForeignKey(l => l.AdjustmentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PactCommitmentConfiguration : IEntityTypeConfiguration<PactCommitment>
{
    public void Configure(EntityTypeBuilder<PactCommitment> builder)
    {
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.HasOne(c => c.ContentArea).WithMany().HasForeignKey(c => c.ContentAreaId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PactSignatoryConfiguration : IEntityTypeConfiguration<PactSignatory>
{
    public void Configure(EntityTypeBuilder<PactSignatory> builder)
    {
        builder.HasIndex(s => new { s.PactId, s.UnitId }).IsUnique();
        builder.Property(s => s.UnitName).HasMaxLength(300);
        builder.Property(s => s.SignedBy).HasMaxLength(256);
        builder.Property(s => s.SignerName).HasMaxLength(200);
        builder.Property(s => s.SignerTitle).HasMaxLength(200);
        builder.Ignore(s => s.HasSigned);
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CriteriaSectionConfiguration : IEntityTypeConfiguration<CriteriaSection>
{
    public void Configure(EntityTypeBuilder<CriteriaSection> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.HasMany(s => s.Criteria).WithOne().HasForeignKey(c => c.SectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(1000);
        builder.Property(c => c.Guidance).HasMaxLength(2000);
        builder.Property(c => c.MaxPoints).HasPrecision(9, 2);
        builder.HasOne(c => c.ContentArea).WithMany().HasForeignKey(c => c.ContentAreaId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PointAdjustmentConfiguration : IEntityTypeConfiguration<PointAdjustment>
{
    public void Configure(EntityTypeBuilder<PointAdjustment> builder)
    {
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.MaxPoints).HasPrecision(9, 2);
    }
}
