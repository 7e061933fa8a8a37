using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Nominations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>Small limits from the settings, so that the tests need not post megabytes.</summary>
public sealed class SmallLimitsFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:MaxRequestBodyKilobytes", "64");
        builder.UseSetting("Security:SecureCookies", "true");
        builder.UseSetting("Uploads:MaxFileMegabytes", "1");
    }
}

public sealed class RequestLimitTests(SmallLimitsFactory factory) : IClassFixture<SmallLimitsFactory>
{
    private const int Megabyte = 1024 * 1024;

    [Fact]
    public async Task A_form_larger_than_the_request_limit_gets_the_Vietnamese_413_page_and_signs_nobody_in()
    {
        using var client = factory.CreatePortalClient();
        using var response = await client.PostFormAsync("/Account/Login", new Dictionary<string, string>
        {
            ["UserName"] = new string('a', 100 * 1024),
            ["Password"] = FactoryPassword,
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Dữ liệu gửi lên quá lớn", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("LangSon.ThiDua=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_chunked_body_without_a_length_over_the_limit_gets_the_413_page_not_400()
    {
        using var response = await ChunkedSignInAsync(new string('a', 100 * 1024), "x");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Dữ liệu gửi lên quá lớn", (await PortalClient.ParseAsync(response)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_form_within_the_limit_is_read_as_usual()
    {
        using var response = await ChunkedSignInAsync("canbo.soyte", FactoryPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Every_cookie_is_secure_http_only_and_same_site_when_the_setting_says_so()
    {
        using var client = HttpsClient();
        using var login = await client.GetAsync("/Account/Login");
        using var signIn = await client.PostFormAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = "canbo.soyte", ["Password"] = FactoryPassword });

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("LangSon.ThiDua=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        HtmlAssertions.AllSecureHttpOnlySameSite(cookies);
    }

    [Fact]
    public async Task A_file_over_the_configured_upload_limit_is_refused_with_the_limit_named_and_nothing_is_stored()
    {
        var id = await factory.DraftAsync("Nguyễn Văn Giới Hạn", files: DossierDocuments.None);
        using var staff = await SecureSignInAsync("canbo.soyte");

        using var response = await staff.UploadAsync(id, DossierDocuments.AchievementReport, "bao-cao.pdf", PdfOf(Megabyte + 1));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp vượt quá dung lượng tối đa 1 MB.", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Attachments.CountAsync(a => a.NominationId == id)));
    }

    [Fact]
    public async Task An_upload_within_the_configured_limit_is_stored()
    {
        var id = await factory.DraftAsync("Trần Thị Vừa Đủ", files: DossierDocuments.None);
        using var staff = await SecureSignInAsync("canbo.soyte");

        using var response = await staff.UploadAsync(id, DossierDocuments.AchievementReport, "bao-cao.pdf", PdfOf(Megabyte - 1024));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Attachments.CountAsync(a => a.NominationId == id)));
    }

    [Fact]
    public async Task A_request_far_over_the_upload_limit_is_cut_off_with_the_413_page_before_anything_is_read()
    {
        var id = await factory.DraftAsync("Lê Văn Quá Lớn", files: DossierDocuments.None);
        using var staff = await SecureSignInAsync("canbo.soyte");

        using var response = await staff.UploadAsync(id, DossierDocuments.AchievementReport, "bao-cao.pdf", PdfOf(4 * Megabyte));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Attachments.CountAsync(a => a.NominationId == id)));
    }

    private const string FactoryPassword = PortalFactory.DemoPassword;

    /// <summary>
    /// The sign-in form posted with a body of no declared length (Transfer-Encoding: chunked), as some clients send it;
    /// over https, where the Secure antiforgery cookie travels.
    /// </summary>
    private async Task<HttpResponseMessage> ChunkedSignInAsync(string userName, string password)
    {
        using var client = HttpsClient();
        var token = await client.AntiforgeryTokenAsync("/Account/Login", "/Account/Login");
        var form = $"__RequestVerificationToken={Uri.EscapeDataString(token)}&UserName={Uri.EscapeDataString(userName)}"
            + $"&Password={Uri.EscapeDataString(password)}";
        using var content = new UnknownLengthContent(System.Text.Encoding.ASCII.GetBytes(form));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await client.Http.SendAsync(request);
        Assert.Null(content.Headers.ContentLength);
        return response;
    }

    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    /// <summary>Secure cookies travel over https only: the test client talks to https://localhost.</summary>
    private async Task<PortalClient> SecureSignInAsync(string userName)
    {
        var client = HttpsClient();
        using var response = await client.LoginAsync(userName, FactoryPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private PortalClient HttpsClient() =>
        new(factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        }));

    private static byte[] PdfOf(int size)
    {
        var bytes = new byte[size];
        NominationPosts.SmallPdf.CopyTo(bytes, 0);
        return bytes;
    }
}
