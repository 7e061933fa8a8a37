using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LangSon.ThiDua.Domain.Data;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.Property(c => c.Title).HasMaxLength(500);
        builder.Property(c => c.LegalBasis).HasMaxLength(2000);
        builder.Property(c => c.Status);
        builder.HasMany(c => c.ContentAreas).WithOne(a => a.Campaign).HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContentAreaConfiguration : IEntityTypeConfiguration<ContentArea>
{
    public void Configure(EntityTypeBuilder<ContentArea> builder)
    {
        builder.HasIndex(a => new { a.CampaignId, a.Number }).IsUnique();
        builder.Property(a => a.ShortTitle).HasMaxLength(300);
        builder.Property(a => a.FullText).HasMaxLength(4000);
        builder.Property(a => a.SuggestedIndicators).HasMaxLength(4000);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasIndex(u => u.SearchName);
        builder.Property(u => u.Code).HasMaxLength(20);
        builder.Property(u => u.Name).HasMaxLength(300);
        builder.Property(u => u.SearchName).HasMaxLength(300);
        builder.Property(u => u.FormerDistrict).HasMaxLength(300);
        builder.Property(u => u.FormedFrom).HasMaxLength(1000);
        builder.Property(u => u.Note).HasMaxLength(1000);
        builder.Property(u => u.HeadName).HasMaxLength(100);
        builder.Property(u => u.HeadTitle).HasMaxLength(100);
        builder.Property(u => u.IsActive);
        builder.Ignore(u => u.IsCommuneLevel);
        builder.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.EmulationGroup).WithMany(g => g.Units).HasForeignKey(u => u.EmulationGroupId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class EmulationGroupConfiguration : IEntityTypeConfiguration<EmulationGroup>
{
    public void Configure(EntityTypeBuilder<EmulationGroup> builder)
    {
        builder.HasIndex(g => g.Name).IsUnique();
        builder.Property(g => g.Name).HasMaxLength(200);
        builder.Property(g => g.Description).HasMaxLength(1000);
        builder.HasOne(g => g.LeadUnit).WithMany().HasForeignKey(g => g.LeadUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AwardFormConfiguration : IEntityTypeConfiguration<AwardForm>
{
    public void Configure(EntityTypeBuilder<AwardForm> builder)
    {
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.Code).HasMaxLength(50);
        builder.Property(f => f.Name).HasMaxLength(300);
        builder.Property(f => f.Eligibility).HasMaxLength(4000);
        builder.Property(f => f.QuorumPercent).HasPrecision(5, 2);
        builder.Property(f => f.PassThresholdPercent).HasPrecision(5, 2);
        builder.Property(f => f.GroupVotePercent).HasPrecision(5, 2);
        builder.Ignore(f => f.HasGroupVoteRule);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.FullName).HasMaxLength(200);
        builder.Property(u => u.Position).HasMaxLength(200);
        builder.Property(u => u.IsActive);
        builder.HasOne(u => u.Unit).WithMany().HasForeignKey(u => u.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.EntityType, a.EntityId });
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.Property(a => a.EntityType).HasMaxLength(100);
        builder.Property(a => a.EntityId).HasMaxLength(100);
    }
}
