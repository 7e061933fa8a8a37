using System.Globalization;
using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// Numbers of Tờ trình and decisions ("312/TTr-SYT", "2865/QĐ-UBND") are read and copied whole: on a 390 px phone
/// and in the narrow columns of the lists, none of them breaks across two lines.
/// </summary>
public sealed class DocumentNumberTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    /// <summary>How many document numbers the page's main part shows, then each one laid out on two lines.</summary>
    private const string BrokenNumbers = """
        () => {
            const number = /\d+\/[A-ZĐ][A-Za-zĐđ]*(-[A-Za-zĐđ0-9]+)+/g;
            const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
            const broken = [];
            let seen = 0;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const match of node.textContent.matchAll(number)) {
                    seen++;
                    const range = document.createRange();
                    range.setStart(node, match.index);
                    range.setEnd(node, match.index + match[0].length);
                    const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                        .map(r => Math.round(r.top)));
                    if (tops.size > 1) {
                        broken.push(match[0] + ' in ' + node.parentElement.tagName.toLowerCase());
                    }
                }
            }
            return [String(seen), ...broken];
        }
        """;

    public static TheoryData<string, string, int> Lists() => new()
    {
        { "truongdonvi.soyte", "/Nominations", 390 },
        { "truongdonvi.soyte", "/Nominations", 1366 },
        { "truongdonvi.soyte", "/Nominations/Batches", 390 },
        { "noivu", "/NominationReview", 390 },
        { "noivu", "/NominationReview?status=", 1024 },
        { "noivu", "/AwardDecisions", 390 },
        { "khach", "/PublicResults", 390 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Document_numbers_stay_on_one_line_in_lists_and_the_pages_they_open(
        string role, string path, int width)
    {
        var page = role == "khach"
            ? await portal.AnonymousPageAsync(width: width)
            : await portal.SignedInPageAsync(role, width: width);
        await page.GotoAsync(path);
        var found = await page.EvaluateAsync<string[]>(BrokenNumbers);
        Assert.True(int.Parse(found[0], CultureInfo.InvariantCulture) > 0, $"{path}: no document number shown");
        var broken = found.Skip(1).ToList();
        var details = page.Locator("main table tbody a[href]");
        if (await details.CountAsync() > 0)
        {
            await page.GotoAsync((await details.First.GetAttributeAsync("href"))!);
            broken.AddRange((await page.EvaluateAsync<string[]>(BrokenNumbers)).Skip(1));
        }

        Assert.True(broken.Count == 0, $"{path} at {width}px: {string.Join(", ", broken)}");
        await page.Context.CloseAsync();
    }
}
