using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>A dossier's state wears one badge, whoever looks at it and wherever.</summary>
public sealed class StatusBadgeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(NominationStatus.UnderReview)]
    [InlineData(NominationStatus.Eligible)]
    public async Task A_state_has_the_same_badge_on_the_units_pages_and_on_Noi_Vus(NominationStatus state)
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", $"Vy Thị Huy Hiệu {state}") { State = state });
        using var unit = await factory.SignInAsync("truongdonvi.soyte");
        using var noivu = await factory.SignInAsync("noivu");

        var pages = new[]
        {
            await unit.GetPageAsync("/Nominations"),
            await unit.GetPageAsync($"/Nominations/Details/{built.Id}"),
            await noivu.GetPageAsync($"/NominationReview?Status={state}"),
            await noivu.GetPageAsync($"/NominationReview/Review/{built.Id}"),
        };

        var badges = pages.Select(p => p.QuerySelector($"main .badge[data-status={state}]")?.ClassName).ToList();
        Assert.All(badges, Assert.NotNull);
        Assert.Single(badges.Distinct());
    }
}
