using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LangSon.ThiDua.Domain.Data;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.HasIndex(n => new { n.CampaignId, n.UnitId, n.Status });
        builder.HasIndex(n => new { n.CampaignId, n.Status });
        builder.HasIndex(n => new { n.CampaignId, n.NomineeSearchName });
        builder.Property(n => n.NomineeName).HasMaxLength(300);
        builder.Property(n => n.NomineeSearchName).HasMaxLength(300);
        builder.Property(n => n.NomineePosition).HasMaxLength(200);
        builder.Property(n => n.NomineeWorkplace).HasMaxLength(300);
        builder.Property(n => n.AchievementSummary).HasMaxLength(8000);
        builder.Property(n => n.ReviewComment).HasMaxLength(2000);
        builder.Property(n => n.Status);
        builder.Property(n => n.BatchId);
        builder.Property(n => n.AwardDecisionId);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Ignore(n => n.IsEditable);
        builder.HasOne(n => n.Campaign).WithMany().HasForeignKey(n => n.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Unit).WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.AwardForm).WithMany().HasForeignKey(n => n.AwardFormId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Batch).WithMany(b => b.Nominations).HasForeignKey(n => n.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.AwardDecision).WithMany(d => d.Nominations).HasForeignKey(n => n.AwardDecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.Targets).WithOne().HasForeignKey(t => t.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.PriorRatings).WithOne().HasForeignKey(r => r.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Transitions).WithOne().HasForeignKey(t => t.NominationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Attachments).WithOne().HasForeignKey(a => a.NominationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NominationTargetConfiguration : IEntityTypeConfiguration<NominationTarget>
{
    public void Configure(EntityTypeBuilder<NominationTarget> builder)
    {
        builder.HasKey(t => new { t.NominationId, t.PlanTargetId });
        builder.HasOne(t => t.PlanTarget).WithMany().HasForeignKey(t => t.PlanTargetId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NominationYearRatingConfiguration : IEntityTypeConfiguration<NominationYearRating>
{
    public void Configure(EntityTypeBuilder<NominationYearRating> builder) =>
        builder.HasKey(r => new { r.NominationId, r.Year });
}

internal sealed class NominationTransitionConfiguration : IEntityTypeConfiguration<NominationTransition>
{
    public void Configure(EntityTypeBuilder<NominationTransition> builder)
    {
        builder.Property(t => t.UserName).HasMaxLength(256);
        builder.Property(t => t.FullName).HasMaxLength(200);
        builder.Property(t => t.Comment).HasMaxLength(2000);
    }
}

internal sealed class NominationBatchConfiguration : IEntityTypeConfiguration<NominationBatch>
{
    public void Configure(EntityTypeBuilder<NominationBatch> builder)
    {
        builder.HasIndex(b => new { b.CampaignId, b.UnitId });
        builder.Property(b => b.DocumentNumber).HasMaxLength(50);
        builder.Property(b => b.SubmittedByUserName).HasMaxLength(256);
        builder.Property(b => b.SubmittedByFullName).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(b => b.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Unit).WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NominationReopeningConfiguration : IEntityTypeConfiguration<NominationReopening>
{
    public void Configure(EntityTypeBuilder<NominationReopening> builder)
    {
        builder.HasIndex(r => new { r.CampaignId, r.UnitId, r.OpenUntil });
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.ReopenedByUserName).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardDecisionConfiguration : IEntityTypeConfiguration<AwardDecision>
{
    public void Configure(EntityTypeBuilder<AwardDecision> builder)
    {
        builder.HasIndex(d => new { d.CampaignId, d.Date });
        builder.Property(d => d.Number).HasMaxLength(50);
        builder.Property(d => d.SignerName).HasMaxLength(200);
        builder.Property(d => d.SignerTitle).HasMaxLength(200);
        builder.Property(d => d.RecordedByUserName).HasMaxLength(256);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.AwardForm).WithMany().HasForeignKey(d => d.AwardFormId).OnDelete(DeleteBehavior.Restrict);

        // One Prime Minister's decision answers one Tờ trình (the index is filtered to non-null on SQL Server).
        builder.HasOne<AwardDecision>().WithMany().HasForeignKey(d => d.ForwardingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.ForwardingId).IsUnique();
    }
}
