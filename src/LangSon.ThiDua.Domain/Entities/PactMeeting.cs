namespace LangSon.ThiDua.Domain;

/// <summary>
/// The khối/cụm's year-end meeting after scoring closed: when and where, who chaired, how many member units were
/// present, and the vote per unit and award form. The proposals are derived from the votes and the forms' group vote
/// rule (<see cref="AwardForm.GroupVotePercent"/>, <see cref="AwardForm.GroupQuota"/>), never stored.
/// </summary>
public sealed class PactMeeting
{
    public const int PlaceMaxLength = 300;

    public const int ChairMaxLength = 200;

    public int Id { get; set; }

    public int PactId { get; set; }

    public DateOnly HeldOn { get; set; }

    public required string Place { get; set; }

    /// <summary>Who chaired: the lead unit's head, as written in the biên bản.</summary>
    public required string ChairName { get; set; }

    /// <summary>Member units present and voting (one vote each).</summary>
    public int PresentCount { get; set; }

    public required string RecordedBy { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public string? SentBy { get; set; }

    /// <summary>When the proposals went into the nomination flow; the meeting cannot change afterwards.</summary>
    public DateTime? SentAtUtc { get; set; }

    public List<PactVote> Votes { get; set; } = [];

    public bool IsSent => SentAtUtc is not null;

    public int VotesFor(int unitId, int awardFormId) =>
        Votes.SingleOrDefault(v => v.UnitId == unitId && v.AwardFormId == awardFormId)?.Votes ?? 0;
}

/// <summary>
/// How many units present voted to propose a unit for an award form; the nomination it became, once sent.
/// </summary>
public sealed class PactVote
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public int UnitId { get; set; }

    public int AwardFormId { get; set; }

    public int Votes { get; set; }

    /// <summary>The lead unit's draft nomination made when the proposals were sent (null if deleted since).</summary>
    public int? NominationId { get; set; }

    public Nomination? Nomination { get; set; }
}

/// <summary>What the lead writes down after the meeting.</summary>
public sealed record MeetingRecord(
    DateOnly HeldOn, string? Place, string? ChairName, int PresentCount, IReadOnlyCollection<UnitVote> Votes);

public sealed record UnitVote(int UnitId, int AwardFormId, int Votes);

/// <summary>A unit the meeting proposes for an award form: its place in the ranking and the votes it had.</summary>
public sealed record PactProposal(AwardForm Form, RankedUnit Unit, int Votes);
