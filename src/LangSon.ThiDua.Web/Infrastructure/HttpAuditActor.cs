using LangSon.ThiDua.Domain.Auditing;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>The signed-in user of the current request, or the system outside a request.</summary>
internal sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string UserName
    {
        get
        {
            var context = accessor.HttpContext;
            if (context is null)
            {
                return SystemAuditActor.Name;
            }

            return context.User.Identity?.IsAuthenticated == true ? context.User.Identity.Name ?? "?" : "(khách)";
        }
    }

    public string? IpAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
