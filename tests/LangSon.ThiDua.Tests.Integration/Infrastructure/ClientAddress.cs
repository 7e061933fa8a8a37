using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>
/// The test server has no network: a request's remote address is taken from the test header <see cref="Header"/> (or
/// <see cref="Default"/>, when set), before anything of the portal runs, so that tests can sign in "from" several
/// places
/// and come "through" nginx on loopback. The header itself never reaches the portal.
/// </summary>
public sealed class ClientAddressStartupFilter(IPAddress? defaultAddress = null) : IStartupFilter
{
    public const string Header = "X-Test-Remote-Address";

    public IPAddress? Default => defaultAddress;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var given = context.Request.Headers[Header].ToString();
            context.Request.Headers.Remove(Header);
            if (IPAddress.TryParse(given, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            else if (defaultAddress is not null)
            {
                context.Connection.RemoteIpAddress = defaultAddress;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

public static class ClientAddressExtensions
{
    /// <summary>Every request of this client comes from <paramref name="address"/>.</summary>
    public static PortalClient From(this PortalClient client, string address)
    {
        client.Http.DefaultRequestHeaders.Remove(ClientAddressStartupFilter.Header);
        client.Http.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, address);
        return client;
    }
}
