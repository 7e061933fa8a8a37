using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>One controller action as the app's own endpoint data describes it, with a URL that reaches it.</summary>
public sealed record PortalAction(string Key, string Method, string Url);

public static class PortalActions
{
    /// <summary>An id that no row has: a request reaches the action's own checks and finds nothing.</summary>
    public const string MissingId = "999999";

    /// <summary>Every controller action of the app, by "Controller.Action METHOD".</summary>
    public static IReadOnlyList<PortalAction> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(x => x.Action is not null)
            .SelectMany(x => Methods(x.Endpoint).Select(method => new PortalAction(
                $"{x.Action!.ControllerName}.{x.Action.ActionName} {method}", method, UrlOf(x.Action))))
            .DistinctBy(a => a.Key)
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["GET"];

    private static string UrlOf(ControllerActionDescriptor action)
    {
        if (action.AttributeRouteInfo?.Template is { } template)
        {
            // The error page's status code must be a real one (an unknown code is shown as the 500 page, on purpose).
            var parts = template.Split('/').Select(p => p.StartsWith("{code", StringComparison.Ordinal) ? "404" : p.StartsWith('{') ? MissingId : p);
            return "/" + string.Join('/', parts);
        }

        var url = $"/{action.ControllerName}/{action.ActionName}";
        return action.Parameters.Any(p => p.Name == "id") ? $"{url}/{MissingId}" : url;
    }
}
