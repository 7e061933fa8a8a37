using System.Net;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.PlanImport;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.PlanExport;

public sealed class PlanExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Title = "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn";

    [Fact]
    public async Task A_unit_user_exports_the_plan_with_its_targets_latest_progress_and_every_report()
    {
        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory, "SYT",
            (new DateOnly(2025, 12, 31), 95m, "Đã giải quyết 95% hồ sơ đúng hạn"),
            (new DateOnly(2025, 11, 30), 90m, "Đã giải quyết 90% hồ sơ đúng hạn"));
        using var clerk = await factory.SignInAsync("canbo.soyte");

        using var response = await clerk.GetAsync($"/PlanExport/Excel/{planId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Ke-hoach-125-KH-SYT-2025-10-20.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());

        var plan = book.Worksheet("Kế hoạch");
        var header = string.Join("|", plan.Range("A1:C6").CellsUsed().Select(c => c.GetString()));
        Assert.Contains("Sở Y tế (SYT)", header);
        Assert.Contains("Số 125/KH-SYT ngày 20/10/2025", header);
        Assert.Contains("Đã chấp thuận", header);
        var row = plan.Column(3).CellsUsed().Single(c => c.GetString() == Title).Address.RowNumber;
        Assert.StartsWith("3. ", plan.Cell(row, 2).GetString());
        Assert.Equal(("%", 80d, 100d), (plan.Cell(row, 5).GetString(), plan.Cell(row, 7).GetDouble(), plan.Cell(row, 8).GetDouble()));
        Assert.Equal(("Nguyễn Thị Hoa", "Chánh Văn phòng"), (plan.Cell(row, 9).GetString(), plan.Cell(row, 10).GetString()));
        Assert.Equal(new DateTime(2026, 6, 30), plan.Cell(row, 11).GetDateTime());
        // The latest report is the one with the latest as-of date, whatever the order of entry: 95 of 80 → 100 is 75 %.
        Assert.Equal(95d, plan.Cell(row, 12).GetDouble());
        Assert.Equal(new DateTime(2025, 12, 31), plan.Cell(row, 13).GetDateTime());
        Assert.Equal(75d, plan.Cell(row, 14).GetDouble());
        var today = LangSon.ThiDua.Web.Infrastructure.VietnamTime.Today(TimeProvider.System);
        var state = TargetProgress.State(75m, new DateOnly(2026, 6, 30), ImportPlanBuilder.CampaignStart, campaignClosed: false, today);
        Assert.Equal(state.DisplayName(), plan.Cell(row, 15).GetString());
        Assert.True(plan.AutoFilter.IsEnabled);

        var reports = book.Worksheet("Tiến độ");
        Assert.Equal("Ngày số liệu", reports.Cell(1, 4).GetString());
        Assert.Equal(
            [("Đã giải quyết 90% hồ sơ đúng hạn", 50d), ("Đã giải quyết 95% hồ sơ đúng hạn", 75d)],
            new[] { 2, 3 }.Select(r => (reports.Cell(r, 8).GetString(), reports.Cell(r, 7).GetDouble())));
        Assert.Equal(("Thiếu nhân lực tiếp nhận hồ sơ", "Cán bộ Sở Y tế"), (reports.Cell(2, 9).GetString(), reports.Cell(2, 10).GetString()));
        Assert.Equal(new DateTime(2025, 11, 30), reports.Cell(2, 4).GetDateTime());
    }

    [Fact]
    public async Task A_draft_plan_without_targets_exports_with_a_Vietnamese_note()
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        using var response = await head.GetAsync($"/PlanExport/Excel/{planId}");

        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        Assert.Contains(book.Worksheet("Kế hoạch").CellsUsed(), c => c.GetString() == "Kế hoạch chưa có mục tiêu, chỉ tiêu, nhiệm vụ nào.");
        Assert.Contains(book.Worksheet("Kế hoạch").CellsUsed(), c => c.GetString() == "Dự thảo");
        Assert.Equal("Chưa có báo cáo tiến độ nào.", book.Worksheet("Tiến độ").Cell(2, 3).GetString());
        var exports = await factory.WithDbAsync(db => db.AuditEntries
            .CountAsync(a => a.Action == AuditActions.Export && a.EntityType == nameof(UnitPlan) && a.EntityId == planId.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.UserName == "truongdonvi.soyte"));
        Assert.Equal(1, exports);
    }

    [Fact]
    public async Task Province_wide_readers_export_any_plan_but_another_unit_gets_403_and_anonymous_users_sign_in()
    {
        var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory);
        using var noivu = await factory.SignInAsync("noivu");
        using var observer = await factory.SignInAsync("mttq");
        using var stranger = await factory.SignInAsync("canbo.tamthanh");
        using var anonymous = factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.OK, (await noivu.GetAsync($"/PlanExport/Excel/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync($"/PlanExport/Excel/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/PlanExport/Excel/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await noivu.GetAsync("/PlanExport/Excel/987654")).StatusCode);
        using var redirected = await anonymous.GetAsync($"/PlanExport/Excel/{planId}");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/Account/Login", redirected.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
