using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Tests.Integration.Foundation;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// A scan of the app as each role sees it over the demo data: every page and file reachable by links from the home
/// page carries the security headers, and a signed-in user's answers are not stored by caches.
/// </summary>
public sealed class HeaderScanTests(DemoPlansFactory factory) : IClassFixture<DemoPlansFactory>
{
    private const int MaxPagesPerUser = 120;

    private static readonly Dictionary<string, string> Expected = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "strict-origin-when-cross-origin",
        ["Cross-Origin-Opener-Policy"] = "same-origin",
        ["Cross-Origin-Resource-Policy"] = "same-origin",
        ["X-Permitted-Cross-Domain-Policies"] = "none",
    };

    [Theory]
    [InlineData(null)]
    [InlineData("admin")]
    [InlineData("noivu")]
    [InlineData("hoidong1")]
    [InlineData("truongdonvi.soyte")]
    [InlineData("canbo.tamthanh")]
    [InlineData("mttq")]
    public async Task Every_page_and_file_reachable_by_links_carries_the_security_headers(string? user)
    {
        using var client = user is null ? factory.CreatePortalClient() : await factory.SignInAsync(user);
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && seen.Count <= MaxPagesPerUser)
        {
            var url = queue.Dequeue();
            using var response = await client.GetAsync(url);
            problems.AddRange(Check(url, response, signedIn: user is not null));
            if (Local(response.Headers.Location) is { } next && seen.Add(next))
            {
                queue.Enqueue(next);
            }

            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                var page = await PortalClient.ParseAsync(response);
                foreach (var link in LocalLinks(page).Where(seen.Add))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.True(seen.Count > (user is null ? 2 : 10), $"The scan found only {seen.Count} pages.");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    internal static IEnumerable<string> Check(string url, HttpResponseMessage response, bool signedIn)
    {
        if ((int)response.StatusCode >= 500)
        {
            yield return $"{url}: {(int)response.StatusCode}";
        }

        foreach (var (name, value) in Expected)
        {
            if (!response.Headers.TryGetValues(name, out var values) || values.Single() != value)
            {
                yield return $"{url}: {name} missing or not '{value}'";
            }
        }

        var csp = response.Headers.TryGetValues("Content-Security-Policy", out var policies) ? policies.Single() : string.Empty;
        if (!csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal) || csp.Contains("unsafe-inline", StringComparison.Ordinal))
        {
            yield return $"{url}: Content-Security-Policy '{csp}'";
        }

        // wwwroot's files are public (served before sign-in is read) and may be cached.
        var publicFile = new[] { "/favicon", "/lib/", "/css/", "/js/", "/img/" }
            .Any(folder => url.StartsWith(folder, StringComparison.Ordinal));
        if (signedIn && !publicFile && response.StatusCode == HttpStatusCode.OK && response.Headers.CacheControl?.NoStore != true)
        {
            yield return $"{url}: a signed-in answer without Cache-Control no-store";
        }

        if (response.Headers.Contains("Server") || response.Headers.Contains("X-Powered-By"))
        {
            yield return $"{url}: names the server";
        }
    }

    internal static string? Local(Uri? location) =>
        location is null ? null
        : !location.IsAbsoluteUri ? location.OriginalString
        : location.Host == "localhost" ? location.PathAndQuery
        : null;

    /// <summary>Links, styles, scripts and images within the portal, without the sign-out link; downloads included.</summary>
    internal static IEnumerable<string> LocalLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src], img[src]").Select(s => s.GetAttribute("src")!))
            .Select(href => href.Split('#')[0])
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Where(href => !href.StartsWith("/Account/Logout", StringComparison.OrdinalIgnoreCase));
}
