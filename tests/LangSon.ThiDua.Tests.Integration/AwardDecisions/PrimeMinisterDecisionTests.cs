using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardDecisions;

/// <summary>
/// After the province's Tờ trình the path goes on: Sở Nội vụ records the Prime Minister's decision, the nominees it
/// awards become "decided", the others "not awarded", units are told, and the public page lists the awardees only.
/// </summary>
public sealed class PrimeMinisterDecisionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string PrimeMinister = AwardFormSeed.BangKhenThuTuong;

    [Fact]
    public async Task NoiVu_records_the_Prime_Ministers_decision_and_each_nominee_follows_it()
    {
        var ids = await factory.NominateAsync(DecisionScenario.SoYte, PrimeMinister,
            new Nominee(NomineeKind.Individual, "Lâm Văn Được"),
            new Nominee(NomineeKind.Collective, "Phòng Không Được, Sở Y tế"));
        using var noivu = await factory.SignInAsync("noivu");
        var forwardingId = await noivu.RecordAsync(PrimeMinister, "77/TTr-UBND", ids);
        var submission = await noivu.GetPageAsync($"/AwardDecisions/Details/{forwardingId}");
        Assert.NotNull(
            submission.QuerySelector($"a#record-answer[href='/AwardDecisions/PrimeMinister/{forwardingId}']"));

        var page = await noivu.GetPageAsync($"/AwardDecisions/PrimeMinister/{forwardingId}");
        Assert.Equal(2, page.QuerySelectorAll("#nominees input[name=AwardedIds]:checked").Length);
        var done = await noivu.SubmitAsync(page, "#prime-minister-form", new Dictionary<string, string>
        {
            ["Number"] = "1234/QĐ-TTg", ["SignerName"] = "Phạm Minh Chính", ["AwardedIds"] = ids[0].ToString(),
        });
        var decision = await noivu.FollowRedirectAsync(done);

        Assert.Contains("1 tập thể, cá nhân được tặng Bằng khen; 1 không được khen thưởng", decision.Flash("success"),
            StringComparison.Ordinal);
        Assert.Equal("Quyết định của Thủ tướng Chính phủ số 1234/QĐ-TTg",
            decision.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal([ids[0].ToString()],
            decision.QuerySelectorAll("tr[data-nomination]").Select(r => r.GetAttribute("data-nomination")));
        Assert.Null(decision.QuerySelector("#decision-documents"));
        Assert.Equal(NominationStatus.Decided, (await factory.NominationAsync(ids[0])).Status);
        Assert.Equal(NominationStatus.NotAwarded, (await factory.NominationAsync(ids[1])).Status);
        Assert.Equal("1234/QĐ-TTg",
            (await factory.NominationAsync(ids[1])).Transitions.OrderBy(t => t.Id).Last().Comment);

        // The Tờ trình now says how it was answered and offers no second record; the unit sees the outcome
        // and was told.
        submission = await noivu.GetPageAsync($"/AwardDecisions/Details/{forwardingId}");
        Assert.Contains("1234/QĐ-TTg", submission.QuerySelector("#answer")!.TextContent, StringComparison.Ordinal);
        Assert.Null(submission.QuerySelector("#record-answer"));
        Assert.Equal(HttpStatusCode.NotFound,
            (await noivu.GetAsync($"/AwardDecisions/PrimeMinister/{forwardingId}")).StatusCode);
        using var unit = await factory.SignInAsync("truongdonvi.soyte");
        var dossier = await unit.GetPageAsync($"/Nominations/Details/{ids[1]}");
        Assert.Contains("không có tên trong danh sách được khen thưởng",
            dossier.QuerySelector("#prime-minister-decision")!.TextContent.Normalized(), StringComparison.Ordinal);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Notifications.CountAsync(n =>
            n.Title == "Hồ sơ khen thưởng của đơn vị được Thủ tướng Chính phủ tặng Bằng khen"
                && n.Link == $"/Nominations/Details/{ids[0]}")));

        // The public: the decision is issued, with its awardee only.
        using var visitor = factory.CreatePortalClient();
        var id = int.Parse(
            new Uri(done.Headers.Location!.OriginalString, UriKind.Relative).OriginalString.Split('/')[^1]);
        var shown = await visitor.GetPageAsync($"/PublicResults/Decision/{id}");
        Assert.Contains("Lâm Văn Được", shown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Phòng Không Được", shown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound,
            (await visitor.GetAsync($"/PublicResults/Decision/{forwardingId}")).StatusCode);
    }

    [Fact]
    public async Task Nobody_ticked_or_a_used_number_is_refused_and_only_NoiVu_may_record()
    {
        var ids = await factory.NominateAsync(DecisionScenario.SoYte, PrimeMinister,
            new Nominee(NomineeKind.Individual, "Lâm Thị Chờ"));
        using var noivu = await factory.SignInAsync("noivu");
        var forwardingId = await noivu.RecordAsync(PrimeMinister, "78/TTr-UBND", ids);

        var url = $"/AwardDecisions/PrimeMinister/{forwardingId}";
        var fields = new Dictionary<string, string> { ["Number"] = "2/QĐ-TTg", ["Date"] = "2026-03-02",
            ["SignerName"] = "Phạm Minh Chính", ["SignerTitle"] = "Thủ tướng" };
        var none = await PortalClient.ParseAsync(await noivu.PostFormAsync(url, fields, url));
        Assert.Contains("Hãy đánh dấu các tập thể, cá nhân được tặng Bằng khen theo quyết định " +
            "của Thủ tướng Chính phủ.", none.ValidationMessages());
        fields["AwardedIds"] = ids[0].ToString();
        fields["Number"] = "78/TTr-UBND";
        var used = await PortalClient.ParseAsync(await noivu.PostFormAsync(url, fields, url));
        Assert.Contains("Văn bản số 78/TTr-UBND đã được ghi nhận trong phong trào này.", used.ValidationMessages());
        Assert.Equal(NominationStatus.Forwarded, (await factory.NominationAsync(ids[0])).Status);

        foreach (var user in new[] { "hoidong1", "truongdonvi.soyte", "mttq", "admin" })
        {
            using var other = await factory.SignInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden,
                (await other.GetAsync($"/AwardDecisions/PrimeMinister/{forwardingId}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsSignedInUserAsync(
                $"/AwardDecisions/PrimeMinister/{forwardingId}",
                new Dictionary<string, string> { ["Number"] = "1/QĐ-TTg", ["SignerName"] = "X",
                    ["AwardedIds"] = ids[0].ToString() })).StatusCode);
        }

        Assert.Equal(NominationStatus.Forwarded, (await factory.NominationAsync(ids[0])).Status);
    }
}
