using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

/// <summary>An HTTP client that behaves like a browser on server-rendered forms: cookies, antiforgery token, HTML parsing.</summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public async Task<HttpResponseMessage> LoginAsync(string userName, string password) =>
        await PostFormAsync("/Account/Login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password }, "/Account/Login");

    /// <summary>
    /// Posts <paramref name="fields"/> to <paramref name="url"/> with the antiforgery token read from
    /// the page at <paramref name="formPage"/> (by default the same URL), as a browser would.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, IDictionary<string, string> fields, string? formPage = null)
    {
        var token = await AntiforgeryTokenAsync(formPage ?? url, url);
        var body = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", token) };
        using var content = new FormUrlEncodedContent(body);
        return await http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Posts without any antiforgery token: what a forged cross-site request would do.</summary>
    public async Task<HttpResponseMessage> PostWithoutTokenAsync(string url, IDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>
    /// The antiforgery token of the form on <paramref name="page"/> that posts to <paramref name="action"/>:
    /// a form without its own token would fail in a real browser, so the test must fail too.
    /// </summary>
    public async Task<string> AntiforgeryTokenAsync(string page, string action)
    {
        var document = await GetPageAsync(page);
        var actionPath = action.Split('?')[0];
        var form = document.Forms.FirstOrDefault(f =>
            string.Equals((f.GetAttribute("action") ?? page).Split('?')[0], actionPath, StringComparison.OrdinalIgnoreCase));
        Assert.True(form is not null, $"No form on {page} posts to {actionPath}");
        var input = form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement;
        Assert.True(input is not null, $"The form on {page} that posts to {actionPath} has no antiforgery token");
        return input.Value;
    }

    public void Dispose() => http.Dispose();
}
