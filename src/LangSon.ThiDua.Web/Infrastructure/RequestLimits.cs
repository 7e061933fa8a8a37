using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace LangSon.ThiDua.Web.Infrastructure;

internal static class RequestLimits
{
    /// <summary>
    /// Cookies (sign-in, antiforgery, flash messages) are HttpOnly and SameSite=Lax everywhere and Secure where
    /// <see cref="SecurityOptions.SecureCookies"/> says; request bodies and forms are bounded.
    /// </summary>
    public static IServiceCollection AddPortalRequestLimits(this IServiceCollection services, IWebHostBuilder webHost, SecurityOptions security)
    {
        services.Configure<CookiePolicyOptions>(o =>
        {
            o.MinimumSameSitePolicy = SameSiteMode.Lax;
            o.HttpOnly = HttpOnlyPolicy.Always;
            o.Secure = security.SecureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        var maxBody = security.MaxRequestBodyKilobytes * 1024L;
        webHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = maxBody;
            k.AddServerHeader = false;
        });
        services.Configure<IISServerOptions>(o => o.MaxRequestBodySize = maxBody);
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = security.MaxFormFields;
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, maxBody);
        });
        return services;
    }

    /// <summary>
    /// After routing: the request body limit of the action the request goes to (an upload action's from
    /// <see cref="UploadOptions"/>, every other one's from Security:MaxRequestBodyKilobytes), and a 413 — the
    /// Vietnamese error page — at once when the declared length is over it, before antiforgery or model binding read a
    /// byte (they would report a bad request instead). A body without a declared length (chunked) is read here first,
    /// into a buffer (memory, then a temporary file) that stops at the limit: over it, the same 413.
    /// </summary>
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app)
    {
        var security = app.ApplicationServices.GetRequiredService<SecurityOptions>();
        var uploads = app.ApplicationServices.GetRequiredService<UploadOptions>();
        var formDefaults = app.ApplicationServices.GetRequiredService<IOptions<FormOptions>>().Value;
        return app.Use(async (context, next) =>
        {
            var upload = context.GetEndpoint()?.Metadata.GetMetadata<UploadSizeLimitAttribute>();
            var limit = upload is null ? security.MaxRequestBodyKilobytes * 1024L : uploads.RequestBytesFor(upload.Files, upload.Import);
            var errorPage = context.Features.Get<IStatusCodeReExecuteFeature>() is not null;
            if (context.Request.ContentLength > limit && !errorPage)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            var unknownLength = context.Request.ContentLength is null && !errorPage && HasBody(context);
            if (unknownLength && !await FitsAsync(context.Request, limit))
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (upload is not null)
            {
                context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
                {
                    MultipartBodyLengthLimit = limit,
                    ValueCountLimit = formDefaults.ValueCountLimit,
                    ValueLengthLimit = formDefaults.ValueLengthLimit,
                    KeyLengthLimit = formDefaults.KeyLengthLimit,
                }));
            }

            await next(context);
        });
    }

    /// <summary>A request that carries a body, whatever its length header says (POST, PUT…; chunked).</summary>
    private static bool HasBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
            ?? context.Request.Headers.TransferEncoding.Count > 0;

    /// <summary>
    /// Reads a body of unknown length into a rewindable buffer, up to <paramref name="limit"/> bytes; false when it is
    /// longer (the buffer's own limit, or the server's, ends the read). The action then reads the buffer as usual.
    /// </summary>
    private static async Task<bool> FitsAsync(HttpRequest request, long limit)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
        try
        {
            await request.Body.CopyToAsync(Stream.Null, request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is IOException or Microsoft.AspNetCore.Http.BadHttpRequestException)
        {
            return false;
        }

        request.Body.Position = 0;
        return true;
    }
}
