using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.PlanImport;

public sealed class PlanImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string?[] GoodNumeric =
        ["1. x", "Tăng trưởng GRDP của ngành y tế", "Chỉ tiêu định lượng", "%", "Càng cao càng tốt", "6,5", "1.234,5", "Nguyễn Văn An", "Giám đốc", "31/12/2025"];

    private static readonly string?[] GoodMilestone =
        ["4", "Hoàn thành số hóa hồ sơ sức khỏe điện tử", "Nhiệm vụ", null, null, null, null, "Trần Thị Bình", null, "30/06/2026"];

    private static readonly string?[] LowerIsBetter =
        ["4", "Tỷ lệ hồ sơ trễ hạn", "Chỉ tiêu định lượng", "%", "Càng thấp càng tốt", "5", "0", "Lê Văn Cường", "Chánh Văn phòng", "15/11/2025"];

    [Fact]
    public async Task The_template_downloads_as_an_xlsx_with_the_campaign_content_areas()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");

        using var response = await clerk.GetAsync($"/PlanImport/Template/{planId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mau-nhap-muc-tieu.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Equal("Nội dung thi đua", book.Worksheet("Mục tiêu").Cell("A1").GetString());
        Assert.StartsWith("1. ", book.Worksheet("Danh mục").Cell("A2").GetString());
        Assert.StartsWith("5. ", book.Worksheet("Danh mục").Cell("A6").GetString());
        Assert.True(book.TryGetWorksheet("Hướng dẫn", out _));
    }

    [Fact]
    public async Task A_clerk_uploads_a_good_file_sees_the_preview_confirms_and_the_targets_are_in_the_plan()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var upload = await clerk.GetPageAsync($"/PlanImport/Upload/{planId}");
        Assert.NotNull(upload.QuerySelector($"a[href='/PlanImport/Template/{planId}']"));
        var file = ImportPlanBuilder.Fill(await TemplateAsync(clerk, planId), GoodNumeric, GoodMilestone, LowerIsBetter);

        using var uploaded = await clerk.UploadAsync(planId, "muc-tieu.xlsx", file);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var preview = await PortalClient.ParseAsync(uploaded);
        Assert.Equal(3, preview.QuerySelectorAll("table.import-preview tbody tr").Length);
        Assert.Empty(preview.QuerySelectorAll(".cell-error"));
        Assert.Contains("1.234,5", preview.QuerySelector("tr[data-row='2'] td[data-column='G']")!.TextContent);
        var confirm = ConfirmForm(preview);
        Assert.Equal("Xác nhận nhập 3 mục tiêu", confirm.QuerySelector("button")!.TextContent.Trim());
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));

        using var confirmed = await PostConfirmAsync(clerk, confirm);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal($"/Plans/Details/{planId}", confirmed.Headers.Location?.OriginalString);
        var targets = await ImportPlanBuilder.TargetsAsync(factory, planId);
        Assert.Equal(["Tăng trưởng GRDP của ngành y tế", "Hoàn thành số hóa hồ sơ sức khỏe điện tử", "Tỷ lệ hồ sơ trễ hạn"], targets.Select(t => t.Title));
        var growth = targets[0];
        Assert.Equal((1, MeasureKind.Numeric, "%", 6.5m, 1234.5m), (growth.ContentArea!.Number, growth.MeasureKind, growth.UnitOfMeasure, growth.Baseline, growth.TargetValue));
        Assert.Equal(("Nguyễn Văn An", "Giám đốc", new DateOnly(2025, 12, 31)), (growth.ResponsibleName, growth.ResponsiblePosition, growth.Deadline));
        Assert.Equal((MeasureKind.Milestone, (decimal?)null, 1), (targets[1].MeasureKind, targets[1].TargetValue, targets[1].SortOrder));
        Assert.Equal((MeasureDirection.LowerIsBetter, 2), (targets[2].Direction, targets[2].SortOrder));
        Assert.Empty(Directory.Exists(ImportsFolder) ? Directory.GetFiles(ImportsFolder, "*.xlsx*") : []);
        Assert.Equal(3, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.EntityType == nameof(PlanTarget) && a.Action == AuditActions.Insert && a.UserName == "canbo.soyte" && targets.Select(t => t.Id.ToString()).Contains(a.EntityId!))));
    }

    [Fact]
    public async Task Confirming_twice_imports_once()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var file = ImportPlanBuilder.Fill(await TemplateAsync(clerk, planId), GoodNumeric, GoodMilestone);
        var confirm = ConfirmForm(await PortalClient.ParseAsync(await clerk.UploadAsync(planId, "muc-tieu.xlsx", file)));

        using var first = await PostConfirmAsync(clerk, confirm);
        using var second = await PostConfirmAsync(clerk, confirm);

        Assert.Equal($"/Plans/Details/{planId}", first.Headers.Location?.OriginalString);
        Assert.Equal($"/PlanImport/Upload/{planId}", second.Headers.Location?.OriginalString);
        Assert.Equal(2, (await ImportPlanBuilder.TargetsAsync(factory, planId)).Count);
    }

    [Fact]
    public async Task The_file_is_checked_again_on_confirmation_and_nothing_is_saved_if_it_no_longer_fits()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var file = ImportPlanBuilder.Fill(await TemplateAsync(clerk, planId), GoodNumeric);
        var confirm = ConfirmForm(await PortalClient.ParseAsync(await clerk.UploadAsync(planId, "muc-tieu.xlsx", file)));
        await factory.WithDbAsync(async db =>
        {
            var campaign = await db.UnitPlans.Where(p => p.Id == planId).Select(p => p.Campaign!).SingleAsync();
            campaign.EndDate = new DateOnly(2025, 11, 30);
            return await db.SaveChangesAsync();
        });

        using var response = await PostConfirmAsync(clerk, confirm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Ô J2 (Thời hạn): Thời hạn không được sau ngày kết thúc phong trào (30/11/2025)."],
            page.QuerySelectorAll("#import-errors li").Select(li => li.TextContent.Trim()));
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));
    }

    [Fact]
    public async Task A_bad_file_shows_each_error_at_its_row_and_column_saves_nothing_and_offers_no_confirmation()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        string?[] noTargetValue = [.. GoodNumeric];
        noTargetValue[6] = null;
        string?[] impossibleDate = [.. GoodMilestone];
        impossibleDate[9] = "31/02/2026";
        string?[] unknownArea = [.. GoodMilestone];
        unknownArea[0] = "9";
        var file = ImportPlanBuilder.Fill(await TemplateAsync(clerk, planId), GoodNumeric, noTargetValue, impossibleDate, unknownArea);

        using var uploaded = await clerk.UploadAsync(planId, "muc-tieu.xlsx", file);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var preview = await PortalClient.ParseAsync(uploaded);
        Assert.Equal(
            [
                "Ô G3 (Giá trị mục tiêu): Hãy nhập giá trị mục tiêu cần đạt.",
                "Ô J4 (Thời hạn): Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 04/12/2026. "
                    + "Ô đang ghi \"31/02/2026\".",
                "Ô A5 (Nội dung thi đua): Phong trào không có nội dung thi đua số 9; chỉ chọn từ 1–5.",
            ],
            preview.QuerySelectorAll("#import-errors li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["3G", "4J", "5A"], preview.QuerySelectorAll("td.cell-error")
            .Select(td => td.ParentElement!.GetAttribute("data-row") + td.GetAttribute("data-column")));
        Assert.Equal(4, preview.QuerySelectorAll("table.import-preview tbody tr").Length);
        Assert.DoesNotContain(preview.Forms, f => (f.GetAttribute("action") ?? "").StartsWith("/PlanImport/Confirm", StringComparison.Ordinal));
        Assert.DoesNotContain("Xác nhận nhập", preview.Body!.TextContent);
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));
    }

    [Theory]
    [InlineData("ghi-chu.txt", "Chỉ nhận tệp Excel có đuôi .xlsx (tải tệp mẫu về và điền vào đó).")]
    [InlineData("bao-cao.pdf.xlsx", "Tệp không phải là tệp Excel (.xlsx) hợp lệ.")]
    public async Task A_file_that_is_not_Excel_is_refused_in_Vietnamese(string fileName, string message)
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var content = fileName.EndsWith(".txt", StringComparison.Ordinal)
            ? Encoding.UTF8.GetBytes("Mục tiêu 1; Mục tiêu 2")
            : Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF");

        using var response = await clerk.UploadAsync(planId, fileName, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal([message], page.ValidationMessages());
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));
    }

    [Fact]
    public async Task A_zip_that_is_not_a_workbook_and_a_file_over_5_MB_are_refused()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var fakeZip = new byte[] { 0x50, 0x4B, 0x03, 0x04 }.Concat(new byte[200]).ToArray();
        var big = new byte[(5 * 1024 * 1024) + 1];
        big[0] = 0x50;
        big[1] = 0x4B;
        big[2] = 0x03;
        big[3] = 0x04;

        using var zip = await clerk.UploadAsync(planId, "muc-tieu.xlsx", fakeZip);
        using var tooBig = await clerk.UploadAsync(planId, "muc-tieu.xlsx", big);

        Assert.Equal(["Tệp không phải là tệp Excel (.xlsx) hợp lệ."], (await PortalClient.ParseAsync(zip)).ValidationMessages());
        Assert.Equal(["Tệp lớn hơn 5 MB; hãy chia thành nhiều tệp nhỏ hơn."], (await PortalClient.ParseAsync(tooBig)).ValidationMessages());
    }

    [Theory]
    [InlineData("khong-phai-guid")]
    [InlineData("../../thidua.db")]
    [InlineData("5f1c2a4e-0000-4000-8000-000000000000")]
    public async Task A_forged_or_unknown_token_is_refused_and_nothing_is_saved(string token)
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");

        using var response = await clerk.PostAsSignedInUserAsync($"/PlanImport/Confirm/{planId}", new Dictionary<string, string> { ["Token"] = token });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/PlanImport/Upload/{planId}", response.Headers.Location?.OriginalString);
        var page = await clerk.GetPageAsync($"/PlanImport/Upload/{planId}");
        Assert.Contains("Phiên nhập dữ liệu không hợp lệ hoặc đã hết hạn. Hãy tải tệp lên lại.", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));
    }

    [Fact]
    public async Task A_token_only_confirms_into_the_plan_it_was_uploaded_for()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        var otherPlanId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var file = ImportPlanBuilder.Fill(await TemplateAsync(clerk, planId), GoodMilestone);
        var preview = await PortalClient.ParseAsync(await clerk.UploadAsync(planId, "muc-tieu.xlsx", file));
        var token = ((IHtmlInputElement)ConfirmForm(preview).QuerySelector("input[name=Token]")!).Value;

        using var response = await clerk.PostAsSignedInUserAsync($"/PlanImport/Confirm/{otherPlanId}", new Dictionary<string, string> { ["Token"] = token });

        Assert.Equal($"/PlanImport/Upload/{otherPlanId}", response.Headers.Location?.OriginalString);
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, otherPlanId));
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));
    }

    [Fact]
    public async Task Import_is_refused_on_an_accepted_plan()
    {
        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var file = ImportPlanBuilder.Fill(await TemplateAsync(clerk, planId), GoodMilestone);

        using var page = await clerk.GetAsync($"/PlanImport/Upload/{planId}");
        using var upload = await clerk.UploadAsync(planId, "muc-tieu.xlsx", file, tokenPage: "/");
        using var confirm = await clerk.PostAsSignedInUserAsync($"/PlanImport/Confirm/{planId}", new Dictionary<string, string> { ["Token"] = Guid.NewGuid().ToString() });

        Assert.All([page, upload, confirm], r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal($"/Plans/Details/{planId}", r.Headers.Location?.OriginalString);
        });
        var details = await factory.WithDbAsync(db => db.PlanTargets.CountAsync(t => t.UnitPlanId == planId));
        Assert.Equal(1, details);
    }

    [Fact]
    public async Task Another_unit_gets_403_on_every_import_route_and_NoiVu_may_read_the_template_but_not_upload()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        var file = ImportPlanBuilder.Fill(await TemplateAsync(await factory.SignInAsync("canbo.soyte"), planId), GoodMilestone);
        using var stranger = await factory.SignInAsync("canbo.tamthanh");
        using var noivu = await factory.SignInAsync("noivu");

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/PlanImport/Template/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/PlanImport/Upload/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.UploadAsync(planId, "muc-tieu.xlsx", file, tokenPage: "/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsSignedInUserAsync($"/PlanImport/Confirm/{planId}",
            new Dictionary<string, string> { ["Token"] = Guid.NewGuid().ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await noivu.GetAsync($"/PlanImport/Template/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noivu.GetAsync($"/PlanImport/Upload/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await noivu.UploadAsync(planId, "muc-tieu.xlsx", file, tokenPage: "/")).StatusCode);
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_and_a_missing_plan_is_404()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var anonymous = factory.CreatePortalClient();
        using var clerk = await factory.SignInAsync("canbo.soyte");

        using var template = await anonymous.GetAsync($"/PlanImport/Template/{planId}");
        using var upload = await anonymous.GetAsync($"/PlanImport/Upload/{planId}");

        Assert.All([template, upload], r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/Account/Login", r.Headers.Location?.AbsolutePath ?? r.Headers.Location?.OriginalString, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/PlanImport/Upload/987654")).StatusCode);
    }

    private string ImportsFolder => Path.Combine(factory.DataDirectory, "attachments", ".imports");

    private static Task<byte[]> TemplateAsync(PortalClient client, int planId) => client.TemplateAsync(planId);

    private static IHtmlFormElement ConfirmForm(IHtmlDocument preview)
    {
        var form = preview.Forms.SingleOrDefault(f => (f.GetAttribute("action") ?? "").StartsWith("/PlanImport/Confirm/", StringComparison.Ordinal));
        Assert.True(form is not null, "The preview has no confirmation form");
        return form;
    }

    private static Task<HttpResponseMessage> PostConfirmAsync(PortalClient client, IHtmlFormElement form)
    {
        var fields = form.Elements.OfType<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        return client.PostWithoutTokenAsync(form.GetAttribute("action")!, fields);
    }
}
