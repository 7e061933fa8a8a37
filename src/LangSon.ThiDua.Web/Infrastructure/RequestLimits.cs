using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.CookiePolicy;

namespace LangSon.ThiDua.Web.Infrastructure;

internal static class RequestLimits
{
    /// <summary>
    /// Cookies (sign-in, antiforgery, flash messages) are HttpOnly and SameSite=Lax everywhere and Secure where
    /// <see cref="SecurityOptions.SecureCookies"/> says; request bodies and forms are bounded (upload actions raise the
    /// bound for themselves, see UploadSizeLimitAttribute).
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
        webHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxBody);
        services.Configure<IISServerOptions>(o => o.MaxRequestBodySize = maxBody);
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = security.MaxFormFields;
            o.ValueLengthLimit = (int)Math.Min(int.MaxValue, maxBody);
        });
        return services;
    }
}
