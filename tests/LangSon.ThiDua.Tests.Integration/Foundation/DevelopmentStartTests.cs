using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>
/// The portal as scripts/run.sh starts it: ASPNETCORE_ENVIRONMENT=Development, where the host validates every
/// registered service at start-up.
/// </summary>
public sealed class DevelopmentFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
    }
}

public sealed class DevelopmentStartTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task The_portal_starts_in_Development_as_the_run_script_starts_it_and_answers_health()
    {
        using var client = factory.CreatePortalClient();

        using var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
