using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Dashboard;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;

namespace Microsoft.Extensions.DependencyInjection;

public static class DashboardServices
{
    /// <summary>
    /// The dashboard's snapshot cache (one per app instance, kept correct by the database's data version) and what
    /// keys its output cache (DashboardOutputCacheAttribute): the change stamp, moved by this process's own writes
    /// through an EF Core interceptor, and the users' notification stamps.
    /// </summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<DashboardSnapshots>();
        services.AddSingleton<DashboardChangeStamp>();
        services.AddSingleton<DashboardBellStamps>();
        services.AddSingleton<DashboardChangeInterceptor>();
        services.ConfigureDbContext<AppDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<DashboardChangeInterceptor>()));
        return services;
    }
}
