using System.Globalization;
using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardForms;

/// <summary>The history rules of the award forms: seeded for the province's forms, edited by Admin on the form's page.</summary>
public sealed class EligibilityRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_Prime_Ministers_form_shows_its_seeded_rules_with_their_basis()
    {
        using var admin = await factory.SignInAsync("admin");

        var page = await admin.GetPageAsync($"/AwardForms/Details/{await IdOfAsync(AwardFormSeed.BangKhenThuTuong)}");

        var rules = page.QuerySelectorAll("#eligibility-rules tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rules.Count);
        Assert.Contains("Đã được tặng Bằng khen của Chủ tịch UBND tỉnh trước đó", rules[0], StringComparison.Ordinal);
        Assert.Contains("5 năm liên tục hoàn thành xuất sắc nhiệm vụ trở lên", rules[1], StringComparison.Ordinal);
        Assert.Contains("Nghị định 65/2014/NĐ-CP", rules[1], StringComparison.Ordinal);
        Assert.Contains("ít nhất 5 năm", rules[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_adds_edits_and_deletes_a_rule_and_a_rule_without_its_years_is_refused()
    {
        using var admin = await factory.SignInAsync("admin");
        var giayKhen = await IdOfAsync(AwardFormSeed.GiayKhen);
        var url = $"/AwardForms/Rules/Create/{giayKhen}";

        var refused = await admin.PostFormAsync(url, Rule(EligibilityRuleKind.MinimumInterval, years: ""));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Hãy nhập số năm.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect,
            (await admin.PostFormAsync(url, Rule(EligibilityRuleKind.MinimumInterval, years: "2"))).StatusCode);
        var id = await factory.WithDbAsync(db => db.AwardEligibilityRules.Where(r => r.AwardFormId == giayKhen)
            .Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/AwardForms/Rules/Edit/{id}",
            Rule(EligibilityRuleKind.MinimumInterval, years: "3"))).StatusCode);
        var details = await admin.GetPageAsync($"/AwardForms/Details/{giayKhen}");
        Assert.Contains("ít nhất 3 năm", details.QuerySelector($"tr[data-rule-id='{id}']")!.TextContent,
            StringComparison.Ordinal);

        var delete = await admin.PostFormAsync($"/AwardForms/Rules/Delete/{id}", new Dictionary<string, string>(),
            $"/AwardForms/Details/{giayKhen}");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.AwardEligibilityRules.AnyAsync(r => r.Id == id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            a.EntityType == nameof(AwardEligibilityRule) && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Only_Admin_edits_the_rules()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var response = await noivu.GetAsync($"/AwardForms/Rules/Create/{await IdOfAsync(AwardFormSeed.GiayKhen)}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Dictionary<string, string> Rule(EligibilityRuleKind kind, string years) => new()
    {
        ["Kind"] = ((int)kind).ToString(CultureInfo.InvariantCulture),
        ["Years"] = years,
        ["RequiredAwardFormId"] = "",
        ["MinimumRating"] = "",
        ["LegalBasis"] = "Quy chế thi đua, khen thưởng của tỉnh",
        ["SortOrder"] = "1",
    };

    private Task<int> IdOfAsync(string code) =>
        factory.WithDbAsync(db => db.AwardForms.Where(f => f.Code == code).Select(f => f.Id).SingleAsync());
}
