using System.Net;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Nominations;

/// <summary>Posts as a browser does from the nomination pages: repeated fields (checkbox lists) and file uploads.</summary>
public static class NominationPosts
{
    public static readonly byte[] SmallPdf = Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>What a user types for a new nomination of an individual for Bằng khen CT UBND tỉnh (form id to be set).</summary>
    public static List<KeyValuePair<string, string>> Nomination(
        int awardFormId, string name = "Nguyễn Văn Bình", TaskRating rating = TaskRating.Excellent, NomineeKind kind = NomineeKind.Individual,
        string summary = "Chủ trì triển khai bệnh án điện tử tại 15 bệnh viện.", params int[] targetIds)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("NomineeKind", ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("AwardFormId", awardFormId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("NomineeName", name),
            new("NomineePosition", kind == NomineeKind.Individual ? "Trưởng phòng Nghiệp vụ Y" : ""),
            new("NomineeWorkplace", "Sở Y tế"),
            new("AchievementSummary", summary),
            new("TaskRating", ((int)rating).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Version", "0"),
        };
        fields.AddRange(targetIds.Select(id => new KeyValuePair<string, string>("TargetIds", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return fields;
    }

    public static List<KeyValuePair<string, string>> Submission(string number, DateOnly date, params int[] nominationIds)
    {
        var fields = new List<KeyValuePair<string, string>> { new("DocumentNumber", number), new("DocumentDate", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) };
        fields.AddRange(nominationIds.Select(id => new KeyValuePair<string, string>("NominationIds", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return fields;
    }

    /// <summary>Posts fields that may repeat, with the token of the form on <paramref name="formPage"/> that posts to <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> PostPairsAsync(this PortalClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? formPage = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPage ?? url, url);
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Uploads one file of a dossier as the Attach page's form does.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient client, int nominationId, DossierDocuments kind, string fileName, byte[] bytes)
    {
        var url = $"/Nominations/Attach/{nominationId}";
        var token = await client.AntiforgeryTokenAsync(url, url);
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(kind.ToString()), "DocumentKind");
        var part = new ByteArrayContent(bytes);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        content.Add(part, "File", fileName);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static string Local(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The id at the end of a redirect such as /Nominations/Details/12.</summary>
    public static int IdFrom(HttpResponseMessage response) =>
        int.Parse(Local(response).Split('#')[0].Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
}
