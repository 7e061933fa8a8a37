using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;

namespace LangSon.ThiDua.DataGen;

/// <summary>Where a generated nomination ends up; the council and decision stages are played by <see cref="CouncilGenerator"/>.</summary>
internal enum Stage
{
    Draft, Submitted, UnderReview, Returned, Ineligible, Eligible, InSession, Passed, Failed, Decided, UnitDecided,
}

/// <summary>The nominations in insertion (= id) order, and those the council still has to vote on.</summary>
internal sealed class NominationSet
{
    public List<NominationReopening> Reopenings { get; } = [];

    /// <summary>The units' Tờ trình, each holding the nominations last submitted under it.</summary>
    public List<NominationBatch> Batches { get; } = [];

    public List<Nomination> Drafts { get; } = [];

    /// <summary>Eligible nominations meant for a council session, with the stage they are to reach.</summary>
    public List<(Nomination Nomination, Stage Stage)> ForCouncil { get; } = [];

    /// <summary>The last day a nomination was found eligible: council sessions come after it.</summary>
    public DateOnly LastReviewDay { get; set; }

    public int Count => Batches.Sum(b => b.Nominations.Count) + Drafts.Count;
}

/// <summary>
/// Nominations of the year-end 2025 review, built with the domain's workflow: units draft them (with the documents their
/// award form requires), the head submits them under the unit's Tờ trình before the deadline (Giấy khen is then decided by
/// the unit), Sở Nội vụ reviews them (return, ineligible, eligible); a returned dossier is corrected and resubmitted in
/// a second Tờ trình, after Sở Nội vụ reopens submission for the unit when the deadline has passed.
/// </summary>
internal static class NominationGenerator
{
    /// <summary>Cumulative shares of the final stage of a Bằng khen nomination (province or Prime Minister).</summary>
    private static readonly (double UpTo, Stage Stage)[] ProvinceMix =
    [
        (0.10, Stage.Draft), (0.16, Stage.Submitted), (0.20, Stage.UnderReview), (0.26, Stage.Returned), (0.30, Stage.Ineligible),
        (0.36, Stage.Eligible), (0.40, Stage.InSession), (0.48, Stage.Passed), (0.55, Stage.Failed), (1.0, Stage.Decided),
    ];

    /// <summary>Share of nominations that were returned once, corrected and resubmitted before going on.</summary>
    private const double ResubmittedShare = 0.2;

    private static readonly DateOnly DraftFrom = new(2025, 10, 20);
    private static readonly DateOnly DraftTo = new(2025, 11, 30);
    private static readonly DateOnly SubmitFrom = new(2025, 12, 1);
    private static readonly DateOnly SubmitTo = new(2025, 12, 20);

    public static NominationSet Generate(Random random, Province province, IReadOnlyList<AwardForm> forms, int count, DateOnly asOf)
    {
        var campaign = province.Campaign;
        var byCode = forms.ToDictionary(f => f.Code);
        var units = province.Units.Where(u => province.People.TryGetValue(u.Id, out var p) && p.Head is not null).ToList();
        var set = new NominationSet();
        if (units.Count == 0 || count == 0)
        {
            return set;
        }

        var targetsByUnit = province.Plans.Where(p => p.Status == PlanStatus.Accepted)
            .ToDictionary(p => p.UnitId, p => p.Targets.Select(t => t.Id).ToList());
        var perUnit = new List<(Nomination Nomination, Stage Stage)>[units.Count];
        var cumulative = Cumulative(units);
        for (var i = 0; i < count; i++)
        {
            var u = Array.BinarySearch(cumulative, random.NextDouble());
            u = Math.Min(u < 0 ? ~u : u, units.Count - 1);
            var roll = random.NextDouble();
            var form = byCode[roll < 0.5 ? AwardFormSeed.GiayKhen : roll < 0.88 ? AwardFormSeed.BangKhenTinh : AwardFormSeed.BangKhenThuTuong];
            var stageRoll = random.NextDouble();
            var stage = form.DecisionLevel == DecisionLevel.Unit
                ? stageRoll < 0.12 ? Stage.Draft : Stage.UnitDecided
                : ProvinceMix.First(m => stageRoll < m.UpTo).Stage;
            var draft = Draft(random, province, units[u], form, stage, targetsByUnit.GetValueOrDefault(units[u].Id));
            (perUnit[u] ??= []).Add((draft, stage));
        }

        var firstBatches = new List<NominationBatch>();
        var secondBatches = new List<NominationBatch>();
        var reviewer = province.Reviewer!.Actor;
        for (var u = 0; u < units.Count; u++)
        {
            if (perUnit[u] is not { } mine)
            {
                continue;
            }

            var unit = units[u];
            var head = province.PeopleOf(unit.Id).Head!.Actor;
            set.Drafts.AddRange(mine.Where(m => m.Stage == Stage.Draft).Select(m => m.Nomination));
            var submitted = mine.Where(m => m.Stage != Stage.Draft).ToList();
            if (submitted.Count == 0)
            {
                continue;
            }

            var day = Clock.Min(Clock.Between(random, SubmitFrom, SubmitTo), asOf);
            var first = Submit(random, campaign, unit, submitted.Select(m => m.Nomination).ToList(), day, null, head);
            firstBatches.Add(first);

            var resubmit = new List<(Nomination Nomination, Stage Stage)>();
            var lastReturn = day;
            foreach (var (nomination, stage) in submitted.Where(m => m.Stage != Stage.UnitDecided && m.Stage != Stage.Submitted))
            {
                var reviewDay = Clock.Min(day.AddDays(random.Next(1, 6)), asOf);
                nomination.StartReview(reviewer, Clock.OfficeHoursUtc(reviewDay, random));
                var decidedDay = Clock.Min(reviewDay.AddDays(random.Next(0, 5)), asOf);
                var at = Clock.OfficeHoursUtc(decidedDay, random);
                if (stage >= Stage.Eligible && random.NextDouble() < ResubmittedShare)
                {
                    nomination.Return(reviewer, at, VietnameseNames.Pick(random, NominationCatalog.ReturnComments));
                    resubmit.Add((nomination, stage));
                    lastReturn = decidedDay > lastReturn ? decidedDay : lastReturn;
                    continue;
                }

                Conclude(random, set, nomination, stage, reviewer, at, decidedDay);
            }

            if (resubmit.Count > 0)
            {
                var again = Clock.Min(lastReturn.AddDays(random.Next(3, 9)), asOf);
                NominationReopening? reopening = null;
                if (campaign.NominationDeadline is { } deadline && again > deadline)
                {
                    reopening = new NominationReopening
                    {
                        CampaignId = campaign.Id, UnitId = unit.Id, OpenUntil = again.AddDays(5), Reason = NominationCatalog.ReopeningReason,
                        ReopenedByUserName = reviewer.UserName, ReopenedAtUtc = Clock.OfficeHoursUtc(lastReturn, random),
                    };
                    set.Reopenings.Add(reopening);
                }

                var second = Submit(random, campaign, unit, resubmit.Select(m => m.Nomination).ToList(), again, reopening, head);
                resubmit.ForEach(m => first.Nominations.Remove(m.Nomination));
                secondBatches.Add(second);
                foreach (var (nomination, stage) in resubmit)
                {
                    var reviewDay = Clock.Min(again.AddDays(random.Next(1, 4)), asOf);
                    nomination.StartReview(reviewer, Clock.OfficeHoursUtc(reviewDay, random));
                    var decidedDay = Clock.Min(reviewDay.AddDays(random.Next(0, 4)), asOf);
                    Conclude(random, set, nomination, stage, reviewer, Clock.OfficeHoursUtc(decidedDay, random), decidedDay);
                }
            }
        }

        set.Batches.AddRange(firstBatches);
        set.Batches.AddRange(secondBatches);
        var id = 0;
        foreach (var nomination in set.Batches.SelectMany(b => b.Nominations).Concat(set.Drafts))
        {
            nomination.Id = ++id; // ids are known before insertion: council agendas and ballots refer to them
        }

        return set;
    }

    /// <summary>Agencies propose more than communes, communes more than schools and centres.</summary>
    private static double[] Cumulative(List<Unit> units)
    {
        var weights = units.Select(u => u.Kind switch { UnitKind.ProvincialAgency => 3.0, UnitKind.Commune or UnitKind.Ward => 1.5, _ => 1.0 }).ToArray();
        var total = weights.Sum();
        var running = 0.0;
        return weights.Select(w => (running += w) / total).ToArray();
    }

    private static void Conclude(Random random, NominationSet set, Nomination nomination, Stage stage, Actor reviewer, DateTime at, DateOnly day)
    {
        switch (stage)
        {
            case Stage.UnderReview:
                return;
            case Stage.Returned:
                nomination.Return(reviewer, at, VietnameseNames.Pick(random, NominationCatalog.ReturnComments));
                return;
            case Stage.Ineligible:
                nomination.MarkIneligible(reviewer, at, VietnameseNames.Pick(random, NominationCatalog.IneligibleReasons));
                return;
            default:
                nomination.MarkEligible(reviewer, at, random.Next(4) == 0 ? "Hồ sơ đầy đủ, đúng quy định." : null);
                if (stage != Stage.Eligible)
                {
                    set.ForCouncil.Add((nomination, stage));
                    set.LastReviewDay = day > set.LastReviewDay ? day : set.LastReviewDay;
                }

                return;
        }
    }

    private static NominationBatch Submit(Random random, Campaign campaign, Unit unit, List<Nomination> nominations, DateOnly day, NominationReopening? reopening, Actor head)
    {
        var number = string.Create(CultureInfo.InvariantCulture, $"{random.Next(15, 420)}/TTr-{(unit.IsCommuneLevel ? "UBND" : unit.Code)}");
        return NominationBatch.Submit(campaign, unit.Id, number, day, nominations, reopening, head, Clock.OfficeHoursUtc(day, random), day);
    }

    private static Nomination Draft(Random random, Province province, Unit unit, AwardForm form, Stage stage, List<int>? targetIds)
    {
        var people = province.PeopleOf(unit.Id);
        var clerk = people.Clerk(random);
        var kind = random.NextDouble() < 0.3 ? NomineeKind.Collective : NomineeKind.Individual;
        var rating = Rating(random, form, submitted: stage != Stage.Draft);
        var created = Clock.Between(random, DraftFrom, DraftTo);
        var name = kind == NomineeKind.Collective ? NominationCatalog.Collective(random, unit) : VietnameseNames.Person(random).FullName;
        var nomination = Nomination.Draft(province.Campaign.Id, unit.Id, form, kind, name, NominationCatalog.Summary(random, kind, rating), rating,
            clerk.Actor, Clock.OfficeHoursUtc(created, random));
        nomination.NomineeWorkplace = unit.Name;
        if (kind == NomineeKind.Individual)
        {
            nomination.NomineePosition = VietnameseNames.Pick(random, VietnameseNames.StaffPositions);
        }

        if (targetIds is { Count: > 0 })
        {
            nomination.LinkTargets(targetIds.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).Order());
        }

        foreach (var document in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
        {
            if (stage != Stage.Draft || random.Next(2) == 0)
            {
                nomination.Attachments.Add(Document(random, document, clerk.UserName, nomination.CreatedAtUtc.AddHours(random.Next(2, 72))));
            }
        }

        return nomination;
    }

    /// <summary>Submitted dossiers meet their form's minimum; drafts are sometimes below it (they cannot go yet).</summary>
    private static TaskRating Rating(Random random, AwardForm form, bool submitted)
    {
        var roll = random.NextDouble();
        if (!submitted && roll < 0.1)
        {
            return roll < 0.03 ? TaskRating.NotCompleted : TaskRating.Completed;
        }

        return form.MinimumTaskRating == TaskRating.Excellent || roll >= 0.45 ? TaskRating.Excellent : TaskRating.Good;
    }

    private static Attachment Document(Random random, DossierDocuments kind, string uploadedBy, DateTime at)
    {
        Span<byte> hash = stackalloc byte[32];
        random.NextBytes(hash);
        var sha = Convert.ToHexStringLower(hash);
        return new Attachment
        {
            DocumentKind = kind,
            FileName = kind == DossierDocuments.AchievementReport ? "bao-cao-thanh-tich.pdf" : "bien-ban-hop-xet-khen-thuong.pdf",
            ContentType = "application/pdf",
            Size = random.Next(60_000, 3_500_000),
            Sha256 = sha,
            StoragePath = string.Create(CultureInfo.InvariantCulture, $"{at:yyyy}/{at:MM}/{sha[..32]}"),
            UploadedBy = uploadedBy,
            UploadedAtUtc = at,
        };
    }
}
