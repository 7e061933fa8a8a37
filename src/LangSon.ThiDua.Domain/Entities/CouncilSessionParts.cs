namespace LangSon.ThiDua.Domain;

/// <summary>
/// A council member invited to a session, and whether they were present. A member who was not present may still send
/// a ballot while voting is open: the written opinion (ý kiến bằng văn bản). Says nothing of how anyone voted.
/// </summary>
public sealed class CouncilMember
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public required string UserId { get; set; }

    public required string FullName { get; set; }

    public bool IsPresent { get; set; }
}

/// <summary>A nomination on a session's agenda, with the counted result once the session is closed.</summary>
public sealed class AgendaItem
{
    public int Id { get; set; }

    public int SessionId { get; set; }

    public int NominationId { get; set; }

    public Nomination? Nomination { get; set; }

    public int SortOrder { get; set; }

    public int? AgreeCount { get; private set; }

    public int? DisagreeCount { get; private set; }

    public int? AbstainCount { get; private set; }

    public int? PresentCount { get; private set; }

    public int? MemberCount { get; private set; }

    public bool? QuorumMet { get; private set; }

    public bool? Passed { get; private set; }

    /// <summary>The award form's rule, loaded with the nomination.</summary>
    internal AwardForm Form =>
        Nomination?.AwardForm
            ?? throw new InvalidOperationException("Load the agenda's nominations and their award forms first.");

    internal void Record(VoteOutcome outcome)
    {
        AgreeCount = outcome.Agree;
        DisagreeCount = outcome.Disagree;
        AbstainCount = outcome.Abstain;
        PresentCount = outcome.Present;
        MemberCount = outcome.Members;
        QuorumMet = outcome.QuorumMet;
        Passed = outcome.Passed;
    }
}
