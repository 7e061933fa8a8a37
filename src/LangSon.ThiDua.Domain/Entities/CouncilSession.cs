using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum CouncilSessionStatus
{
    [Display(Name = "Đang chuẩn bị")]
    Preparing = 0,

    [Display(Name = "Đang bỏ phiếu")]
    Voting = 1,

    [Display(Name = "Đã kết thúc")]
    Closed = 2,
}

public enum VoteChoice
{
    [Display(Name = "Đồng ý")]
    Agree = 1,

    [Display(Name = "Không đồng ý")]
    Disagree = 2,

    [Display(Name = "Không biểu quyết")]
    Abstain = 3,
}

/// <summary>
/// Phiên họp xét khen thưởng của Hội đồng TĐKT tỉnh: Sở Nội vụ prepares it (members, agenda of eligible nominations),
/// records attendance and opens voting; each present member casts one secret ballot; closing computes the results.
/// </summary>
public sealed class CouncilSession : IVersioned
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public required string Title { get; set; }

    public DateOnly MeetingDate { get; set; }

    public required string Place { get; set; }

    public CouncilSessionStatus Status { get; private set; } = CouncilSessionStatus.Preparing;

    public DateTime? VotingOpenedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public required string CreatedByUserName { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<CouncilMember> Members { get; set; } = [];

    public List<AgendaItem> Agenda { get; set; } = [];

    public int PresentCount => Members.Count(m => m.IsPresent);

    public void EnsurePreparing()
    {
        if (Status != CouncilSessionStatus.Preparing)
        {
            throw new DomainException($"Phiên họp đang ở trạng thái \"{Status.DisplayName()}\": chỉ sửa thành phần, chương trình và điểm danh khi đang chuẩn bị.");
        }
    }

    /// <summary>Replaces the invited members (council members: user id and name as on the day).</summary>
    public void InviteMembers(IEnumerable<(string UserId, string FullName)> members)
    {
        EnsurePreparing();
        var wanted = members.DistinctBy(m => m.UserId).ToList();
        Members.RemoveAll(m => wanted.TrueForAll(w => w.UserId != m.UserId));
        foreach (var (userId, fullName) in wanted.Where(w => Members.TrueForAll(m => m.UserId != w.UserId)))
        {
            Members.Add(new CouncilMember { UserId = userId, FullName = fullName });
        }
    }

    public void RecordAttendance(IReadOnlyCollection<string> presentUserIds)
    {
        EnsurePreparing();
        foreach (var member in Members)
        {
            member.IsPresent = presentUserIds.Contains(member.UserId);
        }
    }

    public void AddToAgenda(Nomination nomination, Actor actor, DateTime nowUtc)
    {
        EnsurePreparing();
        if (nomination.CampaignId != CampaignId)
        {
            throw new DomainException("Hồ sơ không thuộc phong trào của phiên họp.");
        }

        nomination.PutOnAgenda(actor, nowUtc);
        Agenda.Add(new AgendaItem { Nomination = nomination, NominationId = nomination.Id, SortOrder = Agenda.Count + 1 });
    }

    public void RemoveFromAgenda(AgendaItem item, Actor actor, DateTime nowUtc)
    {
        EnsurePreparing();
        item.Nomination!.TakeOffAgenda(actor, nowUtc);
        Agenda.Remove(item);
    }

    public void OpenVoting(DateTime nowUtc)
    {
        EnsurePreparing();
        if (Agenda.Count == 0)
        {
            throw new DomainException("Chương trình phiên họp chưa có hồ sơ nào để bỏ phiếu.");
        }

        if (PresentCount == 0)
        {
            throw new DomainException("Chưa điểm danh thành viên có mặt nên chưa thể mở bỏ phiếu.");
        }

        Status = CouncilSessionStatus.Voting;
        VotingOpenedAtUtc = nowUtc;
    }

    /// <summary>
    /// A present member's ballot: one choice for every nomination on the agenda. Returns the receipt (who voted) and the
    /// votes (what was voted, under a random ballot id, without the member or the time). The caller saves both in one
    /// transaction; a unique index on (session, member) of the receipt refuses a second ballot.
    /// </summary>
    public (BallotReceipt Receipt, IReadOnlyList<BallotVote> Votes) CastBallot(string userId, IReadOnlyDictionary<int, VoteChoice> choices, DateTime nowUtc)
    {
        if (Status != CouncilSessionStatus.Voting)
        {
            throw new DomainException(Status == CouncilSessionStatus.Closed
                ? "Phiên họp đã kết thúc, không nhận thêm phiếu."
                : "Phiên họp chưa mở bỏ phiếu.");
        }

        var member = Members.Find(m => m.UserId == userId);
        if (member is not { IsPresent: true })
        {
            throw new DomainException("Chỉ thành viên Hội đồng có mặt tại phiên họp mới được bỏ phiếu.");
        }

        var agendaIds = Agenda.Select(a => a.NominationId).ToHashSet();
        if (!agendaIds.SetEquals(choices.Keys) || choices.Values.Any(c => !Enum.IsDefined(c)))
        {
            throw new DomainException("Phiếu phải có đúng một lựa chọn cho mỗi hồ sơ trong chương trình phiên họp.");
        }

        var ballotId = Guid.NewGuid();
        var votes = choices.Select(c => new BallotVote { BallotId = ballotId, SessionId = Id, NominationId = c.Key, Choice = c.Value }).ToList();
        return (new BallotReceipt { SessionId = Id, UserId = userId, SubmittedAtUtc = nowUtc }, votes);
    }

    /// <summary>Closes voting and records each agenda item's result from the counted votes (nomination id → counts).</summary>
    public IReadOnlyList<(AgendaItem Item, VoteOutcome Outcome)> Close(
        IReadOnlyDictionary<int, (int Agree, int Disagree, int Abstain)> counts, Actor actor, DateTime nowUtc)
    {
        if (Status != CouncilSessionStatus.Voting)
        {
            throw new DomainException("Chỉ kết thúc được phiên họp đang bỏ phiếu.");
        }

        Status = CouncilSessionStatus.Closed;
        ClosedAtUtc = nowUtc;
        var results = new List<(AgendaItem, VoteOutcome)>();
        foreach (var item in Agenda.OrderBy(a => a.SortOrder))
        {
            var (agree, disagree, abstain) = counts.TryGetValue(item.NominationId, out var c) ? c : (0, 0, 0);
            var nomination = item.Nomination ?? throw new InvalidOperationException("Load the agenda's nominations first.");
            var outcome = VoteRule.Evaluate(nomination.AwardForm ?? throw new InvalidOperationException("Load the award forms first."),
                Members.Count, PresentCount, agree, disagree, abstain);
            item.Record(outcome);
            nomination.RecordVoteResult(outcome.Passed, actor, nowUtc, outcome.Summary);
            results.Add((item, outcome));
        }

        return results;
    }
}

/// <summary>A council member invited to a session, and whether they were present. Says nothing of how they voted.</summary>
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

/// <summary>Who voted: member, session, time. Nothing here or anywhere links it to a <see cref="BallotVote"/>.</summary>
public sealed class BallotReceipt
{
    public long Id { get; set; }

    public int SessionId { get; set; }

    public required string UserId { get; set; }

    public DateTime SubmittedAtUtc { get; set; }
}

/// <summary>What was voted: one choice on one nomination, grouped by a random ballot id. No member, no time, no order.</summary>
public sealed class BallotVote
{
    public Guid BallotId { get; set; }

    public int SessionId { get; set; }

    public int NominationId { get; set; }

    public VoteChoice Choice { get; set; }
}
