using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>The sessions of the active campaign, as Sở Nội vụ or one council member sees them.</summary>
public sealed class SessionIndexModel
{
    public string? CampaignTitle { get; init; }

    public bool CanManage { get; init; }

    public IReadOnlyList<SessionListItem> Sessions { get; init; } = [];
}

/// <summary>
/// One session in the list. For a council member: whether he is present, and whether he has voted (his receipt) —
/// never how.
/// </summary>
public sealed record SessionListItem(
    int Id, string Title, DateOnly MeetingDate, string Place, CouncilSessionStatus Status, int MemberCount, int PresentCount, int AgendaCount)
{
    public bool IsPresent { get; init; }

    public bool HasVoted { get; init; }

    /// <summary>Every invited member votes while voting is open: present, or by written opinion.</summary>
    public bool CanVote => Status == CouncilSessionStatus.Voting && !HasVoted;
}

/// <summary>Sở Nội vụ's page of a session: members and attendance, the agenda, receipts while voting.</summary>
public sealed class SessionDetailsModel
{
    public int Id { get; init; }

    public required string Title { get; init; }

    public DateOnly MeetingDate { get; init; }

    public required string Place { get; init; }

    public CouncilSessionStatus Status { get; init; }

    public int Version { get; init; }

    public DateTime? VotingOpenedAtUtc { get; init; }

    public DateTime? ClosedAtUtc { get; init; }

    public IReadOnlyList<MemberRow> Members { get; init; } = [];

    public IReadOnlyList<AgendaRow> Agenda { get; init; } = [];

    /// <summary>Eligible nominations (of forms the council votes on) not on any agenda; only while preparing.</summary>
    public IReadOnlyList<AgendaRow> Candidates { get; init; } = [];

    public int PresentCount => Members.Count(m => m.IsPresent);

    public int VotedCount => Members.Count(m => m.HasVoted);

    public bool IsPreparing => Status == CouncilSessionStatus.Preparing;

    /// <summary>
    /// Members needed present to open and ballots needed to close (the largest any agenda form requires).
    /// </summary>
    public int QuorumRequired { get; init; }

    /// <summary>The last postponement or the cancellation, with its reason.</summary>
    public string? StatusNote { get; init; }

    /// <summary>Absent members who sent their ballot: the written opinions.</summary>
    public int WrittenCount => Members.Count(m => !m.IsPresent && m.HasVoted);

    public bool CanPostponeOrCancel => Status is CouncilSessionStatus.Preparing or CouncilSessionStatus.Voting;
}

/// <summary>An invited member: present or not, and (once voting is open) whether his receipt exists.</summary>
public sealed record MemberRow(string UserId, string FullName, string? Position, bool IsPresent, bool HasVoted);

/// <summary>
/// An invited member's page of the session: when and where, the agenda to read, his own attendance and ballot.
/// </summary>
public sealed record MemberSessionModel(SessionDetailsModel Session, MemberRow Me)
{
    public bool CanVote => Session.Status == CouncilSessionStatus.Voting && !Me.HasVoted;
}

/// <summary>What the postpone and cancel pages say about the session.</summary>
public sealed record ScheduleModel(
    int Id, string Title, DateOnly MeetingDate, CouncilSessionStatus Status, int Version, int AgendaCount,
    int ReceiptCount)
{
    public bool CanChange => Status is CouncilSessionStatus.Preparing or CouncilSessionStatus.Voting;

    public bool IsVoting => Status == CouncilSessionStatus.Voting;
}

/// <summary>A nomination on an agenda or a candidate for it: nominee, unit, award form, rating.</summary>
public sealed record AgendaRow(
    int NominationId, NomineeKind NomineeKind, string NomineeName, string? NomineePosition, string UnitName, string AwardFormName, TaskRating TaskRating);

/// <summary>
/// The confirmation page before opening or closing voting; <see cref="Refusal"/> is why it cannot be done now (the same
/// words the action would refuse with), shown instead of the button.
/// </summary>
public sealed record SessionStepModel(
    int Id,
    string Title,
    CouncilSessionStatus Status,
    int Version,
    string Action,
    int AgendaCount,
    int MemberCount,
    int PresentCount,
    int VotedCount,
    int WrittenCount,
    int QuorumRequired,
    string? Refusal);

/// <summary>The member's one-page ballot, or its review before sending: the agenda with the choices typed so far.</summary>
public sealed class BallotPageModel
{
    public int SessionId { get; init; }

    public required string Title { get; init; }

    public DateOnly MeetingDate { get; init; }

    /// <summary>The member was not present: his ballot is his written opinion.</summary>
    public bool IsWrittenOpinion { get; init; }

    public IReadOnlyList<AgendaRow> Agenda { get; init; } = [];

    public BallotForm Form { get; init; } = new();

    public VoteChoice? ChoiceFor(int nominationId) =>
        Form.Lines.Find(l => l.NominationId == nominationId)?.Choice;

    public int IndexOf(int nominationId) => Agenda.ToList().FindIndex(a => a.NominationId == nominationId);
}

/// <summary>The results of a closed session, counts per nomination; or the notice that they are not published yet.</summary>
public sealed class ResultsModel
{
    public int Id { get; init; }

    public required string Title { get; init; }

    public DateOnly MeetingDate { get; init; }

    public required string Place { get; init; }

    public CouncilSessionStatus Status { get; init; }

    public DateTime? ClosedAtUtc { get; init; }

    public bool CanManage { get; init; }

    public IReadOnlyList<ResultRow> Rows { get; init; } = [];

    /// <summary>Who took part (only once published).</summary>
    public BallotAttendance? Attendance { get; init; }

    public bool IsPublished => Status == CouncilSessionStatus.Closed;
}

/// <summary>
/// Every member of the council in exactly one group: present and voted, present without a ballot, absent with a written
/// opinion, absent with none (không gửi ý kiến).
/// </summary>
public sealed record BallotAttendance(int Members, int PresentVoted, int PresentNotVoted, int Written, int NotReturned)
{
    public int Present => PresentVoted + PresentNotVoted;

    public int Ballots => PresentVoted + Written;
}

/// <summary>The counted result of one agenda nomination, as recorded when the session closed.</summary>
public sealed record ResultRow(
    AgendaRow Nomination,
    int Members,
    int Present,
    int Agree,
    int Disagree,
    int Abstain,
    int NotVoting,
    PassBase PassBase,
    decimal AgreePercentOfBase,
    int AgreeRequired,
    int QuorumRequired,
    bool QuorumMet,
    bool Passed);

/// <summary>The agenda table of Sở Nội vụ's page, with remove buttons while the session is being prepared.</summary>
public sealed record AgendaTableModel(int SessionId, int Version, IReadOnlyList<AgendaRow> Rows, bool CanRemove);
