using LangSon.ThiDua.Documents;

// In the DI namespace, as service registrations usually are, so that PortalSetup needs only the one call.
namespace Microsoft.Extensions.DependencyInjection;

public static class ReportsServices
{
    /// <summary>The province's Excel reports (progress of all units, units without a submitted plan, overdue targets).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<IProvinceReports, ProvinceReports>();
        return services;
    }
}
