using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>
/// What every signed-in page costs before its own work (docs/performance.md, "Where the time goes"): the session row
/// and the bell, one SQL command each, counted by Diagnostics:RequestCosts; and the SQL commands of the load mix's
/// busiest pages, no more than measured when they were cut ("Fix: fewer statements per page").
/// </summary>
public sealed partial class RequestCostTests(RequestCostsFactory factory) : IClassFixture<RequestCostsFactory>
{
    [Fact]
    public async Task A_signed_in_page_without_queries_of_its_own_costs_two_sql_commands_the_session_and_the_bell()
    {
        using var client = await factory.SignInAsync("canbo.soyte");
        await client.GetAsync("/Account/ChangePassword"); // warm: the first request may refresh the session
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/ChangePassword");
        request.Headers.Add("X-Correlation-ID", "costs-layout-1");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = await PortalLog.WaitForAsync(
            factory.DataDirectory, "costs-layout-1 Chi phí", TimeSpan.FromSeconds(5));
        var line = log.Split('\n').Single(l => l.Contains("costs-layout-1 Chi phí", StringComparison.Ordinal));
        Assert.Equal("2", Commands().Match(line).Groups[1].Value);
    }

    [Fact]
    public async Task A_page_opens_one_connection_for_all_its_queries_the_session_row_included()
    {
        using var client = await factory.SignInAsync("canbo.soyte");
        await client.GetAsync("/"); // warm
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Correlation-ID", "costs-home-1");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = await PortalLog.WaitForAsync(factory.DataDirectory, "costs-home-1 Chi phí", TimeSpan.FromSeconds(5));
        var line = log.Split('\n').Single(l => l.Contains("costs-home-1 Chi phí", StringComparison.Ordinal));
        // Several queries besides the session row and the bell's, all on the one connection.
        Assert.True(int.Parse(Commands().Match(line).Groups[1].Value, CultureInfo.InvariantCulture) > 3, line);
        Assert.Equal("1", Connections().Match(line).Groups[1].Value);
    }

    [Theory]
    [InlineData("canbo.soyte", "/", 5)]
    [InlineData("canbo.soyte", "/Plans/Details/1", 7)]
    [InlineData("canbo.soyte", "/Progress/Target/1", 4)]
    [InlineData("canbo.soyte", "/Nominations", 7)]
    // Past the end, the queue gives its last page from the counts by status: no COUNT, no second read (9 before).
    [InlineData("noivu", "/NominationReview?page=2", 7)]
    public async Task A_busy_page_runs_no_more_sql_commands_than_its_measured_count(
        string user, string path, int most)
    {
        using var client = await factory.SignInAsync(user);
        await client.GetAsync(path); // warm
        var id = "costs-page-" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Correlation-ID", id);

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var log = await PortalLog.WaitForAsync(factory.DataDirectory, id + " Chi phí", TimeSpan.FromSeconds(5));
        var line = log.Split('\n').Single(l => l.Contains(id + " Chi phí", StringComparison.Ordinal));
        Assert.InRange(int.Parse(Commands().Match(line).Groups[1].Value, CultureInfo.InvariantCulture), 1, most);
    }

    [GeneratedRegex(" commands=([0-9]+) ")]
    private static partial Regex Commands();

    [GeneratedRegex(" connections=([0-9]+) ")]
    private static partial Regex Connections();
}

/// <summary>A portal that logs each request's costs, with the demo's plans (the pages of the load mix).</summary>
public sealed class RequestCostsFactory : PortalFactory
{
    protected override bool SeedDemoPlans => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Diagnostics:RequestCosts", "true");
    }
}
