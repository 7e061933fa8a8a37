using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// On a 390 px phone the main lists become cards: nothing reaches past the screen's edge, every value keeps its
/// column's name, and the status and the actions of each row can be seen without scrolling sideways.
/// </summary>
public sealed class PhoneTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const int Width = 390;

    public static TheoryData<string?, string, string> Lists() => new()
    {
        { "noivu", "/Plans", "table.plans" },
        { "canbo.tamthanh", "/Plans/Mine", "table.targets" },
        { "truongdonvi.soyte", "/Nominations", "table.nominations" },
        { "admin", "/Users", "#users" },
        { "noivu", "/Reminders", "#reminders" },
        { null, "/PublicResults", "header" },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Lists_fit_a_phone_screen_as_cards_with_every_value_named(string? userName, string path, string list)
    {
        var page = userName is null
            ? await portal.AnonymousPageAsync(width: Width)
            : await portal.SignedInPageAsync(userName, width: Width);
        await page.GotoAsync(path);
        await BrowserPortal.ScreenshotAsync(page, $"dien-thoai{path.Replace('/', '-').ToLowerInvariant()}");

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"{path} at {Width}px scrolls sideways to {scrollWidth}px");
        var cut = await page.EvaluateAsync<string[]>(
            """
            list => [...document.querySelectorAll(list + ' *')]
                .filter(e => e.offsetParent !== null && !e.closest('.dropdown-menu, .visually-hidden, .collapse, .table-stack thead'))
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                    || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden'))
                .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40))
            """, list);
        Assert.True(cut.Length == 0, $"{path}: cut at the screen's edge: {string.Join(" | ", cut)}");
        if (list.StartsWith('t') || list.StartsWith('#'))
        {
            var unnamed = await page.EvaluateAsync<int>(
                "list => [...document.querySelectorAll(list + ' tbody td:not(:empty)')]"
                + ".filter(td => !td.dataset.label).length", list);
            Assert.Equal(0, unnamed);
        }

        await page.Context.CloseAsync();
    }
}
