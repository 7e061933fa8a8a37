using LangSon.ThiDua.Documents.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// Renders a document template (a Razor view using the _Document layout) to a whole HTML string, then prints it to PDF
/// with the configured <see cref="IPdfEngine"/>.
/// </summary>
public sealed class HtmlDocumentRenderer(ICompositeViewEngine views, ITempDataProvider tempData, IPdfEngine engine)
{
    public const string PdfContentType = "application/pdf";

    /// <summary>Set in ViewData while rendering for the PDF engine: the layout then inlines its style sheet.</summary>
    public const string ForPrintKey = "Document.ForPrint";

    public async Task<string> HtmlAsync(Controller controller, string viewName, object model, bool forPrint = false)
    {
        var found = views.FindView(controller.ControllerContext, viewName, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"Document template '{viewName}' not found: {string.Join(", ", found.SearchedLocations)}");
        }

        await using var writer = new StringWriter();
        var data = new ViewDataDictionary(controller.ViewData) { Model = model, [ForPrintKey] = forPrint };
        var context = new ViewContext(controller.ControllerContext, found.View, data,
            new TempDataDictionary(controller.HttpContext, tempData), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(context);
        return writer.ToString();
    }

    public async Task<byte[]> PdfAsync(Controller controller, string viewName, object model, CancellationToken ct) =>
        await engine.RenderAsync(new PdfRequest(await HtmlAsync(controller, viewName, model, forPrint: true)), ct);
}
