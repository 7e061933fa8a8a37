using System.Globalization;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.DataGen;

/// <summary>What the council and Sở Nội vụ did with the eligible nominations.</summary>
internal sealed class CouncilOutcome
{
    /// <summary>Sessions with their members and agenda; ids are assigned (1…n) because ballots refer to them.</summary>
    public List<CouncilSession> Sessions { get; } = [];

    public List<BallotReceipt> Receipts { get; } = [];

    public List<BallotVote> Votes { get; } = [];

    public List<AwardDecision> Decisions { get; } = [];
}

/// <summary>
/// Council sessions of the nine demo council members, played with the domain: the agenda, attendance (one or two
/// members sometimes absent, the quorum always met), one secret ballot per present member with a choice on every item,
/// counts drawn so that each nomination reaches the stage chosen for it, and closing. Then the decisions: a Quyết định
/// (Bằng khen CT UBND tỉnh) and a Tờ trình (Bằng khen TTg) for the passed nominations of every session but the last
/// closed one (whose nominations still wait) and the last one (still being prepared).
/// </summary>
internal static class CouncilGenerator
{
    private static readonly DateOnly FirstSessionDay = new(2026, 1, 16);

    public static CouncilOutcome Generate(Random random, Province province, NominationSet nominations, int sessionCount, DateOnly asOf)
    {
        var outcome = new CouncilOutcome();
        var items = nominations.ForCouncil;
        if (items.Count == 0 || province.Council.Count == 0)
        {
            return outcome;
        }

        var count = Math.Max(3, sessionCount);
        var bySession = Enumerable.Range(0, count).Select(_ => new List<(Nomination Nomination, Stage Stage)>()).ToArray();
        foreach (var item in items)
        {
            var index = item.Stage switch
            {
                Stage.InSession => count - 1,
                Stage.Passed => count - 2,
                Stage.Failed => random.Next(count - 1),
                _ => random.Next(count - 2),
            };
            bySession[index].Add(item);
        }

        var noivu = province.Reviewer!.Actor;
        var first = nominations.LastReviewDay.AddDays(2) > FirstSessionDay ? nominations.LastReviewDay.AddDays(2) : FirstSessionDay;
        var spacing = Math.Max(2, 60 / count);
        var (signer, deputy) = (VietnameseNames.Person(random).FullName, VietnameseNames.Person(random).FullName);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < count; k++)
        {
            var day = Clock.Min(first.AddDays(k * spacing), asOf);
            var session = new CouncilSession
            {
                Id = k + 1,
                CampaignId = province.Campaign.Id,
                Title = string.Create(CultureInfo.InvariantCulture, $"Phiên họp xét khen thưởng tổng kết năm 2025 (phiên {k + 1})"),
                MeetingDate = day,
                Place = "Phòng họp số 1, Trụ sở HĐND - UBND tỉnh Lạng Sơn",
                CreatedByUserName = noivu.UserName,
                CreatedAtUtc = Clock.OfficeHoursUtc(day.AddDays(-7), random),
            };
            session.InviteMembers(province.Council.Select(m => (m.Id, m.FullName)));
            foreach (var (nomination, _) in bySession[k].OrderBy(i => i.Nomination.AwardFormId).ThenBy(i => i.Nomination.NomineeKind).ThenBy(i => i.Nomination.Id))
            {
                session.AddToAgenda(nomination, noivu, Clock.OfficeHoursUtc(day.AddDays(-5), random));
            }

            outcome.Sessions.Add(session);
            if (k == count - 1 || session.Agenda.Count == 0)
            {
                continue; // the last session is still being prepared
            }

            var absent = province.Council.OrderBy(_ => random.Next()).Take(random.Next(0, 3)).Select(m => m.Id).ToHashSet();
            session.RecordAttendance(session.Members.Where(m => !absent.Contains(m.UserId)).Select(m => m.UserId).ToList());
            Vote(random, session, bySession[k].ToDictionary(i => i.Nomination.Id, i => i.Stage != Stage.Failed), day, noivu, outcome);

            if (k < count - 2)
            {
                foreach (var group in bySession[k].Where(i => i.Stage == Stage.Decided).GroupBy(i => i.Nomination.AwardFormId).OrderBy(g => g.Key))
                {
                    var form = group.First().Nomination.AwardForm!;
                    var decided = form.DecisionLevel == DecisionLevel.Province;
                    var number = Unique(random, numbers, decided ? "QĐ" : "TTr", decided ? 2999 : 320);
                    var date = Clock.Min(day.AddDays(random.Next(5, 13)), asOf);
                    var chair = random.Next(3) == 0;
                    outcome.Decisions.Add(AwardDecision.Record(form, number, date, chair ? deputy : signer, chair ? "Phó Chủ tịch" : "Chủ tịch",
                        group.Select(i => i.Nomination).ToList(), noivu, Clock.OfficeHoursUtc(date, random)));
                }
            }
        }

        return outcome;
    }

    /// <summary>
    /// Every present member casts one ballot with a choice on every item; the agree count of each item is drawn above or
    /// below the form's threshold so that it passes or fails as planned. Then the session closes on the counted votes.
    /// </summary>
    private static void Vote(Random random, CouncilSession session, Dictionary<int, bool> passes, DateOnly day, Actor noivu, CouncilOutcome outcome)
    {
        var present = session.Members.Where(m => m.IsPresent).Select(m => m.UserId).ToList();
        var ballots = present.ToDictionary(id => id, _ => new Dictionary<int, VoteChoice>());
        foreach (var item in session.Agenda)
        {
            // Every present member votes, so the ballots received are the members present.
            var required = VoteRule.Evaluate(item.Nomination!.AwardForm!, session.Members.Count, present.Count,
                present.Count, 0, 0).AgreeRequired;
            var agree = passes[item.NominationId] ? random.Next(required, present.Count + 1) : random.Next(0, required);
            var disagree = random.Next(0, present.Count - agree + 1);
            var order = present.OrderBy(_ => random.Next()).ToList();
            for (var i = 0; i < order.Count; i++)
            {
                ballots[order[i]][item.NominationId] = i < agree ? VoteChoice.Agree : i < agree + disagree ? VoteChoice.Disagree : VoteChoice.Abstain;
            }
        }

        // Generated sessions close at once: no ballot is sealed, so no key exists (the portal's own path seals them).
        var opened = Clock.OfficeHoursUtc(day, random);
        session.OpenVoting("generated", opened);
        var cast = opened;
        var castBallots = new List<Ballot>();
        foreach (var member in present.OrderBy(_ => random.Next()))
        {
            cast = cast.AddSeconds(random.Next(20, 240));
            var (receipt, ballot) = session.CastBallot(member, ballots[member], cast);
            outcome.Receipts.Add(receipt);
            castBallots.Add(ballot);
        }

        var (results, box) = session.Close(castBallots, noivu, cast.AddMinutes(random.Next(5, 30)));
        foreach (var (item, result) in results)
        {
            if (result.Passed != passes[item.NominationId])
            {
                throw new InvalidOperationException(
                    $"Nomination {item.NominationId} was meant to {(passes[item.NominationId] ? "pass" : "fail")}: " +
                    $"{result.Summary}");
            }
        }

        outcome.Votes.AddRange(box);
    }

    private static string Unique(Random random, HashSet<string> numbers, string kind, int max)
    {
        string number;
        do
        {
            number = string.Create(CultureInfo.InvariantCulture, $"{random.Next(10, max)}/{kind}-UBND");
        }
        while (!numbers.Add(number));
        return number;
    }
}
