using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Security;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>
/// wwwroot's files go compressed and cached (docs/performance.md, "Nén và bộ nhớ đệm tệp tĩnh"): the pages link to
/// fingerprinted names, which answer in brotli or gzip when asked, with a year of caching, and a new build changes
/// the names. Checked in the tests' environment (Testing) and in Production, both run from the build output.
/// </summary>
public sealed class StaticFileTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_layout_and_the_dashboard_link_to_fingerprinted_scripts_styles_and_images()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var dashboard = await noivu.GetPageAsync("/Dashboard?tab=bieu-do"); // the tab with the charts

        var files = StaticFiles.Linked(dashboard);
        Assert.Contains(files, f => f.StartsWith("/lib/chart.js/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("/lib/bootstrap/css/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("/js/dashboard-charts.", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("/img/emblem.", StringComparison.Ordinal));
        Assert.All(files, StaticFiles.AssertFingerprinted);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_script_and_a_style_sheet_of_the_layout_come_compressed_and_cached_for_a_year(string encoding)
    {
        using var client = factory.CreatePortalClient();
        var login = await client.GetPageAsync("/Account/Login");

        foreach (var file in StaticFiles.OfLayout(login))
        {
            await StaticFiles.AssertCompressedAndCachedAsync(client.Http, file, encoding);
        }
    }

    [Fact]
    public async Task A_file_s_plain_name_still_answers_and_is_revalidated_rather_than_kept()
    {
        using var client = factory.CreatePortalClient();

        using var first = await client.GetAsync("/js/forms.js");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.NoCache, "a plain name may change at the next deploy");
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/js/forms.js", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await client.Http.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }
}

/// <summary>The same in Production (deploy/appsettings.Production.json), behind nginx.</summary>
public sealed class StaticFileProductionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task The_sign_in_page_s_scripts_and_styles_come_fingerprinted_compressed_and_cached()
    {
        using var visitor = factory.Browser("203.0.113.7");
        var login = await visitor.GetPageAsync("/Account/Login");

        Assert.All(StaticFiles.Linked(login), StaticFiles.AssertFingerprinted);
        foreach (var file in StaticFiles.OfLayout(login))
        {
            await StaticFiles.AssertCompressedAndCachedAsync(visitor.Http, file, "br");
        }
    }
}

/// <summary>The portal as scripts/run.sh starts it (Development), read by a browser.</summary>
public sealed class StaticFileDevelopmentTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task A_browser_gets_style_sheets_and_scripts_in_the_encoding_the_answer_names()
    {
        using var client = factory.CreatePortalClient();
        var login = await client.GetPageAsync("/Account/Login");

        foreach (var url in StaticFiles.Linked(login).Where(u => u.EndsWith(".css", StringComparison.Ordinal)
            || u.EndsWith(".js", StringComparison.Ordinal)))
        {
            using var plain = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
            var original = await plain.Content.ReadAsByteArrayAsync();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, deflate, br, zstd"); // Chromium's
            using var response = await client.Http.SendAsync(request);

            var encoding = Assert.Single(response.Content.Headers.ContentEncoding);
            Assert.Equal(original, StaticFiles.Decompress(await response.Content.ReadAsByteArrayAsync(), encoding));
        }
    }
}

internal static class StaticFiles
{
    private static readonly string[] Folders = ["/css/", "/js/", "/lib/", "/img/", "/favicon"];

    /// <summary>The page's scripts, style sheets, icons and images under wwwroot.</summary>
    public static List<string> Linked(IHtmlDocument page) =>
        page.QuerySelectorAll("link[href]").Select(l => l.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src], img[src]").Select(s => s.GetAttribute("src")!))
            .Where(url => Folders.Any(folder => url.StartsWith(folder, StringComparison.Ordinal)))
            .ToList();

    /// <summary>The layout's own script (forms.js) and style sheet (site.css), as the page links to them.</summary>
    public static IEnumerable<string> OfLayout(IHtmlDocument page)
    {
        var files = Linked(page);
        yield return Assert.Single(files, f => f.StartsWith("/js/forms.", StringComparison.Ordinal));
        yield return Assert.Single(files, f => f.StartsWith("/css/site.", StringComparison.Ordinal));
    }

    /// <summary>site.3qg3fauznn.css: the name carries the content's fingerprint, not a query string.</summary>
    public static void AssertFingerprinted(string url)
    {
        Assert.DoesNotContain("?", url, StringComparison.Ordinal);
        Assert.Matches(@"\.[a-z0-9]{10}\.(js|css|svg)$", url);
    }

    public static async Task AssertCompressedAndCachedAsync(HttpClient http, string url, string encoding)
    {
        using var plain = await http.GetAsync(new Uri(url, UriKind.Relative));
        var original = await plain.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var caching = response.Headers.CacheControl;
        Assert.True(caching?.MaxAge >= TimeSpan.FromDays(1), $"{url}: Cache-Control {caching}");
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(body.Length < original.Length, $"{url}: {body.Length} B in {encoding}, {original.Length} B plain");
        Assert.Equal(original, Decompress(body, encoding));
    }

    public static byte[] Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
