using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Web.Features.PlanImport;

// In the DI namespace so that start-up calls services.AddPlanDocuments() without another using.
namespace Microsoft.Extensions.DependencyInjection;

public static class PlanDocumentsSetup
{
    /// <summary>The Excel engine of the plan documents and the folder that keeps uploads awaiting confirmation.</summary>
    public static IServiceCollection AddPlanDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IPlanWorkbook, PlanWorkbook>();
        services.AddSingleton<ImportFileStore>();
        return services;
    }
}
