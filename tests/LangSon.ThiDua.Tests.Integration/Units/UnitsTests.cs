using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Units;

public sealed partial class UnitsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_list_holds_the_61_communes_and_4_wards_of_Lang_Son()
    {
        using var admin = await factory.SignInAsync("admin");

        var communes = await admin.GetPageAsync($"/Units?kind={(int)UnitKind.Commune}");
        var wards = await admin.GetPageAsync($"/Units?kind={(int)UnitKind.Ward}");

        Assert.Equal(61, TotalCount(communes));
        Assert.Equal(20, UnitNames(communes).Count);
        Assert.All(UnitNames(communes), name => Assert.StartsWith("UBND xã ", name, StringComparison.Ordinal));
        Assert.Equal(4, TotalCount(wards));
        Assert.Equal(["UBND phường Đông Kinh", "UBND phường Kỳ Lừa", "UBND phường Lương Văn Tri", "UBND phường Tam Thanh"], UnitNames(wards));
        var lastPage = await admin.GetPageAsync($"/Units?kind={(int)UnitKind.Commune}&page=4");
        Assert.Single(UnitNames(lastPage));
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_case_and_also_matches_the_code()
    {
        using var admin = await factory.SignInAsync("admin");

        var tamThanh = UnitNames(await admin.GetPageAsync("/Units?q=tam+thanh"));
        var langSon = UnitNames(await admin.GetPageAsync("/Units?q=LANG+SON"));
        var byCode = UnitNames(await admin.GetPageAsync("/Units?q=syt"));

        Assert.Equal(["UBND phường Tam Thanh"], tamThanh);
        Assert.Contains("Báo và Phát thanh, Truyền hình Lạng Sơn", langSon);
        Assert.Contains("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn", langSon);
        Assert.All(langSon, name => Assert.Contains("Lạng Sơn", name, StringComparison.Ordinal));
        Assert.Equal(["Sở Y tế"], byCode);
    }

    [Fact]
    public async Task Admin_creates_a_unit_and_finds_it_by_name_without_diacritics()
    {
        using var admin = await factory.SignInAsync("admin");
        var groupId = await GroupIdAsync("Khối các cơ quan tổng hợp");
        var parentId = await factory.UnitIdAsync("VPUBND");

        var response = await admin.PostFormAsync("/Units/Create", new Dictionary<string, string>
        {
            ["Code"] = "ttphcc",
            ["Name"] = "Trung tâm Phục vụ hành chính công tỉnh",
            ["Kind"] = ((int)UnitKind.Other).ToString(CultureInfo.InvariantCulture),
            ["ParentId"] = parentId.ToString(CultureInfo.InvariantCulture),
            ["EmulationGroupId"] = groupId.ToString(CultureInfo.InvariantCulture),
            ["FormedFrom"] = "Trung tâm Phục vụ hành chính công (thuộc Văn phòng UBND tỉnh)",
            ["Note"] = "",
        }, "/Units/Create");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "TTPHCC"));
        Assert.Equal($"/Units/Details/{unit.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(UnitKind.Other, unit.Kind);
        Assert.Equal(parentId, unit.ParentId);
        Assert.Equal(groupId, unit.EmulationGroupId);
        Assert.True(unit.IsActive);
        Assert.Null(unit.Note);

        var details = await admin.GetPageAsync($"/Units/Details/{unit.Id}");
        var text = details.QuerySelector("main")!.TextContent;
        Assert.Contains("Đã thêm đơn vị \"Trung tâm Phục vụ hành chính công tỉnh\".", text, StringComparison.Ordinal);
        Assert.Contains("Văn phòng UBND tỉnh", text, StringComparison.Ordinal);
        Assert.Contains("Khối các cơ quan tổng hợp", text, StringComparison.Ordinal);
        Assert.Contains("Trung tâm Phục vụ hành chính công (thuộc Văn phòng UBND tỉnh)", text, StringComparison.Ordinal);

        var found = UnitNames(await admin.GetPageAsync("/Units?q=trung+tam+phuc+vu+hanh+chinh"));
        Assert.Equal(["Trung tâm Phục vụ hành chính công tỉnh"], found);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Insert && a.EntityType == "Unit" && a.EntityId == unit.Id.ToString() && a.UserName == "admin")));
    }

    [Theory]
    [InlineData("DVT01", "", "1", "Hãy nhập tên đơn vị.")]
    [InlineData("", "Đơn vị thử nghiệm", "1", "Hãy nhập mã đơn vị.")]
    [InlineData("SỞ Y TẾ", "Đơn vị thử nghiệm", "1", "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu gạch ngang (-) và dấu gạch dưới (_), không có khoảng trắng.")]
    [InlineData("MA-DON-VI-QUA-DAI-123", "Đơn vị thử nghiệm", "1", "Mã đơn vị tối đa 20 ký tự.")]
    [InlineData("syt", "Đơn vị thử nghiệm", "1", "Mã đơn vị \"SYT\" đã được sử dụng.")]
    [InlineData("DVT02", "Đơn vị thử nghiệm", "", "Hãy chọn loại đơn vị.")]
    public async Task Creating_an_invalid_unit_shows_the_Vietnamese_message_keeps_the_input_and_saves_nothing(string code, string name, string kind, string message)
    {
        using var admin = await factory.SignInAsync("admin");
        var before = await factory.WithDbAsync(db => db.Units.CountAsync());

        var response = await admin.PostFormAsync("/Units/Create",
            new Dictionary<string, string> { ["Code"] = code, ["Name"] = name, ["Kind"] = kind }, "/Units/Create");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, page.ValidationMessages());
        Assert.Equal(code, ((IHtmlInputElement)page.QuerySelector("#Code")!).Value);
        Assert.Equal(name, ((IHtmlInputElement)page.QuerySelector("#Name")!).Value);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Admin_renames_a_unit_and_the_change_is_audited_with_old_and_new_name()
    {
        using var admin = await factory.SignInAsync("admin");
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "SNGV"));

        var response = await admin.PostFormAsync($"/Units/Edit/{unit.Id}", EditFields(unit, name: "Sở Ngoại vụ tỉnh Lạng Sơn"), $"/Units/Edit/{unit.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == unit.Id));
        Assert.Equal("Sở Ngoại vụ tỉnh Lạng Sơn", saved.Name);
        Assert.Equal("so ngoai vu tinh lang son", saved.SearchName);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Unit" && a.EntityId == unit.Id.ToString() && a.Action == AuditActions.Update)
            .OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal("admin", audit.UserName);
        using var changes = JsonDocument.Parse(audit.Changes!);
        var nameChange = changes.RootElement.GetProperty("Name");
        Assert.Equal("Sở Ngoại vụ", nameChange.GetProperty("old").GetString());
        Assert.Equal("Sở Ngoại vụ tỉnh Lạng Sơn", nameChange.GetProperty("new").GetString());

        var details = await admin.GetPageAsync($"/Units/Details/{unit.Id}");
        Assert.Contains("Tên: \"Sở Ngoại vụ\" → \"Sở Ngoại vụ tỉnh Lạng Sơn\"", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Sở Ngoại vụ tỉnh Lạng Sơn"], UnitNames(await admin.GetPageAsync("/Units?q=ngoai+vu")));
    }

    [Fact]
    public async Task A_unit_cannot_be_its_own_parent_nor_the_parent_of_its_parent()
    {
        using var admin = await factory.SignInAsync("admin");
        var agency = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "STP"));
        var child = await AddUnitAsync("TEST-CON", "Phòng thử nghiệm trực thuộc Sở Tư pháp", parentId: agency.Id);

        var itself = await admin.PostFormAsync($"/Units/Edit/{agency.Id}", EditFields(agency, parentId: agency.Id), $"/Units/Edit/{agency.Id}");
        var cycle = await admin.PostFormAsync($"/Units/Edit/{agency.Id}", EditFields(agency, parentId: child.Id), $"/Units/Edit/{agency.Id}");

        Assert.Equal(HttpStatusCode.OK, itself.StatusCode);
        Assert.Contains("Đơn vị cấp trên không thể là chính đơn vị này.", (await PortalClient.ParseAsync(itself)).ValidationMessages());
        Assert.Equal(HttpStatusCode.OK, cycle.StatusCode);
        Assert.Contains("Không thể chọn một đơn vị cấp dưới của chính đơn vị này làm đơn vị cấp trên.", (await PortalClient.ParseAsync(cycle)).ValidationMessages());
        Assert.Null((await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == agency.Id))).ParentId);
    }

    [Fact]
    public async Task Moving_a_lead_unit_to_another_group_leaves_its_old_group_without_a_lead()
    {
        using var admin = await factory.SignInAsync("admin");
        var unit = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Code == "SXD"));
        var oldGroupId = unit.EmulationGroupId!.Value;
        Assert.Equal(unit.Id, await factory.WithDbAsync(db => db.EmulationGroups.Where(g => g.Id == oldGroupId).Select(g => g.LeadUnitId).SingleAsync()));
        var newGroupId = await GroupIdAsync("Khối các cơ quan tổng hợp");

        var response = await admin.PostFormAsync($"/Units/Edit/{unit.Id}", EditFields(unit, groupId: newGroupId), $"/Units/Edit/{unit.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(newGroupId, (await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleAsync(u => u.Id == unit.Id))).EmulationGroupId);
        Assert.Null(await factory.WithDbAsync(db => db.EmulationGroups.Where(g => g.Id == oldGroupId).Select(g => g.LeadUnitId).SingleAsync()));
    }

    [Fact]
    public async Task Deactivating_through_the_confirmation_page_keeps_the_unit_and_hides_it_from_the_default_list()
    {
        using var admin = await factory.SignInAsync("admin");
        var unit = await AddUnitAsync("TEST-NGUNG", "Ban Quản lý dự án thử nghiệm");

        var confirmation = await admin.GetPageAsync($"/Units/Deactivate/{unit.Id}");
        Assert.Contains("Bạn có chắc muốn cho đơn vị", confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await admin.PostFormAsync($"/Units/Deactivate/{unit.Id}", new Dictionary<string, string>(), $"/Units/Deactivate/{unit.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unit.Id));
        Assert.NotNull(stored);
        Assert.False(stored.IsActive);
        Assert.Empty(UnitNames(await admin.GetPageAsync("/Units?q=ban+quan+ly+du+an+thu+nghiem")));
        var inactive = await admin.GetPageAsync("/Units?q=ban+quan+ly+du+an+thu+nghiem&status=Inactive");
        Assert.Equal(["Ban Quản lý dự án thử nghiệm"], UnitNames(inactive));
        Assert.Contains("Ngừng hoạt động", inactive.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.Action == AuditActions.Update && a.EntityType == "Unit" && a.EntityId == unit.Id.ToString() && a.Changes!.Contains("IsActive"))));

        var reactivated = await admin.PostFormAsync($"/Units/Reactivate/{unit.Id}", new Dictionary<string, string>(), $"/Units/Reactivate/{unit.Id}");
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(["Ban Quản lý dự án thử nghiệm"], UnitNames(await admin.GetPageAsync("/Units?q=ban+quan+ly+du+an+thu+nghiem")));
    }

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("noivu")]
    public async Task Users_who_are_not_admin_get_403_on_every_unit_screen(string userName)
    {
        using var client = await factory.SignInAsync(userName);
        var unitId = await factory.UnitIdAsync("SYT");

        foreach (var url in new[] { "/Units", "/Units/Create", $"/Units/Details/{unitId}", $"/Units/Edit/{unitId}", $"/Units/Deactivate/{unitId}" })
        {
            using var get = await client.GetAsync(url);
            Assert.True(get.StatusCode == HttpStatusCode.Forbidden, $"GET {url} answered {(int)get.StatusCode}");
        }

        // No "Code" field here: see Posting_the_full_create_form_as_a_non_admin_gets_403 below.
        var fields = new Dictionary<string, string> { ["Name"] = "Đơn vị trái phép", ["Kind"] = "0" };
        using var create = await PostWithOwnTokenAsync(client, "/Units/Create", fields);
        using var deactivate = await PostWithOwnTokenAsync(client, $"/Units/Deactivate/{unitId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, deactivate.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Name == "Đơn vị trái phép")));
        Assert.True(await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unitId).Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task Posting_the_full_create_form_as_a_non_admin_gets_403()
    {
        using var client = await factory.SignInAsync("canbo.soyte");
        var fields = new Dictionary<string, string> { ["Code"] = "HACK", ["Name"] = "Đơn vị trái phép", ["Kind"] = "0" };

        using var create = await PostWithOwnTokenAsync(client, "/Units/Create", fields);

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Units.AnyAsync(u => u.Code == "HACK")));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        using var client = factory.CreatePortalClient();

        using var response = await client.GetAsync("/Units");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    /// <summary>
    /// A user without access to the form posts it anyway, with a valid antiforgery token of their own
    /// session (taken from their change-password form), so only authorization can stop the request.
    /// </summary>
    private static async Task<HttpResponseMessage> PostWithOwnTokenAsync(PortalClient client, string url, Dictionary<string, string> fields)
    {
        var token = await client.AntiforgeryTokenAsync("/Account/ChangePassword", "/Account/ChangePassword");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static Dictionary<string, string> EditFields(Unit unit, string? name = null, int? parentId = null, int? groupId = null) => new()
    {
        ["Id"] = unit.Id.ToString(CultureInfo.InvariantCulture),
        ["Code"] = unit.Code,
        ["Name"] = name ?? unit.Name,
        ["Kind"] = ((int)unit.Kind).ToString(CultureInfo.InvariantCulture),
        ["ParentId"] = (parentId ?? unit.ParentId)?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["EmulationGroupId"] = (groupId ?? unit.EmulationGroupId)?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["FormerDistrict"] = unit.FormerDistrict ?? "",
        ["FormedFrom"] = unit.FormedFrom ?? "",
        ["Note"] = unit.Note ?? "",
    };

    private Task<Unit> AddUnitAsync(string code, string name, int? parentId = null) => factory.WithDbAsync(async db =>
    {
        var unit = new Unit { Code = code, Name = name, Kind = UnitKind.Other, ParentId = parentId };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit;
    });

    private Task<int> GroupIdAsync(string name) => factory.WithDbAsync(db => db.EmulationGroups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync());

    private static List<string> UnitNames(IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();

    private static int TotalCount(IHtmlDocument page)
    {
        var match = TotalPattern().Match(page.QuerySelector("nav[aria-label='Phân trang']")!.TextContent);
        Assert.True(match.Success, "The pager shows no total");
        return int.Parse(match.Groups[1].Value.Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Tổng số: ([\d.]+)")]
    private static partial Regex TotalPattern();
}
