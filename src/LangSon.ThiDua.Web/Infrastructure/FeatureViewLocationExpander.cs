using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Views live beside their controllers: /Features/{Controller}/{View}.cshtml, then the folder of the controller's
/// feature namespace (…Features.Council for CouncilBallotsController, whose views are the Council feature's), then
/// /Features/Shared. Several controllers of one feature thus share its views without a folder each.
/// </summary>
internal sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    private const string FeaturesNamespace = ".Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && action.ControllerTypeInfo.Namespace is { } name
            && name.LastIndexOf(FeaturesNamespace, StringComparison.Ordinal) is var at and >= 0)
        {
            context.Values[FeatureKey] = name[(at + FeaturesNamespace.Length)..].Split('.')[0];
        }
    }

    public IEnumerable<string> ExpandViewLocations(
        ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        context.Values.TryGetValue(FeatureKey, out var folder);
        IEnumerable<string> feature = folder is not null && folder != context.ControllerName
            ? ["/Features/" + folder + "/{0}.cshtml"]
            : [];
        return ["/Features/{1}/{0}.cshtml", .. feature, "/Features/Shared/{0}.cshtml", .. viewLocations];
    }
}
