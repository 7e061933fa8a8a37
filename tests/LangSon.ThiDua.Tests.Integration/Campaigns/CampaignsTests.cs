using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Campaigns;

public sealed class CampaignsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Admin_sets_the_end_date_and_sees_it_on_details_with_an_audit_entry_old_to_new()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await SeededIdAsync();

        var response = await PostEditAsync(admin, id, f => f["EndDate"] = "2026-01-31");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await admin.GetPageAsync($"/Campaigns/Details/{id}");
        Assert.Equal("31/01/2026", details.QuerySelector("#end-date")!.TextContent.Trim());
        var changes = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Campaign) && a.EntityId == id.ToString() && a.Action == AuditActions.Update)
            .Select(a => a.Changes!).ToListAsync());
        var endDate = changes.Select(c => JsonDocument.Parse(c).RootElement)
            .Single(c => c.TryGetProperty(nameof(Campaign.EndDate), out _)).GetProperty(nameof(Campaign.EndDate));
        Assert.Equal(JsonValueKind.Null, endDate.GetProperty("old").ValueKind);
        Assert.Equal("2026-01-31", endDate.GetProperty("new").GetString());
    }

    [Fact]
    public async Task End_date_before_start_date_is_refused_in_Vietnamese_and_nothing_is_saved()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await SeededIdAsync();
        var before = await factory.WithDbAsync(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == id));

        var response = await PostEditAsync(admin, id, f =>
        {
            f["EndDate"] = "2025-09-30";
            f["Title"] = "Không được lưu";
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Ngày kết thúc không được trước ngày bắt đầu.", page.ValidationMessages());
        Assert.Equal("Không được lưu", ((IHtmlTextAreaElement)page.QuerySelector("#Title")!).Value);
        var after = await factory.WithDbAsync(db => db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Equal(before.EndDate, after.EndDate);
        Assert.Equal(before.Title, after.Title);
    }

    [Fact]
    public async Task A_code_already_used_is_refused_whatever_its_case()
    {
        using var admin = await factory.SignInAsync("admin");

        var response = await admin.PostFormAsync("/Campaigns/Create", NewCampaign("dhxiv-2025"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Mã phong trào \"dhxiv-2025\" đã được sử dụng.", page.ValidationMessages());
        Assert.False(await factory.WithDbAsync(db => db.Campaigns.AnyAsync(c => c.Title == "Phong trào thử nghiệm dhxiv-2025")));
    }

    [Fact]
    public async Task A_new_campaign_starts_as_draft_and_is_found_by_title_without_diacritics()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await CreateCampaignAsync(admin, "Phong trào Thi đua Nông thôn mới");

        var list = await admin.GetPageAsync("/Campaigns?q=nong+thon+MOI");

        var row = Assert.Single(list.QuerySelectorAll("tbody tr"));
        Assert.Contains("Phong trào Thi đua Nông thôn mới", row.TextContent);
        Assert.Contains("Dự thảo", row.TextContent);
        Assert.Contains($"/Campaigns/Details/{id}", row.InnerHtml);
    }

    [Fact]
    public async Task The_seeded_active_campaign_offers_Ket_thuc_and_is_Closed_after_confirming()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await SeededIdAsync();

        var details = await admin.GetPageAsync($"/Campaigns/Details/{id}");
        var step = Assert.Single(details.QuerySelectorAll("a.btn-outline-danger"));
        Assert.Equal("Kết thúc", step.TextContent.Trim());
        Assert.Equal($"/Campaigns/Close/{id}", step.GetAttribute("href"));
        var confirm = await admin.GetPageAsync($"/Campaigns/Close/{id}");
        Assert.Contains("Bạn có chắc muốn kết thúc phong trào này?", confirm.Body!.TextContent);

        var response = await admin.PostFormAsync($"/Campaigns/Close/{id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CampaignStatus.Closed, await StatusAsync(id));
        var after = await admin.GetPageAsync(Local(response));
        Assert.Contains("Đã kết thúc phong trào.", after.QuerySelector(".alert-success")!.TextContent);
        Assert.Equal("Đã tổng kết", after.QuerySelector("a.btn-outline-danger")!.TextContent.Trim());
    }

    [Fact]
    public async Task Activating_an_active_campaign_is_refused_with_the_domain_message_and_the_status_stays()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await CreateCampaignAsync(admin, "Phong trào kích hoạt hai lần");
        var url = $"/Campaigns/Activate/{id}";
        var staleTab = new Dictionary<string, string> { ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync(url, url) };
        var activated = await admin.PostWithoutTokenAsync(url, staleTab);
        Assert.Equal(HttpStatusCode.Redirect, activated.StatusCode);
        Assert.Equal(CampaignStatus.Active, await StatusAsync(id));

        // The confirmation page was still open in another tab: its button is pressed again.
        var again = await admin.PostWithoutTokenAsync(url, staleTab);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await admin.GetPageAsync(Local(again));
        Assert.Contains(
            "Không thể chuyển phong trào sang trạng thái \"Đang triển khai\" khi đang ở trạng thái \"Đang triển khai\".",
            page.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal(CampaignStatus.Active, await StatusAsync(id));
        var confirm = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var details = await admin.GetPageAsync(Local(confirm));
        Assert.Contains("không thể thực hiện thao tác \"Kích hoạt\"", details.QuerySelector(".alert-danger")!.TextContent);
        Assert.Equal("Kết thúc", details.QuerySelector("a.btn-outline-danger")!.TextContent.Trim());
    }

    [Fact]
    public async Task In_a_browser_the_refusal_comes_back_through_the_confirmation_page_with_the_domain_message()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await CreateCampaignAsync(admin, "Phong trào hai thẻ trình duyệt");
        var url = $"/Campaigns/Activate/{id}";
        var token = await admin.AntiforgeryTokenAsync(url, url);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostWithoutTokenAsync(url, new Dictionary<string, string> { ["__RequestVerificationToken"] = token })).StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
        };
        request.Headers.Referrer = new Uri(admin.Http.BaseAddress!, url);
        var refused = await admin.Http.SendAsync(request);
        var back = await admin.GetAsync(Local(refused));
        var details = await admin.GetPageAsync(Local(back));

        Assert.Equal(url, Local(refused));
        Assert.Contains("Không thể chuyển phong trào sang trạng thái \"Đang triển khai\"", details.QuerySelector(".alert-danger")!.TextContent);
    }

    [Fact]
    public async Task Content_areas_are_added_with_the_next_number_and_a_short_title_can_be_edited()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await CreateCampaignAsync(admin, "Phong trào có nội dung");
        foreach (var title in new[] { "Nội dung một", "Nội dung hai" })
        {
            var added = await admin.PostFormAsync($"/Campaigns/AddArea/{id}", Area(title));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var areas = await factory.WithDbAsync(db => db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == id).OrderBy(a => a.Number).ToListAsync());
        Assert.Equal([1, 2], areas.Select(a => a.Number));
        Assert.Equal(["Chỉ tiêu A", "Chỉ tiêu B"], areas[0].SuggestedIndicators!.Split('\n'));

        var empty = await admin.PostFormAsync($"/Campaigns/EditArea/{areas[1].Id}", Area(""));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Hãy nhập tên ngắn của nội dung thi đua.", (await PortalClient.ParseAsync(empty)).ValidationMessages());

        var edited = await admin.PostFormAsync($"/Campaigns/EditArea/{areas[1].Id}", Area("Cải cách hành chính"));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var details = await admin.GetPageAsync($"/Campaigns/Details/{id}");
        Assert.Equal("2. Cải cách hành chính", details.QuerySelector("#area-2")!.TextContent.Trim());
        Assert.Contains("không xóa được", details.Body!.TextContent);
    }

    [Fact]
    public async Task The_five_seeded_content_areas_are_listed_in_order()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await SeededIdAsync();

        var details = await admin.GetPageAsync($"/Campaigns/Details/{id}");

        var headings = details.QuerySelectorAll("section.content-area h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(CampaignSeed.ContentAreas.Select(a => $"{a.Number}. {a.ShortTitle}"), headings);
        Assert.Equal(["1", "2", "3", "4", "5"], details.QuerySelectorAll("section.content-area").Select(s => s.GetAttribute("data-number")));
    }

    [Theory]
    [InlineData("noivu")]
    [InlineData("canbo.soyte")]
    public async Task Non_admins_are_forbidden_on_every_route(string userName)
    {
        var (getRoutes, postRoutes) = await RoutesAsync();
        using var user = await factory.SignInAsync(userName);
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Campaign) || a.EntityType == nameof(ContentArea)));

        foreach (var route in getRoutes)
        {
            Assert.True((await user.GetAsync(route)).StatusCode == HttpStatusCode.Forbidden, $"GET {route}");
        }

        foreach (var route in postRoutes)
        {
            // No "Code" field: the shared error page currently binds a posted "Code" as its status code (see report).
            var response = await user.PostAsSignedInUserAsync(route, new Dictionary<string, string> { ["Title"] = "Không được lưu", ["ShortTitle"] = "Không được lưu" });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {route}");
        }

        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(Campaign) || a.EntityType == nameof(ContentArea))));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var (getRoutes, postRoutes) = await RoutesAsync();
        using var anonymous = factory.CreatePortalClient();

        foreach (var route in getRoutes)
        {
            AssertLoginRedirect(await anonymous.GetAsync(route), $"GET {route}");
        }

        foreach (var route in postRoutes)
        {
            AssertLoginRedirect(await anonymous.PostAsAnonymousAsync(route, new Dictionary<string, string>()), $"POST {route}");
        }
    }

    private static void AssertLoginRedirect(HttpResponseMessage response, string what)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{what} answered {(int)response.StatusCode}");
        Assert.StartsWith("/Account/Login", Local(response), StringComparison.Ordinal);
    }

    private async Task<(string[] Get, string[] Post)> RoutesAsync()
    {
        var id = await SeededIdAsync();
        var areaId = await factory.WithDbAsync(db => db.ContentAreas.Where(a => a.CampaignId == id).MinAsync(a => a.Id));
        string[] shared = [$"/Campaigns/Create", $"/Campaigns/Edit/{id}", $"/Campaigns/Activate/{id}", $"/Campaigns/Close/{id}",
            $"/Campaigns/Summarize/{id}", $"/Campaigns/AddArea/{id}", $"/Campaigns/EditArea/{areaId}"];
        return ([.. shared, "/Campaigns", "/Campaigns?q=dai+hoi", $"/Campaigns/Details/{id}"], shared);
    }

    private Task<int> SeededIdAsync() =>
        factory.WithDbAsync(db => db.Campaigns.Where(c => c.Code == CampaignSeed.Code).Select(c => c.Id).SingleAsync());

    private Task<CampaignStatus> StatusAsync(int id) =>
        factory.WithDbAsync(db => db.Campaigns.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    private static async Task<HttpResponseMessage> PostEditAsync(PortalClient admin, int id, Action<Dictionary<string, string>> change)
    {
        var fields = FormFields.Read(await admin.GetPageAsync($"/Campaigns/Edit/{id}"));
        change(fields);
        return await admin.PostFormAsync($"/Campaigns/Edit/{id}", fields);
    }

    private async Task<int> CreateCampaignAsync(PortalClient admin, string title)
    {
        var code = "PT-" + Guid.NewGuid().ToString("N")[..8];
        var fields = NewCampaign(code);
        fields["Title"] = title;
        var response = await admin.PostFormAsync("/Campaigns/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Campaigns.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());
    }

    private static Dictionary<string, string> NewCampaign(string code) => new()
    {
        ["Code"] = code,
        ["Title"] = "Phong trào thử nghiệm " + code,
        ["LegalBasis"] = "Kế hoạch số 01/KH-UBND ngày 05/01/2026 của UBND tỉnh Lạng Sơn",
        ["StartDate"] = "2026-01-05",
        ["EndDate"] = "2026-12-31",
        ["PlanDeadline"] = "2026-02-15",
        ["NominationDeadline"] = "2026-12-15",
    };

    private static Dictionary<string, string> Area(string shortTitle) => new()
    {
        ["ShortTitle"] = shortTitle,
        ["FullText"] = "Toàn văn của nội dung thi đua.",
        ["SuggestedIndicators"] = " Chỉ tiêu A \r\n\r\nChỉ tiêu B\r\n",
    };

    private static string Local(HttpResponseMessage response)
    {
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
