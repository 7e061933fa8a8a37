using LangSon.ThiDua.Documents.Pdf;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;

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

    /// <summary>
    /// Set in ViewData for a part of a merged file: its pages carry the merged file's numbers, not their own.
    /// </summary>
    public const string NoPageNumbersKey = "Document.NoPageNumbers";

    public Task<string> HtmlAsync(Controller controller, string viewName, object model, bool forPrint = false) =>
        HtmlAsync(controller.ControllerContext, controller.ViewData, viewName, model, forPrint, pageNumbers: true);

    /// <param name="pageNumbers">false for a part of a merged file, which numbers the pages itself.</param>
    public async Task<byte[]> PdfAsync(
        Controller controller, string viewName, object model, CancellationToken ct, bool pageNumbers = true)
    {
        var html = await HtmlAsync(controller.ControllerContext, controller.ViewData, viewName, model, true,
            pageNumbers);
        return await engine.RenderAsync(new PdfRequest(html), ct);
    }

    /// <summary>
    /// A document printed outside a request (the demo's seeded attachments): the views are found in Features/Shared.
    /// </summary>
    public async Task<string> PrintHtmlAsync(IServiceProvider services, string viewName, object model)
    {
        var context = new ActionContext(
            new DefaultHttpContext { RequestServices = services }, new RouteData(), new ActionDescriptor());
        var viewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary());
        return await HtmlAsync(context, viewData, viewName, model, forPrint: true, pageNumbers: true);
    }

    public Task<byte[]> PdfAsync(string html, CancellationToken ct) => engine.RenderAsync(new PdfRequest(html), ct);

    private async Task<string> HtmlAsync(
        ActionContext context, ViewDataDictionary viewData, string viewName, object model, bool forPrint,
        bool pageNumbers)
    {
        var found = views.FindView(context, viewName, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException(
                $"Document template '{viewName}' not found: {string.Join(", ", found.SearchedLocations)}");
        }

        await using var writer = new StringWriter();
        var data = new ViewDataDictionary(viewData)
        {
            Model = model, [ForPrintKey] = forPrint, [NoPageNumbersKey] = !pageNumbers,
        };
        var temp = new TempDataDictionary(context.HttpContext, tempData);
        var viewContext = new ViewContext(context, found.View, data, temp, writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
