using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Nominations;

/// <summary>The head submits the unit's nominations under its Tờ trình: the deadline, the award form's rules, Giấy khen.</summary>
public sealed class NominationSubmitTests(NominationsFactory factory) : IClassFixture<NominationsFactory>
{
    private const string SubmitUrl = "/Nominations/Submit";

    [Fact]
    public async Task The_head_submits_two_nominations_under_one_To_trinh_with_history_batch_audit_and_a_bell_for_Noi_vu()
    {
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddDays(10));
        var first = await factory.DraftAsync("Bệnh viện Đa khoa tỉnh", kind: NomineeKind.Collective);
        var second = await factory.DraftAsync("Nguyễn Thị Hồng", rating: TaskRating.Excellent);
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        Assert.NotNull((await head.GetPageAsync("/Nominations")).QuerySelector("#submit-link[href='/Nominations/Submit']"));
        var page = await head.GetPageAsync(SubmitUrl);
        Assert.Contains("✓ Đủ điều kiện trình", page.QuerySelector($"#candidates tr[data-id='{first}'] .problems")!.TextContent, StringComparison.Ordinal);

        using var response = await head.PostPairsAsync(SubmitUrl, NominationPosts.Submission("45/TTr-SYT", PlanBuilder.Today, first, second));

        Assert.Equal("/Nominations/Batches", NominationPosts.Local(response));
        foreach (var id in new[] { first, second })
        {
            var saved = await factory.LoadAsync(id);
            Assert.Equal(NominationStatus.Submitted, saved.Status);
            Assert.Equal("45/TTr-SYT", saved.Batch!.DocumentNumber);
            Assert.Equal(PlanBuilder.Today, saved.Batch.DocumentDate);
            Assert.Equal([NominationStatus.Draft, NominationStatus.Submitted], saved.Transitions.OrderBy(t => t.Id).Select(t => t.To));
            Assert.Equal("truongdonvi.soyte", saved.Transitions.OrderBy(t => t.Id).Last().UserName);
        }

        var batchId = (await factory.LoadAsync(first)).BatchId!.Value;
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(NominationBatch) && a.EntityId == batchId.ToString() && a.Action == AuditActions.Insert && a.UserName == "truongdonvi.soyte")));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Nomination) && a.EntityId == first.ToString() && a.Action == AuditActions.Update && a.UserName == "truongdonvi.soyte")));
        Assert.True(await factory.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Kind == NotificationKind.Nomination && n.Title.Contains("trình 2 hồ sơ") && db.Users.Any(u => u.Id == n.UserId && u.UserName == "noivu"))));
        var batches = await head.GetPageAsync(NominationPosts.Local(response));
        var batch = batches.QuerySelector($"section.batch[data-id='{batchId}']")!;
        Assert.Equal("45/TTr-SYT", batch.QuerySelector(".number")!.TextContent.Trim());
        Assert.Equal(2, batch.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Đã trình 2 hồ sơ theo Tờ trình số 45/TTr-SYT", batches.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_cannot_submit_403_on_the_page_and_on_a_crafted_post()
    {
        var id = await factory.DraftAsync("Trần Văn Cán Bộ");
        using var staff = await factory.SignInAsync("canbo.soyte");

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync(SubmitUrl)).StatusCode);
        var crafted = await staff.PostAsSignedInUserAsync(SubmitUrl, new Dictionary<string, string> { ["DocumentNumber"] = "1/TTr", ["DocumentDate"] = "2026-01-05", ["NominationIds"] = id.ToString() });
        Assert.Equal(HttpStatusCode.Forbidden, crafted.StatusCode);
        Assert.Equal(NominationStatus.Draft, (await factory.LoadAsync(id)).Status);
    }

    [Fact]
    public async Task A_missing_required_document_blocks_submission_with_the_reason_and_keeps_what_was_typed()
    {
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddDays(10));
        var id = await factory.DraftAsync("Hà Văn Thiếu Hồ Sơ", files: DossierDocuments.MeetingMinutes);
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        var page = await head.GetPageAsync(SubmitUrl);
        Assert.Contains("Thiếu tài liệu bắt buộc: Báo cáo thành tích.", page.QuerySelector($"#candidates tr[data-id='{id}'] .problems")!.TextContent, StringComparison.Ordinal);

        using var response = await head.PostPairsAsync(SubmitUrl, NominationPosts.Submission("46/TTr-SYT", PlanBuilder.Today, id));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await PortalClient.ParseAsync(response);
        Assert.Contains(refused.ValidationMessages(), m => m.Contains("\"Hà Văn Thiếu Hồ Sơ\": Thiếu tài liệu bắt buộc: Báo cáo thành tích.", StringComparison.Ordinal));
        Assert.Equal("46/TTr-SYT", refused.QuerySelector("#DocumentNumber")!.GetAttribute("value"));
        var saved = await factory.LoadAsync(id);
        Assert.Equal(NominationStatus.Draft, saved.Status);
        Assert.Null(saved.BatchId);
        Assert.False(await factory.WithDbAsync(db => db.NominationBatches.AnyAsync(b => b.DocumentNumber == "46/TTr-SYT")));
    }

    [Fact]
    public async Task After_the_deadline_submission_is_refused_and_allowed_once_Noi_vu_reopens_it_for_the_unit()
    {
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddDays(-1));
        var id = await factory.DraftAsync("Bế Văn Quá Hạn", unitCode: NominationBuilder.TamThanh);
        using var head = await factory.SignInAsync("truongdonvi.tamthanh");
        Assert.Contains("Đã quá hạn trình hồ sơ", (await head.GetPageAsync(SubmitUrl)).QuerySelector("#deadline-banner")!.TextContent, StringComparison.Ordinal);

        using var refused = await head.PostPairsAsync(SubmitUrl, NominationPosts.Submission("12/TTr-UBND", PlanBuilder.Today, id));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var expected = $"Đã quá hạn đề nghị khen thưởng ({PlanBuilder.Today.AddDays(-1):dd/MM/yyyy}). Đơn vị chỉ trình được khi Sở Nội vụ mở lại việc tiếp nhận hồ sơ cho đơn vị.";
        Assert.Contains(expected, (await PortalClient.ParseAsync(refused)).ValidationMessages());
        Assert.Equal(NominationStatus.Draft, (await factory.LoadAsync(id)).Status);

        await factory.ReopenAsync(NominationBuilder.TamThanh, PlanBuilder.Today.AddDays(3));
        Assert.Contains("Sở Nội vụ đã mở lại", (await head.GetPageAsync("/Nominations")).QuerySelector("#deadline-banner")!.TextContent, StringComparison.Ordinal);
        using var accepted = await head.PostPairsAsync(SubmitUrl, NominationPosts.Submission("12/TTr-UBND", PlanBuilder.Today, id));

        Assert.Equal("/Nominations/Batches", NominationPosts.Local(accepted));
        Assert.Equal(NominationStatus.Submitted, (await factory.LoadAsync(id)).Status);
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddMonths(1));
    }

    [Fact]
    public async Task Giay_khen_is_recorded_as_Don_vi_da_khen_thuong()
    {
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddDays(10));
        var id = await factory.DraftAsync("Khoa Hồi sức tích cực", AwardFormSeed.GiayKhen, kind: NomineeKind.Collective);
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        using var response = await head.PostPairsAsync(SubmitUrl, NominationPosts.Submission("47/TTr-SYT", PlanBuilder.Today, id));

        Assert.Equal("/Nominations/Batches", NominationPosts.Local(response));
        Assert.Equal(NominationStatus.UnitDecided, (await factory.LoadAsync(id)).Status);
        var dossier = await head.GetPageAsync($"/Nominations/Details/{id}");
        Assert.Equal("Đơn vị đã khen thưởng", dossier.QuerySelector("h1 + p .badge")!.TextContent.Trim());
        Assert.Contains("Giấy khen do đơn vị tự quyết định", dossier.QuerySelector("#outcome")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_returned_nomination_shows_the_comment_can_be_edited_and_is_resubmitted()
    {
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddDays(10));
        var id = await factory.ReturnedAsync("Lý Thị Trình Lại");
        using var staff = await factory.SignInAsync("canbo.soyte");
        var edit = await staff.GetPageAsync($"/Nominations/Edit/{id}");
        Assert.Contains(NominationBuilder.ReturnComment, edit.QuerySelector("#review-comment")!.TextContent, StringComparison.Ordinal);
        var fields = FormFields.Read(edit);
        fields["AchievementSummary"] = "Đã bổ sung số liệu minh chứng năm 2025.";

        Assert.Equal($"/Nominations/Details/{id}", NominationPosts.Local(await staff.PostFormAsync($"/Nominations/Edit/{id}", fields)));
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        using var response = await head.PostPairsAsync(SubmitUrl, NominationPosts.Submission("48/TTr-SYT", PlanBuilder.Today, id));

        Assert.Equal("/Nominations/Batches", NominationPosts.Local(response));
        var saved = await factory.LoadAsync(id);
        Assert.Equal(NominationStatus.Submitted, saved.Status);
        Assert.Equal("Đã bổ sung số liệu minh chứng năm 2025.", saved.AchievementSummary);
        Assert.Equal("48/TTr-SYT", saved.Batch!.DocumentNumber);
        Assert.Equal(
            [NominationStatus.Draft, NominationStatus.Submitted, NominationStatus.Returned, NominationStatus.Submitted],
            saved.Transitions.OrderBy(t => t.Id).Select(t => t.To));
        Assert.Equal(HttpStatusCode.Redirect, (await staff.GetAsync($"/Nominations/Edit/{id}")).StatusCode);
    }

    [Fact]
    public async Task Another_units_nominations_posted_by_a_head_are_ignored()
    {
        await factory.SetNominationDeadlineAsync(PlanBuilder.Today.AddDays(10));
        var foreign = await factory.DraftAsync("Nông Văn Phường Khác", unitCode: NominationBuilder.TamThanh);
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        using var response = await head.PostPairsAsync(SubmitUrl, NominationPosts.Submission("49/TTr-SYT", PlanBuilder.Today, foreign));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy chọn ít nhất một hồ sơ để trình.", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(NominationStatus.Draft, (await factory.LoadAsync(foreign)).Status);
    }
}
