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
    /// byte (they would report a bad request instead). A body without a declared length is cut off by the server.
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
            if (context.Request.ContentLength > limit && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
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
}
