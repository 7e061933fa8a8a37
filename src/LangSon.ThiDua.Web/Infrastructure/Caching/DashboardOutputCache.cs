using System.Buffers.Text;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace LangSon.ThiDua.Web.Infrastructure.Caching;

/// <summary>
/// Whole-response output cache of the signed-in dashboard pages (ASP.NET Core's OutputCache middleware, which runs
/// after authentication and authorization, so access is checked on every request). Put on a controller or action.
/// <para>
/// The default policy refuses signed-in requests; this one caches a GET of a signed-in user and keys the page on all
/// that it shows: the path and the whole query string (sort, paging, filters); the data (<see cref="DashboardChangeStamp"/>:
/// this instance's writes at once, other instances' within a second) and today's date; the user id and a hash of
/// their claims (name and role in the layout); a hash of the antiforgery cookie (the logout form's token is bound to
/// it); the user's notifications (<see cref="DashboardBellStamps"/>, the bell). It never stores a response that is
/// not 200 or that sets a cookie, and it steps aside when the request has no antiforgery cookie yet or carries a
/// flash message (TempData cookie) that the page must show and clear.
/// </para>
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class DashboardOutputCacheAttribute : Attribute, IOutputCachePolicy
{
    /// <summary>How long an entry may stay unused; keys move on with the data, so this only bounds memory.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var antiforgery = http.Request.Cookies[services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name!];
        var attempt = HttpMethods.IsGet(http.Request.Method)
            && userId is not null
            && !string.IsNullOrEmpty(antiforgery)
            && !HasFlashMessage(http.Request, services.GetRequiredService<IOptions<CookieTempDataProviderOptions>>().Value.Cookie.Name!);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        if (!attempt)
        {
            return;
        }

        var vary = context.CacheVaryByRules;
        vary.QueryKeys = "*";
        vary.VaryByValues["data"] = await services.GetRequiredService<DashboardChangeStamp>().CurrentAsync(cancellation);
        vary.VaryByValues["today"] = VietnamTime.Today(services.GetRequiredService<TimeProvider>()).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        vary.VaryByValues["user"] = userId!;
        vary.VaryByValues["claims"] = Hash(ClaimsText(http.User));
        vary.VaryByValues["antiforgery"] = Hash(antiforgery!);
        vary.VaryByValues["bell"] = await services.GetRequiredService<DashboardBellStamps>().GetAsync(userId!, cancellation);
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Runs after the action, once the body is written: cookies added when the response started (a renewed sign-in
        // cookie, a new antiforgery or TempData cookie) are in the headers by then.
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || SetsACookie(context.HttpContext))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Whether the response sets a cookie. Deleting a cookie the request did not send changes nothing and does not
    /// count: the layout's flash messages read TempData on every page, and the TempData provider then always answers
    /// with a deletion of its cookie, present or not.
    /// </summary>
    private static bool SetsACookie(HttpContext http)
    {
        var headers = http.Response.Headers.SetCookie;
        if (StringValues.IsNullOrEmpty(headers))
        {
            return false;
        }

        if (!SetCookieHeaderValue.TryParseList(headers, out var cookies))
        {
            return true;
        }

        foreach (var cookie in cookies)
        {
            var deletion = cookie.Value.Length == 0 && (cookie.Expires < DateTimeOffset.UtcNow || cookie.MaxAge <= TimeSpan.Zero);
            if (!deletion || http.Request.Cookies.ContainsKey(cookie.Name.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFlashMessage(HttpRequest request, string tempDataCookie)
    {
        foreach (var name in request.Cookies.Keys)
        {
            if (name.StartsWith(tempDataCookie, StringComparison.Ordinal))
            {
                return true; // chunked cookies are named <name>C1, <name>C2…
            }
        }

        return false;
    }

    private static string ClaimsText(ClaimsPrincipal user)
    {
        var text = new StringBuilder();
        foreach (var claim in user.Claims)
        {
            text.Append(claim.Type).Append('\u001f').Append(claim.Value).Append('\u001e');
        }

        return text.ToString();
    }

    private static string Hash(string value) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
