using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

public sealed class EmulationPactTests
{
    private const int Lead = 10;
    private const int Member = 11;
    private const int Outsider = 99;
    private static readonly Actor Admin = new("admin", "Quản trị");
    private static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    private static readonly DateTime Now = new(2026, 1, 5, 2, 0, 0, DateTimeKind.Utc);
    private static readonly PactMember[] Members = [new(Lead, "Sở Dân tộc và Tôn giáo"), new(Member, "Sở Y tế")];

    private static Campaign Campaign()
    {
        var campaign = new Campaign
        {
            Id = 1, Code = "TD", Title = "Phong trào", LegalBasis = "KH", StartDate = new DateOnly(2025, 10, 1),
        };
        campaign.ContentAreas.Add(new ContentArea
        {
            Id = 7, Number = 1, ShortTitle = "Phát triển kinh tế", FullText = "…",
            SuggestedIndicators = "GRDP tăng 8–9 %\nThu ngân sách vượt 20 %",
        });
        campaign.ContentAreas.Add(
            new ContentArea { Id = 8, Number = 2, ShortTitle = "Cải cách hành chính", FullText = "…" });
        return campaign;
    }

    private static EmulationPact Draft(int year = 2026) =>
        EmulationPact.Draft(3, Campaign(), year, Lead, Member, Admin, Now);

    private static EmulationPact Open()
    {
        var pact = Draft();
        pact.OpenForSigning(Members, Admin, Now);
        return pact;
    }

    private static EmulationPact AllSigned()
    {
        var pact = Open();
        pact.Sign(Lead, Admin, null, Now);
        pact.Sign(Member, Head, "Giám đốc", Now);
        return pact;
    }

    [Fact]
    public void A_draft_commits_to_every_content_area_of_the_campaign_in_order()
    {
        var pact = Draft();

        Assert.Equal([7, 8], pact.Commitments.Select(c => c.ContentAreaId));
        Assert.Equal("Thi đua phát triển kinh tế. Phấn đấu: GRDP tăng 8–9 %; Thu ngân sách vượt 20 %.",
            pact.Commitments[0].Text);
        Assert.Equal(PactStatus.Draft, pact.Status);
    }

    [Fact]
    public void The_deputy_cannot_be_the_lead_unit()
    {
        Assert.Throws<DomainException>(() => EmulationPact.Draft(3, Campaign(), 2026, Lead, Lead, Admin, Now));
    }

    [Fact]
    public void Opening_needs_the_lead_among_the_members_and_fixes_the_signatories()
    {
        var pact = Draft();

        Assert.NotNull(pact.OpenForSigningRefusal([new PactMember(Member, "Sở Y tế")]));
        Assert.NotNull(pact.OpenForSigningRefusal([]));
        pact.OpenForSigning(Members, Admin, Now);

        Assert.Equal(PactStatus.OpenForSigning, pact.Status);
        Assert.Equal([Lead, Member], pact.Signatories.Select(s => s.UnitId));
        Assert.NotNull(pact.OpenForSigningRefusal(Members));
    }

    [Fact]
    public void The_text_changes_only_while_a_draft()
    {
        var pact = Open();

        Assert.NotNull(pact.TextEditRefusal());
        Assert.Throws<DomainException>(() => pact.EditCommitments(new Dictionary<int, string> { [0] = "Khác" }));
    }

    [Fact]
    public void A_non_member_cannot_sign()
    {
        var pact = Open();

        Assert.Equal("Đơn vị không thuộc danh sách ký kết giao ước này.", pact.SignRefusal(Outsider));
        Assert.Throws<DomainException>(() => pact.Sign(Outsider, Head, null, Now));
    }

    [Fact]
    public void A_draft_cannot_be_signed()
    {
        Assert.NotNull(Draft().SignRefusal(Lead));
    }

    [Fact]
    public void A_unit_signs_once_and_the_last_signature_makes_the_pact_signed()
    {
        var pact = Open();
        pact.Sign(Member, Head, " Giám đốc ", Now);

        Assert.Equal("Sở Y tế đã ký giao ước này.", pact.SignRefusal(Member));
        Assert.Throws<DomainException>(() => pact.Sign(Member, Head, null, Now));
        Assert.Equal(PactStatus.OpenForSigning, pact.Status);
        var signed = pact.Signatories.Single(s => s.UnitId == Member);
        Assert.Equal(("truongdonvi.soyte", "Phạm Quốc Khánh", "Giám đốc", Now),
            (signed.SignedBy, signed.SignerName, signed.SignerTitle, signed.SignedAtUtc));

        pact.Sign(Lead, Admin, null, Now.AddHours(1));

        Assert.Equal(PactStatus.AllSigned, pact.Status);
        Assert.Equal(Now.AddHours(1), pact.SignedAtUtc);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1000.01)]
    public void Maximum_points_must_be_above_zero_and_at_most_one_thousand(double points)
    {
        var pact = Draft();
        var section = pact.AddSection("Thực hiện nhiệm vụ chính trị");

        Assert.Throws<DomainException>(
            () => pact.AddCriterion(section, new CriterionTerms("GRDP", (decimal)points, 7, null)));
        Assert.Throws<DomainException>(() => pact.AddAdjustment(AdjustmentKind.Bonus, "Sáng kiến", (decimal)points));
        Assert.Empty(section.Criteria);
    }

    [Fact]
    public void Criteria_are_numbered_in_their_section_and_renumbered_when_one_moves_or_goes()
    {
        var pact = Draft();
        var first = pact.AddSection("I");
        var second = pact.AddSection("II");
        var a = pact.AddCriterion(first, new CriterionTerms("A", 10, null, null));
        var b = pact.AddCriterion(first, new CriterionTerms("B", 20, null, null));

        pact.EditCriterion(a, second, new CriterionTerms("A", 15, 7, "Theo báo cáo"));

        Assert.Equal((1, 1), (b.Number, a.Number));
        Assert.Same(a, Assert.Single(second.Criteria));
        Assert.Equal(35, pact.TotalMaxPoints);
        pact.RemoveSection(first);
        Assert.Equal(1, second.Number);
    }

    [Fact]
    public void The_table_changes_until_scoring_opens_and_is_refused_after()
    {
        var pact = AllSigned();
        var section = pact.AddSection("Thực hiện nhiệm vụ");
        pact.AddCriterion(section, new CriterionTerms("Hoàn thành chỉ tiêu", 50, 7, null));
        Assert.Null(pact.EditRefusal());

        pact.OpenScoring(Now);

        Assert.Equal(PactStatus.ScoringOpen, pact.Status);
        Assert.NotNull(pact.EditRefusal());
        Assert.Throws<DomainException>(() => pact.AddSection("Khác"));
        Assert.Throws<DomainException>(() => pact.SetTieBreakRule("Khác"));
        Assert.Throws<DomainException>(() => pact.RemoveCriterion(section.Criteria[0]));
    }

    [Fact]
    public void Scoring_opens_only_once_every_unit_signed_and_with_a_criterion()
    {
        var open = Open();
        open.AddCriterion(open.AddSection("I"), new CriterionTerms("A", 10, null, null));
        Assert.NotNull(open.OpenScoringRefusal());

        var signed = AllSigned();
        Assert.Equal("Bảng tiêu chí chưa có tiêu chí nào.", signed.OpenScoringRefusal());
    }

    [Fact]
    public void Last_years_table_is_copied_into_an_empty_table_matching_content_areas_by_number()
    {
        var last = Draft(2025);
        var section = last.AddSection("Nhiệm vụ chuyên môn");
        var criterion = last.AddCriterion(section, new CriterionTerms("Kinh tế", 30, 7, "Báo cáo"));
        criterion.ContentArea = new ContentArea { Id = 7, Number = 1, ShortTitle = "Kinh tế", FullText = "…" };
        last.AddCriterion(section, new CriterionTerms("Khác", 20, null, null));
        last.AddAdjustment(AdjustmentKind.Penalty, "Để xảy ra sai phạm", 5);
        last.SetTieBreakRule("Ưu tiên đơn vị có điểm mục I cao hơn.");
        var pact = Draft();

        pact.CopyCriteriaFrom(last, new Dictionary<int, int> { [1] = 70 });

        var copied = Assert.Single(pact.Sections);
        Assert.Equal([(1, "Kinh tế", 30m, (int?)70), (2, "Khác", 20m, null)],
            copied.Criteria.Select(c => (c.Number, c.Title, c.MaxPoints, c.ContentAreaId)));
        Assert.Equal("Để xảy ra sai phạm", Assert.Single(pact.Adjustments).Reason);
        Assert.Equal("Ưu tiên đơn vị có điểm mục I cao hơn.", pact.TieBreakRule);
        Assert.Equal("Bảng tiêu chí năm nay đã có nội dung: chỉ sao chép được vào một bảng trống.",
            pact.CopyCriteriaRefusal(last));
    }

    [Fact]
    public void Nothing_is_copied_from_a_later_year_or_an_empty_table()
    {
        var pact = Draft(2026);

        Assert.NotNull(pact.CopyCriteriaRefusal(Draft(2027)));
        Assert.NotNull(pact.CopyCriteriaRefusal(Draft(2025)));
        Assert.NotNull(pact.CopyCriteriaRefusal(null));
    }
}
