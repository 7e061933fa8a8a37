using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>What the review tests read back from the database: a nomination's state, history, audit rows and bell notifications.</summary>
public static class ReviewTestData
{
    public sealed record NominationState(NominationStatus Status, string? ReviewComment, int Version, int TransitionCount);

    public static Task<NominationState> StateAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(async db =>
        {
            var n = await db.Nominations.AsNoTracking().SingleAsync(x => x.Id == id);
            return new NominationState(n.Status, n.ReviewComment, n.Version, await db.NominationTransitions.CountAsync(t => t.NominationId == id));
        });

    public static Task<NominationTransition> LastTransitionAsync(this PortalFactory factory, int id) =>
        factory.WithDbAsync(db => db.NominationTransitions.AsNoTracking().Where(t => t.NominationId == id)
            .OrderByDescending(t => t.AtUtc).ThenByDescending(t => t.Id).FirstAsync());

    /// <summary>Audit rows of updates of the nomination made by <paramref name="userName"/>.</summary>
    public static Task<int> AuditedUpdatesAsync(this PortalFactory factory, int id, string userName) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Nomination)
            && a.EntityId == id.ToString(CultureInfo.InvariantCulture) && a.Action == AuditActions.Update && a.UserName == userName));

    /// <summary>The user names that got a bell notification pointing to <paramref name="link"/>, with its title and body.</summary>
    public static Task<List<(string UserName, string Title, string? Body)>> NotifiedAsync(this PortalFactory factory, string link) =>
        factory.WithDbAsync(async db => (await db.Notifications.AsNoTracking()
                .Where(n => n.Link == link && n.Kind == NotificationKind.Nomination)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.Title, n.Body })
                .ToListAsync())
            .Select(x => (x.UserName!, x.Title, x.Body))
            .OrderBy(x => x.Item1, StringComparer.Ordinal)
            .ToList());
}
