using System.Threading.RateLimiting;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.RateLimiting;

// In the DI namespace so that start-up calls services.AddPlanDocuments() without another using.
namespace Microsoft.Extensions.DependencyInjection;

public static class PlanDocumentsSetup
{
    /// <summary>
    /// The Excel engine of the plan documents, the folder that keeps uploads awaiting confirmation, and the bound on
    /// imports read at the same time (ASP.NET Core's concurrency limiter, Uploads:MaxConcurrentImports).
    /// </summary>
    public static IServiceCollection AddPlanDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IPlanWorkbook, PlanWorkbook>();
        services.AddSingleton<ImportFileStore>();
        services.AddOptions<RateLimiterOptions>().Configure<UploadOptions>((options, uploads) =>
            options.AddConcurrencyLimiter(ImportFileStore.ReadPolicy, limiter =>
            {
                limiter.PermitLimit = uploads.MaxConcurrentImports;
                limiter.QueueLimit = uploads.ImportQueueLength;
                limiter.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            }));
        return services;
    }
}
