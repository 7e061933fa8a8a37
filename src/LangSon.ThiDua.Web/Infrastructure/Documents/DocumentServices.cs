using LangSon.ThiDua.Documents.Pdf;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

public static class DocumentServices
{
    /// <summary>
    /// The PDF engine (one browser per process, settings under "Pdf", started in the background at start-up) and the
    /// template renderer.
    /// </summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new PdfEngineOptions();
        configuration.GetSection("Pdf").Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<IPdfEngine>(sp => new ChromiumPdfEngine(sp.GetRequiredService<PdfEngineOptions>()));
        services.AddScoped<HtmlDocumentRenderer>();
        services.AddScoped<DocumentResponse>();
        services.AddSingleton<DocumentCss>();
        if (options.WarmUp)
        {
            services.AddHostedService<PdfWarmUp>();
        }

        return services;
    }
}
