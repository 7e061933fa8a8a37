using System.Text.Json;

namespace LangSon.ThiDua.Domain;

/// <summary>
/// An accepted version of a unit's plan, kept when the plan was reopened for amendment: its number (1 for the first
/// acceptance), when and by whom it was accepted, the plan's header and its targets as they were (a JSON column,
/// read whole and never queried; see docs/plan-amendments.md). Never changed afterwards.
/// </summary>
public sealed class PlanVersion
{
    public long Id { get; set; }

    public int UnitPlanId { get; set; }

    public int Number { get; set; }

    public DateTime AcceptedAtUtc { get; set; }

    public required string AcceptedByUserName { get; set; }

    public required string AcceptedByFullName { get; set; }

    public string? AcceptComment { get; set; }

    public string? DocumentNumber { get; set; }

    public DateOnly? DocumentDate { get; set; }

    public string? Summary { get; set; }

    /// <summary>The targets as accepted: a JSON array of <see cref="VersionTarget"/>.</summary>
    public required string TargetsJson { get; set; }

    public IReadOnlyList<VersionTarget> Targets() =>
        JsonSerializer.Deserialize<List<VersionTarget>>(TargetsJson) ?? [];

    /// <summary>
    /// The plan as it stands, as version <paramref name="number"/>, accepted by <paramref name="accepted"/>.
    /// </summary>
    public static PlanVersion Of(UnitPlan plan, int number, PlanTransition accepted)
    {
        if (plan.Targets.Any(t => t.Id == 0))
        {
            throw new InvalidOperationException("The plan's targets must be saved before a version of it is kept.");
        }

        var targets = plan.Targets.OrderBy(t => t.ContentAreaId).ThenBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(VersionTarget.Of).ToList();
        return new PlanVersion
        {
            UnitPlanId = plan.Id,
            Number = number,
            AcceptedAtUtc = accepted.AtUtc,
            AcceptedByUserName = accepted.UserName,
            AcceptedByFullName = accepted.FullName,
            AcceptComment = accepted.Comment,
            DocumentNumber = plan.DocumentNumber,
            DocumentDate = plan.DocumentDate,
            Summary = plan.Summary,
            TargetsJson = JsonSerializer.Serialize(targets),
        };
    }
}

/// <summary>A target as a version keeps it; <see cref="Id"/> is the live target's, which keeps its reports.</summary>
public sealed record VersionTarget(
    int Id,
    int ContentAreaId,
    int SortOrder,
    string Title,
    MeasureKind MeasureKind,
    string? UnitOfMeasure,
    MeasureDirection Direction,
    decimal? Baseline,
    decimal? TargetValue,
    string ResponsibleName,
    string? ResponsiblePosition,
    DateOnly Deadline)
{
    public static VersionTarget Of(PlanTarget t) => new(
        t.Id, t.ContentAreaId, t.SortOrder, t.Title, t.MeasureKind, t.UnitOfMeasure, t.Direction, t.Baseline,
        t.TargetValue, t.ResponsibleName, t.ResponsiblePosition, t.Deadline);
}
