using System.Data.Common;
using System.Globalization;
using LangSon.ThiDua.Domain.Data;

namespace LangSon.ThiDua.Web.Infrastructure.Caching;

/// <summary>
/// The "data version" part of the dashboard's output-cache key, without a database query on every request:
/// <list type="bullet">
/// <item><b>Changes made by this instance</b> show at once: <see cref="DashboardChangeInterceptor"/> calls
/// <see cref="Bump"/> after every SaveChanges, committed transaction and raw write command of this process.</item>
/// <item><b>Changes made by other instances or tools</b> show within <see cref="CheckInterval"/>: at most once per
/// interval one request reads <see cref="DashboardVersion"/> from the database (the others go on with the last
/// value), and a version that moved starts a new generation.</item>
/// </list>
/// Both counters only grow, and a key only moves on after the change is committed, so a page rendered under a key
/// never shows older data than the key stands for; a page rendered under an old key is simply never looked up again.
/// </summary>
public sealed partial class DashboardChangeStamp(IServiceScopeFactory scopes, TimeProvider time, ILogger<DashboardChangeStamp> logger)
{
    /// <summary>How stale a page can be after a change made by another instance (plus the time of one query).</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private long localWrites;
    private long generation;
    private long checkedAt;
    private bool everChecked;
    private int checking;
    private DashboardVersion? lastVersion;

    /// <summary>How many writes this instance has committed (or is committing) since it started.</summary>
    public long LocalWrites => Interlocked.Read(ref localWrites);

    /// <summary>Called after this instance wrote to the database.</summary>
    public void Bump() => Interlocked.Increment(ref localWrites);

    /// <summary>The current stamp, e.g. "12.3": local writes and database generation.</summary>
    public async ValueTask<string> CurrentAsync(CancellationToken ct)
    {
        if (CheckDue() && Interlocked.Exchange(ref checking, 1) == 0)
        {
            try
            {
                if (CheckDue())
                {
                    await CheckAsync(ct);
                }
            }
            finally
            {
                Volatile.Write(ref checking, 0);
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{LocalWrites}.{Interlocked.Read(ref generation)}");
    }

    /// <summary>
    /// Whether data read under stamp <paramref name="later"/> includes every change that <paramref name="earlier"/>
    /// counts: both counters only grow, so it does when neither is behind.
    /// </summary>
    public static bool Covers(string later, string earlier)
    {
        var (laterWrites, laterGeneration) = Parse(later);
        var (earlierWrites, earlierGeneration) = Parse(earlier);
        return laterWrites >= earlierWrites && laterGeneration >= earlierGeneration;
    }

    private static (long Writes, long Generation) Parse(string stamp)
    {
        var dot = stamp.IndexOf('.', StringComparison.Ordinal);
        return (long.Parse(stamp.AsSpan(0, dot), CultureInfo.InvariantCulture),
            long.Parse(stamp.AsSpan(dot + 1), CultureInfo.InvariantCulture));
    }

    private bool CheckDue() =>
        !Volatile.Read(ref everChecked) || time.GetElapsedTime(Interlocked.Read(ref checkedAt)) >= CheckInterval;

    private async Task CheckAsync(CancellationToken ct)
    {
        var started = time.GetTimestamp();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var version = await DashboardVersion.ReadAsync(db, VietnamTime.Today(time), ct);
            if (version != lastVersion)
            {
                lastVersion = version;
                Interlocked.Increment(ref generation);
            }
        }
        catch (DbException ex)
        {
            // Unknown state: start a new generation (pages are rendered again, and report the database themselves).
            LogCheckFailed(logger, ex);
            lastVersion = null;
            Interlocked.Increment(ref generation);
        }

        Interlocked.Exchange(ref checkedAt, started);
        Volatile.Write(ref everChecked, true);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the dashboard's data version")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
