using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// axe-core on the pages each role reaches from its home page and menu (the demo with its plans): no serious or
/// critical violation of WCAG 2.1 A/AA anywhere — contrast of text, links, buttons and focus marks included.
/// </summary>
public sealed class AccessibilityCrawlTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const int PagesPerRole = 16;

    private static readonly string[] NotPages =
        ["/Account/Logout", "/Pdf", "/Excel", "/Export", "/File", "/Download", "/Photo", "/Template", "/Print"];

    public static TheoryData<string?> Roles() =>
        [null, "admin", "noivu", "hoidong1", "mttq", "truongdonvi.soyte", "canbo.tamthanh"];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Pages_of_every_role_have_no_serious_accessibility_violation(string? userName)
    {
        var page = userName is null ? await portal.AnonymousPageAsync() : await portal.SignedInPageAsync(userName);
        var start = userName is null ? "/PublicResults" : "/";
        var queue = new Queue<string>([start]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { start };
        var report = new StringBuilder();
        var visited = 0;
        while (queue.Count > 0 && visited < PagesPerRole)
        {
            var path = queue.Dequeue();
            var response = await page.GotoAsync(path);
            if (response is null || !response.Ok || !(response.Headers.GetValueOrDefault("content-type") ?? "")
                    .StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }

            visited++;
            foreach (var link in await LinksAsync(page))
            {
                if (seen.Add(link))
                {
                    queue.Enqueue(link);
                }
            }

            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
            {
                foreach (var node in violation.Nodes.Take(3))
                {
                    var why = node.Any.Concat(node.All).Concat(node.None).FirstOrDefault()?.Message;
                    report.AppendLine($"{path}: {violation.Id} ({violation.Impact}) {node.Target} — {why}");
                }
            }
        }

        Assert.True(visited >= (userName is null ? 2 : 6), $"only {visited} pages reached");
        Assert.True(report.Length == 0, $"{userName ?? "khách"}:\n{report}");
        await page.Context.CloseAsync();
    }

    private static async Task<IReadOnlyList<string>> LinksAsync(IPage page)
    {
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>(
            "a[href^='/']", "links => links.map(a => a.getAttribute('href'))");
        return hrefs
            .Select(h => h.Split('#')[0])
            .Where(h => h.Length > 1 && !NotPages.Any(n => h.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }
}
