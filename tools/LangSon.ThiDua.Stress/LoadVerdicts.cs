using System.Globalization;
using System.Text;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// The targets of issue 24 for a load run: every page's p95 under 100 ms, no error, and, given the summary of a
/// baseline run (a build of main on the same machine, just before), at least three times its requests per second.
/// </summary>
internal static class LoadVerdicts
{
    public const double PageP95Milliseconds = 100;
    public const double ThroughputRatio = 3;

    /// <summary>The rps= line of a summary written by the load mode (--summary).</summary>
    public static async Task<double> ReadRpsAsync(string summaryPath)
    {
        var line = (await File.ReadAllLinesAsync(summaryPath))
                .FirstOrDefault(l => l.StartsWith("rps=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{summaryPath} không có dòng rps=.");
        return double.Parse(line["rps=".Length..], CultureInfo.InvariantCulture);
    }

    public static (string Markdown, int Missed) Table(LatencyStats stats, double elapsed, double? baselineRps)
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

        return (text.ToString().TrimEnd(), missed);

        void Row(string target, string figure, bool met)
        {
            missed += met ? 0 : 1;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {target} | {figure} | {(met ? "met" : "**missed**")} |");
        }
    }
}
