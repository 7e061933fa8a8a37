using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.PublicResults;

/// <summary>
/// The public landing page: the campaign's progress in aggregates only (by content area and by khối/cụm, no unit, no
/// person) and the issued award decisions. Nothing here names a nominee who was not awarded, nor a portal user.
/// </summary>
public sealed class PublicResultsViewModel
{
    /// <summary>Null when no campaign is running.</summary>
    public string? CampaignTitle { get; init; }

    public DateOnly AsOf { get; init; }

    public int UnitCount { get; init; }

    public int UnitsAccepted { get; init; }

    public SummaryTargets Targets { get; init; } = SummaryTargets.None;

    public IReadOnlyList<SummaryArea> Areas { get; init; } = [];

    public IReadOnlyList<SummaryGroup> Groups { get; init; } = [];

    /// <summary>
    /// Collectives and individuals awarded in the campaign, the summary's count (NominationStatusExtensions.IsAwarded):
    /// by the issued decisions and by the units' own Giấy khen.
    /// </summary>
    public int AwardedCollectives { get; init; }

    public int AwardedIndividuals { get; init; }

    public required Page<PublicDecisionRow> Decisions { get; init; }

    /// <summary>The chart's data for summary-charts.js (targets by content area and state only).</summary>
    public required string ChartJson { get; init; }
}

/// <summary>An issued Quyết định khen thưởng: its number, date, award form and how many it awards.</summary>
public sealed record PublicDecisionRow(int Id, string Number, DateOnly Date, string AwardFormName, int Collectives, int Individuals);

/// <summary>/PublicResults/Decision/5: the Quyết định and the collectives and individuals it awards (a public document).</summary>
public sealed class PublicDecisionViewModel
{
    public required string Number { get; init; }

    public DateOnly Date { get; init; }

    public required string AwardFormName { get; init; }

    public required string SignerTitle { get; init; }

    public required string SignerName { get; init; }

    public string? CampaignTitle { get; init; }

    public required IReadOnlyList<PublicAwardee> Collectives { get; init; }

    public required IReadOnlyList<PublicAwardee> Individuals { get; init; }
}

public sealed record PublicAwardee(NomineeKind Kind, string Name, string? Position, string? Workplace, string UnitName);
