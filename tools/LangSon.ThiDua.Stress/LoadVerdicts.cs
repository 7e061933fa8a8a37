using System.Globalization;
using System.Text;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// The targets of issue 24 for a load run: every page's p95 under 100 ms, no error, and, given the summary of a
/// baseline run (a build of main on the same machine, just before), at least three times its requests per second.
/// Given the summary of the same load on less data (target 5), the figures may be at most 1.5× worse than its:
/// requests/s at least its two thirds, every page's p95 at most 1.5× its.
/// </summary>
internal static class LoadVerdicts
{
    public const double PageP95Milliseconds = 100;
    public const double ThroughputRatio = 3;
    public const double MoreDataRatio = 1.5;

    /// <summary>The figures of a summary written by the load mode (--summary): rps= and one p95.KIND= a page.</summary>
    public static async Task<RunSummary> ReadAsync(string summaryPath)
    {
        var lines = await File.ReadAllLinesAsync(summaryPath);
        var rps = lines.FirstOrDefault(l => l.StartsWith("rps=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{summaryPath} không có dòng rps=.");
        var p95 = lines.Where(l => l.StartsWith(RunSummary.P95Prefix, StringComparison.Ordinal))
            .Select(l => l[RunSummary.P95Prefix.Length..].Split('=', 2))
            .ToDictionary(kv => kv[0], kv => double.Parse(kv[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new RunSummary(double.Parse(rps["rps=".Length..], CultureInfo.InvariantCulture), p95);
    }

    public static (string Markdown, int Missed) Table(
        LatencyStats stats, double elapsed, double? baselineRps, ScaleBaseline? lessData = null)
    {
        var text = new StringBuilder();
        var missed = 0;
        text.AppendLine("| target | figure | verdict |");
        text.AppendLine("|---|---|---|");
        foreach (var kind in stats.Kinds.Where(k => k.StartsWith("GET ", StringComparison.Ordinal)))
        {
            var p95 = stats.Percentile(kind, 95);
            Row($"`{kind}` p95 < {PageP95Milliseconds:0} ms", $"{LatencyStats.Ms(p95)} ms", p95 < PageP95Milliseconds);
        }

        Row("no error", stats.TotalErrors.ToString(CultureInfo.InvariantCulture), stats.TotalErrors == 0);
        var rps = (stats.TotalCount + stats.TotalErrors) / elapsed;
        if (baselineRps is { } b && b > 0)
        {
            Row($"requests/s ≥ {ThroughputRatio:0}× the baseline's ({b.ToString("0.0", CultureInfo.InvariantCulture)})",
                string.Create(CultureInfo.InvariantCulture, $"{rps:0.0} = {rps / b:0.00}×"),
                rps >= ThroughputRatio * b);
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| requests/s ≥ {ThroughputRatio:0}× a baseline run's | {rps:0.0} (no baseline given) | — |");
        }

        if (lessData is { } less)
        {
            foreach (var kind in stats.Kinds.Where(k => k.StartsWith("GET ", StringComparison.Ordinal)))
            {
                if (less.Run.P95.TryGetValue(kind, out var before) && before > 0)
                {
                    var p95 = stats.Percentile(kind, 95);
                    Row($"`{kind}` p95 ≤ {MoreDataRatio:0.0}× the {less.Label} run's ({LatencyStats.Ms(before)} ms)",
                        string.Create(
                            CultureInfo.InvariantCulture, $"{LatencyStats.Ms(p95)} ms = {p95 / before:0.00}×"),
                        p95 <= MoreDataRatio * before);
                }
            }

            Row($"requests/s ≥ the {less.Label} run's ({less.Run.Rps.ToString("0.0", CultureInfo.InvariantCulture)})"
                + $" / {MoreDataRatio:0.0}",
                string.Create(CultureInfo.InvariantCulture, $"{rps:0.0} = {rps / less.Run.Rps:0.00}×"),
                rps * MoreDataRatio >= less.Run.Rps);
        }

        return (text.ToString().TrimEnd(), missed);

        void Row(string target, string figure, bool met)
        {
            missed += met ? 0 : 1;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target} | {figure} | {(met ? "met" : "**missed**")} |");
        }
    }
}

/// <summary>What a later run compares with: the requests/s and each page's p95 (ms) of an earlier one.</summary>
internal sealed record RunSummary(double Rps, IReadOnlyDictionary<string, double> P95)
{
    public const string P95Prefix = "p95.";
}

/// <summary>The run on less data (its summary) and how the verdicts name it ("1× data").</summary>
internal sealed record ScaleBaseline(RunSummary Run, string Label);
