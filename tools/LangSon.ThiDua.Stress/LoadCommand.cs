using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// load: <c>connections</c> virtual users, each with its own session and connection, for <c>duration</c>: one in
/// five is Sở Nội vụ (noivu), the others the four demo unit users in turn, doing what the <see cref="LoadScenario"/>
/// says. Prints requests, errors, throughput and p50/p95/p99 per kind of request, then the targets' verdicts of
/// issue 24 (<see cref="LoadVerdicts"/>; against a baseline run's summary when given one); exit code 1 when any
/// request failed.
/// </summary>
internal sealed class LoadCommand(
    Uri baseAddress, int connections, TimeSpan duration, LoadScenario scenario, string? summaryPath,
    string? markdownPath, string? baselinePath, string? lessDataPath, string lessDataLabel)
{
    public async Task<int> RunAsync(CancellationToken stop)
    {
        await DemoSetup.EnsurePlansAcceptedAsync(baseAddress, DemoSetup.UnitUsers, Console.Out, stop);
        var runId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..4]);
        var samples = new ConcurrentQueue<string>();
        var users = Enumerable.Range(0, connections)
            .Select(i => new VirtualUser(
                i, baseAddress,
                i % 5 == 0 ? DemoSetup.Reviewer : DemoSetup.UnitUsers[(i - (i / 5) - 1) % DemoSetup.UnitUsers.Length],
                runId, scenario, samples))
            .ToList();
        try
        {
            Console.WriteLine($"Đăng nhập {connections} người dùng ảo…");
            await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = stop }, (u, ct) => new ValueTask(u.PrepareAsync(ct)));
            Console.WriteLine(
                $"Thử tải ({Name(scenario)}) {duration.TotalSeconds:0} s với {connections} kết nối đồng thời "
                + $"đến {baseAddress}…");
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(users.Select(u => Task.Run(() => u.RunAsync(clock, duration, stop), CancellationToken.None)));
            var elapsed = clock.Elapsed.TotalSeconds;

            var stats = new LatencyStats();
            users.ForEach(u => stats.Merge(u.Stats));
            double? baseline = baselinePath is null ? null : (await LoadVerdicts.ReadAsync(baselinePath)).Rps;
            var lessData = lessDataPath is null
                ? null
                : new ScaleBaseline(await LoadVerdicts.ReadAsync(lessDataPath), lessDataLabel);
            var verdicts = LoadVerdicts.Table(stats, elapsed, baseline, lessData);
            var table = Table(stats, elapsed) + "\n\n" + verdicts.Markdown;
            Console.WriteLine();
            Console.WriteLine(table);
            foreach (var sample in samples)
            {
                Console.Error.WriteLine("  lỗi: " + sample);
            }

            var requests = stats.TotalCount + stats.TotalErrors;
            Console.WriteLine($"Tổng: {requests} yêu cầu trong {elapsed:0.0} s, {stats.TotalErrors} lỗi, {(requests / elapsed).ToString("0.0", CultureInfo.InvariantCulture)} yêu cầu/s.");
            await WriteReportsAsync(stats, elapsed, table, verdicts.Missed);
            return stats.TotalErrors > 0 ? 1 : 0;
        }
        finally
        {
            users.ForEach(u => u.Dispose());
        }
    }

    private static string Table(LatencyStats stats, double elapsed)
    {
        var text = new StringBuilder();
        text.AppendLine("| request | count | errors | req/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var kind in stats.Kinds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{kind}` | {stats.Count(kind)} | {stats.Errors(kind)} | {(stats.Count(kind) + stats.Errors(kind)) / elapsed:0.0} | {LatencyStats.Ms(stats.Percentile(kind, 50))} | {LatencyStats.Ms(stats.Percentile(kind, 95))} | {LatencyStats.Ms(stats.Percentile(kind, 99))} | {LatencyStats.Ms(stats.Max(kind))} |");
        }

        var total = stats.TotalCount + stats.TotalErrors;
        text.Append(CultureInfo.InvariantCulture, $"| **all** | {stats.TotalCount} | {stats.TotalErrors} | {total / elapsed:0.0} | {LatencyStats.Ms(stats.Percentile(null, 50))} | {LatencyStats.Ms(stats.Percentile(null, 95))} | {LatencyStats.Ms(stats.Percentile(null, 99))} | {LatencyStats.Ms(stats.Max(null))} |");
        return text.ToString();
    }

    /// <summary>key=value lines for scripts/load-test.sh, and the per-kind table as Markdown.</summary>
    private async Task WriteReportsAsync(LatencyStats stats, double elapsed, string table, int missed)
    {
        if (summaryPath is not null)
        {
            var total = stats.TotalCount + stats.TotalErrors;
            var p95 = string.Join(" · ", stats.Kinds.Select(k => $"{k} {stats.Percentile(k, 95):0}"));
            string[] lines =
            [
                $"requests={total}",
                $"errors={stats.TotalErrors}",
                string.Create(CultureInfo.InvariantCulture, $"rps={total / elapsed:0.0}"),
                string.Create(CultureInfo.InvariantCulture, $"elapsed={elapsed:0.0}"),
                string.Create(CultureInfo.InvariantCulture, $"p95_all={stats.Percentile(null, 95):0.0}"),
                string.Create(CultureInfo.InvariantCulture, $"p95={p95}"),
                $"scenario={Name(scenario)}",
                $"missed={missed}",
                .. stats.Kinds.Select(k => string.Create(
                    CultureInfo.InvariantCulture, $"{RunSummary.P95Prefix}{k}={stats.Percentile(k, 95):0.0}")),
            ];
            await File.WriteAllLinesAsync(summaryPath, lines);
        }

        if (markdownPath is not null)
        {
            await File.WriteAllTextAsync(markdownPath, table + "\n");
        }
    }

    public static string Name(LoadScenario scenario) => scenario.ToString().ToLowerInvariant();
}
