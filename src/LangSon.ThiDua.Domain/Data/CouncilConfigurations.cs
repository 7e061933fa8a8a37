using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LangSon.ThiDua.Domain.Data;

internal sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    public void Configure(EntityTypeBuilder<CouncilSession> builder)
    {
        builder.HasIndex(s => new { s.CampaignId, s.MeetingDate });
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.Place).HasMaxLength(300);
        builder.Property(s => s.Status);
        builder.Property(s => s.VotingOpenedAtUtc);
        builder.Property(s => s.ClosedAtUtc);
        builder.Property(s => s.CreatedByUserName).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.PresentCount);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Members).WithOne().HasForeignKey(m => m.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Agenda).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> builder)
    {
        builder.HasIndex(m => new { m.SessionId, m.UserId }).IsUnique();
        builder.Property(m => m.UserId).HasMaxLength(450);
        builder.Property(m => m.FullName).HasMaxLength(200);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> builder)
    {
        builder.HasIndex(a => new { a.SessionId, a.NominationId }).IsUnique();
        builder.HasIndex(a => a.NominationId);
        builder.Property(a => a.AgreeCount);
        builder.Property(a => a.DisagreeCount);
        builder.Property(a => a.AbstainCount);
        builder.Property(a => a.PresentCount);
        builder.Property(a => a.MemberCount);
        builder.Property(a => a.QuorumMet);
        builder.Property(a => a.Passed);
        builder.HasOne(a => a.Nomination).WithMany().HasForeignKey(a => a.NominationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Who voted. One receipt per member per session: the unique index refuses a second ballot, even in a race.</summary>
internal sealed class BallotReceiptConfiguration : IEntityTypeConfiguration<BallotReceipt>
{
    public void Configure(EntityTypeBuilder<BallotReceipt> builder)
    {
        builder.HasIndex(r => new { r.SessionId, r.UserId }).IsUnique();
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// What was voted, keyed by a random ballot id: no identity column, no timestamp, no foreign key to a member or a
/// receipt. On SQLite the table is created WITHOUT ROWID (see the migration) so that not even the storage order follows
/// the order of submission; on SQL Server the clustered key is the random id.
/// </summary>
internal sealed class BallotVoteConfiguration : IEntityTypeConfiguration<BallotVote>
{
    public void Configure(EntityTypeBuilder<BallotVote> builder)
    {
        builder.HasKey(v => new { v.BallotId, v.NominationId });
        builder.Property(v => v.BallotId).ValueGeneratedNever();
        builder.HasIndex(v => new { v.SessionId, v.NominationId, v.Choice });
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(v => v.NominationId).OnDelete(DeleteBehavior.Restrict);
    }
}
