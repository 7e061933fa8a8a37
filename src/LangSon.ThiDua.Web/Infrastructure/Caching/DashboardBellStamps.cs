using System.Collections.Concurrent;
using System.Globalization;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Caching;

/// <summary>
/// The bell part of the dashboard's output-cache key: per user, the unread count, the highest notification id and the
/// latest read time (the last two only grow, so a new notification or one read always moves the stamp, even when the
/// count comes back to what it was). Kept in memory per user and read again from the (UserId, ReadAtUtc) index
/// after any write of this instance (<see cref="DashboardChangeStamp.LocalWrites"/>) or when older than
/// <see cref="DashboardChangeStamp.CheckInterval"/> (changes made by other instances). One entry per user who opened
/// a cached page (a few hundred accounts at most).
/// </summary>
public sealed class DashboardBellStamps(IServiceScopeFactory scopes, DashboardChangeStamp changes, TimeProvider time)
{
    private static readonly Func<AppDbContext, string, CancellationToken, Task<BellState?>> Query =
        EF.CompileAsyncQuery((AppDbContext db, string userId, CancellationToken ct) =>
            db.Notifications.AsNoTracking()
                .Where(n => n.UserId == userId)
                .GroupBy(n => n.UserId)
                .Select(g => new BellState(g.Count(n => n.ReadAtUtc == null), g.Max(n => n.Id), g.Max(n => n.ReadAtUtc)))
                .FirstOrDefault());

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The user's stamp, e.g. "3.1250.638712345678901234" (unread, last id, last read ticks).</summary>
    public async ValueTask<string> GetAsync(string userId, CancellationToken ct)
    {
        var local = changes.LocalWrites;
        if (entries.TryGetValue(userId, out var entry) && entry.LocalWrites == local
            && (time.GetElapsedTime(entry.ReadAt) < DashboardChangeStamp.CheckInterval || !entry.TryStartRefresh()))
        {
            return entry.Value; // fresh, or another request of this user is reading it again right now
        }

        var readAt = time.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var state = await Query(scope.ServiceProvider.GetRequiredService<AppDbContext>(), userId, ct);
            var value = state is null
                ? "0"
                : string.Create(CultureInfo.InvariantCulture, $"{state.Unread}.{state.LastId}.{state.LastReadUtc?.Ticks ?? 0}");
            entries[userId] = new Entry(value, local, readAt);
            return value;
        }
        catch when (entry is not null)
        {
            entry.EndRefresh();
            throw;
        }
    }

    private sealed record BellState(int Unread, long LastId, DateTime? LastReadUtc);

    private sealed class Entry(string value, long localWrites, long readAt)
    {
        private int refreshing;

        public string Value => value;

        public long LocalWrites => localWrites;

        public long ReadAt => readAt;

        public bool TryStartRefresh() => Interlocked.Exchange(ref refreshing, 1) == 0;

        public void EndRefresh() => Volatile.Write(ref refreshing, 0);
    }
}
