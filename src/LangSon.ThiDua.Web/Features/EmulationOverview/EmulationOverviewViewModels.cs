using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.EmulationOverview;

/// <summary>
/// The overview's filter, bound from the query string: the year, khối or cụm, the pact's state ("none": no pact yet, or
/// a <see cref="PactStatus"/> name) and a part of the group's name (accents and case ignored).
/// </summary>
public sealed class OverviewFilter
{
    /// <summary>The value of <see cref="State"/> for the groups with no pact that year.</summary>
    public const string NoPact = "none";

    public int? Year { get; set; }

    public EmulationGroupKind? Kind { get; set; }

    public string? State { get; set; }

    public string? Q { get; set; }
}

/// <summary>
/// One khối/cụm's year as Sở Nội vụ follows it: the pact's state, signatures and scoring progress counted on the pact's
/// signatories, and once scoring is closed the first of the pact's ranking.
/// </summary>
public sealed record OverviewRow(
    int GroupId,
    string Name,
    EmulationGroupKind Kind,
    string? LeadName,
    int? PactId,
    PactStatus? Status,
    int Signatories,
    int SignedCount,
    int Submitted,
    int Reviewed,
    RankedUnit? First)
{
    /// <summary>The state's name as the pact pages write it, or "Chưa lập giao ước".</summary>
    public string StateName => Status is { } status ? status.DisplayName() : OverviewQuery.NoPactName;

    /// <summary>The filter's key of the row's state.</summary>
    public string StateKey => Status?.ToString() ?? OverviewFilter.NoPact;

    /// <summary>The signatories are fixed when the pact opens for signing: before, nothing to count.</summary>
    public bool HasSignatories => Status is > PactStatus.Draft;

    public bool IsScoring => Status is >= PactStatus.ScoringOpen;
}

/// <summary>How many groups of one kind are in one state, for the chart and its table.</summary>
public sealed record StateCount(string Key, string Name, int Sector, int Territory);

public sealed class OverviewViewModel
{
    public required OverviewFilter Filter { get; init; }

    public int Year { get; init; }

    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>Every group of the year, for the counts (the table below shows the filtered ones).</summary>
    public int GroupCount { get; init; }

    public IReadOnlyList<OverviewRow> Rows { get; init; } = [];

    /// <summary>Per state (no pact first, then the pact's states in order): the khối and the cụm in it.</summary>
    public IReadOnlyList<StateCount> States { get; init; } = [];

    /// <summary>The chart's data for wwwroot/js/emulation-overview-charts.js.</summary>
    public required string ChartJson { get; init; }
}
