using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Reports;

public sealed class ReportsTests(ReportsFactory factory) : IClassFixture<ReportsFactory>
{
    private const string KhoiVanHoa = "Khối các cơ quan văn hóa - xã hội";

    private static readonly string[] Routes = ["/Reports", "/Reports/Progress.xlsx", "/Reports/UnitsWithoutPlan.xlsx", "/Reports/OverdueTargets.xlsx"];

    [Fact]
    public async Task The_progress_report_counts_every_active_units_targets_by_state_as_computed_by_hand()
    {
        var data = await factory.DataAsync();
        using var noivu = await factory.SignInAsync("noivu");

        using var book = await DownloadAsync(noivu, "/Reports/Progress.xlsx", $"tien-do-cac-don-vi-{Iso(data.Today)}.xlsx");

        Assert.Equal(["Tổng hợp", "ND1", "ND2", "ND3", "ND4", "ND5"], book.Worksheets.Select(s => s.Name));
        var sheet = book.Worksheet("Tổng hợp");
        Assert.Equal($"TIẾN ĐỘ THỰC HIỆN PHONG TRÀO THI ĐUA – số liệu đến ngày {Dmy(data.Today)}", sheet.Cell(1, 1).GetString());
        Assert.Equal(3, sheet.SheetView.SplitRow);
        Assert.Equal("A3:N8", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(ReportsDataSet.Codes, Enumerable.Range(4, 5).Select(r => sheet.Cell(r, 2).GetString()));
        Assert.Equal(["Đã trình", "Dự thảo", "Chưa lập", "Bị trả lại", "Đã chấp thuận"], Enumerable.Range(4, 5).Select(r => sheet.Cell(r, 6).GetString()));

        // Targets, achieved, on track, at risk, overdue, not achieved, not started; then the average percent.
        double[][] counts = [[1, 0, 0, 0, 0, 0, 1], [1, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1], [5, 1, 1, 1, 1, 0, 1]];
        for (var i = 0; i < counts.Length; i++)
        {
            Assert.Equal(counts[i], Enumerable.Range(7, 7).Select(c => sheet.Cell(4 + i, c).GetDouble()));
        }

        Assert.Equal([0d, 0d], new[] { 4, 5 }.Select(r => sheet.Cell(r, 14).GetDouble()));
        Assert.True(sheet.Cell(6, 14).IsEmpty());
        // Sở Y tế: (100 + 40 + 80 + 0 + 20) / 5 = 48 %; the province: 240 / 8 = 30 %.
        Assert.Equal(48d, sheet.Cell(8, 14).GetDouble());
        Assert.StartsWith("Tổng cộng (5 đơn vị)", sheet.Cell(9, 3).GetString(), StringComparison.Ordinal);
        Assert.Equal([8d, 1, 1, 1, 1, 0, 4], Enumerable.Range(7, 7).Select(c => sheet.Cell(9, c).GetDouble()));
        Assert.Equal(30d, sheet.Cell(9, 14).GetDouble());

        var area = book.Worksheet("ND1");
        Assert.Equal($"NỘI DUNG 1. {data.AreaTitles[1].ToUpper(CultureInfo.GetCultureInfo("vi-VN"))}", area.Cell(1, 1).GetString());
        Assert.Equal(["06040", "SYT", "SYT"], Enumerable.Range(4, 3).Select(r => area.Cell(r, 2).GetString()));
        Assert.True(area.Cell(7, 2).IsEmpty());
        var row = area.Column(4).CellsUsed().Single(c => c.GetString() == ReportsDataSet.Overdue).Address.RowNumber;
        Assert.Equal(40d, area.Cell(row, 9).GetDouble());
        Assert.Equal(data.Today.AddDays(-1).ToDateTime(TimeOnly.MinValue), area.Cell(row, 10).GetDateTime());
        Assert.Equal((40d, "Quá hạn", "Lê Thị Mai, Trưởng phòng"), (area.Cell(row, 11).GetDouble(), area.Cell(row, 12).GetString(), area.Cell(row, 13).GetString()));
        var milestone = book.Worksheet("ND2").Column(4).CellsUsed().Single(c => c.GetString() == ReportsDataSet.Milestone).Address.RowNumber;
        Assert.Equal(("Nhiệm vụ", "Chưa triển khai"), (book.Worksheet("ND2").Cell(milestone, 5).GetString(), book.Worksheet("ND2").Cell(milestone, 12).GetString()));
        Assert.Equal("Có nguy cơ chậm", book.Worksheet("ND3").Cell(4, 12).GetString());
    }

    [Fact]
    public async Task Units_without_a_submitted_plan_are_exactly_the_draft_returned_and_not_started_ones_with_their_reminders()
    {
        var data = await factory.DataAsync();
        using var council = await factory.SignInAsync("hoidong1");

        using var book = await DownloadAsync(council, "/Reports/UnitsWithoutPlan.xlsx", $"don-vi-chua-trinh-ke-hoach-{Iso(data.Today)}.xlsx");

        var sheet = book.Worksheet("Chưa trình kế hoạch");
        Assert.Equal("A3:H6", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(3, sheet.SheetView.SplitRow);
        var rows = Enumerable.Range(4, 3).Select(r => (
                Code: sheet.Cell(r, 2).GetString(),
                Name: sheet.Cell(r, 3).GetString(),
                Group: sheet.Cell(r, 5).GetString(),
                Status: sheet.Cell(r, 6).GetString(),
                Changed: sheet.Cell(r, 7).IsEmpty() ? (DateTime?)null : sheet.Cell(r, 7).GetDateTime(),
                Reminders: sheet.Cell(r, 8).GetDouble()))
            .ToList();
        Assert.Equal(
            [
                ("05986", "UBND phường Tam Thanh", "Cụm thi đua khu vực thành phố Lạng Sơn (cũ)", "Dự thảo", Day(data.Today.AddDays(-3)), 2d),
                ("STC", "Sở Tài chính", "Khối các cơ quan tổng hợp", "Chưa lập", null, 1d),
                ("SGDDT", "Sở Giáo dục và Đào tạo", KhoiVanHoa, "Bị trả lại", Day(data.Today.AddDays(-1)), 0d),
            ],
            rows);
        Assert.True(sheet.Cell(7, 2).IsEmpty());
    }

    [Fact]
    public async Task Overdue_targets_are_exactly_the_one_past_its_deadline_with_its_days_overdue()
    {
        var data = await factory.DataAsync();
        using var observer = await factory.SignInAsync("mttq");

        using var book = await DownloadAsync(observer, "/Reports/OverdueTargets.xlsx", $"muc-tieu-qua-han-{Iso(data.Today)}.xlsx");

        var sheet = book.Worksheet("Mục tiêu quá hạn");
        Assert.Equal("A3:K4", sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.True(sheet.Cell(5, 2).IsEmpty());
        Assert.Equal(("SYT", "Sở Y tế", KhoiVanHoa, $"1. {data.AreaTitles[1]}", ReportsDataSet.Overdue),
            (sheet.Cell(4, 2).GetString(), sheet.Cell(4, 3).GetString(), sheet.Cell(4, 4).GetString(), sheet.Cell(4, 5).GetString(), sheet.Cell(4, 6).GetString()));
        Assert.Equal(data.OverdueDeadline.ToDateTime(TimeOnly.MinValue), sheet.Cell(4, 7).GetDateTime());
        Assert.Equal((12d, 40d), (sheet.Cell(4, 8).GetDouble(), sheet.Cell(4, 9).GetDouble()));
        Assert.Equal("Lê Thị Mai, Trưởng phòng", sheet.Cell(4, 11).GetString());
    }

    [Fact]
    public async Task Every_download_writes_an_Export_audit_entry_naming_the_report_and_the_user()
    {
        await factory.DataAsync();
        using var admin = await factory.SignInAsync("admin");
        var before = await CountExportsAsync("admin");

        foreach (var url in Routes.Skip(1))
        {
            using var response = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var entries = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "Export" && a.UserName == "admin")
            .Select(a => new { a.EntityType, a.EntityId })
            .ToListAsync());
        Assert.Equal(before + 3, entries.Count);
        Assert.All(entries, e => Assert.Equal("Report", e.EntityType));
        Assert.Equal(["OverdueTargets", "Progress", "UnitsWithoutPlan"], entries.Select(e => e.EntityId).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_reports_page_explains_each_report_with_its_download_link_and_the_menu_links_to_it()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Reports");

        Assert.Equal("Báo cáo Excel", page.QuerySelector("h1")?.TextContent.Trim());
        var links = page.QuerySelectorAll("main a.btn").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Routes.Skip(1), links);
        // The menu marks where the user is: the Reports link of the "Báo cáo" area is the current page.
        Assert.Contains(page.QuerySelectorAll("nav a[aria-current=page]"),
            a => a.GetAttribute("href") == "/Reports" && a.TextContent.Trim() == "Báo cáo Excel");
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var clerkHome = await clerk.GetPageAsync("/");
        Assert.DoesNotContain(clerkHome.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/Reports");
    }

    [Fact]
    public async Task A_unit_user_gets_403_on_every_report_route_and_an_anonymous_visitor_is_sent_to_sign_in()
    {
        using var clerk = await factory.SignInAsync("canbo.soyte");
        using var anonymous = factory.CreatePortalClient();

        foreach (var url in Routes)
        {
            using var forbidden = await clerk.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            using var redirected = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
            Assert.Contains("/Account/Login", redirected.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        Assert.Equal(0, await CountExportsAsync("canbo.soyte"));
    }

    [Theory]
    [InlineData("noivu")]
    [InlineData("hoidong1")]
    [InlineData("mttq")]
    public async Task Province_wide_readers_download_every_report(string userName)
    {
        using var client = await factory.SignInAsync(userName);

        foreach (var url in Routes.Skip(1))
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        }
    }

    private Task<int> CountExportsAsync(string userName) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Export" && a.UserName == userName));

    private static async Task<XLWorkbook> DownloadAsync(PortalClient client, string url, string fileName)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new XLWorkbook(new MemoryStream(bytes));
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Dmy(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static DateTime? Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
