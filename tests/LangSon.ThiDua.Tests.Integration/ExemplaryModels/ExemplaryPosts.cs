using System.Globalization;
using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.ExemplaryModels;

/// <summary>Posts as a browser does from the exemplary-model form (multipart, with an optional photo).</summary>
public static class ExemplaryPosts
{
    /// <summary>A PNG's signature and header chunk: enough for the magic-byte check.</summary>
    public static readonly byte[] Png =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00];

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    public const string Story =
        "Anh đã vận động 45 hộ dân trong thôn hiến hơn 3.000 m² đất, góp 400 ngày công để làm 2,5 km đường bê tông liên thôn.\n"
        + "Nhờ con đường mới, nông sản của thôn được thương lái thu mua tận nơi, thu nhập bình quân tăng 15% so với năm trước.";

    public static Dictionary<string, string> Fields(int areaId, string name = "Nguyễn Văn Đường", int? unitId = null, string? place = "Thôn Nà Lầm, xã Bắc Sơn",
        string title = "Người dẫn đầu phong trào làm đường giao thông nông thôn", string story = Story) => new()
    {
        ["Kind"] = ((int)NomineeKind.Individual).ToString(CultureInfo.InvariantCulture),
        ["Name"] = name,
        ["Position"] = "Trưởng thôn",
        ["UnitId"] = unitId?.ToString(CultureInfo.InvariantCulture) ?? "",
        ["Place"] = place ?? "",
        ["ContentAreaId"] = areaId.ToString(CultureInfo.InvariantCulture),
        ["Title"] = title,
        ["Story"] = story,
        ["Version"] = "0",
    };

    /// <summary>Posts the form (with the token of the form on <paramref name="formPage"/>) and an optional photo.</summary>
    public static async Task<HttpResponseMessage> PostModelAsync(
        this PortalClient client, string url, IDictionary<string, string> fields, string? photoName = null, byte[]? photo = null, string? formPage = null)
    {
        var token = await client.AntiforgeryTokenAsync(formPage ?? url, url);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (photo is not null)
        {
            var part = new ByteArrayContent(photo);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
            content.Add(part, "Photo", photoName ?? "anh.png");
        }

        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Proposes a model and returns its id (asserting the redirect to its page).</summary>
    public static async Task<int> ProposeAsync(this PortalClient client, IDictionary<string, string> fields, byte[]? photo = null, string photoName = "anh.png")
    {
        using var response = await client.PostModelAsync("/ExemplaryModels/Create", fields, photoName, photo);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/ExemplaryModels/Details/", location, StringComparison.Ordinal);
        return int.Parse(location["/ExemplaryModels/Details/".Length..], CultureInfo.InvariantCulture);
    }

    /// <summary>The active campaign's content areas by number.</summary>
    public static Task<Dictionary<int, int>> AreasAsync(this PortalFactory factory) =>
        factory.WithDbAsync(db => db.ContentAreas.Where(a => a.Campaign!.Status == CampaignStatus.Active).ToDictionaryAsync(a => a.Number, a => a.Id));
}
