using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>A POST form as a user finds it on a page: where it posts, what a browser would submit, its token.</summary>
public sealed record FoundForm(string User, string Page, string Action, string Pattern, bool Multipart, Dictionary<string, string> Fields, HashSet<string> TextFields, string Token)
{
    /// <summary>Fields a user types into (not hidden): a form without any is a confirmation button.</summary>
    public bool HasVisibleFields => Fields.Keys.Any(k => !HiddenFields.Contains(k));

    public HashSet<string> HiddenFields { get; init; } = [];
}

/// <summary>A page a user reached by following links, with the names its GET (filter) forms submit.</summary>
public sealed record FoundPage(string User, string Url, string Pattern, bool Html, HashSet<string> QueryNames);

/// <summary>
/// Walks the portal as each user by following the links of its pages (from "/" and from every GET action the user
/// may open), so that forms are found on real rows in every state the demo data has. A handful of pages per route
/// pattern is enough; downloads are recorded, not fetched.
/// </summary>
public static partial class FormCatalog
{
    private const int PagesPerPattern = 6;
    private static readonly HtmlParser Parser = new();

    /// <summary>"/Units/Edit/12?x=1" → "/units/edit/#": numeric ids and user ids (GUIDs) become "#".</summary>
    public static string PatternOf(string url)
    {
        var path = url.Split('?', '#')[0].TrimEnd('/');
        var parts = path.Split('/').Select(p => NumberOrGuid().IsMatch(p) ? "#" : p.ToLowerInvariant());
        var pattern = string.Join('/', parts);
        return pattern.Length == 0 ? "/" : pattern;
    }

    public static bool IsDownload(string url) => Download().IsMatch(url.Split('?')[0]);

    public static async Task<(List<FoundPage> Pages, List<FoundForm> Forms)> CrawlAsync(string user, PortalClient client, IEnumerable<string> starts, int maxPages = 400)
    {
        var pages = new List<FoundPage>();
        var forms = new List<FoundForm>();
        var perPattern = new Dictionary<string, int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<string>(starts);
        while (queue.Count > 0 && pages.Count < maxPages)
        {
            var url = queue.Dequeue();
            var pattern = PatternOf(url);
            if (!seen.Add(url) || perPattern.GetValueOrDefault(pattern) >= PagesPerPattern)
            {
                continue;
            }

            perPattern[pattern] = perPattern.GetValueOrDefault(pattern) + 1;
            if (IsDownload(url))
            {
                pages.Add(new FoundPage(user, url, pattern, false, []));
                continue;
            }

            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"GET {url} as {user}: 500");
            if ((int)response.StatusCode is 301 or 302 or 303 && response.Headers.Location?.OriginalString is { } location
                && location.StartsWith('/') && !location.StartsWith("/Account/Login", StringComparison.OrdinalIgnoreCase))
            {
                queue.Enqueue(location);
            }

            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
            var queryNames = document.QuerySelectorAll("main form")
                .OfType<IHtmlFormElement>()
                .Where(f => !string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
                .SelectMany(f => f.Elements.Select(e => e.GetAttribute("name")).OfType<string>())
                .Where(n => n.Length > 0)
                .ToHashSet();
            pages.Add(new FoundPage(user, url, pattern, true, queryNames));
            forms.AddRange(PostForms(user, url, document));
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !Static().IsMatch(href))
                {
                    queue.Enqueue(WebUtility.HtmlDecode(href.Split('#')[0]));
                }
            }
        }

        return (pages, forms);
    }

    /// <summary>Every POST form inside the page's main content, read as a browser would submit it.</summary>
    public static IEnumerable<FoundForm> PostForms(string user, string page, IHtmlDocument document)
    {
        foreach (var form in document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
                     .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
        {
            var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value;
            if (token is null)
            {
                continue; // a form without its token would fail in a browser too; the feature tests catch that
            }

            // FormFields.Read on a document holding only this form: exactly what the shared helper would submit.
            var alone = Parser.ParseDocument($"<main>{form.OuterHtml}</main>");
            var fields = FormFields.Read(alone, "main form");
            // The last named submit button: the form's main action (a "search" button, if any, comes first).
            var buttons = form.QuerySelectorAll("button[type=submit][name], button:not([type])[name], input[type=submit][name]");
            if (buttons.Length > 0 && buttons[^1] is { } button)
            {
                fields.TryAdd(button.GetAttribute("name")!, button.GetAttribute("value") ?? string.Empty);
            }

            var text = form.Elements.Where(e => e is IHtmlTextAreaElement || (e is IHtmlInputElement i && i.Type is "text" or "search"))
                .Select(e => e.GetAttribute("name")).OfType<string>().ToHashSet();
            var hidden = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden").Select(i => i.Name).OfType<string>().ToHashSet();
            var action = WebUtility.HtmlDecode(form.GetAttribute("action") is { Length: > 0 } a ? a : page);
            if (Static().IsMatch(action))
            {
                continue; // signs the walking user out, wherever the form shows (a post's answer, too)
            }

            var multipart = string.Equals(form.Enctype, "multipart/form-data", StringComparison.OrdinalIgnoreCase);
            yield return new FoundForm(user, page, action, PatternOf(action), multipart, fields, text, token) { HiddenFields = hidden };
        }
    }

    [GeneratedRegex(@"^(-?\d+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$")]
    private static partial Regex NumberOrGuid();

    [GeneratedRegex(@"(?i)(/Pdf/|/Excel/|\.xlsx$|/Download|/Export|/Template/|/MinutesPdf/|/TallyPdf/|/Dossier/)")]
    private static partial Regex Download();

    /// <summary>Files, and the pages whose forms sign the walking users out (sign-out, sign out everywhere, end sessions).</summary>
    [GeneratedRegex(@"(?i)^/(css|js|lib|img|images|fonts|favicon)|\.(css|js|png|svg|ico|woff2?)$|^/Account/(Logout|Sessions|SignOutEverywhere)|^/Users/EndSessions")]
    private static partial Regex Static();
}
