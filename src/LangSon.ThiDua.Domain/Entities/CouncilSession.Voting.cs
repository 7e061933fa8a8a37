using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

/// <summary>
/// The vote of a session: opening with the quorum present, ballots, closing with enough ballots, postponing,
/// cancelling.
/// </summary>
public sealed partial class CouncilSession
{
    /// <summary>
    /// Why voting cannot open now, in Vietnamese; null when it can (asked by the confirmation page and the action).
    /// </summary>
    public string? OpenRefusal()
    {
        if (Status != CouncilSessionStatus.Preparing)
        {
            return $"Phiên họp đang ở trạng thái \"{Status.DisplayName()}\": chỉ mở bỏ phiếu khi đang chuẩn bị.";
        }

        if (Agenda.Count == 0)
        {
            return "Chương trình phiên họp chưa có hồ sơ nào để bỏ phiếu.";
        }

        if (PresentCount == 0)
        {
            return "Chưa điểm danh thành viên có mặt nên chưa thể mở bỏ phiếu.";
        }

        var quorum = QuorumRequired;
        return PresentCount >= quorum
            ? null
            : $"Chưa đủ số thành viên tối thiểu để mở bỏ phiếu: cần {quorum}/{Members.Count} thành viên Hội đồng " +
              $"có mặt, hiện có {PresentCount}. Hãy hoãn phiên họp sang ngày khác hoặc hủy phiên họp; các hồ sơ " +
              "trong chương trình được giữ nguyên.";
    }

    /// <summary>
    /// Opens voting; ballots are to be sealed with the key whose fingerprint is <paramref name="ballotKeyCheck"/>.
    /// </summary>
    public void OpenVoting(string ballotKeyCheck, DateTime nowUtc)
    {
        Refuse(OpenRefusal());
        Status = CouncilSessionStatus.Voting;
        VotingOpenedAtUtc = nowUtc;
        BallotKeyCheck = ballotKeyCheck;
    }

    /// <summary>Why this user cannot send a ballot now (besides having sent one already); null when they can.</summary>
    public string? BallotRefusal(string userId) => Status switch
    {
        CouncilSessionStatus.Preparing => "Phiên họp chưa mở bỏ phiếu.",
        CouncilSessionStatus.Closed => "Phiên họp đã kết thúc, không nhận thêm phiếu.",
        CouncilSessionStatus.Cancelled => "Phiên họp đã hủy, không nhận phiếu.",
        _ when !IsMember(userId) => "Bạn không có tên trong thành phần Hội đồng được mời dự phiên họp này.",
        _ => null,
    };

    /// <summary>
    /// A member's ballot: one choice for every nomination on the agenda. Returns the receipt (who voted, when) and the
    /// ballot (what, with no one's name); the caller seals the ballot and saves both in one transaction, where a unique
    /// index on (session, member) of the receipt refuses a second one. A member who was not present votes too: that is
    /// the written opinion.
    /// </summary>
    public (BallotReceipt Receipt, Ballot Ballot) CastBallot(
        string userId, IReadOnlyDictionary<int, VoteChoice> choices, DateTime nowUtc)
    {
        Refuse(BallotRefusal(userId));
        if (!Matches(choices))
        {
            throw new DomainException("Phiếu phải có đúng một lựa chọn cho mỗi hồ sơ trong chương trình phiên họp.");
        }

        var receipt = new BallotReceipt { SessionId = Id, UserId = userId, SubmittedAtUtc = nowUtc };
        return (receipt, new Ballot(choices.ToDictionary()));
    }

    /// <summary>
    /// Why voting cannot be closed with <paramref name="ballotsReceived"/> ballots; null when it can.
    /// </summary>
    public string? CloseRefusal(int ballotsReceived)
    {
        if (Status != CouncilSessionStatus.Voting)
        {
            return "Chỉ kết thúc được phiên họp đang bỏ phiếu.";
        }

        var quorum = QuorumRequired;
        return ballotsReceived >= quorum
            ? null
            : $"Mới nhận {ballotsReceived} phiếu (kể cả ý kiến bằng văn bản), chưa đủ số tối thiểu " +
              $"{quorum}/{Members.Count} thành viên Hội đồng: chưa thể kết thúc và công bố kết quả. Hãy chờ các " +
              "thành viên gửi phiếu, hoặc hoãn bỏ phiếu (các phiếu đã gửi bị hủy, không kiểm).";
    }

    /// <summary>
    /// Counts the ballots and closes: each agenda item records its counts and result, each nomination passes or fails.
    /// Returns the results and the ballot box — the ballots numbered in the order of their choices (agenda order),
    /// never in the order they were cast — for the caller to save in place of the sealed ballots.
    /// </summary>
    public (IReadOnlyList<(AgendaItem Item, VoteOutcome Outcome)> Results, IReadOnlyList<BallotVote> BallotBox) Close(
        IReadOnlyList<Ballot> ballots, Actor actor, DateTime nowUtc)
    {
        Refuse(CloseRefusal(ballots.Count));
        if (!ballots.All(b => Matches(b.Choices)))
        {
            throw new DomainException(
                "Có phiếu không khớp với chương trình phiên họp nên không thể kiểm phiếu. Hãy báo quản trị hệ thống.");
        }

        Status = CouncilSessionStatus.Closed;
        ClosedAtUtc = nowUtc;
        BallotKeyCheck = null;
        var agenda = Agenda.OrderBy(a => a.SortOrder).ThenBy(a => a.NominationId).ToList();
        var results = new List<(AgendaItem, VoteOutcome)>();
        foreach (var item in agenda)
        {
            var choices = ballots.Select(b => b.Choices[item.NominationId]).ToList();
            var outcome = VoteRule.Evaluate(item.Form, Members.Count, PresentCount,
                choices.Count(c => c == VoteChoice.Agree), choices.Count(c => c == VoteChoice.Disagree),
                choices.Count(c => c == VoteChoice.Abstain));
            item.Record(outcome);
            item.Nomination!.RecordVoteResult(outcome.Passed, actor, nowUtc, outcome.Summary);
            results.Add((item, outcome));
        }

        var box = ballots
            .Select(b => agenda.Select(a => b.Choices[a.NominationId]).ToList())
            .OrderBy(choices => string.Concat(choices.Select(c => (int)c)), StringComparer.Ordinal)
            .SelectMany((choices, number) => agenda.Select((a, k) => new BallotVote
            {
                SessionId = Id, BallotNumber = number + 1, NominationId = a.NominationId, Choice = choices[k],
            }))
            .ToList();
        return (results, box);
    }

    /// <summary>
    /// Moves the meeting to another day, for instance when the quorum is not present: the agenda waits, attendance is
    /// taken again. During voting the vote is abandoned: returns true, and the caller deletes the ballots unread and
    /// the receipts (every member votes again at the new meeting).
    /// </summary>
    public bool Postpone(DateOnly meetingDate, string reason, DateTime nowUtc)
    {
        if (Status is not (CouncilSessionStatus.Preparing or CouncilSessionStatus.Voting))
        {
            throw new DomainException($"Phiên họp đang ở trạng thái \"{Status.DisplayName()}\" nên không thể hoãn.");
        }

        var wasVoting = Status == CouncilSessionStatus.Voting;
        StatusReason = Required(reason, "hoãn");
        StatusNote =
            $"Ngày {VietnameseDate(nowUtc)}: hoãn phiên họp ngày {Vietnamese.Date(MeetingDate)} " +
            $"sang ngày {Vietnamese.Date(meetingDate)}" +
            (wasVoting ? " (các phiếu đã gửi bị hủy, không kiểm)" : "") + $". Lý do: {StatusReason}";
        MeetingDate = meetingDate;
        Status = CouncilSessionStatus.Preparing;
        VotingOpenedAtUtc = null;
        BallotKeyCheck = null;
        Members.ForEach(m => m.IsPresent = false);
        return wasVoting;
    }

    /// <summary>
    /// Cancels the session before any result: its dossiers go back to the pool of eligible dossiers, untouched, and may
    /// go on another session's agenda. Ballots already cast are for the caller to delete unread.
    /// </summary>
    public void Cancel(string reason, Actor actor, DateTime nowUtc)
    {
        if (Status is not (CouncilSessionStatus.Preparing or CouncilSessionStatus.Voting))
        {
            throw new DomainException($"Phiên họp đang ở trạng thái \"{Status.DisplayName()}\" nên không thể hủy.");
        }

        var why = StatusReason = Required(reason, "hủy");
        foreach (var item in Agenda)
        {
            item.Nomination!.TakeOffAgenda(actor, nowUtc, $"Phiên họp \"{Title}\" đã hủy. Lý do: {why}");
        }

        Status = CouncilSessionStatus.Cancelled;
        VotingOpenedAtUtc = null;
        BallotKeyCheck = null;
        StatusNote = $"Ngày {VietnameseDate(nowUtc)}: hủy phiên họp. Lý do: {why}";
    }

    private bool Matches(IReadOnlyDictionary<int, VoteChoice> choices) =>
        Agenda.Select(a => a.NominationId).ToHashSet().SetEquals(choices.Keys) && choices.Values.All(Enum.IsDefined);

    private static string Required(string? reason, string verb) =>
        string.IsNullOrWhiteSpace(reason)
            ? throw new DomainException($"Hãy ghi rõ lý do {verb} phiên họp.")
            : reason.Trim();

    private static readonly System.Globalization.CultureInfo Invariant =
        System.Globalization.CultureInfo.InvariantCulture;

    /// <summary>The day in Vietnam (UTC+7, no daylight saving) of a UTC time, as dd/MM/yyyy.</summary>
    private static string VietnameseDate(DateTime utc) => Vietnamese.Date(utc.AddHours(7));

    private static void Refuse(string? refusal)
    {
        if (refusal is not null)
        {
            throw new DomainException(refusal);
        }
    }
}
