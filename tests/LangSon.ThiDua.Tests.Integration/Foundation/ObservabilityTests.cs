using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

public sealed class ObservabilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Health_endpoints_answer_without_sign_in(string url)
    {
        using var client = factory.CreatePortalClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_keeps_the_correlation_id_the_proxy_gave_it_and_the_log_names_it()
    {
        using var client = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Correlation-ID", "lb-7f3a-0001");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal("lb-7f3a-0001", response.Headers.GetValues("X-Correlation-ID").Single());
        var log = await LogTextAsync(factory.DataDirectory);
        Assert.Contains(log.Split('\n'), line => line.Contains("lb-7f3a-0001", StringComparison.Ordinal) && line.Contains("/Account/Login", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_without_a_valid_id_gets_one_and_the_error_page_shows_it()
    {
        using var client = await factory.SignInAsync("canbo.soyte");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/khong-co-trang-nay");
        request.Headers.Add("X-Correlation-ID", "<script>");

        using var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var id = response.Headers.GetValues("X-Correlation-ID").Single();
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Contains(id, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<string> LogTextAsync(string dataDirectory)
    {
        for (var attempt = 0; ; attempt++)
        {
            var text = string.Concat(Directory.GetFiles(Path.Combine(dataDirectory, "logs")).Select(ReadShared));
            if (text.Contains("lb-7f3a-0001", StringComparison.Ordinal) || attempt == 20)
            {
                return text;
            }

            await Task.Delay(100);
        }
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return new StreamReader(stream).ReadToEnd();
    }
}

/// <summary>Logs as one JSON object a line, for a log collector.</summary>
public sealed class JsonLogsFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logs:Format", "json");
    }
}

public sealed class JsonLogTests(JsonLogsFactory factory) : IClassFixture<JsonLogsFactory>
{
    [Fact]
    public async Task Json_logs_carry_the_request_path_status_and_correlation_id_as_fields()
    {
        using var client = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Correlation-ID", "json-0042");
        (await client.Http.SendAsync(request)).Dispose();

        string[] lines = [];
        for (var attempt = 0; attempt < 20 && !lines.Any(l => l.Contains("json-0042", StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(100);
            lines = Directory.GetFiles(Path.Combine(factory.DataDirectory, "logs"), "*.json").SelectMany(path =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                return new StreamReader(stream).ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }).ToArray();
        }

        var line = lines.Single(l => l.Contains("\"CorrelationId\":\"json-0042\"", StringComparison.Ordinal) && l.Contains("\"RequestPath\"", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal("/Account/Login", json.RootElement.GetProperty("RequestPath").GetString());
        Assert.Equal(200, json.RootElement.GetProperty("StatusCode").GetInt32());
    }
}
