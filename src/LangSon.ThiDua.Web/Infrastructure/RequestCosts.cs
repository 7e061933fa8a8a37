using System.Data.Common;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Diagnostics:RequestCosts (off unless set; scripts/request-costs.sh turns it on, docs/performance.md): one log line
/// per request with what it cost — SQL commands and their time, database connections opened, EF Core queries compiled
/// afresh (cache misses) or found compiled, bytes allocated and the elapsed time. The byte and EF figures are
/// process-wide deltas: they are the request's own only when requests come one at a time, as the script sends them.
/// Diagnostics:RequestCostsSql also logs the text of each command.
/// </summary>
internal static class RequestCosts
{
    public const string Setting = "Diagnostics:RequestCosts";

    private static readonly AsyncLocal<Tally?> Current = new();

    public static bool Enabled(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    /// <summary>The EF Core interceptor that counts the current request's commands and connections.</summary>
    public static IInterceptor Interceptor { get; } = new Counter();

    public static IApplicationBuilder UseRequestCosts(this WebApplication app)
    {
        if (!Enabled(app.Configuration))
        {
            return app;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestCosts));
        var ef = new EfQueryCache();
        var sql = app.Configuration.GetValue<bool>(Setting + "Sql");
        return app.Use(async (context, next) =>
        {
            var tally = new Tally { Texts = sql ? [] : null };
            Current.Value = tally;
            var (hits, misses) = ef.Read();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = clock.Elapsed.TotalMilliseconds;
                var kilobytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024;
                var (hitsAfter, missesAfter) = ef.Read();
                logger.LogInformation(
                    "Chi phí yêu cầu {Method} {Path} {StatusCode}: commands={Commands} db_ms={DbMilliseconds} "
                    + "connections={Connections} ef_compiled={CacheMisses} ef_cached={CacheHits} alloc_kb={Kilobytes} "
                    + "ms={Milliseconds}",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode, tally.Commands,
                    Ms(tally.DbTicks * 1000.0 / Stopwatch.Frequency), tally.Connections, missesAfter - misses,
                    hitsAfter - hits, kilobytes, Ms(elapsed));
                foreach (var text in tally.Texts ?? [])
                {
                    logger.LogInformation("Lệnh SQL: {Sql}", text.ReplaceLineEndings(" "));
                }

                Current.Value = null;
            }
        });
    }

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private sealed class Tally
    {
        public int Commands;
        public int Connections;
        public long DbTicks;
        public List<string>? Texts;
    }

    /// <summary>EF Core's own counters (meter Microsoft.EntityFrameworkCore), read on demand.</summary>
    private sealed class EfQueryCache : IDisposable
    {
        private readonly MeterListener listener = new();
        private long hits;
        private long misses;

        public EfQueryCache()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Microsoft.EntityFrameworkCore"
                    && instrument.Name.Contains("compiled_query_cache", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                if (instrument.Name.EndsWith("hits", StringComparison.Ordinal))
                {
                    Interlocked.Exchange(ref hits, value);
                }
                else
                {
                    Interlocked.Exchange(ref misses, value);
                }
            });
            listener.Start();
        }

        public (long Hits, long Misses) Read()
        {
            listener.RecordObservableInstruments();
            return (Interlocked.Read(ref hits), Interlocked.Read(ref misses));
        }

        public void Dispose() => listener.Dispose();
    }

    private sealed class Counter : IDbCommandInterceptor, IDbConnectionInterceptor
    {
        public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
            => Count(command, eventData, result);

        public ValueTask<DbDataReader> ReaderExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
            => ValueTask.FromResult(Count(command, eventData, result));

        public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
            => Count(command, eventData, result);

        public ValueTask<object?> ScalarExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken ct = default)
            => ValueTask.FromResult(Count(command, eventData, result));

        public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
            => Count(command, eventData, result);

        public ValueTask<int> NonQueryExecutedAsync(
            DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken ct = default)
            => ValueTask.FromResult(Count(command, eventData, result));

        public void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Opened();

        public Task ConnectionOpenedAsync(
            DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
        {
            Opened();
            return Task.CompletedTask;
        }

        private static T Count<T>(DbCommand command, CommandExecutedEventData eventData, T result)
        {
            if (Current.Value is { } tally)
            {
                lock (tally)
                {
                    tally.Texts?.Add(command.CommandText);
                }

                Interlocked.Increment(ref tally.Commands);
                Interlocked.Add(ref tally.DbTicks, (long)(eventData.Duration.TotalSeconds * Stopwatch.Frequency));
            }

            return result;
        }

        private static void Opened()
        {
            if (Current.Value is { } tally)
            {
                Interlocked.Increment(ref tally.Connections);
            }
        }
    }
}
