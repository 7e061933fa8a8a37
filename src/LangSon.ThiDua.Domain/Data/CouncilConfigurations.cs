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
        builder.Property(s => s.BallotKeyCheck).HasMaxLength(64);
        builder.Property(s => s.StatusNote).HasMaxLength(1200);
        builder.Property(s => s.StatusReason).HasMaxLength(500);
        builder.Property(s => s.CreatedByUserName).HasMaxLength(256);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Ignore(s => s.PresentCount);
        builder.Ignore(s => s.QuorumRequired);
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
/// The ballot box of a closed session, written once at closing in the order of the ballots' choices: key (session,
/// ballot number, nomination), no identity column, no time, no member; the one other index (the nomination's foreign
/// key) is written in the same order. On SQLite the table is WITHOUT ROWID (see the migration), so the rows are stored
/// by that key; on SQL Server it is the clustered key.
/// </summary>
internal sealed class BallotVoteConfiguration : IEntityTypeConfiguration<BallotVote>
{
    public void Configure(EntityTypeBuilder<BallotVote> builder)
    {
        builder.HasKey(v => new { v.SessionId, v.BallotNumber, v.NominationId });
        builder.Property(v => v.BallotNumber).ValueGeneratedNever();
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(v => v.NominationId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Ballots sealed while voting is open: a random id, the session, the encrypted bytes. Nothing joins them to a receipt
/// but the moment they were saved, and that says nothing once the key is destroyed.
/// </summary>
internal sealed class SealedBallotConfiguration : IEntityTypeConfiguration<SealedBallot>
{
    public void Configure(EntityTypeBuilder<SealedBallot> builder)
    {
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Content).HasMaxLength(4096);
        builder.HasIndex(b => b.SessionId);
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(b => b.SessionId).OnDelete(DeleteBehavior.Restrict);
    }
}
