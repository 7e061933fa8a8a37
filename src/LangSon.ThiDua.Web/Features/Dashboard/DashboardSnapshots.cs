using System.Diagnostics;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>
/// The dashboard's snapshot, cached in memory under one key together with the data stamp it was computed for — the
/// same <see cref="DashboardChangeStamp"/> (and day) that keys the output cache of the whole page, so the portal has
/// one notion of "the data moved": this instance's writes at once, other instances' within
/// <see cref="DashboardChangeStamp.CheckInterval"/>. A request whose page is not in the output cache gets the cached
/// snapshot when its stamp covers the request's (every change committed before the request came is in it), without a
/// query; otherwise one request computes it while the others wait (a semaphore), then all whose arrival the new
/// snapshot covers share it. Under a steady stream of writes the stamp moves on while they wait: requiring the stamp
/// of the moment the gate opens instead made each waiting request compute again in turn, a queue of seconds at 10×
/// data (docs/performance.md "More data").
/// </summary>
public sealed partial class DashboardSnapshots(
    IMemoryCache cache, DashboardChangeStamp changes, TimeProvider time, ILogger<DashboardSnapshots> logger)
    : IDisposable
{
    private static readonly object Key = new();

    private readonly SemaphoreSlim gate = new(1, 1);
    private int computations;

    // What the last snapshot was computed from: the next one advances it when only reports came (under the gate).
    private DashboardBasis? basis;

    /// <summary>How many times this instance computed a snapshot (logs and tests).</summary>
    public int Computations => Volatile.Read(ref computations);

    /// <summary>The snapshot for the active campaign today, or null when no campaign is active.</summary>
    public Task<DashboardSnapshot?> GetAsync(AppDbContext db, CancellationToken ct) =>
        GetAsync(async today =>
        {
            var campaign = await DashboardLists.ActiveCampaignAsync(db, ct);
            if (campaign is null)
            {
                basis = null;
                return null;
            }

            var (snapshot, next) = await DashboardQuery.ComputeAsync(
                db, campaign, basis, today, time.GetUtcNow().UtcDateTime, ct);
            basis = next;
            return snapshot;
        }, ct);

    /// <summary>The cached snapshot, or the one <paramref name="compute"/> makes for the day (tests: any).</summary>
    internal async Task<DashboardSnapshot?> GetAsync(
        Func<DateOnly, Task<DashboardSnapshot?>> compute, CancellationToken ct)
    {
        var arrival = await StampAsync(ct);
        if (Covering(arrival) is { } hit)
        {
            return hit.Snapshot;
        }

        await gate.WaitAsync(ct);
        try
        {
            // Whoever held the gate may have computed one since this request came: it serves, even if the data moved
            // on meanwhile. The stamp is taken before the data is read: a change committed meanwhile is either in the
            // snapshot or moves the stamp, so a snapshot never shows older data than its stamp stands for.
            if (Covering(arrival) is { } computed)
            {
                return computed.Snapshot;
            }

            var stamp = await StampAsync(ct);

            var watch = Stopwatch.StartNew();
            var snapshot = await compute(stamp.Today);
            Interlocked.Increment(ref computations);
            var options = new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) };
            cache.Set(Key, new Entry(stamp, snapshot), options);
            LogComputed(logger, snapshot?.TargetCount ?? 0, snapshot?.UnitCount ?? 0, watch.ElapsedMilliseconds);
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async ValueTask<Stamp> StampAsync(CancellationToken ct) =>
        new(await changes.CurrentAsync(ct), VietnamTime.Today(time));

    private Entry? Covering(Stamp arrival) =>
        cache.TryGetValue(Key, out Entry? entry) && entry!.Stamp.Today == arrival.Today
            && DashboardChangeStamp.Covers(entry.Stamp.Data, arrival.Data)
            ? entry
            : null;

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Dashboard snapshot computed: {Targets} targets, {Units} units in {Elapsed} ms")]
    private static partial void LogComputed(ILogger logger, int targets, int units, long elapsed);

    private sealed record Stamp(string Data, DateOnly Today);

    private sealed record Entry(Stamp Stamp, DashboardSnapshot? Snapshot);
}
