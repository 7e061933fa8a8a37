using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.NominationDocuments;
using LangSon.ThiDua.Tests.Integration.PlanImport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Documents;

/// <summary>A server on which the PDF browser is missing (removed by an update, a wrong Pdf:ExecutablePath).</summary>
public sealed class NoBrowserFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Pdf:ExecutablePath", Path.Combine(DataDirectory, "khong-co-chromium"));
    }
}

/// <summary>
/// Every PDF action answers the same way when no browser can print: back to where the user asked, with the reason,
/// nothing recorded as exported; the HTML preview still works.
/// </summary>
public sealed class NoBrowserTests(NoBrowserFactory factory) : IClassFixture<NoBrowserFactory>
{
    public static TheoryData<string> Documents => ["plan", "summary", "report", "dossier"];

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Without_a_browser_a_PDF_comes_back_as_a_message_on_the_page_it_was_asked_from(string document)
    {
        var (user, pdf, back) = await RequestAsync(document);
        using var client = await factory.SignInAsync(user);
        var exportsBefore = await ExportsAsync();

        using var response = await client.GetAsync(pdf);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(back, response.Headers.Location?.OriginalString);
        var page = await client.GetPageAsync(back);
        Assert.Contains("trình duyệt", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(exportsBefore, await ExportsAsync());

        using var preview = await client.GetAsync(pdf + "?Preview=true");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("text/html", preview.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(string User, string Pdf, string Back)> RequestAsync(string document)
    {
        switch (document)
        {
            case "plan":
                var planId = await ImportPlanBuilder.AcceptedPlanAsync(factory);
                return ("truongdonvi.soyte", $"/PlanExport/Pdf/{planId}", $"/PlanExport/Print/{planId}");
            case "summary":
                return ("noivu", "/SummaryReport/Export.pdf", "/SummaryReport");
            default:
                var id = await factory.NominationAsync("Nguyễn Văn Tài", NomineeKind.Individual, false);
                var action = document == "report" ? "Report" : "Dossier";
                return ("canbo.soyte", $"/DossierDocuments/{action}/{id}", $"/DossierDocuments/Print/{id}");
        }
    }

    private Task<int> ExportsAsync() =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.Export));
}
