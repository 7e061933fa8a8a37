using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Nominations;

/// <summary>Who reads a dossier and who changes it: its unit only changes it; Sở Nội vụ and the council read it; observers never.</summary>
public sealed class NominationAccessTests(NominationsFactory factory) : IClassFixture<NominationsFactory>
{
    [Fact]
    public async Task A_council_member_reads_a_dossier_only_once_Noi_vu_has_found_it_eligible()
    {
        var (id, attachmentId) = await DossierWithAFileAsync();
        using var member = await factory.SignInAsync("hoidong1");

        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/Nominations/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/Nominations/Download/{attachmentId}")).StatusCode);
        await EligibleAsync(id);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/Nominations/Details/{id}")).StatusCode);
    }

    /// <summary>Submitted by the head and found eligible by Sở Nội vụ, through the domain.</summary>
    private Task<int> EligibleAsync(int id) => factory.WithDbAsync(async db =>
    {
        var nomination = await db.Nominations.Include(n => n.AwardForm).Include(n => n.Attachments).SingleAsync(n => n.Id == id);
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == nomination.CampaignId);
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        db.NominationBatches.Add(NominationBatch.Submit(
            campaign, nomination.UnitId, "99/TTr-SYT", today, [nomination], null, new Actor("truongdonvi.soyte", "Phạm Quốc Khánh"), now, today));
        nomination.MarkEligible(new Actor("noivu", "Hoàng Thị Thu Hà"), now, null);
        return await db.SaveChangesAsync();
    });

    private async Task<(int NominationId, long AttachmentId)> DossierWithAFileAsync()
    {
        var id = await factory.DraftAsync("Nguyễn Thị Bảo Mật", files: DossierDocuments.MeetingMinutes);
        using var staff = await factory.SignInAsync("canbo.soyte");
        NominationPosts.Local(await staff.UploadAsync(id, DossierDocuments.AchievementReport, "thanh-tich.pdf", NominationPosts.SmallPdf));
        var attachmentId = await factory.WithDbAsync(db => db.Attachments.Where(a => a.NominationId == id && a.DocumentKind == DossierDocuments.AchievementReport).Select(a => a.Id).SingleAsync());
        return (id, attachmentId);
    }

    [Theory]
    [InlineData("canbo.tamthanh")]
    [InlineData("truongdonvi.tamthanh")]
    public async Task Another_units_user_gets_403_on_every_route_and_by_crafted_posts_and_nothing_changes(string userName)
    {
        var (id, attachmentId) = await DossierWithAFileAsync();
        var before = await factory.LoadAsync(id);
        using var client = await factory.SignInAsync(userName);

        foreach (var url in new[]
        {
            $"/Nominations/Details/{id}", $"/Nominations/Edit/{id}", $"/Nominations/Attach/{id}", $"/Nominations/Delete/{id}",
            $"/Nominations/Download/{attachmentId}", $"/Nominations/DeleteAttachment/{attachmentId}",
        })
        {
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, $"GET {url} as {userName}");
        }

        var edit = new Dictionary<string, string>
        {
            ["NomineeKind"] = "2", ["AwardFormId"] = before.AwardFormId.ToString(), ["NomineeName"] = "Bị sửa trộm", ["NomineePosition"] = "X",
            ["AchievementSummary"] = "Bị sửa trộm", ["TaskRating"] = "4", ["Version"] = before.Version.ToString(),
        };
        foreach (var (url, fields) in new[]
        {
            ($"/Nominations/Edit/{id}", edit),
            ($"/Nominations/Attach/{id}", new Dictionary<string, string> { ["DocumentKind"] = "AchievementReport" }),
            ($"/Nominations/Delete/{id}", new Dictionary<string, string>()),
            ($"/Nominations/DeleteAttachment/{attachmentId}", new Dictionary<string, string>()),
        })
        {
            Assert.True((await client.PostAsSignedInUserAsync(url, fields)).StatusCode == HttpStatusCode.Forbidden, $"POST {url} as {userName}");
        }

        var after = await factory.LoadAsync(id);
        Assert.Equal((before.NomineeName, before.AchievementSummary, before.Version, before.Attachments.Count), (after.NomineeName, after.AchievementSummary, after.Version, after.Attachments.Count));
        var ownList = await client.GetPageAsync("/Nominations");
        Assert.DoesNotContain(ownList.QuerySelectorAll("table.nominations tr[data-id]"), r => r.GetAttribute("data-id") == id.ToString());
    }

    [Fact]
    public async Task An_observer_gets_403_on_a_dossier_and_its_files()
    {
        var (id, attachmentId) = await DossierWithAFileAsync();
        using var observer = await factory.SignInAsync("mttq");

        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"/Nominations/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"/Nominations/Download/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync("/Nominations")).StatusCode);
    }

    [Theory]
    [InlineData("hoidong1")]
    [InlineData("noivu")]
    public async Task A_council_member_and_Noi_vu_read_the_dossier_and_its_files_but_change_nothing(string userName)
    {
        var (id, attachmentId) = await DossierWithAFileAsync();
        await EligibleAsync(id);
        using var reader = await factory.SignInAsync(userName);

        var dossier = await reader.GetPageAsync($"/Nominations/Details/{id}");

        Assert.Equal("Nguyễn Thị Bảo Mật", dossier.QuerySelector("#nominee-name")!.TextContent.Trim());
        Assert.Null(dossier.QuerySelector("#edit-link, #attach-link, #delete-link, #submit-link"));
        Assert.Null(dossier.QuerySelector("a[href^='/Nominations/DeleteAttachment/']"));
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/Nominations/Download/{attachmentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync($"/Nominations/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostAsSignedInUserAsync($"/Nominations/Delete/{id}", new Dictionary<string, string>())).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Nominations.AnyAsync(n => n.Id == id)));
    }

    [Fact]
    public async Task Noi_vu_is_sent_to_the_review_queue_and_admin_gets_403_on_the_unit_list_and_the_forms()
    {
        using var noiVu = await factory.SignInAsync("noivu");
        using var admin = await factory.SignInAsync("admin");

        Assert.Equal("/NominationReview", NominationPosts.Local(await noiVu.GetAsync("/Nominations")));
        foreach (var url in new[] { "/Nominations", "/Nominations/Create", "/Nominations/Submit", "/Nominations/Batches" })
        {
            Assert.True((await admin.GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, $"GET {url} as admin");
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await noiVu.GetAsync("/Nominations/Create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noiVu.GetAsync("/Nominations/Submit")).StatusCode);
    }
}
