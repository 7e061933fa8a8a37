namespace LangSon.ThiDua.Domain;

/// <summary>
/// The meeting after scoring closed: the lead records the vote per unit and award form (the biên bản), the proposals
/// follow from the forms' group vote rule, and sending them makes them nominations of the lead unit — once.
/// </summary>
public sealed partial class EmulationPact
{
    public PactMeeting? Meeting { get; set; }

    /// <summary>Why the meeting's record may not be written or changed now, or null.</summary>
    public string? MeetingRefusal()
    {
        if (Status != PactStatus.ScoringClosed)
        {
            return "Chỉ ghi kết quả họp, biểu quyết sau khi khối, cụm đã chốt điểm và xếp hạng.";
        }

        return Meeting is { IsSent: true }
            ? "Đề nghị khen thưởng của cuộc họp đã được gửi: không sửa được biên bản họp nữa."
            : null;
    }

    /// <summary>
    /// Writes (or rewrites) the meeting's record. The forms given are those that can be voted on (with a group vote
    /// rule, for collectives); each vote is at most the units present, for a signatory of the pact.
    /// </summary>
    public void RecordMeeting(
        MeetingRecord record, IReadOnlyCollection<AwardForm> forms, Actor lead, DateOnly today, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(lead);
        Refuse(MeetingRefusal());
        var place = Trimmed(record.Place) ?? throw new DomainException("Hãy nhập địa điểm họp.");
        var chair = Trimmed(record.ChairName) ?? throw new DomainException("Hãy nhập người chủ trì cuộc họp.");
        if (record.HeldOn > today)
        {
            throw new DomainException("Ngày họp không được sau ngày hôm nay.");
        }

        if (record.PresentCount < 1 || record.PresentCount > Signatories.Count)
        {
            throw new DomainException($"Số đơn vị có mặt phải từ 1 đến {Signatories.Count}.");
        }

        var votes = record.Votes.Where(v => v.Votes != 0).Select(v => CheckedVote(v, forms, record.PresentCount))
            .ToList();
        if (votes.DistinctBy(v => (v.UnitId, v.AwardFormId)).Count() != votes.Count)
        {
            throw new DomainException("Mỗi đơn vị chỉ có một kết quả biểu quyết cho mỗi hình thức khen thưởng.");
        }

        Meeting ??= new PactMeeting { Place = place, ChairName = chair, RecordedBy = lead.UserName };
        Meeting.HeldOn = record.HeldOn;
        Meeting.Place = place;
        Meeting.ChairName = chair;
        Meeting.PresentCount = record.PresentCount;
        Meeting.RecordedBy = lead.UserName;
        Meeting.RecordedAtUtc = nowUtc;
        Meeting.Votes.RemoveAll(old => !votes.Any(v => v.UnitId == old.UnitId && v.AwardFormId == old.AwardFormId));
        foreach (var vote in votes)
        {
            var kept = Meeting.Votes.SingleOrDefault(v => v.UnitId == vote.UnitId && v.AwardFormId == vote.AwardFormId);
            if (kept is null)
            {
                Meeting.Votes.Add(vote);
            }
            else
            {
                kept.Votes = vote.Votes;
            }
        }
    }

    /// <summary>
    /// The units proposed, per form in the forms' order (the higher form first, so a unit proposed for Cờ thi đua is
    /// not proposed for Bằng khen as well): votes at least the form's share of the units present, most votes first,
    /// then the ranking, up to the form's quota. Empty before the meeting is recorded.
    /// </summary>
    public IReadOnlyList<PactProposal> Proposals(IReadOnlyCollection<AwardForm> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        if (Meeting is null)
        {
            return [];
        }

        var ranking = Ranking().ToDictionary(r => r.UnitId);
        var proposals = new List<PactProposal>();
        foreach (var form in VotingForms(forms))
        {
            var needed = form.GroupVotePercent!.Value * Meeting.PresentCount;
            proposals.AddRange(Meeting.Votes
                .Where(v => v.AwardFormId == form.Id && v.Votes * 100m >= needed && ranking.ContainsKey(v.UnitId)
                    && proposals.All(p => p.Unit.UnitId != v.UnitId))
                .OrderByDescending(v => v.Votes).ThenBy(v => ranking[v.UnitId].Rank)
                .Take(form.GroupQuota ?? int.MaxValue)
                .Select(v => new PactProposal(form, ranking[v.UnitId], v.Votes))
                .ToList());
        }

        return proposals;
    }

    /// <summary>Why the proposals may not be sent now, or null: recorded, not sent, at least one proposal.</summary>
    public string? SendRefusal(IReadOnlyCollection<AwardForm> forms)
    {
        if (Meeting is null)
        {
            return "Chưa ghi kết quả cuộc họp, biểu quyết của khối, cụm.";
        }

        if (MeetingRefusal() is { } refusal)
        {
            return refusal;
        }

        return Proposals(forms).Count == 0
            ? "Không có đơn vị nào đạt tỷ lệ biểu quyết theo quy định: không có đề nghị để gửi."
            : null;
    }

    /// <summary>
    /// Sends the proposals: each becomes, through <paramref name="nominate"/>, a draft nomination of the lead unit,
    /// linked to its vote; the meeting is fixed from now on.
    /// </summary>
    public IReadOnlyList<(PactProposal Proposal, Nomination Nomination)> SendProposals(
        IReadOnlyCollection<AwardForm> forms, Func<PactProposal, Nomination> nominate, Actor lead, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(nominate);
        ArgumentNullException.ThrowIfNull(lead);
        Refuse(SendRefusal(forms));
        var sent = Proposals(forms).Select(p => (p, nominate(p))).ToList();
        foreach (var (proposal, nomination) in sent)
        {
            Meeting!.Votes.Single(v => v.UnitId == proposal.Unit.UnitId && v.AwardFormId == proposal.Form.Id)
                .Nomination = nomination;
        }

        Meeting!.SentBy = lead.UserName;
        Meeting.SentAtUtc = nowUtc;
        return sent;
    }

    /// <summary>The forms a khối/cụm votes on: active, for collectives, with a group vote rule, the higher first.
    /// </summary>
    public static IReadOnlyList<AwardForm> VotingForms(IEnumerable<AwardForm> forms) => forms
        .Where(f => f.IsActive && f.HasGroupVoteRule && f.NomineeKinds.HasFlag(NomineeKinds.Collective))
        .OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
        .ToList();

    private PactVote CheckedVote(UnitVote vote, IReadOnlyCollection<AwardForm> forms, int present)
    {
        var unit = Signatories.SingleOrDefault(s => s.UnitId == vote.UnitId)
            ?? throw new DomainException("Đơn vị được biểu quyết không thuộc danh sách ký kết giao ước này.");
        var form = VotingForms(forms).SingleOrDefault(f => f.Id == vote.AwardFormId)
            ?? throw new DomainException("Hình thức khen thưởng này không xét theo biểu quyết của khối, cụm.");
        if (vote.Votes < 0 || vote.Votes > present)
        {
            throw new DomainException($"Số phiếu đề nghị {unit.UnitName} được tặng {form.Name} phải từ 0 đến " +
                $"{present} (số đơn vị có mặt).");
        }

        return new PactVote { UnitId = vote.UnitId, AwardFormId = vote.AwardFormId, Votes = vote.Votes };
    }
}
