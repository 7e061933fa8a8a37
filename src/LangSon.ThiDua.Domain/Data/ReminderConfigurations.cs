using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LangSon.ThiDua.Domain.Data;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.HasIndex(r => r.SentAtUtc);
        builder.Property(r => r.Subject).HasMaxLength(300);
        builder.Property(r => r.Body).HasMaxLength(4000);
        builder.Property(r => r.SentByUserName).HasMaxLength(256);
        builder.Property(r => r.SentByFullName).HasMaxLength(200);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Recipients).WithOne(x => x.Reminder).HasForeignKey(x => x.ReminderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReminderRecipientConfiguration : IEntityTypeConfiguration<ReminderRecipient>
{
    public void Configure(EntityTypeBuilder<ReminderRecipient> builder)
    {
        builder.HasIndex(r => new { r.UnitId, r.ReminderId }).IsUnique();
        builder.Property(r => r.ReadByUserName).HasMaxLength(256);
        builder.Property(r => r.Findings).HasMaxLength(4000);
        builder.Property(r => r.ReadAtUtc);
        builder.Ignore(r => r.IsRead);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasIndex(n => new { n.UserId, n.ReadAtUtc });
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Title).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(2000);
        builder.Property(n => n.Link).HasMaxLength(500);
        builder.Property(n => n.ReadAtUtc);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReminderRecipient>().WithMany().HasForeignKey(n => n.ReminderRecipientId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class OutboundEmailConfiguration : IEntityTypeConfiguration<OutboundEmail>
{
    public void Configure(EntityTypeBuilder<OutboundEmail> builder)
    {
        // The worker's look for due messages, and the administrator's counts and lists.
        builder.HasIndex(e => new { e.State, e.NextAttemptUtc });
        builder.HasIndex(e => e.ReminderRecipientId);
        builder.Property(e => e.ToName).HasMaxLength(200);
        builder.Property(e => e.ToAddress).HasMaxLength(256);
        builder.Property(e => e.Subject).HasMaxLength(OutboundEmail.SubjectLength);
        builder.Property(e => e.LastError).HasMaxLength(OutboundEmail.ErrorLength);
        builder.Property(e => e.LastErrorDetail).HasMaxLength(OutboundEmail.DetailLength);
        builder.Property(e => e.ClaimToken).IsConcurrencyToken();
        builder.HasOne<ReminderRecipient>().WithMany().HasForeignKey(e => e.ReminderRecipientId).OnDelete(DeleteBehavior.SetNull);
    }
}
