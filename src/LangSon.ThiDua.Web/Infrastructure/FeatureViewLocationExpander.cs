using Microsoft.AspNetCore.Mvc.Razor;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Views live beside their controller: /Features/{Controller}/{View}.cshtml, shared ones in /Features/Shared.</summary>
internal sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        ["/Features/{1}/{0}.cshtml", "/Features/Shared/{0}.cshtml", .. viewLocations];
}
