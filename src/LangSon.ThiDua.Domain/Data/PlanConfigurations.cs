using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LangSon.ThiDua.Domain.Data;

internal sealed class UnitPlanConfiguration : IEntityTypeConfiguration<UnitPlan>
{
    public void Configure(EntityTypeBuilder<UnitPlan> builder)
    {
        builder.HasIndex(p => new { p.CampaignId, p.UnitId }).IsUnique();
        builder.HasIndex(p => p.Status);
        builder.Property(p => p.DocumentNumber).HasMaxLength(50);
        builder.Property(p => p.Summary).HasMaxLength(4000);
        builder.Property(p => p.ReviewComment).HasMaxLength(2000);
        builder.Property(p => p.Status);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsEditable);
        builder.Ignore(p => p.HasBeenAccepted);
        builder.Ignore(p => p.AcceptedVersionCount);
        builder.Ignore(p => p.LastKeptVersion);
        builder.HasOne(p => p.Campaign).WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Targets).WithOne(t => t.UnitPlan).HasForeignKey(t => t.UnitPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Transitions).WithOne().HasForeignKey(t => t.UnitPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.UnitPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanVersionConfiguration : IEntityTypeConfiguration<PlanVersion>
{
    public void Configure(EntityTypeBuilder<PlanVersion> builder)
    {
        builder.HasIndex(v => new { v.UnitPlanId, v.Number }).IsUnique();
        builder.Property(v => v.AcceptedByUserName).HasMaxLength(256);
        builder.Property(v => v.AcceptedByFullName).HasMaxLength(200);
        builder.Property(v => v.AcceptComment).HasMaxLength(2000);
        builder.Property(v => v.DocumentNumber).HasMaxLength(50);
        builder.Property(v => v.Summary).HasMaxLength(4000);
    }
}

internal sealed class PlanTransitionConfiguration : IEntityTypeConfiguration<PlanTransition>
{
    public void Configure(EntityTypeBuilder<PlanTransition> builder)
    {
        builder.Property(t => t.UserName).HasMaxLength(256);
        builder.Property(t => t.FullName).HasMaxLength(200);
        builder.Property(t => t.Comment).HasMaxLength(2000);
        builder.Ignore(t => t.IsAcceptance);
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> builder)
    {
        builder.HasIndex(t => new { t.UnitPlanId, t.ContentAreaId, t.SortOrder });
        builder.HasIndex(t => t.Deadline);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.UnitOfMeasure).HasMaxLength(50);
        builder.Property(t => t.Baseline).HasPrecision(18, 4);
        builder.Property(t => t.TargetValue).HasPrecision(18, 4);
        builder.Property(t => t.ResponsibleName).HasMaxLength(200);
        builder.Property(t => t.ResponsiblePosition).HasMaxLength(200);
        builder.Property(t => t.ResponsibleUserId).HasMaxLength(450);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.ContentArea).WithMany().HasForeignKey(t => t.ContentAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(t => t.ResponsibleUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(t => t.Reports).WithOne(r => r.PlanTarget).HasForeignKey(r => r.PlanTargetId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.HasIndex(r => new { r.PlanTargetId, r.AsOfDate });
        builder.HasIndex(r => r.CreatedAtUtc);
        builder.Property(r => r.Value).HasPrecision(18, 4);
        builder.Property(r => r.Percent).HasPrecision(6, 1);
        builder.Property(r => r.Narrative).HasMaxLength(4000);
        builder.Property(r => r.Difficulties).HasMaxLength(4000);
        builder.Property(r => r.ReporterUserName).HasMaxLength(256);
        builder.Property(r => r.ReporterFullName).HasMaxLength(200);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.ProgressReportId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.HasIndex(a => a.Sha256);
        builder.Property(a => a.FileName).HasMaxLength(255);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.StoragePath).HasMaxLength(500);
        builder.Property(a => a.UploadedBy).HasMaxLength(256);
        builder.HasIndex(a => new { a.NominationId, a.DocumentKind });
    }
}
