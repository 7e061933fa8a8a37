using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>What a council member or Sở Nội vụ does in the browser, step by step, and what the pages show.</summary>
public static class CouncilPages
{
    public static async Task<IHtmlDocument> FollowRedirectAsync(this PortalClient client, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}");
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static string? Flash(this IHtmlDocument page, string kind = "danger") =>
        page.QuerySelector($"main .alert-dismissible.alert-{kind}")?.TextContent.Trim();

    public static string MainText(this IHtmlDocument page) => page.QuerySelector("main")!.TextContent;

    /// <summary>
    /// Submits a form of a page already in hand (a page answered to a POST cannot be fetched again), with its own
    /// antiforgery token and the fields a browser would send, changed by <paramref name="changes"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this PortalClient client, IHtmlDocument page, string formSelector, IDictionary<string, string>? changes = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement;
        Assert.True(form is not null, $"No form matches {formSelector}");
        var fields = FormFields.Read(page, formSelector);
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields[name] = value;
        }

        var token = (form.QuerySelector("input[name=__RequestVerificationToken]") as IHtmlInputElement)?.Value;
        Assert.True(token is not null, $"The form {formSelector} has no antiforgery token");
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    /// <summary>The ballot page's fields with one choice per agenda line, in the agenda's order.</summary>
    public static Dictionary<string, string> Choose(IHtmlDocument ballot, params VoteChoice[] choices)
    {
        var lines = ballot.QuerySelectorAll("fieldset.ballot-line").ToList();
        Assert.Equal(choices.Length, lines.Count);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < choices.Length; i++)
        {
            fields[$"Lines[{i}].Choice"] = choices[i].ToString();
        }

        return fields;
    }

    /// <summary>Opens the ballot, chooses, reviews; returns the review page (nothing is stored yet).</summary>
    public static async Task<IHtmlDocument> ReviewAsync(this PortalClient member, int sessionId, params VoteChoice[] choices)
    {
        var ballot = await member.GetPageAsync($"/Council/Vote/{sessionId}");
        var response = await member.SubmitAsync(ballot, "#ballot", Choose(ballot, choices));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PortalClient.ParseAsync(response);
    }

    /// <summary>The whole ballot in the browser: open, choose, review, send. Returns the answer to the send.</summary>
    public static async Task<HttpResponseMessage> VoteAsync(this PortalClient member, int sessionId, params VoteChoice[] choices)
    {
        var review = await member.ReviewAsync(sessionId, choices);
        return await member.SubmitAsync(review, "#cast-form");
    }

    /// <summary>Signs in and votes; asserts the ballot was received (redirect to the thank-you page).</summary>
    public static async Task CastAsync(this PortalFactory factory, string userName, int sessionId, params VoteChoice[] choices)
    {
        using var member = await factory.SignInAsync(userName);
        var answer = await member.VoteAsync(sessionId, choices);
        Assert.Equal($"/Council/Thanks/{sessionId}", answer.Headers.Location?.OriginalString);
    }

    /// <summary>Sở Nội vụ closes the session through its confirmation page.</summary>
    public static async Task<HttpResponseMessage> CloseAsync(this PortalClient noivu, int sessionId)
    {
        var confirm = await noivu.GetPageAsync($"/Council/Close/{sessionId}");
        return await noivu.SubmitAsync(confirm, "main form[method=post]");
    }

    /// <summary>The cells of the results row of one nomination, by their data-col.</summary>
    public static Dictionary<string, string> ResultRow(this IHtmlDocument results, int nominationId)
    {
        var row = results.QuerySelector($"#results tr[data-nomination='{nominationId}']");
        Assert.True(row is not null, $"No result row for nomination {nominationId}");
        return row.QuerySelectorAll("td[data-col]").ToDictionary(td => td.GetAttribute("data-col")!, td => td.TextContent.Trim());
    }
}
