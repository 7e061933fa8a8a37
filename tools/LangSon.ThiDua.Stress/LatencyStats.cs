using System.Globalization;

namespace LangSon.ThiDua.Stress;

/// <summary>Latencies and errors per kind of request, kept by one virtual user and merged at the end.</summary>
internal sealed class LatencyStats
{
    private readonly Dictionary<string, List<double>> latencies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> errors = new(StringComparer.Ordinal);

    public IEnumerable<string> Kinds => latencies.Keys.Union(errors.Keys).Order(StringComparer.Ordinal);

    public void Record(string kind, double milliseconds)
    {
        if (!latencies.TryGetValue(kind, out var list))
        {
            latencies[kind] = list = [];
        }

        list.Add(milliseconds);
    }

    public void Error(string kind) => errors[kind] = errors.GetValueOrDefault(kind) + 1;

    public void Merge(LatencyStats other)
    {
        foreach (var (kind, list) in other.latencies)
        {
            foreach (var ms in list)
            {
                Record(kind, ms);
            }
        }

        foreach (var (kind, count) in other.errors)
        {
            errors[kind] = errors.GetValueOrDefault(kind) + count;
        }
    }

    public int Count(string kind) => latencies.TryGetValue(kind, out var list) ? list.Count : 0;

    public int Errors(string kind) => errors.GetValueOrDefault(kind);

    public int TotalCount => latencies.Values.Sum(l => l.Count);

    public int TotalErrors => errors.Values.Sum();

    /// <summary>Nearest-rank percentile in milliseconds (0 when nothing was recorded).</summary>
    public double Percentile(string? kind, double p)
    {
        var values = (kind is null ? latencies.Values.SelectMany(l => l) : latencies.GetValueOrDefault(kind) ?? []).Order().ToList();
        if (values.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * values.Count);
        return values[Math.Clamp(rank - 1, 0, values.Count - 1)];
    }

    public double Max(string? kind) => kind is null
        ? latencies.Values.SelectMany(l => l).DefaultIfEmpty().Max()
        : (latencies.GetValueOrDefault(kind) ?? []).DefaultIfEmpty().Max();

    public static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
