using Microsoft.Extensions.Options;

namespace LangSon.ThiDua.Web.Infrastructure.Email;

/// <summary>Links in e-mails: the portal's public address (Email:PortalUrl), else the address of the request.</summary>
public static class EmailLinks
{
    public static string PortalUrl(HttpRequest request)
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<EmailOptions>>();
        var configured = options.Value.PortalUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.Trim().TrimEnd('/');
    }
}
