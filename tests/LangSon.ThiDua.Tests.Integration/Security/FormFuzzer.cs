using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// Posts fuzz values into the fields of found forms, one field at a time and all at once, cycling through
/// <see cref="FuzzValues.All"/>, and checks every answer: no 500, no 400 for a post with its valid token, a refusal shown
/// in Vietnamese (never an English framework text) with nothing saved, an accepted legal text read back exactly, no
/// redirect off the site, no posted markup rendered unencoded.
/// </summary>
public sealed class FormFuzzer(IReadOnlyDictionary<string, PortalClient> clients, DbProbe probe)
{
    private static readonly HtmlParser Parser = new();
    private int cursor;

    public List<string> Failures { get; } = [];

    public Dictionary<string, int> Outcomes { get; } = [];

    public int Posts { get; private set; }

    /// <summary>Forms found in the answers of the posts (a review page, say), not seen before.</summary>
    public List<FoundForm> Discovered { get; } = [];

    private FuzzValue Next() => FuzzValues.All[cursor++ % FuzzValues.All.Count];

    /// <summary>Each field <paramref name="perField"/> times, then all fields at once <paramref name="allAtOnce"/> times.</summary>
    public async Task FuzzAsync(FoundForm form, int perField, int allAtOnce)
    {
        var names = form.Fields.Keys.ToList();
        if (names.Count == 0)
        {
            // A bare confirmation button: the only thing to vary is an unexpected extra field.
            await PostAsync(form, new Dictionary<string, byte[]> { ["x"] = Next().Bytes }, "extra field", null);
            return;
        }

        foreach (var name in names)
        {
            for (var i = 0; i < perField; i++)
            {
                var value = Next();
                var fields = form.Fields.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
                fields[name] = value.Bytes;
                await PostAsync(form, fields, $"{name}={value}", value.Legal && form.TextFields.Contains(name) ? value : null);
            }
        }

        for (var i = 0; i < allAtOnce; i++)
        {
            var value = Next();
            var fields = names.ToDictionary(n => n, _ => value.Bytes);
            await PostAsync(form, fields, $"all fields={value}", value.Legal && form.TextFields.Count > 0 ? value : null);
        }
    }

    private async Task PostAsync(FoundForm form, Dictionary<string, byte[]> fields, string variant, FuzzValue? roundTrip)
    {
        var client = clients[form.User];
        using var content = Body(form, fields);
        using var response = await client.Http.PostAsync(new Uri(form.Action, UriKind.Relative), content);
        Posts++;
        var where = $"POST {form.Action} as {form.User} [{variant}]";
        var status = (int)response.StatusCode;
        if (status is 500 or 400)
        {
            Fail($"{where}: answered {status}");
            probe.Changes();
            return;
        }

        var outcome = "other";
        var refused = status is 403 or 404 or 409 or 413;
        var messages = new List<string>();
        if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            var html = await response.Content.ReadAsStringAsync();
            var document = Parser.ParseDocument(html);
            Check(where, html, document);
            var reshown = FormCatalog.PostForms(form.User, form.Action, document).Where(f => f.Pattern == form.Pattern).ToList();
            Discover(FormCatalog.PostForms(form.User, form.Action, document));
            messages = FuzzChecks.RefusalMessages(document);
            if (reshown.Count > 0 || messages.Count > 0)
            {
                refused = true;
                if (messages.Count == 0)
                {
                    Fail($"{where}: the form came back without any message saying what is wrong");
                    if (Environment.GetEnvironmentVariable("FUZZ_DUMP") is { Length: > 0 } folder)
                    {
                        await File.WriteAllTextAsync(Path.Combine(folder, $"fuzz-page-{Posts}.html"), html);
                    }
                }
            }
        }
        else if (status is 301 or 302 or 303)
        {
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            if (!location.StartsWith('/') || location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal))
            {
                Fail($"{where}: redirected off the portal to \"{location}\"");
            }
            else if (location.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase) && form.User != AccessRules.Anonymous)
            {
                Fail($"{where}: the user was signed out (redirect to {location})");
            }
            else
            {
                using var next = await client.GetAsync(location);
                if (next.StatusCode == HttpStatusCode.OK && next.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    var html = await next.Content.ReadAsStringAsync();
                    var document = Parser.ParseDocument(html);
                    Check(where, html, document);
                    messages = FuzzChecks.RefusalMessages(document);
                    refused = messages.Count > 0;
                    outcome = refused ? "refused" : FuzzChecks.HasSuccessFlash(document) ? "saved" : "other";
                }
            }
        }

        if (refused)
        {
            outcome = "refused";
            if (messages.Count > 0 && !messages.Any(FuzzChecks.IsVietnamese))
            {
                Fail($"{where}: refused with a message that is not Vietnamese: {string.Join(" | ", messages)}");
            }
        }

        var changedTables = probe.Changes();
        if (refused && changedTables.Count > 0)
        {
            Fail($"{where}: refused ({status}: {Short(string.Join(" | ", messages))}) but saved rows in {string.Join(", ", changedTables)}");
        }

        if (outcome == "saved" && roundTrip is not null && !probe.Stores(roundTrip.Text))
        {
            Fail($"{where}: accepted but the text \"{Short(roundTrip.Text)}\" was not stored exactly as posted");
        }

        Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
    }

    private void Check(string where, string html, AngleSharp.Html.Dom.IHtmlDocument document)
    {
        foreach (var problem in FuzzChecks.Problems(html, document))
        {
            Fail($"{where}: {problem}");
        }
    }

    private void Discover(IEnumerable<FoundForm> forms) => Discovered.AddRange(forms);

    private void Fail(string message) => Failures.Add(Short(message, 600));

    private static string Short(string text, int max = 120) =>
        (text.Length <= max ? text : text[..max] + $"…({text.Length} chars)").Replace("\0", "\\0", StringComparison.Ordinal);

    private static HttpContent Body(FoundForm form, Dictionary<string, byte[]> fields)
    {
        // ASP.NET Core refuses a NUL in a urlencoded form (400 before any action runs, the Vietnamese 400 page): such a
        // value goes as multipart, as a browser posts any form with enctype="multipart/form-data", so it reaches the form.
        if (form.Multipart || fields.Values.Any(v => v.Contains((byte)0)))
        {
            var multipart = new MultipartFormDataContent { { new StringContent(form.Token), "__RequestVerificationToken" } };
            foreach (var (name, value) in fields)
            {
                multipart.Add(new ByteArrayContent(value), name);
            }

            return multipart;
        }

        var body = string.Join('&', fields.Select(f => FuzzValues.UrlEncode(f.Key) + "=" + FuzzValues.UrlEncode(f.Value))
            .Append("__RequestVerificationToken=" + FuzzValues.UrlEncode(form.Token)));
        // No charset parameter: the server decodes the percent-escapes as UTF-8, as it does for a browser's post.
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return content;
    }
}
