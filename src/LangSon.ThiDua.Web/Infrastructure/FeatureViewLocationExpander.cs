using System.Collections.Concurrent;
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

    /// <summary>Each controller's feature folder, worked out once (every page looks its views up).</summary>
    private static readonly ConcurrentDictionary<Type, string?> Folders = new();

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action
            && Folders.GetOrAdd(action.ControllerTypeInfo, FolderOf) is { } folder)
        {
            context.Values[FeatureKey] = folder;
        }
    }

    private static string? FolderOf(Type controller) =>
        controller.Namespace is { } name && name.LastIndexOf(FeaturesNamespace, StringComparison.Ordinal) is var at
            and >= 0
            ? name[(at + FeaturesNamespace.Length)..].Split('.')[0]
            : null;

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
