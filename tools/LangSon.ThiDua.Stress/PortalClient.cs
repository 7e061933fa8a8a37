using System.Diagnostics;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LangSon.ThiDua.Stress;

/// <summary>The answer to one request: status, where a redirect goes, the body, and how long it took.</summary>
internal sealed record PortalResponse(HttpStatusCode Status, string? Location, string Body, double Milliseconds)
{
    public int Code => (int)Status;

    public bool IsRedirectToLogin => Location is { } l && l.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// One browser: its own cookies and its own single connection to the portal, no automatic redirects (a lost session
/// shows as a 302 to the sign-in page, not as a quiet 200). Signs in the way a person does: GET the form, POST it with
/// the antiforgery token the form carries.
/// </summary>
internal sealed class PortalClient : IDisposable
{
    public const string DemoPassword = "LangSon@2025";

    private static readonly HtmlParser Parser = new();
    private readonly HttpClient http;

    public PortalClient(Uri baseAddress, string userName, TimeSpan timeout)
    {
        UserName = userName;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            MaxConnectionsPerServer = 1,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        http = new HttpClient(handler, disposeHandler: true) { BaseAddress = baseAddress, Timeout = timeout };
    }

    public string UserName { get; }

    /// <summary>Duration of the last request, in milliseconds.</summary>
    public double LastMilliseconds { get; private set; }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public async Task<PortalResponse> GetAsync(string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request, ct);
    }

    /// <summary>The body of a GET as bytes (a downloaded file), or null when the answer is not 200.</summary>
    public async Task<byte[]?> GetBytesAsync(string path, CancellationToken ct)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), ct);
        return response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsByteArrayAsync(ct) : null;
    }

    /// <summary>Posts the fields URL-encoded, or as multipart/form-data (forms with a file input) with an optional
    /// file.</summary>
    public async Task<PortalResponse> PostAsync(
        string path, IEnumerable<KeyValuePair<string, string>> fields, bool multipart, CancellationToken ct, UploadFile? file = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (multipart)
        {
            var content = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                content.Add(new StringContent(value), name);
            }

            if (file is { } upload)
            {
                var bytes = new ByteArrayContent(upload.Content);
                bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(upload.ContentType);
                content.Add(bytes, upload.Field, upload.FileName);
            }

            request.Content = content;
        }
        else
        {
            request.Content = new FormUrlEncodedContent(fields);
        }

        return await SendAsync(request, ct);
    }

    /// <summary>GET /Account/Login, POST the form; true when the portal answers with the redirect of a successful sign-in.</summary>
    public async Task<bool> SignInAsync(CancellationToken ct)
    {
        var page = await GetAsync("/Account/Login", ct);
        if (page.Code != 200)
        {
            return false;
        }

        var form = Forms.Find(Parse(page.Body), "/Account/Login") ?? throw new InvalidOperationException("Không thấy biểu mẫu đăng nhập.");
        var fields = Forms.Read(form);
        Forms.Set(fields, "UserName", UserName);
        Forms.Set(fields, "Password", DemoPassword);
        var answer = await PostAsync("/Account/Login", fields, multipart: false, ct);
        return answer.Code == 302 && !answer.IsRedirectToLogin;
    }

    public void Dispose() => http.Dispose();

    private async Task<PortalResponse> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        watch.Stop();
        LastMilliseconds = watch.Elapsed.TotalMilliseconds;
        return new PortalResponse(response.StatusCode, response.Headers.Location?.OriginalString, body, watch.Elapsed.TotalMilliseconds);
    }
}

/// <summary>A file posted with a form: field name, file name, content type and bytes.</summary>
internal sealed record UploadFile(string Field, string FileName, string ContentType, byte[] Content);
