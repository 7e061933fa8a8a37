using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Documents;

/// <summary>
/// Every active unit and every target of the active campaign on one day, as the province reports show them;
/// filled by the web from the database (states already derived by <see cref="TargetProgress.State"/>).
/// </summary>
public sealed class ProvinceSnapshot
{
    /// <summary>The campaign read (the active one unless another was chosen), or null when there is none.</summary>
    public int? CampaignId { get; init; }

    /// <summary>The campaign's title, or null when there is none.</summary>
    public string? CampaignTitle { get; init; }

    /// <summary>The day the states are computed for (Vietnam time).</summary>
    public DateOnly AsOf { get; init; }

    /// <summary>Active units in the order to list them (khối/cụm, then name).</summary>
    public IReadOnlyList<ProvinceUnit> Units { get; init; } = [];

    /// <summary>The campaign's content areas, by number.</summary>
    public IReadOnlyList<ProvinceArea> Areas { get; init; } = [];

    /// <summary>Targets of the active units' plans, in the order to list them (unit order, then area, then plan order).</summary>
    public IReadOnlyList<ProvinceTarget> Targets { get; init; } = [];
}

public sealed record ProvinceArea(int Number, string ShortTitle)
{
    /// <summary>"ND1" … "ND5": the area's sheet in the progress workbook.</summary>
    public string SheetName => "ND" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class ProvinceUnit
{
    public int Id { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public UnitKind Kind { get; init; }

    /// <summary>Khối or cụm thi đua, or null when the unit has none.</summary>
    public string? GroupName { get; init; }

    /// <summary>The status of the unit's plan for the campaign; null when it has not started one.</summary>
    public PlanStatus? PlanStatus { get; init; }

    /// <summary>The day (Vietnam time) of the plan's last status change, or null without a plan.</summary>
    public DateOnly? PlanChangedOn { get; init; }

    /// <summary>How many reminders (đôn đốc) the unit has received.</summary>
    public int RemindersReceived { get; init; }

    /// <summary>Not started, draft or returned: the unit has not (or no longer) submitted a plan.</summary>
    public bool LacksSubmittedPlan => PlanStatus is null or Domain.PlanStatus.Draft or Domain.PlanStatus.Returned;
}

public sealed class ProvinceTarget : TargetTerms
{
    public int UnitId { get; init; }

    public required string UnitCode { get; init; }

    public required string UnitName { get; init; }

    public string? GroupName { get; init; }

    public int AreaNumber { get; init; }

    /// <summary>The latest report (ProgressReport.Latest rule), or null when none.</summary>
    public ProvinceLatest? Latest { get; init; }

    public TargetState State { get; init; }

    /// <summary>Days past the deadline on <paramref name="today"/> (0 when not past).</summary>
    public int DaysOverdue(DateOnly today) => Math.Max(0, today.DayNumber - Deadline.DayNumber);
}

/// <summary>A target's latest report: as-of date, value (numeric) or done (milestone), percent achieved.</summary>
public sealed record ProvinceLatest(DateOnly AsOfDate, decimal? Value, bool? MilestoneDone, decimal Percent);

/// <summary>A unit's targets counted by derived state, with their average percent (a target without a report counts as 0 %).</summary>
public sealed record ProvinceUnitSummary(
    int Targets, int Achieved, int OnTrack, int AtRisk, int Overdue, int NotAchieved, int NotStarted, decimal? AveragePercent)
{
    public static ProvinceUnitSummary Of(IEnumerable<ProvinceTarget> targets)
    {
        var list = targets.ToList();
        int Count(TargetState state) => list.Count(t => t.State == state);
        var average = ProgressFigures.TargetMean(list.Select(t => t.Latest?.Percent));
        return new ProvinceUnitSummary(
            list.Count, Count(TargetState.Achieved), Count(TargetState.OnTrack), Count(TargetState.AtRisk),
            Count(TargetState.Overdue), Count(TargetState.NotAchieved), Count(TargetState.NotStarted), average);
    }
}

/// <summary>Vietnamese texts the province reports share.</summary>
public static class ProvinceText
{
    public const string NoPlan = "Chưa lập";

    public const string NoGroup = "Chưa xếp khối, cụm";

    /// <summary>"Chưa lập" without a plan, else the status's Vietnamese name.</summary>
    public static string PlanStatus(PlanStatus? status) => status?.DisplayName() ?? NoPlan;
}
