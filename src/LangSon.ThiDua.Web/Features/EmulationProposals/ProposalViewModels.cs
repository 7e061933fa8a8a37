using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.EmulationProposals;

/// <summary>The meeting's page: the ranking, the record and votes, the proposals derived and what was sent.</summary>
public sealed class ProposalsViewModel
{
    public int PactId { get; init; }

    public int GroupId { get; init; }

    public required string GroupName { get; init; }

    public int Year { get; init; }

    public required string LeadName { get; init; }

    public required IReadOnlyList<RankedUnit> Ranking { get; init; }

    public required IReadOnlyList<VotingFormRow> Forms { get; init; }

    public PactMeeting? Meeting { get; init; }

    public required IReadOnlyList<ProposalRow> Proposals { get; init; }

    /// <summary>Why the meeting cannot be recorded now (null: it can, by this user).</summary>
    public string? MeetingRefusal { get; init; }

    public string? SendRefusal { get; init; }

    public bool MayEdit { get; init; }

    public int VotesFor(int unitId, int formId) => Meeting?.VotesFor(unitId, formId) ?? 0;
}

/// <summary>An award form a khối/cụm votes on, with its rule in words (the page's and the biên bản's).</summary>
public sealed record VotingFormRow(int Id, string Name, decimal Percent, int? Quota)
{
    public string Rule => $"{Name}: đơn vị được từ {VietnameseNumber.Format(Percent)} % số đơn vị có mặt trở lên " +
        "biểu quyết đề nghị" + (Quota is { } q ? $", nhiều nhất {q} đơn vị mỗi khối, cụm" : "");
}

/// <summary>A proposal, and the nomination it became once sent.</summary>
public sealed record ProposalRow(
    string FormName, int Rank, string UnitName, decimal Total, int Votes, int? NominationId);
