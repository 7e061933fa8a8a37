using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>Every answer carries the security headers, and pages hold nothing inline that the CSP would block.</summary>
public sealed class SecurityHeadersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(null, "/Account/Login")]
    [InlineData(null, "/css/site.css")]
    [InlineData("noivu", "/Dashboard")]
    [InlineData("canbo.soyte", "/Users")]
    public async Task Pages_files_and_refusals_carry_the_security_headers(string? user, string url)
    {
        using var client = user is null ? factory.CreatePortalClient() : await factory.SignInAsync(user);
        (await client.GetAsync(url)).Dispose();

        // The second answer: for the dashboard, the one served from the output cache.
        using var response = await client.GetAsync(url);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Theory]
    [InlineData("noivu", "/Dashboard")]
    [InlineData("noivu", "/NominationReview")]
    [InlineData("noivu", "/Council/Create")]
    [InlineData("admin", "/Users")]
    [InlineData("admin", "/Audit")]
    [InlineData("canbo.soyte", "/Nominations/Create")]
    [InlineData("canbo.soyte", "/Plans/Mine")]
    public async Task Pages_have_no_inline_script_or_style_the_policy_would_block(string user, string url)
    {
        using var client = await factory.SignInAsync(user);

        var page = await client.GetPageAsync(url);

        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(
            s.HasAttribute("src") || s.GetAttribute("type") == "application/json",
            $"{url}: an inline script"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }
}
