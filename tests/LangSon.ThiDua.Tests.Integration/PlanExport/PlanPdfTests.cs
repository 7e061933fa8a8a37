using System.Net;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.PlanImport;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.PlanExport;

/// <summary>The unit's Kế hoạch as an administrative document (NĐ 30), previewed as HTML and printed by Chromium.</summary>
public sealed class PlanPdfTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_print_page_fills_number_date_and_signer_from_the_plan_and_the_unit_head()
    {
        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory, "SYT", (new DateOnly(2025, 12, 31), 95m, "Đã giải quyết 95% hồ sơ đúng hạn"));
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.GetPageAsync($"/PlanExport/Print/{planId}");

        Assert.Equal("125/KH-SYT", page.QuerySelector("#Number")!.GetAttribute("value"));
        Assert.Equal("20/10/2025", page.QuerySelector("#Date")!.GetAttribute("value"));
        var head = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "truongdonvi.soyte").Select(u => u.FullName).SingleAsync());
        Assert.Equal(head, page.QuerySelector("#SignerName")!.GetAttribute("value"));
        Assert.Contains("Sở Nội vụ", page.QuerySelector("#Recipients")!.TextContent);
    }

    [Fact]
    public async Task The_preview_is_laid_out_as_an_official_plan_with_the_edits_of_the_user()
    {
        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory, "SYT", (new DateOnly(2025, 12, 31), 95m, "Đã giải quyết 95% hồ sơ đúng hạn"));
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var preview = await clerk.GetPageAsync($"/PlanExport/Pdf/{planId}?Preview=true&SignerAuthority=KT.+GI%C3%81M+%C4%90%E1%BB%90C&SignerTitle=Ph%C3%B3+Gi%C3%A1m+%C4%91%E1%BB%91c&SignerName=Tr%E1%BA%A7n+V%C4%83n+B%C3%ACnh&Date=2026-02-05");

        Assert.Equal("UBND TỈNH LẠNG SƠN", preview.QuerySelector(".issuer .parent")!.TextContent.Trim());
        Assert.Equal("SỞ Y TẾ", preview.QuerySelector(".issuer .body")!.TextContent.Trim());
        Assert.Equal("Số: 125/KH-SYT", preview.QuerySelector(".doc-number")!.TextContent.Trim());
        Assert.Equal("Lạng Sơn, ngày 05 tháng 02 năm 2026", preview.QuerySelector(".doc-date")!.TextContent.Trim());
        Assert.Equal("Kế hoạch", preview.QuerySelector(".doc-title .type")!.TextContent.Trim());
        Assert.Equal(("KT. GIÁM ĐỐC", "Phó Giám đốc", "Trần Văn Bình"), (
            preview.QuerySelector(".signature .authority")!.TextContent.Trim(),
            preview.QuerySelector(".signature .title")!.TextContent.Trim(),
            preview.QuerySelector(".signature .name")!.TextContent.Trim()));
        Assert.Contains("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn", preview.QuerySelector("table.doc-table")!.TextContent);
    }

    [Fact]
    public async Task The_plan_prints_to_a_pdf_and_the_export_is_audited()
    {
        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory, "SYT", (new DateOnly(2025, 12, 31), 95m, "Đã giải quyết 95% hồ sơ đúng hạn"));
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        using var response = await head.GetAsync($"/PlanExport/Pdf/{planId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Ke-hoach-125-KH-SYT-2025-10-20.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Normalize(NormalizationForm.FormC);
        Assert.Contains("UBND TỈNH LẠNG SƠN", text, StringComparison.Ordinal);
        Assert.Contains("Số: 125/KH-SYT", text, StringComparison.Ordinal);
        Assert.Contains("KẾ HOẠCH", text, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ hồ sơ thủ tục", text, StringComparison.Ordinal); // a table cell wraps: its first line
        Assert.All(pdf.GetPages(), p => Assert.Equal((595, 842), ((int)Math.Round(p.Width), (int)Math.Round(p.Height))));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(UnitPlan) && a.EntityId == planId.ToString() && a.UserName == "truongdonvi.soyte")));
    }

    [Fact]
    public async Task Another_unit_cannot_print_the_plan()
    {
        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory, "SYT", (new DateOnly(2025, 12, 31), 95m, "Đã giải quyết 95% hồ sơ đúng hạn"));
        using var other = await factory.SignInAsync("canbo.tamthanh");

        using var print = await other.GetAsync($"/PlanExport/Print/{planId}");
        using var pdf = await other.GetAsync($"/PlanExport/Pdf/{planId}?Preview=true");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (print.StatusCode, pdf.StatusCode));
    }

    [Fact]
    public async Task A_too_long_number_is_refused_with_a_Vietnamese_message()
    {
        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory, "SYT", (new DateOnly(2025, 12, 31), 95m, "Đã giải quyết 95% hồ sơ đúng hạn"));
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.GetPageAsync($"/PlanExport/Pdf/{planId}?Number={new string('9', 60)}");

        Assert.Contains("Số văn bản không quá 50 ký tự.", page.ValidationMessages());
    }
}
