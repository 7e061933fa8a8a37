using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Dashboard;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class DashboardServices
{
    /// <summary>
    /// The dashboard's one notion of freshness, the change stamp (moved by this process's own writes through an EF
    /// Core interceptor, and by the database's data version read at most once a second for other instances' writes),
    /// and what it keys: the snapshot cache and the output cache of whole pages (DashboardOutputCacheAttribute, which
    /// also keys on the users' notification stamps).
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
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
