using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.EmulationGroups;

public sealed class EmulationGroupsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string EconomicSector = "Khối các cơ quan kinh tế";
    private const string CityCluster = "Cụm thi đua khu vực thành phố Lạng Sơn (cũ)";

    [Fact]
    public async Task The_list_shows_the_4_khoi_and_11_cum_with_their_lead_unit_and_unit_count()
    {
        using var admin = await factory.SignInAsync("admin");

        var sectors = GroupRows(await admin.GetPageAsync($"/EmulationGroups?kind={(int)EmulationGroupKind.Sector}"));
        var territories = GroupRows(await admin.GetPageAsync($"/EmulationGroups?kind={(int)EmulationGroupKind.Territory}"));

        Assert.Equal(4, sectors.Count);
        Assert.Equal(11, territories.Count(r => r[0].StartsWith("Cụm thi đua khu vực ", StringComparison.Ordinal)));
        var city = Assert.Single(territories, r => r[0] == CityCluster);
        Assert.Equal("Cụm thi đua", city[1]);
        Assert.Equal("UBND phường Tam Thanh", city[2]);
        Assert.Equal("4", city[3]);
    }

    [Fact]
    public async Task Search_by_name_ignores_diacritics_and_case()
    {
        using var admin = await factory.SignInAsync("admin");

        var found = GroupRows(await admin.GetPageAsync("/EmulationGroups?q=THANH+PHO+LANG+SON"));

        Assert.Equal([CityCluster], found.Select(r => r[0]));
    }

    [Fact]
    public async Task Details_lists_the_units_of_the_group_with_links_and_explains_how_to_move_them()
    {
        using var admin = await factory.SignInAsync("admin");
        var groupId = await GroupIdAsync(CityCluster);
        var tamThanhId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "05986").Select(u => u.Id).SingleAsync());

        var page = await admin.GetPageAsync($"/EmulationGroups/Details/{groupId}");

        var links = page.QuerySelectorAll("tbody a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(4, links.Count);
        Assert.Contains(links, a => a.TextContent.Trim() == "UBND phường Tam Thanh" && a.GetAttribute("href") == $"/Units/Details/{tamThanhId}");
        Assert.Contains("hãy mở đơn vị đó, chọn \"Sửa\" và đổi mục \"Khối, cụm thi đua\"", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_creates_a_group_and_finds_it_without_diacritics()
    {
        using var admin = await factory.SignInAsync("admin");
        var leadId = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "SCT").Select(u => u.Id).SingleAsync());

        var response = await admin.PostFormAsync("/EmulationGroups/Create", new Dictionary<string, string>
        {
            ["Name"] = "Cụm thi đua các khu công nghiệp",
            ["Kind"] = ((int)EmulationGroupKind.Territory).ToString(CultureInfo.InvariantCulture),
            ["LeadUnitId"] = leadId.ToString(CultureInfo.InvariantCulture),
            ["Description"] = "Các khu, cụm công nghiệp của tỉnh",
        }, "/EmulationGroups/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var group = await factory.WithDbAsync(db => db.EmulationGroups.AsNoTracking().SingleAsync(g => g.Name == "Cụm thi đua các khu công nghiệp"));
        Assert.Equal($"/EmulationGroups/Details/{group.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(EmulationGroupKind.Territory, group.Kind);
        Assert.Equal(leadId, group.LeadUnitId);
        Assert.Equal("Các khu, cụm công nghiệp của tỉnh", group.Description);
        var found = GroupRows(await admin.GetPageAsync("/EmulationGroups?q=CUM+THI+DUA+CAC+KHU+CONG+NGHIEP"));
        Assert.Equal(["Cụm thi đua các khu công nghiệp"], found.Select(r => r[0]));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Insert && a.EntityType == "EmulationGroup" && a.EntityId == group.Id.ToString() && a.UserName == "admin")));
    }

    [Theory]
    [InlineData("khối các cơ quan KINH TẾ", "0", "Tên khối, cụm \"khối các cơ quan KINH TẾ\" đã được sử dụng.")]
    [InlineData("Khoi cac co quan kinh te", "0", "Tên khối, cụm \"Khoi cac co quan kinh te\" đã được sử dụng.")]
    [InlineData("", "0", "Hãy nhập tên khối, cụm thi đua.")]
    [InlineData("Cụm thi đua mới", "", "Hãy chọn khối thi đua hoặc cụm thi đua.")]
    public async Task Creating_an_invalid_group_shows_the_Vietnamese_message_and_saves_nothing(string name, string kind, string message)
    {
        using var admin = await factory.SignInAsync("admin");
        var before = await factory.WithDbAsync(db => db.EmulationGroups.CountAsync());

        var response = await admin.PostFormAsync("/EmulationGroups/Create",
            new Dictionary<string, string> { ["Name"] = name, ["Kind"] = kind }, "/EmulationGroups/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.ValidationMessages());
        Assert.Equal(name, ((IHtmlInputElement)page.QuerySelector("#Name")!).Value);
        Assert.Equal(before, await factory.WithDbAsync(db => db.EmulationGroups.CountAsync()));
    }

    [Fact]
    public async Task On_edit_the_lead_unit_must_belong_to_the_group()
    {
        using var admin = await factory.SignInAsync("admin");
        var group = await factory.WithDbAsync(db => db.EmulationGroups.AsNoTracking().SingleAsync(g => g.Name == EconomicSector));
        var outsider = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "SYT").Select(u => u.Id).SingleAsync());
        var member = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "SCT").Select(u => u.Id).SingleAsync());

        var form = await admin.GetPageAsync($"/EmulationGroups/Edit/{group.Id}");
        var options = form.QuerySelectorAll("#LeadUnitId option").Select(o => o.GetAttribute("value")).ToList();
        var refused = await admin.PostFormAsync($"/EmulationGroups/Edit/{group.Id}", EditFields(group, outsider), $"/EmulationGroups/Edit/{group.Id}");
        var accepted = await admin.PostFormAsync($"/EmulationGroups/Edit/{group.Id}", EditFields(group, member), $"/EmulationGroups/Edit/{group.Id}");

        Assert.DoesNotContain(outsider.ToString(CultureInfo.InvariantCulture), options);
        Assert.Contains(member.ToString(CultureInfo.InvariantCulture), options);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Đơn vị trưởng phải là một đơn vị thuộc khối, cụm này.", (await PortalClient.ParseAsync(refused)).ValidationMessages());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(member, await factory.WithDbAsync(db => db.EmulationGroups.Where(g => g.Id == group.Id).Select(g => g.LeadUnitId).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Update && a.EntityType == "EmulationGroup" && a.EntityId == group.Id.ToString() && a.Changes!.Contains("LeadUnitId"))));
    }

    [Fact]
    public async Task A_group_that_still_has_units_cannot_be_deleted()
    {
        using var admin = await factory.SignInAsync("admin");
        var groupId = await GroupIdAsync(EconomicSector);

        using var confirmation = await admin.GetAsync($"/EmulationGroups/Delete/{groupId}");

        Assert.Equal(HttpStatusCode.Redirect, confirmation.StatusCode);
        Assert.Equal($"/EmulationGroups/Details/{groupId}", confirmation.Headers.Location?.OriginalString);
        var details = await admin.GetPageAsync($"/EmulationGroups/Details/{groupId}");
        Assert.Contains($"Không thể xóa \"{EconomicSector}\" vì khối còn 5 đơn vị.", details.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.EmulationGroups.AnyAsync(g => g.Id == groupId)));
    }

    [Fact]
    public async Task A_group_that_received_a_unit_after_the_confirmation_page_was_opened_is_not_deleted()
    {
        using var admin = await factory.SignInAsync("admin");
        var groupId = await AddGroupAsync("Cụm thi đua chờ xóa");
        var confirmationPage = $"/EmulationGroups/Delete/{groupId}";
        var token = await admin.AntiforgeryTokenAsync(confirmationPage, confirmationPage);
        await factory.WithDbAsync(async db =>
        {
            db.Units.Add(new Unit { Code = "TEST-CUM", Name = "Đơn vị mới chuyển vào cụm", Kind = UnitKind.Other, EmulationGroupId = groupId });
            return await db.SaveChangesAsync();
        });

        using var response = await PostAsync(admin, confirmationPage, token, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.EmulationGroups.AnyAsync(g => g.Id == groupId)));
        var details = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Không thể xóa \"Cụm thi đua chờ xóa\" vì cụm còn 1 đơn vị.", details.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_group_is_deleted_after_confirmation()
    {
        using var admin = await factory.SignInAsync("admin");
        var groupId = await AddGroupAsync("Cụm thi đua tạm thời");

        var confirmation = await admin.GetPageAsync($"/EmulationGroups/Delete/{groupId}");
        var response = await admin.PostFormAsync($"/EmulationGroups/Delete/{groupId}", new Dictionary<string, string>(), $"/EmulationGroups/Delete/{groupId}");

        Assert.Contains("Bạn có chắc muốn xóa", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.EmulationGroups.AnyAsync(g => g.Id == groupId)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Delete && a.EntityType == "EmulationGroup" && a.EntityId == groupId.ToString() && a.UserName == "admin")));
    }

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("noivu")]
    public async Task Users_who_are_not_admin_get_403_on_every_group_screen(string userName)
    {
        using var client = await factory.SignInAsync(userName);
        var groupId = await GroupIdAsync(CityCluster);

        foreach (var url in new[] { "/EmulationGroups", "/EmulationGroups/Create", $"/EmulationGroups/Details/{groupId}", $"/EmulationGroups/Edit/{groupId}", $"/EmulationGroups/Delete/{groupId}" })
        {
            using var get = await client.GetAsync(url);
            Assert.True(get.StatusCode == HttpStatusCode.Forbidden, $"GET {url} answered {(int)get.StatusCode}");
        }

        var fields = new Dictionary<string, string> { ["Name"] = "Cụm trái phép", ["Kind"] = "1" };
        using var create = await PostWithOwnTokenAsync(client, "/EmulationGroups/Create", fields);
        using var delete = await PostWithOwnTokenAsync(client, $"/EmulationGroups/Delete/{groupId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.EmulationGroups.AnyAsync(g => g.Name == "Cụm trái phép")));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync("/EmulationGroups");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private Task<int> AddGroupAsync(string name) => factory.WithDbAsync(async db =>
    {
        var group = new EmulationGroup { Name = name, Kind = EmulationGroupKind.Territory };
        db.EmulationGroups.Add(group);
        await db.SaveChangesAsync();
        return group.Id;
    });

    /// <summary>
    /// A user without access to the form posts it anyway, with a valid antiforgery token of their own
    /// session (taken from their change-password form), so only authorization can stop the request.
    /// </summary>
    private static async Task<HttpResponseMessage> PostWithOwnTokenAsync(PortalClient client, string url, Dictionary<string, string> fields) =>
        await PostAsync(client, url, await client.AntiforgeryTokenAsync("/Account/ChangePassword", "/Account/ChangePassword"), fields);

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, string url, string token, Dictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static Dictionary<string, string> EditFields(EmulationGroup group, int leadUnitId) => new()
    {
        ["Id"] = group.Id.ToString(CultureInfo.InvariantCulture),
        ["Name"] = group.Name,
        ["Kind"] = ((int)group.Kind).ToString(CultureInfo.InvariantCulture),
        ["LeadUnitId"] = leadUnitId.ToString(CultureInfo.InvariantCulture),
        ["Description"] = group.Description ?? "",
    };

    private Task<int> GroupIdAsync(string name) => factory.WithDbAsync(db => db.EmulationGroups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync());

    /// <summary>Each row of the list as its cells' texts: name, kind, lead unit, number of units.</summary>
    private static List<string[]> GroupRows(IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .ToList();
}
