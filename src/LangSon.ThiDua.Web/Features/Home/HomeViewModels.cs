namespace LangSon.ThiDua.Web.Features.Home;

public sealed record StatCard(string Label, int Value, string? Link = null, string Icon = "bi-bar-chart");

public sealed record ContentAreaRow(int Number, string ShortTitle, string FullText, string? SuggestedIndicators);

public sealed record CampaignSummary(
    int Id,
    string Title,
    string LegalBasis,
    DateOnly StartDate,
    DateOnly? EndDate,
    DateOnly? PlanDeadline,
    DateOnly? NominationDeadline,
    string Status,
    IReadOnlyList<ContentAreaRow> ContentAreas);

public sealed record UnitSummary(string Name, string Kind, string? GroupName, string? GroupLeadName, int UserCount);

/// <summary>An award form and its vote rule, worded as on the award forms' own pages.</summary>
public sealed record AwardFormRow(string Name, string DecisionLevel, bool RequiresCouncilVote, string VoteRule);

/// <summary>The home page of one role: a heading, real counts, and the sections that role needs.</summary>
public sealed class HomeViewModel
{
    public required string Heading { get; init; }

    public required string Lead { get; init; }

    public IReadOnlyList<StatCard> Stats { get; init; } = [];

    public CampaignSummary? Campaign { get; init; }

    public UnitSummary? Unit { get; init; }

    public IReadOnlyList<AwardFormRow> AwardForms { get; init; } = [];

    public DateOnly Today { get; init; }

    /// <summary>What waits on the user (<see cref="WaitingWork"/>), each with its count and page.</summary>
    public IReadOnlyList<WaitingItem> Waiting { get; set; } = [];
}
