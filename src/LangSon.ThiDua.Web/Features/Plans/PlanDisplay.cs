using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>How plans, targets and their progress are shown: badge colours and Vietnamese number formats.</summary>
public static class PlanDisplay
{
    public static string BadgeClass(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "text-bg-secondary",
        PlanStatus.Submitted => "text-bg-primary",
        PlanStatus.Accepted => "text-bg-success",
        PlanStatus.Returned => "text-bg-warning",
        PlanStatus.AmendmentRequested => "text-bg-info",
        PlanStatus.Amending => "text-bg-info",
        _ => "text-bg-light",
    };

    public static string BadgeClass(TargetState state) => state switch
    {
        TargetState.NotStarted => "text-bg-secondary",
        TargetState.OnTrack => "text-bg-primary",
        TargetState.AtRisk => "text-bg-warning",
        TargetState.Overdue => "text-bg-danger",
        TargetState.Achieved => "text-bg-success",
        TargetState.NotAchieved => "text-bg-dark",
        _ => "text-bg-light",
    };

    /// <summary>The colour of a target's progress bar follows its state.</summary>
    public static string BarClass(TargetState state) => state switch
    {
        TargetState.Achieved => "text-success",
        TargetState.AtRisk => "text-warning",
        TargetState.Overdue or TargetState.NotAchieved => "text-danger",
        _ => "text-primary",
    };

    /// <summary>A decimal the Vietnamese way, without trailing zeros: 1.234,5.</summary>
    public static string Number(decimal? value) =>
        value?.ToString("#,##0.####", Vietnamese.Culture) ?? string.Empty;

    /// <summary>A percent the Vietnamese way: 45,5%.</summary>
    public static string Percent(decimal percent) => Vietnamese.Percent(percent);

    public static string Transition(PlanStatus? status) => status?.DisplayName() ?? "(lập mới)";
}

/// <summary>A progress bar: Bootstrap's look, drawn with an SVG rectangle so that no inline style is needed.</summary>
public sealed record ProgressBarModel(decimal Percent, string Label, string ColorClass = "text-primary")
{
    public decimal Clamped => Math.Clamp(Percent, 0m, 100m);

    public string Width => Clamped.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public string ValueNow => Clamped.ToString("0.#", CultureInfo.InvariantCulture);

    public string Text => PlanDisplay.Percent(Clamped);
}
