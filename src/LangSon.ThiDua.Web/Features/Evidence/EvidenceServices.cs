using LangSon.ThiDua.Web.Infrastructure.Files;

// In the DI namespace, as service registrations usually are, so that PortalSetup needs only the one call.
namespace Microsoft.Extensions.DependencyInjection;

public static class EvidenceServices
{
    /// <summary>Evidence files: the checks on uploads and the store under the data folder.</summary>
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddSingleton<EvidenceInspector>();
        services.AddSingleton<AttachmentStore>();
        return services;
    }
}
