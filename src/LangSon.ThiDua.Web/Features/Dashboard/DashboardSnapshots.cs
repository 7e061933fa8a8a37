using System.Diagnostics;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace LangSon.ThiDua.Web.Features.Dashboard;

/// <summary>
/// The dashboard's snapshot, cached in memory under one key together with the <see cref="DashboardVersion"/> it was
/// computed for. Every request reads the version from the database (cheap) and gets the cached snapshot when it still
/// matches; otherwise one request computes it while the others wait (a semaphore), then all share it. Because the
/// version comes from the database, several app instances stay correct without talking to each other, and a new
/// progress report, plan transition or edit shows on the very next request.
/// </summary>
public sealed partial class DashboardSnapshots(IMemoryCache cache, TimeProvider time, ILogger<DashboardSnapshots> logger) : IDisposable
{
    private static readonly object Key = new();

    private readonly SemaphoreSlim gate = new(1, 1);
    private int computations;

    /// <summary>How many times this instance computed a snapshot (logs and tests).</summary>
    public int Computations => Volatile.Read(ref computations);

    /// <summary>The snapshot for the active campaign today, or null when no campaign is active.</summary>
    public async Task<DashboardSnapshot?> GetAsync(AppDbContext db, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var version = await DashboardVersion.ReadAsync(db, today, ct);
        if (version is null)
        {
            return null;
        }

        if (Cached(version) is { } hit)
        {
            return hit;
        }

        await gate.WaitAsync(ct);
        try
        {
            // Whoever held the gate may have computed it already, or the data moved on while this request waited.
            version = await DashboardVersion.ReadAsync(db, today, ct);
            if (version is null)
            {
                return null;
            }

            if (Cached(version) is { } computed)
            {
                return computed;
            }

            var watch = Stopwatch.StartNew();
            var snapshot = await DashboardQuery.ComputeAsync(db, version, time.GetUtcNow().UtcDateTime, ct);
            Interlocked.Increment(ref computations);
            cache.Set(Key, new Entry(version, snapshot), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
            LogComputed(logger, snapshot.TargetCount, snapshot.UnitCount, watch.ElapsedMilliseconds);
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private DashboardSnapshot? Cached(DashboardVersion version) =>
        cache.TryGetValue(Key, out Entry? entry) && entry!.Version == version ? entry.Snapshot : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard snapshot computed: {Targets} targets, {Units} units in {Elapsed} ms")]
    private static partial void LogComputed(ILogger logger, int targets, int units, long elapsed);

    private sealed record Entry(DashboardVersion Version, DashboardSnapshot Snapshot);
}
