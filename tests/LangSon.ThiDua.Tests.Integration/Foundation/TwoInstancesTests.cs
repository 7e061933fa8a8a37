using System.Globalization;
using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>Two web servers of one installation: the same database and data folder, nothing else shared.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "thidua-tests", Guid.NewGuid().ToString("N"));

    public SharedFolderFactory First { get; private set; } = null!;

    public SharedFolderFactory Second { get; private set; } = null!;

    public Task InitializeAsync()
    {
        First = new SharedFolderFactory(directory);
        _ = First.Services; // migrates and seeds before the second starts, as a rolling deployment would
        Second = new SharedFolderFactory(directory);
        _ = Second.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }

    public sealed class SharedFolderFactory(string directory) : PortalFactory(directory);
}

public sealed class TwoInstancesTests(TwoInstances servers) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task A_sign_in_on_one_server_is_accepted_by_the_other()
    {
        var cookies = new CookieContainer();
        using var first = Client(servers.First, cookies);
        using var second = Client(servers.Second, cookies);

        using var signIn = await first.LoginAsync("noivu", PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var response = await second.GetAsync("/Dashboard");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hoàng Thị Thu Hà", (await PortalClient.ParseAsync(response)).QuerySelector("header, nav")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_read_from_one_server_is_posted_to_the_other_and_the_change_shows_on_the_first()
    {
        var cookies = new CookieContainer();
        using var first = Client(servers.First, cookies);
        using var second = Client(servers.Second, cookies);
        (await first.LoginAsync("admin", PortalFactory.DemoPassword)).Dispose();
        var leadId = await servers.First.WithDbAsync(db => db.Units.Where(u => u.Code == "SYT").Select(u => u.Id).SingleAsync());

        // The load balancer sends the form page to one server and the post to the other: the antiforgery token and the
        // sign-in cookie were protected with keys both servers read from the database.
        var token = await first.AntiforgeryTokenAsync("/EmulationGroups/Create", "/EmulationGroups/Create");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Cụm thi đua hai máy chủ",
            ["Kind"] = ((int)EmulationGroupKind.Territory).ToString(CultureInfo.InvariantCulture),
            ["LeadUnitId"] = leadId.ToString(CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
        });
        using var created = await second.Http.PostAsync(new Uri("/EmulationGroups/Create", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await first.GetPageAsync("/EmulationGroups?q=hai+may+chu");
        Assert.Contains("Cụm thi đua hai máy chủ", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_servers_protect_with_one_key_ring_kept_in_the_database()
    {
        var cookies = new CookieContainer();
        using var first = Client(servers.First, cookies);
        using var second = Client(servers.Second, cookies);
        (await first.GetAsync("/Account/Login")).Dispose();
        (await second.GetAsync("/Account/Login")).Dispose();

        var keys = await servers.First.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.False(Directory.Exists(Path.Combine(servers.First.DataDirectory, "keys")));
        var audited = await servers.First.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "DataProtectionKey").Select(a => a.Changes).ToListAsync());
        Assert.All(audited, changes => Assert.DoesNotContain("<key", changes ?? string.Empty, StringComparison.Ordinal));
    }

    private static PortalClient Client(PortalFactory server, CookieContainer cookies) =>
        new(server.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)));
}
