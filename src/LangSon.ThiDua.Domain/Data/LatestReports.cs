using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Domain.Data;

/// <summary>A target's latest progress report as the pages show it.</summary>
public sealed record LatestReport(DateOnly AsOfDate, decimal? Value, bool? MilestoneDone, decimal Percent);

public static class LatestReports
{
    /// <summary>
    /// The latest report (<see cref="ProgressReport.LatestOf"/>: one index lookup per target) of each target of
    /// <paramref name="targets"/> that has one, by target id.
    /// </summary>
    public static Task<Dictionary<int, LatestReport>> LatestReportsAsync(
        this AppDbContext db, IQueryable<PlanTarget> targets, CancellationToken ct) =>
        ProgressReport.LatestOf(db.ProgressReports.AsNoTracking(), targets)
            .Select(r => new
            {
                r.PlanTargetId,
                Report = new LatestReport(r.AsOfDate, r.Value, r.MilestoneDone, r.Percent),
            })
            .ToDictionaryAsync(r => r.PlanTargetId, r => r.Report, ct);
}
