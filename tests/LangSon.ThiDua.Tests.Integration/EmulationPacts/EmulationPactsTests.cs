using System.Globalization;
using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.EmulationPacts;

/// <summary>
/// The year's pact and criteria table of a cụm whose lead is UBND phường Tam Thanh: its users draft and edit, its head
/// signs, another unit's users are refused, and the table is frozen once scoring opens. Each test takes a year of its
/// own, so that they share the database without meeting.
/// </summary>
public sealed class EmulationPactsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string CityCluster = "Cụm thi đua khu vực thành phố Lạng Sơn (cũ)";

    [Fact]
    public async Task A_unit_outside_the_group_and_a_council_member_are_refused()
    {
        var groupId = await GroupIdAsync();
        var pactId = await DraftAsync(2031);
        using var otherUnit = await factory.SignInAsync("truongdonvi.soyte");
        using var member = await factory.SignInAsync("hoidong1");

        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"/EmulationPacts/Group/{groupId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"/EmulationPacts/Draft/{groupId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"/EmulationCriteria/Section/{pactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherUnit.GetAsync($"/EmulationPacts/Pdf/{pactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/EmulationPacts/Group/{groupId}")).StatusCode);
    }

    [Fact]
    public async Task The_lead_unit_drafts_the_pact_from_the_content_areas_and_builds_the_criteria_table()
    {
        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        var groupId = await GroupIdAsync();

        var pactId = await DraftAsync(2032, clerk);
        var section = await clerk.PostFormAsync($"/EmulationCriteria/Section/{pactId}",
            new Dictionary<string, string> { ["Title"] = "Thực hiện nhiệm vụ chính trị" });
        var sectionId = await factory.WithDbAsync(db => db.CriteriaSections.Where(s => s.PactId == pactId)
            .Select(s => s.Id).SingleAsync());
        var areaId = await factory.WithDbAsync(db => db.EmulationPacts.Where(p => p.Id == pactId)
            .SelectMany(p => p.Commitments).Select(c => c.ContentAreaId!.Value).FirstAsync());
        var criterion = await clerk.PostFormAsync($"/EmulationCriteria/Criterion/{pactId}", new Dictionary<string, string>
        {
            ["SectionId"] = sectionId.ToString(CultureInfo.InvariantCulture),
            ["Title"] = "Hoàn thành các chỉ tiêu kinh tế được giao",
            ["MaxPoints"] = "12,5",
            ["ContentAreaId"] = areaId.ToString(CultureInfo.InvariantCulture),
        }, $"/EmulationCriteria/Criterion/{pactId}?sectionId={sectionId}");

        Assert.Equal(HttpStatusCode.Redirect, section.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, criterion.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Criteria.AsNoTracking().SingleAsync(c => c.SectionId == sectionId));
        Assert.Equal((12.5m, (int?)areaId), (stored.MaxPoints, stored.ContentAreaId));
        var page = await clerk.GetPageAsync($"/EmulationPacts/Group/{groupId}?year=2032");
        Assert.Equal(5, page.QuerySelectorAll("#commitments li").Length);
        Assert.Equal("12,5", page.QuerySelector("#total-points")!.TextContent.Trim());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Insert
            && a.EntityType == nameof(EmulationPact) && a.UserName == "canbo.tamthanh")));
    }

    [Fact]
    public async Task A_member_head_signs_once_and_the_last_signature_makes_the_pact_signed()
    {
        var pactId = await DraftAsync(2033);
        using var admin = await factory.SignInAsync("admin");
        await admin.PostFormAsync($"/EmulationPacts/Open/{pactId}", new Dictionary<string, string>());
        using var head = await factory.SignInAsync("truongdonvi.tamthanh");
        using var clerk = await factory.SignInAsync("canbo.tamthanh");

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/EmulationPacts/Sign/{pactId}")).StatusCode);
        var signed = await head.PostFormAsync($"/EmulationPacts/Sign/{pactId}", new Dictionary<string, string>());
        var again = await head.GetAsync($"/EmulationPacts/Sign/{pactId}");

        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode); // back to the group page: "đã ký"
        var pact = await SignTheOthersAsync(pactId);
        var own = pact.Signatories.Single(s => s.SignedBy == "truongdonvi.tamthanh");
        Assert.Equal("UBND phường Tam Thanh", own.UnitName);
        Assert.Equal(4, pact.Signatories.Count);
        Assert.Equal(PactStatus.AllSigned, pact.Status);
    }

    [Fact]
    public async Task The_criteria_table_cannot_be_edited_once_scoring_opens()
    {
        var pactId = await DraftAsync(2034);
        using var admin = await factory.SignInAsync("admin");
        await admin.PostFormAsync($"/EmulationCriteria/Section/{pactId}", new Dictionary<string, string> { ["Title"] = "I" });
        var sectionId = await factory.WithDbAsync(db => db.CriteriaSections.Where(s => s.PactId == pactId)
            .Select(s => s.Id).SingleAsync());
        await admin.PostFormAsync($"/EmulationCriteria/Criterion/{pactId}", new Dictionary<string, string>
        {
            ["SectionId"] = sectionId.ToString(CultureInfo.InvariantCulture), ["Title"] = "A", ["MaxPoints"] = "10",
        });
        await admin.PostFormAsync($"/EmulationPacts/Open/{pactId}", new Dictionary<string, string>());
        await SignTheOthersAsync(pactId, everyone: true);
        using var lead = await factory.SignInAsync("truongdonvi.tamthanh");
        var token = await lead.AntiforgeryTokenAsync($"/EmulationCriteria/Section/{pactId}", $"/EmulationCriteria/Section/{pactId}");

        var open = await admin.PostFormAsync($"/EmulationPacts/OpenScoring/{pactId}", new Dictionary<string, string>());
        using var late = await lead.Http.PostAsync(new Uri($"/EmulationCriteria/Section/{pactId}", UriKind.Relative),
            new FormUrlEncodedContent([new("Title", "Nhóm mới"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CriteriaSections.CountAsync(s => s.PactId == pactId)));
        var page = await lead.GetPageAsync(late.Headers.Location!.OriginalString);
        Assert.Contains("bảng tiêu chí không sửa được sau khi đã mở chấm điểm", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pact_pdf_lists_its_commitments_and_signatories()
    {
        var pactId = await DraftAsync(2035);
        using var admin = await factory.SignInAsync("admin");
        await admin.PostFormAsync($"/EmulationPacts/Open/{pactId}", new Dictionary<string, string>());
        using var head = await factory.SignInAsync("truongdonvi.tamthanh");
        await head.PostFormAsync($"/EmulationPacts/Sign/{pactId}", new Dictionary<string, string>());

        using var response = await head.GetAsync($"/EmulationPacts/Pdf/{pactId}");

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Read(await response.Content.ReadAsByteArrayAsync()).Text;
        Assert.Contains("GIAO ƯỚC THI ĐUA", text, StringComparison.Ordinal);
        Assert.Contains("CÁC ĐƠN VỊ KÝ KẾT", text, StringComparison.Ordinal);
        Assert.Contains("UBND phường Tam Thanh", text, StringComparison.Ordinal);
        Assert.Contains("Chưa ký", text, StringComparison.Ordinal);
    }

    private Task<int> GroupIdAsync() =>
        factory.WithDbAsync(db => db.EmulationGroups.Where(g => g.Name == CityCluster).Select(g => g.Id).SingleAsync());

    /// <summary>Drafts the cụm's pact of the year through its page (Admin unless another user is given).</summary>
    private async Task<int> DraftAsync(int year, PortalClient? user = null)
    {
        var groupId = await GroupIdAsync();
        var (campaignId, leadId) = await factory.WithDbAsync(async db => (
            (await db.Campaigns.Where(c => c.Status == CampaignStatus.Active).Select(c => c.Id).FirstAsync()),
            (await db.EmulationGroups.Where(g => g.Id == groupId).Select(g => g.LeadUnitId).SingleAsync())!.Value));
        using var admin = user is null ? await factory.SignInAsync("admin") : null;
        var response = await (user ?? admin!).PostFormAsync($"/EmulationPacts/Draft/{groupId}", new Dictionary<string, string>
        {
            ["Year"] = year.ToString(CultureInfo.InvariantCulture),
            ["CampaignId"] = campaignId.ToString(CultureInfo.InvariantCulture),
            ["LeadUnitId"] = leadId.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.EmulationPacts.Where(p => p.EmulationGroupId == groupId && p.Year == year)
            .Select(p => p.Id).SingleAsync());
    }

    /// <summary>The members without users of their own sign in the database, as their heads would.</summary>
    private Task<EmulationPact> SignTheOthersAsync(int pactId, bool everyone = false) => factory.WithDbAsync(async db =>
    {
        var pact = await db.EmulationPacts.Include(p => p.Signatories).Include(p => p.Sections)
            .ThenInclude(s => s.Criteria).SingleAsync(p => p.Id == pactId);
        foreach (var s in pact.Signatories.Where(s => !s.HasSigned && (everyone || s.UnitName != "UBND phường Tam Thanh")))
        {
            pact.Sign(s.UnitId, new Actor("thutruong", "Thủ trưởng"), null, DateTime.UtcNow);
        }

        await db.SaveChangesAsync();
        return pact;
    });
}
