using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LangSon.ThiDua.Domain.Auditing;

/// <summary>
/// Reads the change tracker before a save and turns every insert, update and delete of
/// domain data into an <see cref="AuditEntry"/> once the keys are known.
/// </summary>
internal sealed class AuditCollector
{
    private static readonly HashSet<string> Hidden = new(StringComparer.Ordinal)
    {
        nameof(AppUser.PasswordHash), nameof(AppUser.SecurityStamp), nameof(AppUser.ConcurrencyStamp),
        nameof(AppUser.NormalizedUserName), nameof(AppUser.NormalizedEmail), nameof(AppUser.AccessFailedCount),
        nameof(Unit.SearchName), nameof(ExemplaryModel.SearchText), "Value", "Xml",
    };

    private readonly List<(EntityEntry Entry, string Action, Dictionary<string, object?[]> Changes)> pending = [];

    public static AuditCollector None => new();

    public bool HasChanges => pending.Count > 0;

    public static AuditCollector Capture(ChangeTracker tracker)
    {
        var collector = new AuditCollector();
        tracker.DetectChanges();
        foreach (var entry in tracker.Entries())
        {
            // Notifications are per-user copies of audited events (a reminder, a review): recording each would add one
            // audit row per recipient and per reading. Ballots are secret: an audit row (its time, its id next to the
            // receipt's) would tie a sealed ballot to the member whose receipt was saved in the same transaction; the
            // receipt (who voted, when) is audited, sealed ballots and the ballot box are only ever counted. Sign-in
            // sessions are recorded as the sign-in, sign-out and "end sessions" events they belong to, never as rows
            // (named after the cookies' keys).
            // Outbound e-mails are the same per-recipient copies (the worker's sending is logged; an administrator's
            // retry or discard is recorded as its own audit event).
            if (entry.Entity is AuditEntry or Notification or OutboundEmail or BallotVote or SealedBallot
                || entry.Entity is IdentityUserToken<string> { LoginProvider: SignInSessions.LoginProvider }
                || entry.Metadata.IsOwned())
            {
                continue;
            }

            var (action, changes) = entry.State switch
            {
                // Inserted values are read after the save, when generated keys are known.
                EntityState.Added => (AuditActions.Insert, []),
                EntityState.Deleted => (AuditActions.Delete, Describe(entry, p => new[] { p.OriginalValue, null })),
                EntityState.Modified => (AuditActions.Update, Describe(entry, p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)
                    ? new[] { p.OriginalValue, p.CurrentValue }
                    : null)),
                _ => (string.Empty, []),
            };
            if (action.Length == 0 || (action == AuditActions.Update && changes.Count == 0))
            {
                continue;
            }

            collector.pending.Add((entry, action, changes));
        }

        return collector;
    }

    public IEnumerable<AuditEntry> ToEntries(IAuditActor actor, DateTime atUtc) =>
        pending.Select(p => new AuditEntry
        {
            AtUtc = atUtc,
            UserName = actor.UserName,
            IpAddress = actor.IpAddress,
            Action = p.Action,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityId = KeyOf(p.Entry),
            Changes = JsonSerializer.Serialize(
                (p.Action == AuditActions.Insert ? Describe(p.Entry, e => [null, e.CurrentValue]) : p.Changes).ToDictionary(c => c.Key, c => new { old = c.Value[0], @new = c.Value[1] }),
                AuditJson.Options),
        });

    private static Dictionary<string, object?[]> Describe(EntityEntry entry, Func<PropertyEntry, object?[]?> pick)
    {
        var result = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            if (Hidden.Contains(property.Metadata.Name) || property.Metadata.IsShadowProperty() && property.Metadata.IsConcurrencyToken)
            {
                continue;
            }

            var values = pick(property);
            if (values is not null)
            {
                result[property.Metadata.Name] = values;
            }
        }

        return result;
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null
            ? null
            : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue));
    }
}
