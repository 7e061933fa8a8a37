using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.EmulationPacts;

/// <summary>
/// The demo cụm's meeting after closing (DemoProposalSeeder): the members read it and its biên bản, a unit of another
/// group gets 403; only the lead (here Admin, the lead unit having no demo account) records and sends; votes above
/// the units present are refused and nothing is saved; sending makes draft nominations of the lead unit with the
/// biên bản in their dossiers, once.
/// </summary>
public sealed class EmulationProposalsTests(DemoPactFactory factory) : IClassFixture<DemoPactFactory>
{
    [Fact]
    public async Task The_demo_meeting_proposes_the_first_unit_for_the_flag_and_the_second_for_the_merit()
    {
        var pactId = await DemoPactIdAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var (groupId, year) = await factory.WithDbAsync(db => db.EmulationPacts.Where(p => p.Id == pactId)
            .Select(p => ValueTuple.Create(p.EmulationGroupId, p.Year)).SingleAsync());
        var group = await noivu.GetPageAsync($"/EmulationPacts/Group/{groupId}?year={year}");
        var page = await noivu.GetPageAsync($"/EmulationProposals/{pactId}");

        Assert.Equal($"/EmulationProposals/{pactId}", group.QuerySelector("#proposals-link")!.GetAttribute("href"));

        var rows = page.QuerySelectorAll("#proposals tbody tr").Select(r => r.QuerySelectorAll("td")
            .Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Cờ thi đua của UBND tỉnh", "1"), (rows[0][0], rows[0][2]));
        Assert.Equal(("Bằng khen của Chủ tịch UBND tỉnh", "2"), (rows[1][0], rows[1][2]));
        Assert.Null(page.QuerySelector("#send")); // Sở Nội vụ reads
        Assert.Equal(HttpStatusCode.Forbidden,
            (await noivu.GetAsync($"/EmulationProposals/Meeting/{pactId}")).StatusCode);
    }

    [Fact]
    public async Task A_unit_of_another_group_gets_403_and_a_member_reads_but_cannot_record()
    {
        var pactId = await DemoPactIdAsync();
        using var otherUnit = await factory.SignInAsync("truongdonvi.soyte");
        using var council = await factory.SignInAsync("hoidong1");

        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"/EmulationProposals/{pactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await otherUnit.GetAsync($"/EmulationProposals/Minutes/{pactId}?preview=true")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"/EmulationProposals/Send/{pactId}"))
            .StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await council.GetAsync($"/EmulationProposals/{pactId}")).StatusCode);
    }

    [Fact]
    public async Task Votes_above_the_units_present_are_refused_and_the_meeting_is_unchanged()
    {
        var pactId = await DemoPactIdAsync();
        using var admin = await factory.SignInAsync("admin");
        var form = await admin.GetPageAsync($"/EmulationProposals/Meeting/{pactId}");
        var fields = form.QuerySelectorAll("form[action*='/Meeting/'] input[name]")
            .Where(i => !i.GetAttribute("name")!.StartsWith("__", StringComparison.Ordinal))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        fields["PresentCount"] = "2";
        fields["Votes[0].Votes"] = "3";

        var response = await admin.PostFormAsync($"/EmulationProposals/Meeting/{pactId}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Số phiếu của mỗi đơn vị phải từ 0 đến số đơn vị có mặt",
            await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(2, await factory.WithDbAsync(db => db.Set<PactMeeting>()
            .Where(m => m.PactId == pactId).Select(m => m.PresentCount).SingleAsync()));
    }

    [Fact]
    public async Task The_biên_bản_lists_the_ranking_the_votes_and_the_proposals()
    {
        var pactId = await DemoPactIdAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var minutes = await noivu.GetPageAsync($"/EmulationProposals/Minutes/{pactId}?preview=true");

        Assert.Equal(2, minutes.QuerySelectorAll("[data-proposal]").Length);
        Assert.True(minutes.QuerySelectorAll("#votes tbody tr").Length >= 3);
        Assert.Contains("BIÊN BẢN", minutes.Body!.TextContent.ToUpperInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sending_makes_draft_nominations_of_the_lead_unit_with_the_biên_bản_once()
    {
        var (pactId, leadId, firstName) = await ClosedPactWithMeetingAsync(2051);
        using var admin = await factory.SignInAsync("admin");

        var send = $"/EmulationProposals/Send/{pactId}";
        var token = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync(send, send),
        };

        var sent = await admin.PostWithoutTokenAsync(send, token);
        var again = await admin.PostWithoutTokenAsync(send, token); // a double click, a replayed form

        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var nominations = await factory.WithDbAsync(db => db.Nominations
            .Where(n => db.Set<PactVote>().Any(v => v.NominationId == n.Id
                && db.Set<PactMeeting>().Any(m => m.Id == v.MeetingId && m.PactId == pactId)))
            .Select(n => new
            {
                n.UnitId, n.NomineeName, n.NomineeKind, n.Status, Form = n.AwardForm!.Code,
                Minutes = n.Attachments.Count(a => a.DocumentKind == DossierDocuments.MeetingMinutes),
            })
            .ToListAsync());
        var flag = Assert.Single(nominations);
        Assert.Equal((leadId, firstName, NomineeKind.Collective, NominationStatus.Draft, AwardFormSeed.CoThiDuaTinh, 1),
            (flag.UnitId, flag.NomineeName, flag.NomineeKind, flag.Status, flag.Form, flag.Minutes));
        Assert.NotNull(await factory.WithDbAsync(db => db.Set<PactMeeting>()
            .Where(m => m.PactId == pactId).Select(m => m.SentAtUtc).SingleAsync()));
    }

    private Task<int> DemoPactIdAsync() => factory.WithDbAsync(db => db.EmulationPacts
        .Where(p => p.EmulationGroup!.Name == "Cụm thi đua khu vực huyện Văn Lãng (cũ)"
            && p.Status == PactStatus.ScoringClosed)
        .Select(p => p.Id).SingleAsync());

    /// <summary>
    /// The city cụm's pact of the year, closed (every member scored differently) and its meeting recorded: the
    /// first-ranked unit voted for the Cờ by every unit present, nothing else. Returns the pact, its lead, the first.
    /// </summary>
    private Task<(int PactId, int LeadId, string FirstName)> ClosedPactWithMeetingAsync(int year) =>
        factory.WithDbAsync(async db =>
        {
            var group = await db.EmulationGroups
                .SingleAsync(g => g.Name == "Cụm thi đua khu vực thành phố Lạng Sơn (cũ)");
            var campaign = await db.Campaigns.Include(c => c.ContentAreas)
                .FirstAsync(c => c.Status == CampaignStatus.Active);
            var members = await db.Units.Where(u => u.EmulationGroupId == group.Id && u.IsActive)
                .OrderBy(u => u.SearchName).Select(u => new PactMember(u.Id, u.Name)).ToListAsync();
            var admin = new Actor("admin", "Quản trị");
            var now = DateTime.UtcNow;
            var pact = EmulationPact.Draft(group.Id, campaign, year, members[0].UnitId, null, admin, now);
            var criterion = pact.AddCriterion(pact.AddSection("Nhiệm vụ"), new CriterionTerms("A", 100m, null, null));
            pact.OpenForSigning(members, admin, now);
            members.ForEach(m => pact.Sign(m.UnitId, admin, null, now));
            pact.OpenScoring(now);
            db.EmulationPacts.Add(pact);
            await db.SaveChangesAsync();
            var points = 90m;
            foreach (var m in members)
            {
                pact.SelfAssess(m.UnitId, [new(criterion.Id, null, points--, null, null)]);
                pact.SubmitSheet(m.UnitId, admin, now);
            }

            pact.CloseScoring(new Dictionary<int, int>(), null, admin, now);
            var forms = EmulationPact.VotingForms(await db.AwardForms.ToListAsync());
            var flag = forms.Single(f => f.Code == AwardFormSeed.CoThiDuaTinh);
            var first = pact.Ranking()[0];
            pact.RecordMeeting(new MeetingRecord(DateOnly.FromDateTime(now).AddDays(-1), "Hội trường", "Chủ tịch",
                members.Count, [new UnitVote(first.UnitId, flag.Id, members.Count)]), forms, admin,
                DateOnly.FromDateTime(now), now);
            await db.SaveChangesAsync();
            return (pact.Id, members[0].UnitId, first.UnitName);
        });
}
