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

    [Display(Name = "Đã hủy")]
    Cancelled = 3,
}

/// <summary>
/// Phiên họp xét khen thưởng của Hội đồng TĐKT tỉnh: Sở Nội vụ prepares it (members, agenda of eligible nominations),
/// records attendance and opens voting once the quorum is present; each member casts one secret ballot — in the room,
/// or as a written opinion (ý kiến bằng văn bản) when absent; closing counts them when enough have come in. A session
/// may be postponed (the agenda waits; ballots already cast are discarded unread) or cancelled (the dossiers go back to
/// the pool). The invited members are the council's membership for the session: the base of quorum and threshold.
/// </summary>
public sealed partial class CouncilSession : IVersioned
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public required string Title { get; set; }

    public DateOnly MeetingDate { get; set; }

    public required string Place { get; set; }

    public CouncilSessionStatus Status { get; private set; } = CouncilSessionStatus.Preparing;

    public DateTime? VotingOpenedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>
    /// Fingerprint of the key the session's ballots are sealed with while voting is open (the key itself is never in
    /// the database): a ballot is only sealed with the key this session opened with.
    /// </summary>
    public string? BallotKeyCheck { get; private set; }

    /// <summary>The last postponement or the cancellation, with its reason, as the session's page shows it.</summary>
    public string? StatusNote { get; private set; }

    /// <summary>The reason of the last postponement or of the cancellation, as Sở Nội vụ wrote it.</summary>
    public string? StatusReason { get; private set; }

    public required string CreatedByUserName { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<CouncilMember> Members { get; set; } = [];

    public List<AgendaItem> Agenda { get; set; } = [];

    public int PresentCount => Members.Count(m => m.IsPresent);

    /// <summary>
    /// How many members must be present to open voting and how many ballots must come in to close it: the largest
    /// number any award form on the agenda requires, as its share of the council's members.
    /// </summary>
    public int QuorumRequired => VoteRule.Quorum(Members.Count, Agenda.Select(a => a.Form.QuorumPercent));

    public bool IsMember(string userId) => Members.Exists(m => m.UserId == userId);

    /// <summary>A member who was not in the room votes by written opinion.</summary>
    public bool IsWrittenOpinion(string userId) => Members.Exists(m => m.UserId == userId && !m.IsPresent);

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
        var next = Agenda.Count == 0 ? 1 : Agenda.Max(a => a.SortOrder) + 1;
        Agenda.Add(new AgendaItem { Nomination = nomination, NominationId = nomination.Id, SortOrder = next });
    }

    public void RemoveFromAgenda(AgendaItem item, Actor actor, DateTime nowUtc)
    {
        EnsurePreparing();
        item.Nomination!.TakeOffAgenda(actor, nowUtc);
        Agenda.Remove(item);
    }
}
