using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Dashboard;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class DashboardServices
{
    /// <summary>Bound of the output cache of whole dashboard pages (≤ 50 KB each: one per user, tab, page).</summary>
    public const long OutputCacheBytes = 16L * 1024 * 1024;

    /// <summary>Bound of the &lt;cache&gt; fragments shared by the users (one per tab, sort and page).</summary>
    public const long FragmentCacheBytes = 8L * 1024 * 1024;

    /// <summary>
    /// The dashboard's one notion of freshness, the change stamp (moved by this process's own writes through an EF
    /// Core interceptor, and by the database's data version read at most once a second for other instances' writes),
    /// and what it keys: the snapshot cache and the output cache of whole pages (DashboardOutputCacheAttribute, which
    /// also keys on the users' notification stamps).
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        // Both HTML caches key their entries on the change stamp: after a write the old entries are never read again
        // but stay until they expire (10 minutes). ASP.NET Core's default bound is 100 MB each; under the year-end
        // load (tens of writes a second) both filled it and the portal's memory grew by ~1 MB a second
        // (docs/performance.md "Memory"). These bounds hold a few hundred pages, more than the live keys.
        services.AddOutputCache(o => o.SizeLimit = OutputCacheBytes);
        services.Configure<CacheTagHelperOptions>(o => o.SizeLimit = FragmentCacheBytes);
        services.AddMemoryCache();
        services.AddSingleton<DashboardSnapshots>();
        services.AddSingleton<DashboardChangeStamp>();
        services.AddSingleton<DashboardBellStamps>();
        services.AddSingleton<DashboardChangeInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, options) =>
            options.AddInterceptors(provider.GetRequiredService<DashboardChangeInterceptor>()));
        return services;
    }
}
