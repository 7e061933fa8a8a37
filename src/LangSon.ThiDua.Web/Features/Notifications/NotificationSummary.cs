using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>
/// The one definition of a user's unread count and latest notifications, read once per request (a scoped service):
/// the bell in the menu bar and the home page's "Thông báo chưa đọc" show the same figure from the same query. One
/// compiled query on the (UserId, ReadAtUtc) index: the five latest rows, each carrying the count (a subquery SQLite
/// computes once); with no notification at all, no row and nothing unread.
/// </summary>
public sealed class NotificationSummary(AppDbContext db)
{
    public const int Shown = 5;

    private static readonly Func<AppDbContext, string, IAsyncEnumerable<BellRow>> Latest =
        EF.CompileAsyncQuery((AppDbContext db, string userId) =>
            db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
                .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id).Take(Shown)
                .Select(n => new BellRow(
                    new NotificationRow(n.Id, n.Kind, n.Title, null, n.Link, n.CreatedAtUtc, n.ReadAtUtc),
                    db.Notifications.Count(u => u.UserId == userId && u.ReadAtUtc == null))));

    private (string UserId, NotificationBellViewModel Summary)? read;

    /// <summary>The user's summary, from the database the first time this request asks for it.</summary>
    public async Task<NotificationBellViewModel> ForAsync(string userId, CancellationToken ct)
    {
        if (read is { } done && done.UserId == userId)
        {
            return done.Summary;
        }

        var rows = new List<BellRow>(Shown);
        await foreach (var row in Latest(db, userId).WithCancellation(ct))
        {
            rows.Add(row);
        }

        var summary = new NotificationBellViewModel(rows.Count == 0 ? 0 : rows[0].Unread, rows.ConvertAll(r => r.Row));
        read = (userId, summary);
        return summary;
    }

    /// <summary>One of the latest rows with the user's unread count.</summary>
    private sealed record BellRow(NotificationRow Row, int Unread);
}
