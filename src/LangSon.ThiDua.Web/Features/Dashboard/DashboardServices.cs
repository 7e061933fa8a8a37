using LangSon.ThiDua.Web.Features.Dashboard;

namespace Microsoft.Extensions.DependencyInjection;

public static class DashboardServices
{
    /// <summary>The dashboard's snapshot cache: one per app instance, kept correct by the database's data version.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddSingleton<DashboardSnapshots>();
        return services;
    }
}
