using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LangSon.ThiDua.Tests.Integration.Users.UserPages;

namespace LangSon.ThiDua.Tests.Integration.Users;

/// <summary>The user list, its search and filters, and who may reach the user routes.</summary>
public sealed class UsersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] DemoUserNames =
    [
        "admin", "noivu", "hoidong1", "hoidong2", "hoidong3", "hoidong4", "hoidong5", "hoidong6", "hoidong7", "hoidong8", "hoidong9",
        "truongdonvi.soyte", "canbo.soyte", "truongdonvi.tamthanh", "canbo.tamthanh", "mttq",
    ];

    [Fact]
    public async Task List_shows_the_sixteen_demo_accounts_with_Vietnamese_roles_and_units()
    {
        using var admin = await factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Users");

        var rows = Rows(page);
        Assert.Subset(rows.Keys.ToHashSet(), DemoUserNames.ToHashSet());
        Assert.Equal(["Nguyễn Thị Hương", "Chuyên viên Văn phòng Sở", "Sở Y tế", "Cán bộ đơn vị", "Đang hoạt động"], rows["canbo.soyte"][1..6]);
        Assert.Equal("Thành viên Hội đồng TĐKT tỉnh", rows["hoidong1"][4]);
        Assert.Equal("Quản trị hệ thống", rows["admin"][4]);
    }

    [Fact]
    public async Task The_list_offers_to_disable_other_accounts_and_nothing_of_the_kind_on_the_administrators_own()
    {
        using var admin = await factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Users");

        IElement Row(string userName) => page.QuerySelectorAll("#users tbody tr")
            .Single(r => r.QuerySelector("td")!.TextContent.Trim() == userName);
        Assert.Null(Row("admin").QuerySelector("a[href^='/Users/Disable/']"));
        // An active account is never offered "Kích hoạt" either (the own account got it in place of "Vô hiệu hóa").
        Assert.Null(Row("admin").QuerySelector("a[href^='/Users/Enable/']"));
        Assert.NotNull(Row("noivu").QuerySelector("a[href^='/Users/Disable/']"));
    }

    [Theory]
    [InlineData("hoi dong")]
    [InlineData("hoidong")]
    [InlineData("Hội Đồng")]
    public async Task Searching_hoi_dong_finds_the_nine_council_members_by_user_name(string search)
    {
        using var admin = await factory.SignInAsync("admin");
        var page = await admin.GetPageAsync($"/Users?q={Uri.EscapeDataString(search)}");

        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"hoidong{i}"), Rows(page).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Searching_a_full_name_without_diacritics_finds_it()
    {
        using var admin = await factory.SignInAsync("admin");
        var page = await admin.GetPageAsync("/Users?q=nguyen+thi+huong");

        var rows = Rows(page);
        Assert.Equal(["canbo.soyte"], rows.Keys);
        Assert.Equal("Nguyễn Thị Hương", rows["canbo.soyte"][1]);
    }

    [Fact]
    public async Task Filters_by_role_and_unit()
    {
        using var admin = await factory.SignInAsync("admin");
        var soYte = await factory.UnitIdAsync("SYT");

        var heads = Rows(await admin.GetPageAsync("/Users?role=UnitHead")).Keys;
        var soYteStaff = Rows(await admin.GetPageAsync($"/Users?role=UnitStaff&unitId={soYte}")).Keys;

        Assert.Equal(["truongdonvi.soyte", "truongdonvi.tamthanh"], heads.Order(StringComparer.Ordinal));
        Assert.Contains("canbo.soyte", soYteStaff);
        Assert.DoesNotContain("canbo.tamthanh", soYteStaff);
        Assert.DoesNotContain("truongdonvi.soyte", soYteStaff);
    }

    [Fact]
    public async Task Every_form_posts_back_to_its_own_route_with_an_antiforgery_token()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await factory.UserIdAsync("hoidong3");

        foreach (var url in new[] { "/Users/Create", $"/Users/Edit/{id}", $"/Users/ResetPassword/{id}", $"/Users/Disable/{id}" })
        {
            var page = await admin.GetPageAsync(url);
            var form = page.QuerySelector($"main form[method=post][action='{url}']");
            Assert.True(form?.QuerySelector("input[name=__RequestVerificationToken]") is not null, $"{url}: no form posting back with a token");
        }
    }

    [Theory]
    [InlineData("/Users/Details/khong-co")]
    [InlineData("/Users/Edit/khong-co")]
    [InlineData("/Users/Disable/khong-co")]
    [InlineData("/Users/ResetPassword/khong-co")]
    public async Task An_unknown_account_gives_404(string url)
    {
        using var admin = await factory.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("noivu")]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.tamthanh")]
    public async Task Non_admins_get_403_on_every_user_route(string userName)
    {
        using var client = await factory.SignInAsync(userName);
        var id = await factory.UserIdAsync("hoidong2");

        foreach (var url in new[] { "/Users", "/Users/Create", $"/Users/Details/{id}", $"/Users/Edit/{id}", $"/Users/Disable/{id}", $"/Users/ResetPassword/{id}" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }

        var create = await client.PostAsSignedInUserAsync("/Users/Create", CreateFields("leo.quyen", "Leo Quyền", null));
        var disable = await client.PostAsSignedInUserAsync($"/Users/Disable/{id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, disable.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "leo.quyen")));
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsActive).SingleAsync()));
    }

    [Theory]
    [InlineData("/Users")]
    [InlineData("/Users/Create")]
    public async Task Anonymous_visitor_is_sent_to_the_login_page(string url)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
