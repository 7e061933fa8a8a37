using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardRegister;

/// <summary>The demo's register: a few hundred past awards over five years, people who moved, namesakes to confirm.</summary>
public sealed class DemoAwardRegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_register_holds_five_years_of_awards_movers_and_possible_namesakes_and_seeds_once()
    {
        await factory.WithDbAsync(async db => { await DemoAwardRegisterSeeder.SeedAsync(db); return true; });
        await factory.WithDbAsync(async db => { await DemoAwardRegisterSeeder.SeedAsync(db); return true; });

        var records = await factory.WithDbAsync(db => db.AwardRecords.AsNoTracking()
            .Where(r => r.NominationId == null).ToListAsync());
        Assert.InRange(records.Count, 200, 500);
        Assert.Equal(Enumerable.Range(2020, 5), records.Select(r => r.DecisionDate.Year).Where(y => y < 2025)
            .Distinct().Order());
        Assert.Contains(records, r => r.AwardFormName.Contains("Thủ tướng", StringComparison.Ordinal));

        var mover = records.Where(r => r.RecipientName == "Hoàng Đức Thắng" && r.DateOfBirth == new DateOnly(1978, 4, 12))
            .Select(r => r.UnitName).Distinct().Order().ToList();
        Assert.Equal(["Sở Xây dựng", "Sở Y tế"], mover);

        var noBirth = records.Where(r => r.RecipientKind == NomineeKind.Individual && r.DateOfBirth is null).ToList();
        Assert.NotEmpty(noBirth);
        Assert.Contains(noBirth, n => records.Any(r => r.DateOfBirth is not null
            && AwardRecipientIdentity.History(n.RecipientSearchName, null, [r], []).Possible.Contains(r.Id)));

        using var noivu = await factory.SignInAsync("noivu");
        var first = noBirth.First(n => records.Any(r => r.DateOfBirth is not null
            && r.RecipientSearchName == n.RecipientSearchName));
        var sameName = records.First(r => r.DateOfBirth is not null && r.RecipientSearchName == first.RecipientSearchName);
        var history = await noivu.GetPageAsync($"/AwardRegister/Person/{sameName.Id}");
        Assert.Contains(first.Id, history.RowIds("#possible"));
    }

    [Fact]
    public async Task The_demo_history_shows_a_confirmed_mover_without_a_date_of_birth_and_a_namesake_kept_apart()
    {
        await factory.WithDbAsync(async db => { await DemoAwardRegisterSeeder.SeedAsync(db); return true; });
        var (nga, toan, links) = await factory.WithDbAsync(async db => (
            await db.AwardRecords.AsNoTracking().Where(r => r.RecipientName == DemoIdentityPairs.ConfirmedName)
                .OrderBy(r => r.DecisionDate).ToListAsync(),
            await db.AwardRecords.AsNoTracking().Where(r => r.RecipientName == DemoIdentityPairs.SplitName)
                .OrderBy(r => r.DecisionDate).ToListAsync(),
            await db.AwardRecipientLinks.AsNoTracking().ToListAsync()));
        using var noivu = await factory.SignInAsync("noivu");

        var ngaHistory = await noivu.GetPageAsync($"/AwardRegister/Person/{nga[^1].Id}");
        var toanHistory = await noivu.GetPageAsync($"/AwardRegister/Person/{toan.First(r => r.UnitName
            == "Sở Xây dựng").Id}");

        Assert.Equal(["Sở Tài chính", "Sở Y tế", "Sở Y tế"], nga.Select(r => r.UnitName));
        Assert.Null(nga[0].DateOfBirth);
        Assert.Equal(nga.Select(r => r.Id).Order(), ngaHistory.RowIds("#history").Order());
        Assert.Null(ngaHistory.QuerySelector("#possible"));
        var namesake = toan.Single(r => r.DateOfBirth is null);
        Assert.DoesNotContain(namesake.Id, toanHistory.RowIds("#history"));
        Assert.Null(toanHistory.QuerySelector("#possible"));
        Assert.Contains(links, l => l.IsSamePerson && l.Joins(nga[0].Id));
        Assert.Contains(links, l => !l.IsSamePerson && l.Joins(namesake.Id));
    }
}
