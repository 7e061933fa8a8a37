using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Progress;

/// <summary>A progress report posted as a browser does: multipart/form-data with the token of the Create page's form.</summary>
public static class ProgressPosts
{
    public static string CreateUrl(int targetId) => $"/Progress/Create?targetId={targetId}";

    public static Dictionary<string, string> Report(string asOf, string? value = null, string? done = null, string narrative = "Đã triển khai theo kế hoạch.", string? difficulties = null)
    {
        var fields = new Dictionary<string, string> { ["AsOfDate"] = asOf, ["Narrative"] = narrative };
        if (value is not null)
        {
            fields["Value"] = value;
        }

        if (done is not null)
        {
            fields["MilestoneDone"] = done;
        }

        if (difficulties is not null)
        {
            fields["Difficulties"] = difficulties;
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> PostReportAsync(
        this PortalClient client, int targetId, IDictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var url = CreateUrl(targetId);
        var token = await client.AntiforgeryTokenAsync(url, url);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
            content.Add(part, "Files", name);
        }

        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Posts and follows the redirect to the target's page, which must be where a saved report leads.</summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> ReportAndOpenAsync(
        this PortalClient client, int targetId, IDictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        using var response = await client.PostReportAsync(targetId, fields, files);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"The report was not saved: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal($"/Progress/Target/{targetId}", Local(response));
        return await client.GetPageAsync(Local(response));
    }

    public static string Local(HttpResponseMessage response)
    {
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }
}
