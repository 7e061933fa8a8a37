using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// The main pages of every role (and of a visitor) on a 1366 px laptop, a 1024 px tablet and a 390 px phone: the page
/// never scrolls sideways, the header keeps its height and the page's title is on the first screen. With
/// SCREENSHOT_DIR set, each screen is saved as man-hinh/role-page-width.png for the guides' gallery (man-hinh.md).
/// </summary>
public sealed class RoleScreensTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    /// <summary>Widths and heights of the screens looked at: laptop, tablet, phone.</summary>
    private static readonly (int Width, int Height)[] Screens = [(1366, 768), (1024, 768), (390, 844)];

    /// <summary>The role's main pages: the name its screenshots take, and the address.</summary>
    private static readonly Dictionary<string, (string Name, string Path)[]> Pages = new()
    {
        ["khach"] =
            [("ket-qua", "/PublicResults"), ("guong-dien-hinh", "/PublicModels"), ("dang-nhap", "/Account/Login")],
        ["admin"] = [("trang-chu", "/"), ("nguoi-dung", "/Users"), ("don-vi", "/Units")],
        ["noivu"] = [("trang-chu", "/"), ("ke-hoach", "/Plans"), ("tham-dinh", "/NominationReview")],
        ["hoidong1"] = [("trang-chu", "/"), ("phien-hop", "/Council"), ("bang-dieu-khien", "/Dashboard")],
        ["truongdonvi.soyte"] = [("trang-chu", "/"), ("de-nghi", "/Nominations"), ("to-trinh", "/Nominations/Batches")],
        ["canbo.soyte"] = [("trang-chu", "/"), ("ke-hoach", "/Plans/Mine"), ("phan-anh", "/Feedback")],
        ["mttq"] = [("trang-chu", "/"), ("bang-dieu-khien", "/Dashboard"), ("quyet-dinh", "/AwardDecisions")],
    };

    public static TheoryData<string> Roles() => new(Pages.Keys);

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task The_main_pages_of_every_role_fit_a_laptop_a_tablet_and_a_phone_with_the_title_on_the_first_screen(
        string role)
    {
        var page = role == "khach" ? await portal.AnonymousPageAsync() : await portal.SignedInPageAsync(role);
        var problems = new List<string>();
        foreach (var (width, height) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var (name, path) in Pages[role])
            {
                var response = await page.GotoAsync(path);
                Assert.True(response is { Ok: true }, $"{role} {path}: {response?.Status}");
                problems.AddRange(await ProblemsAsync(page, $"{role} {path} at {width}px", width, height));
                await BrowserPortal.ScreenshotAsync(page, $"man-hinh/{Slug(role)}-{name}-{width}", fullPage: false);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    private static async Task<IEnumerable<string>> ProblemsAsync(IPage page, string where, int width, int height)
    {
        var problems = new List<string>();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        if (scrollWidth > width + 1)
        {
            problems.Add($"{where}: scrolls sideways to {scrollWidth}px");
        }

        var header = (await page.Locator("header").First.BoundingBoxAsync())!;
        var tallest = width < 576 ? HeaderTests.TallestPhoneHeader : HeaderTests.TallestHeader;
        if (header.Height > tallest)
        {
            problems.Add($"{where}: header {header.Height}px tall (at most {tallest}px)");
        }

        var title = page.Locator("h1").First;
        var box = await title.IsVisibleAsync() ? await title.BoundingBoxAsync() : null;
        if (box is null || box.Y < 0 || box.Y + box.Height > height)
        {
            problems.Add($"{where}: the h1 is not on the first screen ({box?.Y.ToString() ?? "hidden"})");
        }

        return problems;
    }

    /// <summary>"truongdonvi.soyte" → "truongdonvi-soyte": file names without a second dot.</summary>
    private static string Slug(string role) => role.Replace('.', '-');
}
