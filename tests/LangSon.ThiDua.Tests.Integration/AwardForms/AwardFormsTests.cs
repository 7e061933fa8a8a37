using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardForms;

public sealed class AwardFormsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_list_shows_the_seeded_forms_in_order_with_their_vote_rules()
    {
        using var admin = await factory.SignInAsync("admin");

        var list = await admin.GetPageAsync("/AwardForms");

        var codes = list.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-code")).ToList();
        Assert.Equal(
            [
                AwardFormSeed.GiayKhen, AwardFormSeed.CoThiDuaTinh, AwardFormSeed.BangKhenTinh,
                AwardFormSeed.BangKhenThuTuong,
            ],
            codes.Take(4));
        var provincial = list.QuerySelector($"tr[data-code='{AwardFormSeed.BangKhenTinh}']")!.TextContent;
        Assert.Contains("66,67%", provincial);
        Assert.Contains("70% trên tổng số thành viên Hội đồng", provincial);
        Assert.Contains("Không", list.QuerySelector($"tr[data-code='{AwardFormSeed.GiayKhen}']")!.TextContent);
    }

    [Fact]
    public async Task Admin_sets_the_pass_threshold_of_Bang_khen_TTg_to_75_percent()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await IdOfAsync(AwardFormSeed.BangKhenThuTuong);

        var response = await PostEditAsync(admin, id, f => f["PassThresholdPercent"] = "75");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await FormAsync(id);
        Assert.Equal(75m, saved.PassThresholdPercent);
        Assert.Equal(66.67m, saved.QuorumPercent);
        Assert.Equal(TaskRating.Excellent, saved.MinimumTaskRating);
        Assert.Equal(NomineeKinds.Collective | NomineeKinds.Individual, saved.NomineeKinds);
        var details = await admin.GetPageAsync($"/AwardForms/Details/{id}");
        Assert.Contains("thông qua khi đạt từ 75% phiếu đồng ý trên tổng số thành viên Hội đồng",
            details.QuerySelector("#vote-rule")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(AwardForm) && a.EntityId == id.ToString() && a.Action == AuditActions.Update && a.Changes!.Contains("PassThresholdPercent"))));
    }

    [Fact]
    public async Task Admin_sets_the_khoi_cum_vote_rule_and_a_quota_without_a_share_is_refused()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await IdOfAsync(AwardFormSeed.CoThiDuaTinh);

        var refused = await PostEditAsync(admin, id, f => (f["GroupVotePercent"], f["GroupQuota"]) = ("", "2"));
        var saved = await PostEditAsync(admin, id, f => (f["GroupVotePercent"], f["GroupQuota"]) = ("66,5", "2"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Hãy nhập tỷ lệ biểu quyết của khối, cụm", await refused.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var form = await FormAsync(id);
        Assert.Equal((66.5m, 2), (form.GroupVotePercent, form.GroupQuota));
        var details = await admin.GetPageAsync($"/AwardForms/Details/{id}");
        Assert.Equal("Từ 66,5 % số đơn vị có mặt biểu quyết, nhiều nhất 2 đơn vị mỗi khối, cụm",
            details.QuerySelector("#group-vote-rule")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("", "Hãy nhập tỷ lệ phiếu đồng ý để thông qua (%) khi cần Hội đồng biểu quyết.")]
    [InlineData("0", "Tỷ lệ thông qua phải lớn hơn 0%.")]
    [InlineData("100,5", "Tỷ lệ thông qua không được quá 100%.")]
    public async Task A_council_vote_needs_a_valid_threshold_and_nothing_is_saved_otherwise(string threshold, string message)
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await IdOfAsync(AwardFormSeed.BangKhenTinh);
        var before = await FormAsync(id);

        var response = await PostEditAsync(admin, id, f =>
        {
            f["PassThresholdPercent"] = threshold;
            f["Name"] = "Không được lưu";
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await PortalClient.ParseAsync(response)).ValidationMessages());
        var after = await FormAsync(id);
        Assert.Equal(before.PassThresholdPercent, after.PassThresholdPercent);
        Assert.Equal(before.Name, after.Name);
    }

    [Fact]
    public async Task At_least_one_nominee_kind_is_required()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await IdOfAsync(AwardFormSeed.GiayKhen);

        var response = await PostEditAsync(admin, id, f =>
        {
            f["NomineeCollective"] = "false";
            f["NomineeIndividual"] = "false";
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy chọn ít nhất một đối tượng được khen thưởng (tập thể hoặc cá nhân).", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(NomineeKinds.Collective | NomineeKinds.Individual, (await FormAsync(id)).NomineeKinds);
    }

    [Fact]
    public async Task Admin_creates_a_form_whose_checkboxes_become_flags_then_deactivates_it()
    {
        using var admin = await factory.SignInAsync("admin");
        var fields = FormFields.Read(await admin.GetPageAsync("/AwardForms/Create"));
        fields["Code"] = "GIAY-KHEN-SO";
        fields["Name"] = "Giấy khen của Giám đốc Sở";
        fields["DecisionLevel"] = ((int)DecisionLevel.Unit).ToString();
        fields["NomineeCollective"] = "false";
        fields["NomineeIndividual"] = "true";
        fields["DocAchievementReport"] = "true";
        fields["QuorumPercent"] = "50";
        fields["Eligibility"] = "Cá nhân hoàn thành tốt nhiệm vụ.";
        fields["SortOrder"] = "10";

        var created = await admin.PostFormAsync("/AwardForms/Create", fields, "/AwardForms/Create");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var saved = await factory.WithDbAsync(db => db.AwardForms.AsNoTracking().SingleAsync(f => f.Code == "GIAY-KHEN-SO"));
        Assert.Equal(NomineeKinds.Individual, saved.NomineeKinds);
        Assert.Equal(DossierDocuments.AchievementReport, saved.RequiredDocuments);
        Assert.False(saved.RequiresCouncilVote);
        Assert.Null(saved.QuorumPercent);
        Assert.True(saved.IsActive);
        var list = await admin.GetPageAsync("/AwardForms");
        var rows = list.QuerySelectorAll("tbody tr");
        Assert.Equal("GIAY-KHEN-SO", rows[rows.Length - 1].GetAttribute("data-code"));

        var deactivated = await PostEditAsync(admin, saved.Id, f => f["IsActive"] = "false");

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.False((await FormAsync(saved.Id)).IsActive);
        list = await admin.GetPageAsync("/AwardForms");
        Assert.Contains("Ngừng sử dụng", list.QuerySelector("tr[data-code='GIAY-KHEN-SO']")!.TextContent);
    }

    [Fact]
    public async Task A_code_already_used_is_refused()
    {
        using var admin = await factory.SignInAsync("admin");
        var id = await IdOfAsync(AwardFormSeed.GiayKhen);

        var response = await PostEditAsync(admin, id, f => f["Code"] = "bang-khen-ttg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mã hình thức khen thưởng \"bang-khen-ttg\" đã được sử dụng.", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(AwardFormSeed.GiayKhen, (await FormAsync(id)).Code);
    }

    [Theory]
    [InlineData("noivu")]
    [InlineData("canbo.soyte")]
    public async Task Non_admins_are_forbidden_on_every_route(string userName)
    {
        var (getRoutes, postRoutes) = await RoutesAsync();
        using var user = await factory.SignInAsync(userName);

        foreach (var route in getRoutes)
        {
            Assert.True((await user.GetAsync(route)).StatusCode == HttpStatusCode.Forbidden, $"GET {route}");
        }

        foreach (var route in postRoutes)
        {
            var response = await user.PostAsSignedInUserAsync(route, new Dictionary<string, string> { ["Name"] = "Không được lưu", ["PassThresholdPercent"] = "1" });
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {route}");
        }

        Assert.False(await factory.WithDbAsync(db => db.AwardForms.AnyAsync(f => f.Name == "Không được lưu")));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var (getRoutes, postRoutes) = await RoutesAsync();
        using var anonymous = factory.CreatePortalClient();

        foreach (var (method, route) in getRoutes.Select(r => ("GET", r)).Concat(postRoutes.Select(r => ("POST", r))))
        {
            var response = method == "GET"
                ? await anonymous.GetAsync(route)
                : await anonymous.PostAsAnonymousAsync(route, new Dictionary<string, string>());
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{method} {route} answered {(int)response.StatusCode}");
            Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    private async Task<(string[] Get, string[] Post)> RoutesAsync()
    {
        var id = await IdOfAsync(AwardFormSeed.BangKhenThuTuong);
        return (["/AwardForms", $"/AwardForms/Details/{id}", "/AwardForms/Create", $"/AwardForms/Edit/{id}"],
            ["/AwardForms/Create", $"/AwardForms/Edit/{id}"]);
    }

    private Task<int> IdOfAsync(string code) =>
        factory.WithDbAsync(db => db.AwardForms.Where(f => f.Code == code).Select(f => f.Id).SingleAsync());

    private Task<AwardForm> FormAsync(int id) =>
        factory.WithDbAsync(db => db.AwardForms.AsNoTracking().SingleAsync(f => f.Id == id));

    private static async Task<HttpResponseMessage> PostEditAsync(PortalClient admin, int id, Action<Dictionary<string, string>> change)
    {
        var fields = FormFields.Read(await admin.GetPageAsync($"/AwardForms/Edit/{id}"));
        change(fields);
        return await admin.PostFormAsync($"/AwardForms/Edit/{id}", fields);
    }
}
