using System.Globalization;
using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.EmulationPacts;

/// <summary>
/// Scoring of the cụm of UBND phường Tam Thanh: its users score their own sheet and its head submits; another group's
/// unit and a fellow member see nothing of a sheet; the lead adjusts with a reason (audited); after closing nothing
/// changes and the members read the ranking. Each test takes a year of its own (2041…), the pact built in the
/// database up to open scoring: criterion A (60 points), B (40).
/// </summary>
public sealed class EmulationScoringTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CityCluster = "Cụm thi đua khu vực thành phố Lạng Sơn (cũ)";
    private const string TamThanh = "UBND phường Tam Thanh";

    [Fact]
    public async Task A_unit_of_another_group_gets_403_on_a_sheet_and_on_the_ranking()
    {
        var (pactId, tamThanh, _) = await ScoringPactAsync(2041, tamThanhLeads: true);
        using var otherUnit = await factory.SignInAsync("truongdonvi.soyte");
        using var council = await factory.SignInAsync("hoidong1");

        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync(Sheet(pactId, tamThanh))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"/EmulationScoring/Ranking/{pactId}"))
            .StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await otherUnit.GetAsync($"/EmulationScoring/Review/{pactId}/{tamThanh}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await council.GetAsync(Sheet(pactId, tamThanh))).StatusCode);
    }

    [Fact]
    public async Task A_member_scores_its_own_sheet_its_head_submits_and_it_cannot_read_another_members_sheet()
    {
        var (pactId, tamThanh, other) = await ScoringPactAsync(2042, tamThanhLeads: false);
        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        using var head = await factory.SignInAsync("truongdonvi.tamthanh");
        var (a, b) = await CriteriaAsync(pactId);

        var saved = await clerk.PostFormAsync(Sheet(pactId, tamThanh), SelfScores(a, "55", b, "39,5"));
        var refused = await clerk.GetAsync($"/EmulationScoring/Submit/{pactId}/{tamThanh}");
        var submitted = await head.PostFormAsync(
            $"/EmulationScoring/Submit/{pactId}/{tamThanh}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode); // a clerk saves, the head submits
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var page = await clerk.GetPageAsync(Sheet(pactId, tamThanh));
        Assert.Equal("Đã gửi tự chấm", page.QuerySelector("#sheet-status")!.TextContent.Trim());
        Assert.Equal("94,5", page.QuerySelector("#sheet-total")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form[method=post] input[name='Lines[0].Points']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(Sheet(pactId, other))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/EmulationScoring/Ranking/{pactId}"))
            .StatusCode);
    }

    [Fact]
    public async Task The_lead_adjusts_a_line_only_with_a_reason_and_the_change_is_audited()
    {
        var (pactId, _, other) = await ScoringPactAsync(2043, tamThanhLeads: true);
        await SubmitInDbAsync(pactId, other, 50m, 30m);
        using var lead = await factory.SignInAsync("canbo.tamthanh");
        var lineId = await factory.WithDbAsync(db => db.ScoreLines
            .Where(l => db.ScoreSheets.Any(s => s.Id == l.SheetId && s.PactId == pactId && s.UnitId == other))
            .OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());
        var review = $"/EmulationScoring/Review/{pactId}/{other}";
        var fields = new Dictionary<string, string>
        {
            ["Lines[0].LineId"] = lineId.ToString(CultureInfo.InvariantCulture), ["Lines[0].Points"] = "45",
        };

        var withoutReason = await lead.PostFormAsync(review, fields);
        var stillSelf = await AdjustedAsync(lineId);
        fields["Lines[0].Reason"] = "Hai chỉ tiêu chưa có minh chứng";
        var withReason = await lead.PostFormAsync(review, fields);

        Assert.Equal(HttpStatusCode.Redirect, withoutReason.StatusCode);
        Assert.Null(stillSelf);
        Assert.Equal(HttpStatusCode.Redirect, withReason.StatusCode);
        Assert.Equal(45m, await AdjustedAsync(lineId));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(ScoreLine)
            && e.Action == AuditActions.Update && e.UserName == "canbo.tamthanh"
            && e.Changes!.Contains("Hai chỉ tiêu chưa có minh chứng"))));
        var ranking = await lead.GetPageAsync($"/EmulationScoring/Ranking/{pactId}");
        Assert.Contains("75", ranking.QuerySelectorAll("#ranking td.total").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public async Task After_closing_with_the_tie_ordered_a_post_is_refused_and_the_members_read_the_ranking()
    {
        var (pactId, tamThanh, other) = await ScoringPactAsync(2044, tamThanhLeads: false);
        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        var (a, b) = await CriteriaAsync(pactId);
        var token = await clerk.AntiforgeryTokenAsync(Sheet(pactId, tamThanh), Sheet(pactId, tamThanh));
        await SubmitEveryoneInDbAsync(pactId, (tamThanh, 50m), (other, 50m)); // a tie on 90
        using var admin = await factory.SignInAsync("admin");
        var unordered = await admin.PostFormAsync(
            $"/EmulationScoring/Close/{pactId}", new Dictionary<string, string>());
        var closed = await admin.PostFormAsync($"/EmulationScoring/Close/{pactId}", new Dictionary<string, string>
        {
            ["Places[0].UnitId"] = other.ToString(CultureInfo.InvariantCulture), ["Places[0].Place"] = "2",
            ["Places[1].UnitId"] = tamThanh.ToString(CultureInfo.InvariantCulture), ["Places[1].Place"] = "1",
            ["Note"] = "Tam Thanh có nhiều chỉ tiêu vượt kế hoạch hơn (biểu quyết của cụm)",
        });

        using var late = await clerk.Http.PostAsync(new Uri(Sheet(pactId, tamThanh), UriKind.Relative),
            new FormUrlEncodedContent(SelfScores(a, "60", b, "40").Append(new("__RequestVerificationToken", token))));

        Assert.Equal(HttpStatusCode.Redirect, unordered.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal(90m, await factory.WithDbAsync(async db => (await LoadAsync(db, pactId)).TotalOf(tamThanh)));
        var page = await clerk.GetPageAsync($"/EmulationScoring/Ranking/{pactId}");
        var rows = page.QuerySelectorAll("#ranking tbody tr").Select(r => r.TextContent.Normalized()).ToList();
        Assert.StartsWith($"1 {TamThanh} bằng điểm, thứ tự 1 90", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("2 ", rows[1], StringComparison.Ordinal);
        Assert.Contains("biểu quyết của cụm", page.QuerySelector("#tie-note")!.TextContent, StringComparison.Ordinal);
    }

    private static string Sheet(int pactId, int unitId) => $"/EmulationScoring/Sheet/{pactId}/{unitId}";

    private static Dictionary<string, string> SelfScores(int a, string pointsA, int b, string pointsB) => new()
    {
        ["Lines[0].CriterionId"] = a.ToString(CultureInfo.InvariantCulture), ["Lines[0].Points"] = pointsA,
        ["Lines[0].Comment"] = "Đạt các chỉ tiêu", ["Lines[0].Evidence"] = "Báo cáo số 12/BC-UBND",
        ["Lines[1].CriterionId"] = b.ToString(CultureInfo.InvariantCulture), ["Lines[1].Points"] = pointsB,
    };

    private Task<decimal?> AdjustedAsync(int lineId) => factory.WithDbAsync(db =>
        db.ScoreLines.Where(l => l.Id == lineId).Select(l => l.AdjustedPoints).SingleAsync());

    private Task<(int A, int B)> CriteriaAsync(int pactId) => factory.WithDbAsync(async db =>
    {
        var ids = await db.Criteria.Where(c => db.CriteriaSections.Any(s => s.Id == c.SectionId && s.PactId == pactId))
            .OrderBy(c => c.Number).Select(c => c.Id).ToListAsync();
        return (ids[0], ids[1]);
    });

    private Task<int> SubmitInDbAsync(int pactId, int unitId, decimal a, decimal b) => factory.WithDbAsync(async db =>
    {
        Score(await LoadAsync(db, pactId), unitId, a, b);
        return await db.SaveChangesAsync();
    });

    /// <summary>Every signatory self-scores and submits: A as given, else 30, 31, … (no other tie); B 40.</summary>
    private Task<int> SubmitEveryoneInDbAsync(int pactId, params (int UnitId, decimal A)[] given) =>
        factory.WithDbAsync(async db =>
        {
            var pact = await LoadAsync(db, pactId);
            var next = 30m;
            foreach (var s in pact.Signatories.OrderBy(s => s.UnitId))
            {
                var a = given.Where(g => g.UnitId == s.UnitId).Select(g => (decimal?)g.A).FirstOrDefault() ?? next++;
                Score(pact, s.UnitId, a, 40m);
            }

            return await db.SaveChangesAsync();
        });

    private static void Score(EmulationPact pact, int unitId, decimal a, decimal b)
    {
        var criteria = pact.Sections.SelectMany(s => s.Criteria).OrderBy(c => c.Number).ToList();
        pact.SelfAssess(unitId, [new(criteria[0].Id, null, a, null, null), new(criteria[1].Id, null, b, null, null)]);
        pact.SubmitSheet(unitId, new Actor("thutruong", "Thủ trưởng"), DateTime.UtcNow);
    }

    private static Task<EmulationPact> LoadAsync(AppDbContext db, int pactId) =>
        db.EmulationPacts.WithScoring().SingleAsync(p => p.Id == pactId);

    /// <summary>
    /// The cụm's pact of the year, signed by every member and open for scoring; the lead is Tam Thanh or another
    /// member. Returns the pact, Tam Thanh and another member (the lead when Tam Thanh does not lead).
    /// </summary>
    private Task<(int PactId, int TamThanh, int Other)> ScoringPactAsync(int year, bool tamThanhLeads) =>
        factory.WithDbAsync(async db =>
        {
            var group = await db.EmulationGroups.SingleAsync(g => g.Name == CityCluster);
            var campaign = await db.Campaigns.Include(c => c.ContentAreas)
                .FirstAsync(c => c.Status == CampaignStatus.Active);
            var members = await db.Units.Where(u => u.EmulationGroupId == group.Id && u.IsActive)
                .OrderBy(u => u.SearchName).Select(u => new PactMember(u.Id, u.Name)).ToListAsync();
            var tamThanh = members.Single(m => m.UnitName == TamThanh).UnitId;
            var other = members.First(m => m.UnitId != tamThanh).UnitId;
            var admin = new Actor("admin", "Quản trị");
            var pact = EmulationPact.Draft(
                group.Id, campaign, year, tamThanhLeads ? tamThanh : other, null, admin, DateTime.UtcNow);
            var section = pact.AddSection("Nhiệm vụ chính trị");
            pact.AddCriterion(section, new CriterionTerms("A", 60m, campaign.ContentAreas.First().Id, null));
            pact.AddCriterion(section, new CriterionTerms("B", 40m, null, null));
            pact.SetTieBreakRule("Bằng điểm: cụm biểu quyết.");
            pact.OpenForSigning(members, admin, DateTime.UtcNow);
            foreach (var m in members)
            {
                pact.Sign(m.UnitId, new Actor("thutruong", "Thủ trưởng"), null, DateTime.UtcNow);
            }

            pact.OpenScoring(DateTime.UtcNow);
            db.EmulationPacts.Add(pact);
            await db.SaveChangesAsync();
            return (pact.Id, tamThanh, other);
        });
}
