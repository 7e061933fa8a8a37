using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LangSon.ThiDua.Domain.Data;

internal sealed class ExemplaryModelConfiguration : IEntityTypeConfiguration<ExemplaryModel>
{
    public void Configure(EntityTypeBuilder<ExemplaryModel> builder)
    {
        builder.HasIndex(m => new { m.Status, m.PublishedAtUtc });
        builder.HasIndex(m => m.ProposedBy);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.Position).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Title).HasMaxLength(300);
        builder.Property(m => m.Story).HasMaxLength(10000);
        builder.Property(m => m.SearchText).HasMaxLength(800);
        builder.Property(m => m.PhotoPath).HasMaxLength(500);
        builder.Property(m => m.PhotoContentType).HasMaxLength(100);
        builder.Property(m => m.ProposedBy).HasMaxLength(256);
        builder.Property(m => m.ProposedByName).HasMaxLength(200);
        builder.Property(m => m.ReviewedBy).HasMaxLength(256);
        builder.Property(m => m.ReviewNote).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.IsEditable);
        builder.HasOne(m => m.Campaign).WithMany().HasForeignKey(m => m.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Unit).WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(m => m.ProposerUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.ContentArea).WithMany().HasForeignKey(m => m.ContentAreaId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeedbackConfiguration : IEntityTypeConfiguration<Feedback>
{
    public void Configure(EntityTypeBuilder<Feedback> builder)
    {
        builder.HasIndex(f => new { f.Status, f.SentAtUtc });
        builder.HasIndex(f => f.SenderUserName);
        builder.Property(f => f.Subject).HasMaxLength(300);
        builder.Property(f => f.Text).HasMaxLength(8000);
        builder.Property(f => f.SenderUserName).HasMaxLength(256);
        builder.Property(f => f.SenderName).HasMaxLength(200);
        builder.Property(f => f.Answer).HasMaxLength(8000);
        builder.Property(f => f.AnsweredBy).HasMaxLength(256);
        builder.Property(f => f.AnsweredByName).HasMaxLength(200);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Unit).WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => f.SenderUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.ContentArea).WithMany().HasForeignKey(f => f.ContentAreaId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Attachments).WithOne().HasForeignKey(a => a.FeedbackId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DigestRunConfiguration : IEntityTypeConfiguration<DigestRun>
{
    public void Configure(EntityTypeBuilder<DigestRun> builder)
    {
        builder.HasKey(r => r.Date);
        builder.Property(r => r.Host).HasMaxLength(200);
    }
}

internal sealed class SeedRunConfiguration : IEntityTypeConfiguration<SeedRun>
{
    public void Configure(EntityTypeBuilder<SeedRun> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Fingerprint).HasMaxLength(200);
    }
}
