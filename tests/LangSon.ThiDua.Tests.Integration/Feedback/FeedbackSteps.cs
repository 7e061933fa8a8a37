using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Feedbacks;

/// <summary>Feedback sent and answered as a browser does: multipart with the Create page's token, the answer form of the details page.</summary>
public static class FeedbackSteps
{
    public const string CreateUrl = "/Feedback/Create";

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static Dictionary<string, string> Fields(
        string subject, FeedbackCategory? category = FeedbackCategory.Procedure, int? unitId = null, int? areaId = null, string text = "Nội dung phản ánh khó khăn ở cơ sở.")
    {
        var fields = new Dictionary<string, string>
        {
            ["Category"] = category is { } c ? ((int)c).ToString(CultureInfo.InvariantCulture) : string.Empty,
            ["UnitId"] = unitId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["ContentAreaId"] = areaId?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ["Subject"] = subject,
            ["Text"] = text,
        };
        return fields;
    }

    public static async Task<HttpResponseMessage> SendFeedbackAsync(
        this PortalClient client, IDictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        var token = await client.AntiforgeryTokenAsync(CreateUrl, CreateUrl);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "Files", name);
        }

        return await client.Http.PostAsync(new Uri(CreateUrl, UriKind.Relative), content);
    }

    /// <summary>Sends, expects the redirect to the new feedback's details, and returns its id.</summary>
    public static async Task<int> SendAndGetIdAsync(this PortalClient client, IDictionary<string, string> fields, params (string Name, byte[] Content)[] files)
    {
        using var response = await client.SendFeedbackAsync(fields, files);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"The feedback was not sent: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Feedback/Details/", location, StringComparison.Ordinal);
        return int.Parse(location["/Feedback/Details/".Length..], CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> ReplyAsync(this PortalClient client, int id, string answer) =>
        client.PostFormAsync($"/Feedback/Reply/{id}", new Dictionary<string, string> { ["Answer"] = answer }, $"/Feedback/Details/{id}");

    /// <summary>The page a redirect leads to (where the flash message shows).</summary>
    public static async Task<IHtmlDocument> FollowAsync(this PortalClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    public static Task<int> UnitAsync(this PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<int> AreaAsync(this PortalFactory factory, int number) =>
        factory.WithDbAsync(db => db.ContentAreas.Where(a => a.Number == number && a.Campaign!.Status == CampaignStatus.Active).Select(a => a.Id).SingleAsync());

    /// <summary>The notifications of a user that link to a feedback's details, titles only.</summary>
    public static Task<List<string>> NotificationsAsync(this PortalFactory factory, string userName, int feedbackId) =>
        factory.WithDbAsync(db => db.Notifications
            .Where(n => n.Link == $"/Feedback/Details/{feedbackId}" && n.Kind == NotificationKind.Feedback
                && db.Users.Any(u => u.Id == n.UserId && u.UserName == userName))
            .Select(n => n.Title).ToListAsync());

    public static Task<int> FeedbackCountAsync(this PortalFactory factory) => factory.WithDbAsync(db => db.Feedbacks.CountAsync());

    /// <summary>The ids of the rows the list shows.</summary>
    public static IReadOnlyList<int> ListedIds(this IHtmlDocument document) =>
        document.QuerySelectorAll("#feedback-list tbody tr[data-id]")
            .Select(r => int.Parse(r.GetAttribute("data-id")!, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The messages shown in a field's group (e.g. "group-subject").</summary>
    public static IReadOnlyList<string> MessagesOf(this IHtmlDocument document, string groupId) =>
        document.QuerySelectorAll($"#{groupId} .field-validation-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).ToList();
}
