using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.AwardDecisions;
using LangSon.ThiDua.Tests.Integration.AwardRegister;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Certificates;

/// <summary>
/// Print links where people need them: a decision's page offers Sở Nội vụ and Admin the whole decision and each
/// line, council members and observers nothing; the register offers a unit's users their own Giấy khen only.
/// </summary>
public sealed class CertificateLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_decisions_page_offers_Noi_vu_and_Admin_the_whole_decision_and_each_line_and_nobody_else()
    {
        var ids = await factory.NominateAsync(DecisionScenario.SoYte, AwardFormSeed.BangKhenTinh,
            new Nominee(NomineeKind.Individual, "Đào Văn In"), new Nominee(NomineeKind.Collective, "Khoa In Ấn"));
        int decision;
        using (var noivu = await factory.SignInAsync("noivu"))
        {
            decision = await noivu.RecordAsync(AwardFormSeed.BangKhenTinh, "4101/QĐ-UBND", ids);
        }

        var lines = await factory.WithDbAsync(db => db.AwardRecords.Where(r => ids.Contains(r.NominationId!.Value))
            .Select(r => r.Id).OrderBy(id => id).ToListAsync());
        foreach (var user in new[] { "noivu", "admin" })
        {
            using var client = await factory.SignInAsync(user);
            var page = await client.GetPageAsync($"/AwardDecisions/Details/{decision}");

            var whole = page.QuerySelector("#certificate-print a")?.GetAttribute("href");
            Assert.Equal("/Certificates/Decision?number=4101/QĐ-UBND&date=" + await DecisionDateAsync(decision),
                Uri.UnescapeDataString(whole ?? ""));
            Assert.Equal(lines.Select(id => $"/Certificates/Print/{id}").Order(), page
                .QuerySelectorAll("a.print-certificate").Select(a => a.GetAttribute("href")!).Order());
        }

        foreach (var user in new[] { "hoidong1", "mttq" })
        {
            using var client = await factory.SignInAsync(user);
            var page = await client.GetPageAsync($"/AwardDecisions/Details/{decision}");

            Assert.Null(page.QuerySelector("#certificate-print"));
            Assert.Empty(page.QuerySelectorAll("a.print-certificate"));
        }
    }

    [Fact]
    public async Task A_unit_sees_print_links_on_its_own_Giay_khen_not_on_its_Bang_khen_and_Noi_vu_sees_both()
    {
        var own = await factory.PastAwardAsync("Đào Thị Giấy Khen", formCode: AwardFormSeed.GiayKhen);
        var province = await factory.PastAwardAsync("Đào Thị Bằng Khen");

        using var clerk = await factory.SignInAsync("canbo.soyte");
        var unitPage = await clerk.GetPageAsync("/AwardRegister?q=dao+thi");
        using var noivu = await factory.SignInAsync("noivu");
        var provincePage = await noivu.GetPageAsync("/AwardRegister?q=dao+thi");

        Assert.Equal([$"/Certificates/Print/{own}"], PrintLinks(unitPage));
        Assert.Empty(unitPage.QuerySelectorAll("a.edit-achievement"));
        Assert.Equal(new[] { $"/Certificates/Print/{own}", $"/Certificates/Print/{province}" }.Order(),
            PrintLinks(provincePage).Order());
    }

    private static List<string> PrintLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.award-register a.print-certificate").Select(a => a.GetAttribute("href")!)
            .ToList();

    private Task<string> DecisionDateAsync(int decision) =>
        factory.WithDbAsync(async db => (await db.AwardDecisions.SingleAsync(d => d.Id == decision)).Date
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>
/// A form without a blank: no print link, a hint for Sở Nội vụ and, for Admin, the way to the blanks.
/// </summary>
public sealed class CertificateLinkWithoutBlankTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Without_a_blank_the_decisions_page_says_so_and_shows_Admin_the_way_to_the_blanks()
    {
        var ids = await factory.NominateAsync(DecisionScenario.SoYte, AwardFormSeed.BangKhenTinh,
            new Nominee(NomineeKind.Individual, "Đào Văn Chưa Phôi"));
        using var noivu = await factory.SignInAsync("noivu");
        var decision = await noivu.RecordAsync(AwardFormSeed.BangKhenTinh, "4102/QĐ-UBND", ids);
        await factory.WithDbAsync(async db =>
        {
            var form = await db.AwardForms.SingleAsync(f => f.Code == AwardFormSeed.BangKhenTinh);
            db.CertificateBlanks.Remove(await db.CertificateBlanks.SingleAsync(b => b.AwardFormId == form.Id));
            return await db.SaveChangesAsync();
        });
        using var admin = await factory.SignInAsync("admin");

        var noivuPage = await noivu.GetPageAsync($"/AwardDecisions/Details/{decision}");
        var adminPage = await admin.GetPageAsync($"/AwardDecisions/Details/{decision}");

        foreach (var page in new[] { noivuPage, adminPage })
        {
            Assert.Null(page.QuerySelector("#certificate-print"));
            Assert.Empty(page.QuerySelectorAll("a.print-certificate"));
            Assert.Contains("chưa có phôi", page.QuerySelector("#certificate-no-blank")!.TextContent,
                StringComparison.Ordinal);
        }

        Assert.Null(noivuPage.QuerySelector("#certificate-no-blank a"));
        Assert.Equal("/Certificates/Blanks", adminPage.QuerySelector("#certificate-no-blank a")!.GetAttribute("href"));
    }
}
