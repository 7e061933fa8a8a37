using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardRegister;

/// <summary>The register's import as a user does it: the template downloaded, filled in, uploaded, confirmed.</summary>
public static class AwardImportBuilder
{
    public const string UploadUrl = "/AwardRegister/Import/Upload";

    public static async Task<byte[]> AwardTemplateAsync(this PortalClient client)
    {
        using var response = await client.GetAsync("/AwardRegister/Import/Template");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The template with its example row replaced by <paramref name="rows"/> (a DateTime is written as a
    /// real Excel date, anything else as text).</summary>
    public static byte[] FillAwards(byte[] template, params object?[][] rows)
    {
        using var book = new XLWorkbook(new MemoryStream(template));
        var sheet = book.Worksheet("Sổ khen thưởng");
        sheet.Range(2, 1, 2, 12).Clear(XLClearOptions.Contents);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (rows[r][c])
                {
                    case DateTime date:
                        cell.SetValue(date);
                        cell.Style.NumberFormat.Format = "dd/mm/yyyy";
                        break;
                    case string text:
                        cell.SetValue(text);
                        break;
                }
            }
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Posts the file as the upload form does; a user refused the page takes a token from the home
    /// page.</summary>
    public static async Task<HttpResponseMessage> UploadAwardsAsync(
        this PortalClient client, string fileName, byte[] content, bool tokenFromHome = false)
    {
        var token = tokenFromHome
            ? await client.AntiforgeryTokenAsync("/", "/Account/Logout")
            : await client.AntiforgeryTokenAsync(UploadUrl, UploadUrl);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "File", fileName);
        return await client.Http.PostAsync(new Uri(UploadUrl, UriKind.Relative), form);
    }

    public static Task<HttpResponseMessage> ConfirmAwardsAsync(this PortalClient client, IHtmlDocument preview)
    {
        var form = preview.Forms.SingleOrDefault(f => f.GetAttribute("action") == "/AwardRegister/Import/Confirm");
        Assert.True(form is not null, "The preview has no confirmation form");
        var fields = form.Elements.OfType<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        return client.PostWithoutTokenAsync("/AwardRegister/Import/Confirm", fields);
    }

    /// <summary>A POST with the antiforgery token of the home page's sign-out form: a user refused the page of the
    /// form still holds a valid token.</summary>
    public static async Task<HttpResponseMessage> PostWithHomeTokenAsync(
        this PortalClient client, string url, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/", "/Account/Logout");
        return await client.PostWithoutTokenAsync(url, fields);
    }

    public static Task<string> UnitNameAsync(this PortalFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Name).SingleAsync());

    public static Task<List<AwardRecord>> RecordsNamedAsync(this PortalFactory factory, string searchName) =>
        factory.WithDbAsync(db => db.AwardRecords.AsNoTracking().Where(r => r.RecipientSearchName == searchName)
            .OrderBy(r => r.Id).ToListAsync());
}
