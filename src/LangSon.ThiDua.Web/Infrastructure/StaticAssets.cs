namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// The files under wwwroot (the portal's own and those copied from npm into wwwroot/lib) are served by ASP.NET Core's
/// static assets (docs/performance.md, "Nén và bộ nhớ đệm tệp tĩnh"): the build compresses each one (gzip and brotli)
/// and names a fingerprinted copy (site.3qg3fauznn.css), the tag helpers' asp-append-version link to it, and it is
/// answered in the encoding the browser asks for with "Cache-Control: max-age=31536000, immutable" and an ETag. A new
/// deploy changes the fingerprint, so a browser never keeps an old file. The plain names stay served with no-cache.
/// </summary>
internal static class StaticAssets
{
    private const string ReloadAtRuntimeKey = "ReloadStaticAssetsAtRuntime";

    /// <summary>
    /// Run from its build output (tests, scripts/benchmark.sh) the portal finds the compressed copies under obj/
    /// through the build's static web assets manifest, as in Development; published, it has them in wwwroot and no
    /// such manifest, and this does nothing. The files are taken as built, in Development too (scripts/run.sh), unless
    /// the setting says otherwise: with the runtime checks ASP.NET Core compresses a file again with gzip while the
    /// answer still names the built copy's encoding ("br" for Chromium), so a browser could not decode the style
    /// sheets and showed the pages unstyled (dotnet/aspnetcore#58940). A file edited under wwwroot shows after a build.
    /// </summary>
    public static WebApplicationBuilder AddStaticAssets(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets(); // Development: done by the host
        }

        if (builder.Configuration[ReloadAtRuntimeKey] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(ReloadAtRuntimeKey, "false")]);
        }

        return builder;
    }

    /// <summary>
    /// Static files are answered by the routing middleware itself (short circuit), as UseStaticFiles did before it:
    /// no request log line, no cookie or session lookup, no authorization; the security headers still apply.
    /// </summary>
    public static void MapPortalStaticAssets(this WebApplication app) => app.MapStaticAssets().ShortCircuit();
}
