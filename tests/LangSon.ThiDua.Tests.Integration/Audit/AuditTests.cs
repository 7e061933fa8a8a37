using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Audit;

public sealed class AuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    [Fact]
    public async Task An_admin_edit_is_listed_newest_first_and_filters_narrow_the_list()
    {
        using var admin = await factory.SignInAsync("admin");
        await EditCampaignTitleAsync(admin, "Phong trào thi đua (đã sửa tên để kiểm tra nhật ký)");

        var all = await admin.GetPageAsync("/Audit");
        var filtered = await admin.GetPageAsync("/Audit?operation=Update&entityType=Campaign");

        var first = all.QuerySelector("tbody tr")!;
        Assert.Equal(AuditActions.Update, first.GetAttribute("data-action"));
        Assert.Equal(nameof(Campaign), first.GetAttribute("data-entity-type"));
        Assert.Contains("admin", first.TextContent);
        Assert.Contains("Sửa", first.TextContent);
        var rows = filtered.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal((AuditActions.Update, nameof(Campaign)), (r.GetAttribute("data-action"), r.GetAttribute("data-entity-type"))));
        Assert.True(Total(filtered) < Total(all), $"{Total(filtered)} of {Total(all)}");
        Assert.Equal(await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.Update && a.EntityType == nameof(Campaign))), Total(filtered));
        var selected = (IHtmlSelectElement)filtered.QuerySelector("#f-type")!;
        Assert.Equal(nameof(Campaign), selected.Value);
        Assert.Contains(selected.Options, o => o.Value == nameof(AwardForm));
    }

    [Fact]
    public async Task The_kinds_of_row_are_offered_by_their_Vietnamese_names_in_Vietnamese_order()
    {
        using var admin = await factory.SignInAsync("admin");

        var page = await admin.GetPageAsync("/Audit");

        var names = ((IHtmlSelectElement)page.QuerySelector("#f-type")!).Options.Skip(1)
            .Select(o => o.TextContent.Trim()).ToList();
        Assert.True(names.Count > 5, string.Join(", ", names));
        Assert.Equal(names.Order(LangSon.ThiDua.Domain.Text.Vietnamese.Order), names);
    }

    [Fact]
    public async Task Times_are_shown_in_Vietnam_time_and_pages_hold_50_entries()
    {
        using var admin = await factory.SignInAsync("admin");
        var newest = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).FirstAsync());

        var page = await admin.GetPageAsync("/Audit");

        var expected = (DateTime.SpecifyKind(newest.AtUtc, DateTimeKind.Utc) + VietnamOffset).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.Equal(expected, page.QuerySelector("tbody tr td")!.TextContent.Trim());
        Assert.True(Total(page) > 50, "the seeding alone writes more than one page");
        Assert.Equal(50, page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(Math.Min(50, Total(page) - 50), (await admin.GetPageAsync("/Audit?page=2")).QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public async Task The_details_page_shows_old_and_new_values()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await factory.WithDbAsync(db => db.AwardForms.Where(f => f.Code == AwardFormSeed.GiayKhen).Select(f => f.Id).SingleAsync());
        var fields = FormFields.Read(await admin.GetPageAsync($"/AwardForms/Edit/{id}"));
        fields["Name"] = "Giấy khen của thủ trưởng đơn vị";
        fields["DecisionLevel"] = ((int)DecisionLevel.Province).ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/AwardForms/Edit/{id}", fields)).StatusCode);
        var entryId = await factory.WithDbAsync(db => db.AuditEntries
            .Where(a => a.EntityType == nameof(AwardForm) && a.EntityId == id.ToString() && a.Action == AuditActions.Update)
            .OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync());

        var details = await admin.GetPageAsync($"/Audit/Details/{entryId}");

        var name = details.QuerySelector("tr[data-field='Name']")!;
        Assert.Equal("Giấy khen", name.QuerySelector("td.old")!.TextContent.Trim());
        Assert.Equal("Giấy khen của thủ trưởng đơn vị", name.QuerySelector("td.new")!.TextContent.Trim());
        var level = details.QuerySelector("tr[data-field='DecisionLevel']")!;
        Assert.Equal("Đơn vị tự quyết định (0)", level.QuerySelector("td.old")!.TextContent.Trim());
        Assert.Equal("Chủ tịch UBND tỉnh quyết định (1)", level.QuerySelector("td.new")!.TextContent.Trim());
        Assert.Equal(["Trường", "Giá trị cũ", "Giá trị mới"], details.QuerySelectorAll("table.audit-changes thead th").Select(t => t.TextContent.Trim()));
    }

    [Fact]
    public async Task A_failed_login_appears_as_Dang_nhap_that_bai()
    {
        using (var stranger = factory.CreatePortalClient())
        {
            var failed = await stranger.LoginAsync("hoidong3", "MatKhauSai@1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var admin = await factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Audit?operation=SignInFailed&userName=HOIDONG");

        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        Assert.Contains("hoidong3", row.TextContent);
        Assert.Contains("Đăng nhập thất bại", row.TextContent);
        var details = await admin.GetPageAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("Không có chi tiết thay đổi.", details.Body!.TextContent);
    }

    [Fact]
    public async Task Date_range_is_read_in_Vietnam_time()
    {
        using var admin = await factory.SignInAsync("admin");
        var newest = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderByDescending(a => a.AtUtc).FirstAsync());
        var day = DateOnly.FromDateTime(DateTime.SpecifyKind(newest.AtUtc, DateTimeKind.Utc) + VietnamOffset);
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var sameDay = await admin.GetPageAsync($"/Audit?from={Iso(day)}&to={Iso(day)}");
        var nextDay = await admin.GetPageAsync($"/Audit?from={Iso(day.AddDays(1))}");
        var reversed = await admin.GetPageAsync($"/Audit?from={Iso(day)}&to={Iso(day.AddDays(-1))}");

        Assert.Contains(sameDay.QuerySelectorAll("tbody tr a"), a => a.GetAttribute("href") == $"/Audit/Details/{newest.Id}");
        Assert.Empty(nextDay.QuerySelectorAll("tbody tr"));
        Assert.Contains("Không có mục nhật ký nào phù hợp.", nextDay.Body!.TextContent);
        Assert.Contains("\"Đến ngày\" không được trước \"Từ ngày\".", reversed.ValidationMessages());
    }

    [Fact]
    public async Task Details_tolerate_changes_that_are_not_a_change_set()
    {
        var id = await factory.WithDbAsync(async db =>
        {
            var odd = new AuditEntry { AtUtc = DateTime.UtcNow, UserName = "hệ thống", Action = "Import", EntityType = "Legacy", Changes = "không phải JSON" };
            var detail = new AuditEntry { AtUtc = DateTime.UtcNow, UserName = "hoidong1", Action = AuditActions.SignInFailed, EntityType = nameof(AppUser), Changes = "{\"detail\":\"Tài khoản bị tạm khóa\"}" };
            db.AuditEntries.AddRange(odd, detail);
            await db.SaveChangesAsync();
            return (odd.Id, detail.Id);
        });
        using var admin = await factory.SignInAsync("admin");

        var odd = await admin.GetPageAsync($"/Audit/Details/{id.Item1}");
        var detail = await admin.GetPageAsync($"/Audit/Details/{id.Item2}");

        Assert.Equal("không phải JSON", odd.QuerySelector("pre")!.TextContent);
        Assert.Equal("Tài khoản bị tạm khóa", detail.QuerySelector("tr[data-field='detail'] td.new")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Audit/Details/999999")).StatusCode);
    }

    [Fact]
    public async Task The_log_is_read_only()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await factory.WithDbAsync(db => db.AuditEntries.MinAsync(a => a.Id));
        var count = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var details = await admin.GetPageAsync($"/Audit/Details/{id}");

        Assert.Empty(details.QuerySelectorAll("main form[method=post]"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/Audit/Edit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsSignedInUserAsync($"/Audit/Delete/{id}", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(count, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Theory]
    [InlineData("noivu")]
    [InlineData("canbo.soyte")]
    public async Task Non_admins_are_forbidden(string userName)
    {
        var id = await factory.WithDbAsync(db => db.AuditEntries.MinAsync(a => a.Id));
        using var user = await factory.SignInAsync(userName);

        foreach (var route in new[] { "/Audit", "/Audit?operation=SignIn", $"/Audit/Details/{id}" })
        {
            Assert.True((await user.GetAsync(route)).StatusCode == HttpStatusCode.Forbidden, $"GET {route}");
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var id = await factory.WithDbAsync(db => db.AuditEntries.MinAsync(a => a.Id));
        using var anonymous = factory.CreatePortalClient();

        foreach (var route in new[] { "/Audit", $"/Audit/Details/{id}" })
        {
            var response = await anonymous.GetAsync(route);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {route} answered {(int)response.StatusCode}");
            Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    private async Task EditCampaignTitleAsync(PortalClient admin, string title)
    {
        var id = await factory.WithDbAsync(db => db.Campaigns.Where(c => c.Code == CampaignSeed.Code).Select(c => c.Id).SingleAsync());
        var fields = FormFields.Read(await admin.GetPageAsync($"/Campaigns/Edit/{id}"));
        fields["Title"] = title;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/Campaigns/Edit/{id}", fields)).StatusCode);
    }

    /// <summary>The count the pager shows ("Tổng số: 1.234 · Trang 1/25").</summary>
    private static int Total(IHtmlDocument page)
    {
        var text = page.QuerySelector("nav[aria-label='Phân trang'] span")!.TextContent;
        var digits = text.Split(':')[1].Split('·')[0].Trim().Replace(".", "", StringComparison.Ordinal);
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }
}
