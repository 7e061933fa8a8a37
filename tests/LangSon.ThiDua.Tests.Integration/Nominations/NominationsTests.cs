using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Nominations;

/// <summary>Drafting, editing, the dossier page and its files, as the unit's staff does it.</summary>
public sealed class NominationsTests(NominationsFactory factory) : IClassFixture<NominationsFactory>
{
    private Task<int> FormIdAsync(string code) => factory.WithDbAsync(db => db.AwardForms.Where(f => f.Code == code).Select(f => f.Id).SingleAsync());

    [Fact]
    public async Task Staff_drafts_a_nomination_with_evidence_and_the_dossier_shows_latest_results_and_missing_documents()
    {
        var formId = await FormIdAsync(AwardFormSeed.BangKhenTinh);
        var evidence = factory.SoYtePlan.TargetIds[0];
        using var staff = await factory.SignInAsync("canbo.soyte");
        var create = await staff.GetPageAsync("/Nominations/Create");
        Assert.Contains("Hoàn thành tốt nhiệm vụ", create.QuerySelector($"#award-form-{formId}-help")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, create.QuerySelectorAll("input[name=TargetIds]").Length);

        using var response = await staff.PostPairsAsync("/Nominations/Create", NominationPosts.Nomination(formId, "Nguyễn Văn Bình", targetIds: [evidence]));

        var id = NominationPosts.IdFrom(response);
        var saved = await factory.LoadAsync(id);
        Assert.Equal(NominationStatus.Draft, saved.Status);
        Assert.Equal("nguyen van binh", saved.NomineeSearchName);
        Assert.Equal("Trưởng phòng Nghiệp vụ Y", saved.NomineePosition);
        Assert.Equal([evidence], saved.Targets.Select(t => t.PlanTargetId));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Nomination) && a.EntityId == id.ToString() && a.Action == AuditActions.Insert && a.UserName == "canbo.soyte")));

        var dossier = await staff.GetPageAsync($"/Nominations/Details/{id}");
        Assert.Equal("Nguyễn Văn Bình", dossier.QuerySelector("#nominee-name")!.TextContent.Trim());
        var row = dossier.QuerySelector($"#evidence tr[data-target-id='{evidence}']")!;
        Assert.StartsWith("60 %", row.QuerySelector(".result")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("60%", row.QuerySelector(".percent")!.TextContent.Trim());
        Assert.Equal("thiếu", dossier.QuerySelector("#checklist tr[data-kind=AchievementReport] .state")!.TextContent.Trim());
        Assert.Contains("Thiếu tài liệu bắt buộc: Báo cáo thành tích.", dossier.QuerySelector("#submission-problems")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dossier.QuerySelector("#edit-link"));
        Assert.Null(dossier.QuerySelector("#submit-link"));
    }

    [Fact]
    public async Task An_empty_form_shows_Vietnamese_messages_and_saves_nothing()
    {
        var before = await factory.WithDbAsync(db => db.Nominations.CountAsync());
        using var staff = await factory.SignInAsync("canbo.soyte");

        using var response = await staff.PostPairsAsync("/Nominations/Create", [new("NomineeName", ""), new("AchievementSummary", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Hãy chọn đối tượng đề nghị: tập thể hay cá nhân.", page.QuerySelector("#group-kind .field-validation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hãy chọn hình thức khen thưởng.", page.QuerySelector("#group-form .field-validation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hãy nhập tên tập thể hoặc họ và tên cá nhân được đề nghị.", page.ValidationMessages());
        Assert.Contains("Hãy nhập tóm tắt thành tích.", page.ValidationMessages());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Nominations.CountAsync()));
    }

    [Fact]
    public async Task A_rating_below_Hoan_thanh_tot_is_refused_for_the_provincial_Bang_khen_with_the_Vietnamese_message()
    {
        var formId = await FormIdAsync(AwardFormSeed.BangKhenTinh);
        using var staff = await factory.SignInAsync("canbo.soyte");

        using var response = await staff.PostPairsAsync("/Nominations/Create", NominationPosts.Nomination(formId, "Lê Thị Xếp Loại Thấp", TaskRating.Completed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
            "Mức xếp loại \"Hoàn thành nhiệm vụ\" chưa đạt yêu cầu của Bằng khen của Chủ tịch UBND tỉnh: cần \"Hoàn thành tốt nhiệm vụ\" trở lên.",
            page.QuerySelector("#group-rating .field-validation-error")!.TextContent.Trim());
        Assert.Equal("Lê Thị Xếp Loại Thấp", page.QuerySelector("#NomineeName")!.GetAttribute("value"));
        Assert.False(await factory.WithDbAsync(db => db.Nominations.AnyAsync(n => n.NomineeName == "Lê Thị Xếp Loại Thấp")));
    }

    [Fact]
    public async Task Posted_target_ids_of_another_unit_are_ignored()
    {
        var formId = await FormIdAsync(AwardFormSeed.BangKhenTinh);
        var own = factory.SoYtePlan.TargetIds[1];
        var foreign = factory.TamThanhPlan.TargetIds[0];
        using var staff = await factory.SignInAsync("canbo.soyte");

        using var response = await staff.PostPairsAsync("/Nominations/Create", NominationPosts.Nomination(formId, "Trần Minh Chứng", targetIds: [own, foreign]));

        var saved = await factory.LoadAsync(NominationPosts.IdFrom(response));
        Assert.Equal([own], saved.Targets.Select(t => t.PlanTargetId));
    }

    [Fact]
    public async Task A_pdf_upload_completes_the_checklist_and_downloads_back_with_nosniff()
    {
        var id = await factory.DraftAsync("Phạm Thu Trang", files: DossierDocuments.MeetingMinutes);
        using var staff = await factory.SignInAsync("canbo.soyte");

        using var response = await staff.UploadAsync(id, DossierDocuments.AchievementReport, "Báo cáo thành tích.pdf", NominationPosts.SmallPdf);

        Assert.Equal($"/Nominations/Details/{id}#dossier-files", NominationPosts.Local(response));
        var dossier = await staff.GetPageAsync($"/Nominations/Details/{id}");
        Assert.Equal("✓ Đã có", dossier.QuerySelector("#checklist tr[data-kind=AchievementReport] .state")!.TextContent.Trim());
        Assert.NotNull(dossier.QuerySelector("#submission-ready"));
        var attachment = await factory.WithDbAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.NominationId == id && a.DocumentKind == DossierDocuments.AchievementReport));
        Assert.Equal("canbo.soyte", attachment.UploadedBy);

        using var download = await staff.GetAsync($"/Nominations/Download/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(NominationPosts.SmallPdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_file_is_removed_after_confirmation_from_the_dossier_and_the_disk()
    {
        var id = await factory.DraftAsync("Mai Văn Gỡ Tệp", files: DossierDocuments.None);
        using var staff = await factory.SignInAsync("canbo.soyte");
        NominationPosts.Local(await staff.UploadAsync(id, DossierDocuments.MeetingMinutes, "bien-ban.pdf", NominationPosts.SmallPdf));
        var attachment = await factory.WithDbAsync(db => db.Attachments.AsNoTracking().SingleAsync(a => a.NominationId == id));
        var onDisk = Path.Combine(factory.DataDirectory, "attachments", attachment.StoragePath);
        Assert.True(File.Exists(onDisk));

        var url = $"/Nominations/DeleteAttachment/{attachment.Id}";
        Assert.Contains("bien-ban.pdf", (await staff.GetPageAsync(url)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Nominations/Details/{id}#dossier-files", NominationPosts.Local(await staff.PostFormAsync(url, new Dictionary<string, string>())));

        Assert.False(await factory.WithDbAsync(db => db.Attachments.AnyAsync(a => a.Id == attachment.Id)));
        Assert.False(File.Exists(onDisk));
        Assert.Equal("thiếu", (await staff.GetPageAsync($"/Nominations/Details/{id}")).QuerySelector("#checklist tr[data-kind=MeetingMinutes] .state")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_upload_with_wrong_content_behind_pdf_is_refused_and_nothing_is_stored()
    {
        var id = await factory.DraftAsync("Hoàng Văn Giả Mạo", files: DossierDocuments.None);
        using var staff = await factory.SignInAsync("canbo.soyte");

        using var response = await staff.UploadAsync(id, DossierDocuments.AchievementReport, "bao-cao.pdf", "MZ\u0090 not a pdf"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Tệp \"bao-cao.pdf\" không phải là tệp PDF hợp lệ.", page.QuerySelector("#group-file .field-validation-error")!.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Attachments.AnyAsync(a => a.NominationId == id)));
    }

    [Fact]
    public async Task A_stale_edit_shows_a_Vietnamese_message_and_keeps_what_was_typed()
    {
        var id = await factory.DraftAsync("Đỗ Văn Đồng Thời");
        using var first = await factory.SignInAsync("canbo.soyte");
        using var second = await factory.SignInAsync("truongdonvi.soyte");
        var firstFields = FormFields.Read(await first.GetPageAsync($"/Nominations/Edit/{id}"));
        var secondFields = FormFields.Read(await second.GetPageAsync($"/Nominations/Edit/{id}"));

        firstFields["AchievementSummary"] = "Bản của cán bộ.";
        NominationPosts.Local(await first.PostFormAsync($"/Nominations/Edit/{id}", firstFields));
        secondFields["AchievementSummary"] = "Bản của thủ trưởng.";
        using var stale = await second.PostFormAsync($"/Nominations/Edit/{id}", secondFields);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await PortalClient.ParseAsync(stale);
        Assert.Contains(page.ValidationMessages(), m => m.StartsWith("Hồ sơ này vừa được người khác sửa (canbo.soyte", StringComparison.Ordinal));
        Assert.Equal("Bản của thủ trưởng.", page.QuerySelector("#AchievementSummary")!.TextContent.Trim());
        Assert.Equal("Bản của cán bộ.", (await factory.LoadAsync(id)).AchievementSummary);

        NominationPosts.Local(await second.PostFormAsync($"/Nominations/Edit/{id}", FormFields.Read(page)));
        Assert.Equal("Bản của thủ trưởng.", (await factory.LoadAsync(id)).AchievementSummary);
    }

    [Fact]
    public async Task A_draft_is_deleted_after_confirmation_but_a_submitted_nomination_never()
    {
        var draft = await factory.DraftAsync("Vũ Thị Xóa Được");
        var returned = await factory.ReturnedAsync("Vũ Văn Đã Trình");
        using var staff = await factory.SignInAsync("canbo.soyte");

        var confirm = await staff.GetPageAsync($"/Nominations/Delete/{draft}");
        Assert.Contains("Bạn có chắc muốn xóa hồ sơ", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Nominations", NominationPosts.Local(await staff.PostFormAsync($"/Nominations/Delete/{draft}", new Dictionary<string, string>())));
        Assert.False(await factory.WithDbAsync(db => db.Nominations.AnyAsync(n => n.Id == draft)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Nomination) && a.EntityId == draft.ToString() && a.Action == AuditActions.Delete)));

        Assert.Equal($"/Nominations/Details/{returned}", NominationPosts.Local(await staff.GetAsync($"/Nominations/Delete/{returned}")));
        Assert.Equal($"/Nominations/Details/{returned}", NominationPosts.Local(await staff.PostAsSignedInUserAsync($"/Nominations/Delete/{returned}", new Dictionary<string, string>())));
        Assert.True(await factory.WithDbAsync(db => db.Nominations.AnyAsync(n => n.Id == returned)));
    }

    [Fact]
    public async Task The_list_finds_a_nominee_by_name_without_diacritics_and_filters_by_status()
    {
        await factory.DraftAsync("Nguyễn Thị Ánh Tuyết");
        var returned = await factory.ReturnedAsync("Lương Văn Trả Lại");
        using var staff = await factory.SignInAsync("canbo.soyte");

        var found = await staff.GetPageAsync("/Nominations?q=ANH%20TUYET");
        Assert.Equal(["Nguyễn Thị Ánh Tuyết"], found.QuerySelectorAll("table.nominations a.nominee").Select(a => a.TextContent.Trim()));
        var returnedOnly = await staff.GetPageAsync($"/Nominations?status={(int)NominationStatus.Returned}");
        Assert.Contains(returnedOnly.QuerySelectorAll("table.nominations tr[data-id]"), r => r.GetAttribute("data-id") == returned.ToString());
        Assert.All(returnedOnly.QuerySelectorAll("table.nominations .badge"), b => Assert.Equal("Bị trả lại", b.TextContent.Trim()));
        Assert.NotNull(found.QuerySelector("#create-link"));
        Assert.Null(found.QuerySelector("#submit-link"));
        Assert.Contains("Hạn trình hồ sơ đề nghị khen thưởng", found.QuerySelector("#deadline-banner")!.TextContent, StringComparison.Ordinal);
    }
}
