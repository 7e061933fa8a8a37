namespace LangSon.ThiDua.Domain;

/// <summary>
/// The one definition of the progress figures every page and export shows (docs/target-states.md, "Progress of a
/// unit and of a khối or cụm"): the dashboard, the year-end summary, its PDF and workbook, the province reports and
/// the public results all call these, never a formula of their own.
/// </summary>
public static class ProgressFigures
{
    /// <summary>
    /// The mean progress of a set of targets (a unit's, a content area's, the province's): the mean of each target's
    /// latest percent, a target without a report counting 0 %; one decimal; null without targets.
    /// </summary>
    public static decimal? TargetMean(IEnumerable<decimal?> latestPercents)
    {
        var list = latestPercents.ToList();
        return TargetMean(list.Sum(p => p ?? 0m), list.Count);
    }

    /// <summary><see cref="TargetMean(IEnumerable{decimal?})"/> from the sum of the percents and their count.</summary>
    public static decimal? TargetMean(decimal sum, int count) => count == 0 ? null : Round(sum / count);

    /// <summary>
    /// A khối or cụm thi đua's progress: the mean of its units' progress (<see cref="TargetMean"/> of each unit's
    /// targets, as the unit tables show it), over the units that have targets; null when none has. Every unit weighs
    /// the same whatever its number of targets: the khối and cụm rank units, and a unit with thirty targets is not
    /// thirty times a member.
    /// </summary>
    public static decimal? GroupMean(IEnumerable<decimal?> unitPercents)
    {
        var withTargets = unitPercents.Where(p => p is not null).Select(p => p!.Value).ToList();
        return withTargets.Count == 0 ? null : Round(withTargets.Average());
    }

    /// <summary>One decimal, a half away from zero (68,45 → 68,5), as the reports are read.</summary>
    public static decimal Round(decimal percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero);
}
