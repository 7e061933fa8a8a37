using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

/// <summary>Scoring of a pact's year: self scores, submission, the lead's review, closing, totals, ranking.</summary>
public sealed class EmulationScoringTests
{
    private const int Lead = 10;
    private const int Health = 11;
    private const int Culture = 12;
    private const int Outsider = 99;
    private const int Work = 1;
    private const int Pact = 2;
    private const int Bonus = 5;
    private const int Penalty = 6;
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly DateTime Now = new(2026, 11, 5, 2, 0, 0, DateTimeKind.Utc);

    /// <summary>A signed pact: criteria 1 (60 points) and 2 (40), a bonus (5), a penalty (10); scoring open.</summary>
    private static EmulationPact ScoringPact()
    {
        var campaign = new Campaign
        {
            Id = 1, Code = "TD", Title = "Phong trào", LegalBasis = "KH", StartDate = new DateOnly(2025, 10, 1),
        };
        campaign.ContentAreas.Add(new ContentArea { Id = 7, Number = 1, ShortTitle = "Kinh tế", FullText = "…" });
        var pact = EmulationPact.Draft(3, campaign, 2026, Lead, null, Head, Now);
        var section = pact.AddSection("Nhiệm vụ chính trị");
        pact.AddCriterion(section, new CriterionTerms("Hoàn thành chỉ tiêu", 60m, 7, null)).Id = Work;
        pact.AddCriterion(section, new CriterionTerms("Thực hiện giao ước", 40m, null, null)).Id = Pact;
        pact.AddAdjustment(AdjustmentKind.Bonus, "Sáng kiến cấp tỉnh", 5m).Id = Bonus;
        pact.AddAdjustment(AdjustmentKind.Penalty, "Vi phạm bị xử lý", 10m).Id = Penalty;
        pact.SetTieBreakRule("Bằng điểm: đơn vị có điểm tiêu chí 1 cao hơn xếp trên.");
        PactMember[] members = [new(Lead, "Sở Dân tộc và Tôn giáo"), new(Health, "Sở Y tế"), new(Culture, "Sở VHTTDL")];
        pact.OpenForSigning(members, Head, Now);
        foreach (var m in members)
        {
            pact.Sign(m.UnitId, Head, null, Now);
        }

        pact.OpenScoring(Now);
        return pact;
    }

    private static void Submit(EmulationPact pact, int unit, decimal work, decimal pactPoints = 40m)
    {
        pact.SelfAssess(unit, [new(Work, null, work, "Đạt", null), new(Pact, null, pactPoints, null, null)]);
        pact.SubmitSheet(unit, Head, Now);
    }

    private static Dictionary<int, int> NoTies() => [];

    [Fact]
    public void The_total_is_the_criteria_plus_the_bonus_minus_the_penalty()
    {
        var pact = ScoringPact();

        pact.SelfAssess(Health, [
            new(Work, null, 55m, "Đạt 9/10 chỉ tiêu", "Báo cáo số 12/BC-SYT"), new(Pact, null, 40m, null, null),
            new(null, Bonus, 5m, "Mô hình trạm y tế số", "QĐ 45/QĐ-UBND"),
            new(null, Penalty, 2.5m, "Chậm báo cáo", null),
        ]);

        Assert.Equal(97.5m, pact.TotalOf(Health));
        Assert.Equal(0m, pact.TotalOf(Culture));
    }

    [Fact]
    public void A_score_above_the_criterion_maximum_is_refused()
    {
        var pact = ScoringPact();

        var refused = Assert.Throws<DomainException>(
            () => pact.SelfAssess(Health, [new(Work, null, 60.5m, null, null)]));
        Assert.Contains("từ 0 đến 60", refused.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => pact.SelfAssess(Health, [new(Work, null, -1m, null, null)]));
    }

    [Fact]
    public void A_bonus_claimed_without_a_reason_is_refused()
    {
        var pact = ScoringPact();

        Assert.Throws<DomainException>(() => pact.SelfAssess(Health, [new(null, Bonus, 3m, " ", null)]));
    }

    [Fact]
    public void A_unit_that_did_not_sign_the_pact_has_no_sheet()
    {
        var pact = ScoringPact();

        Assert.NotNull(pact.ScoreRefusal(Outsider));
        Assert.Throws<DomainException>(() => pact.SelfAssess(Outsider, [new(Work, null, 10m, null, null)]));
    }

    [Fact]
    public void A_sheet_is_submitted_only_with_every_criterion_scored_and_is_frozen_for_the_member_afterwards()
    {
        var pact = ScoringPact();
        pact.SelfAssess(Health, [new(Work, null, 50m, null, null)]);

        Assert.Contains("Thực hiện giao ước", pact.SubmitRefusal(Health), StringComparison.Ordinal);
        pact.SelfAssess(Health, [new(Pact, null, 30m, null, null)]);
        pact.SubmitSheet(Health, Head, Now);

        Assert.Equal(SheetStatus.Submitted, pact.SheetOf(Health)!.Status);
        Assert.Throws<DomainException>(() => pact.SelfAssess(Health, [new(Work, null, 60m, null, null)]));
    }

    [Fact]
    public void Adjustment_without_a_reason_is_refused()
    {
        var pact = ScoringPact();
        Submit(pact, Health, 55m);
        var line = pact.SheetOf(Health)!.Lines.Single(l => l.CriterionId == Work);
        line.Id = 41;

        Assert.Throws<DomainException>(() => pact.Review(Health, [new(41, 50m, "  ")], Head, Now));
        pact.Review(Health, [new(41, 50m, "Hai chỉ tiêu chưa có minh chứng")], Head, Now);

        Assert.Equal((50m, SheetStatus.Reviewed), (line.AdjustedPoints!.Value, pact.SheetOf(Health)!.Status));
        Assert.Equal(90m, pact.TotalOf(Health));
    }

    [Fact]
    public void A_reason_without_a_change_is_refused_rather_than_dropped()
    {
        var pact = ScoringPact();
        Submit(pact, Health, 55m);
        var line = pact.SheetOf(Health)!.Lines.Single(l => l.CriterionId == Work);
        line.Id = 42;

        Assert.Throws<DomainException>(() => pact.Review(Health, [new(42, 55m, "Đủ minh chứng")], Head, Now));
        pact.Review(Health, [new(42, 55m, null)], Head, Now);

        Assert.Null(line.AdjustedPoints);
    }

    [Fact]
    public void A_sheet_not_yet_submitted_cannot_be_reviewed_nor_scoring_closed()
    {
        var pact = ScoringPact();
        Submit(pact, Lead, 50m);
        Submit(pact, Health, 40m);

        Assert.NotNull(pact.ReviewRefusal(Culture));
        Assert.Contains("Sở VHTTDL", pact.CloseRefusal(NoTies(), null), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tie_must_be_ordered_by_the_lead_before_scoring_closes_and_the_ranking_follows_that_order()
    {
        var pact = ScoringPact();
        Submit(pact, Lead, 50m);
        Submit(pact, Health, 55m, 35m);
        Submit(pact, Culture, 58m);

        Assert.Equal([Culture], pact.Ranking().Take(1).Select(r => r.UnitId));
        Assert.Equal([Health, Lead], pact.Ties().Single().Select(s => s.UnitId).Order().Reverse());
        Assert.NotNull(pact.CloseRefusal(NoTies(), "Theo điểm tiêu chí 1"));
        Assert.NotNull(pact.CloseRefusal(new Dictionary<int, int> { [Health] = 1, [Lead] = 1 }, "Theo tiêu chí 1"));
        Assert.NotNull(pact.CloseRefusal(new Dictionary<int, int> { [Health] = 1, [Lead] = 2 }, null));
        pact.CloseScoring(
            new Dictionary<int, int> { [Health] = 1, [Lead] = 2 }, "Sở Y tế 55 điểm tiêu chí 1", Head, Now);

        var ranking = pact.Ranking();
        Assert.Equal([Culture, Health, Lead], ranking.Select(r => r.UnitId));
        Assert.Equal([false, true, true], ranking.Select(r => r.Tied));
        Assert.Equal([98m, 90m, 90m], ranking.Select(r => r.Total));
        Assert.Equal(PactStatus.ScoringClosed, pact.Status);
    }

    [Fact]
    public void Scoring_after_close_is_refused()
    {
        var pact = ScoringPact();
        Submit(pact, Lead, 50m);
        Submit(pact, Health, 55m);
        pact.SelfAssess(Culture, [new(Work, null, 58m, null, null), new(Pact, null, 40m, null, null)]);
        pact.SubmitSheet(Culture, Head, Now);
        pact.CloseScoring(NoTies(), null, Head, Now);
        var line = pact.SheetOf(Health)!.Lines[0];
        line.Id = 77;

        Assert.Throws<DomainException>(() => pact.Review(Health, [new(77, 10m, "Sai")], Head, Now));
        Assert.Throws<DomainException>(() => pact.SelfAssess(Health, [new(Work, null, 1m, null, null)]));
        Assert.Throws<DomainException>(() => pact.CloseScoring(NoTies(), null, Head, Now));
        Assert.NotNull(pact.EditRefusal());
    }
}
