using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum TargetState
{
    [Display(Name = "Chưa triển khai")]
    NotStarted = 0,

    [Display(Name = "Đúng tiến độ")]
    OnTrack = 1,

    [Display(Name = "Có nguy cơ chậm")]
    AtRisk = 2,

    [Display(Name = "Quá hạn")]
    Overdue = 3,

    [Display(Name = "Đã đạt")]
    Achieved = 4,

    [Display(Name = "Không đạt")]
    NotAchieved = 5,
}

/// <summary>
/// The one rule that derives a target's percent achieved and its state (docs/target-states.md).
/// Nothing of it is stored except the percent of each report, kept as reported.
/// </summary>
public static class TargetProgress
{
    /// <summary>How far behind the straight line from the campaign start to the deadline a target may be before it is at risk.</summary>
    public const decimal AtRiskLagPoints = 10m;

    /// <summary>
    /// Percent achieved, 0–100. Numeric: the share of the way from the baseline (0 when not given) to the target,
    /// upwards when higher is better, downwards when lower is better; a target equal to its baseline is met when the
    /// value is at least as good. Milestone: 100 when done, else 0.
    /// </summary>
    public static decimal Percent(PlanTarget target, decimal? value, bool? milestoneDone)
    {
        if (target.MeasureKind == MeasureKind.Milestone)
        {
            return milestoneDone == true ? 100m : 0m;
        }

        if (value is not { } reached || target.TargetValue is not { } goal)
        {
            return 0m;
        }

        var start = target.Baseline ?? 0m;
        var sign = target.Direction == MeasureDirection.HigherIsBetter ? 1m : -1m;
        var distance = (goal - start) * sign;
        if (distance <= 0)
        {
            return (reached - goal) * sign >= 0 ? 100m : 0m;
        }

        return Math.Clamp(Math.Round((reached - start) * sign / distance * 100m, 1, MidpointRounding.AwayFromZero), 0m, 100m);
    }

    /// <summary>
    /// The state on <paramref name="today"/>, from the latest report (by as-of date) if any:
    /// achieved at 100 %; past the deadline, overdue while the campaign runs and not achieved once it is closed;
    /// no report yet, not started; otherwise on track unless more than <see cref="AtRiskLagPoints"/> points behind
    /// the share of time elapsed between the campaign start and the deadline.
    /// </summary>
    public static TargetState State(decimal? latestPercent, DateOnly deadline, DateOnly campaignStart, bool campaignClosed, DateOnly today)
    {
        if (latestPercent >= 100m)
        {
            return TargetState.Achieved;
        }

        if (today > deadline)
        {
            return campaignClosed ? TargetState.NotAchieved : TargetState.Overdue;
        }

        if (latestPercent is not { } percent)
        {
            return TargetState.NotStarted;
        }

        return percent + AtRiskLagPoints < ExpectedPercent(deadline, campaignStart, today) ? TargetState.AtRisk : TargetState.OnTrack;
    }

    /// <summary>The share of time elapsed from the campaign start to the deadline, 0–100.</summary>
    public static decimal ExpectedPercent(DateOnly deadline, DateOnly campaignStart, DateOnly today)
    {
        var total = deadline.DayNumber - campaignStart.DayNumber;
        if (total <= 0)
        {
            return 100m;
        }

        return Math.Clamp((today.DayNumber - campaignStart.DayNumber) * 100m / total, 0m, 100m);
    }
}
