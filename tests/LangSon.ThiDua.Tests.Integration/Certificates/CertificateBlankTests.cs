using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Certificates;

/// <summary>Phôi: the calibration sheet on the blank's paper, a grid labelled every 10 mm, the boxes named.</summary>
public sealed class CertificateBlankTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_calibration_sheet_is_on_the_blanks_paper_with_mm_labels_and_the_boxes_named()
    {
        var formId = await factory.WithDbAsync(db =>
            db.AwardForms.Where(f => f.Code == AwardFormSeed.BangKhenTinh).Select(f => f.Id).SingleAsync());
        using var admin = await factory.SignInAsync("admin");
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await admin.GetAsync($"/Certificates/Blanks/Calibration/{formId}");
        var pdf = PdfText.Read(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((1191, 842), pdf.Pages.Single().Size);
        Assert.Contains("410", pdf.Text, StringComparison.Ordinal);
        Assert.Contains("Dòng thành tích (x 60, y 160, 300 × 32 mm)", pdf.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await noivu.GetAsync($"/Certificates/Blanks/Calibration/{formId}")).StatusCode);
    }
}
