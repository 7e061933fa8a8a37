using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.AwardRegister;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LangSon.ThiDua.Tests.Integration.Certificates.CertificateSheetReader;

namespace LangSon.ThiDua.Tests.Integration.Certificates;

/// <summary>
/// In bằng khen, giấy khen on the calibrated blanks: the text read back from the PDF lands in its boxes (A3 and A4), a
/// long name shrinks and stays inside with a warning, a unit prints only its own Giấy khen, revoked awards are refused,
/// a decision prints as a batch, the export is audited.
/// </summary>
public sealed class CertificatePrintTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const double Tolerance = 1.0;

    [Theory]
    [InlineData(AwardFormSeed.BangKhenTinh, 420, 297)]
    [InlineData(AwardFormSeed.GiayKhen, 297, 210)]
    public async Task Every_field_is_printed_within_1_mm_of_its_calibrated_box(string formCode, int width, int height)
    {
        var id = await factory.PastAwardAsync("Hoàng Thị Vừa", formCode: formCode, born: new DateOnly(1980, 1, 2));
        var (blank, code) = await BlankAndCodeAsync(id);
        using var noivu = await factory.SignInAsync("noivu");

        var sheet = Assert.Single(Read(await PdfAsync(noivu, $"/Certificates/Pdf/{id}")).Sheets);

        Assert.Equal((width, height), ((int)Math.Round(sheet.Width), (int)Math.Round(sheet.Height)));
        var byBox = sheet.ByBox(blank.Boxes.Where(b => b.Field != CertificateField.QrCode).ToList());
        var name = blank.Box(CertificateField.RecipientName);
        Assert.Equal("ÔngHoàngThịVừa", TextOf(byBox[CertificateField.RecipientName]));
        Assert.Equal("Quyếtđịnhsố1200/QĐ-UBNDngày15/12/2023", TextOf(byBox[CertificateField.Decision]));
        Assert.Equal("LạngSơn,ngày15tháng12năm2023", TextOf(byBox[CertificateField.PlaceAndDate]));
        Assert.Equal($"Mãxácminh:{code[..5]}-{code[5..]}", TextOf(byBox[CertificateField.VerificationCode]));
        Assert.Equal("Chuyênviên,SởYtế", TextOf(byBox[CertificateField.PositionAndUnit]));
        Assert.StartsWith("Đãcóthànhtíchxuấtsắc", TextOf(byBox[CertificateField.Achievement]),
            StringComparison.Ordinal);
        Assert.All(byBox, pair => Assert.True(Overshoot(pair.Value, blank.Box(pair.Key)) <= Tolerance,
            $"{pair.Key} reaches {Overshoot(pair.Value, blank.Box(pair.Key)):0.00} mm outside its box"));
        Assert.InRange(Centre(byBox[CertificateField.RecipientName]) - (double)(name.X + (name.Width / 2)),
            -Tolerance, Tolerance);
        Assert.All(byBox[CertificateField.RecipientName], l => Assert.Equal((double)name.FontSize, l.Size, 1));
    }

    [Fact]
    public async Task A_long_name_shrinks_stays_inside_its_box_and_is_named_in_a_warning()
    {
        const string Long = "Phòng Kế hoạch – Tài chính và Quản lý dự án đầu tư xây dựng công trình giao thông";
        var id = await factory.PastAwardAsync(Long, kind: NomineeKind.Collective, formCode: AwardFormSeed.GiayKhen);
        var (blank, _) = await BlankAndCodeAsync(id);
        var box = blank.Box(CertificateField.RecipientName);
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/Certificates/Print/{id}");
        var sheet = Assert.Single(Read(await PdfAsync(noivu, $"/Certificates/Pdf/{id}")).Sheets);

        Assert.Contains($"Họ tên / tên tập thể của {Long} quá dài cho ô, đã thu nhỏ tới",
            page.QuerySelector("#fit-warnings")!.TextContent.Normalized(), StringComparison.Ordinal);
        var letters = sheet.ByBox(blank.Boxes.Where(b => b.Field != CertificateField.QrCode).ToList())
            [CertificateField.RecipientName];
        Assert.Equal(Long.Replace(" ", "", StringComparison.Ordinal), TextOf(letters));
        Assert.True(Overshoot(letters, box) <= Tolerance, $"{Overshoot(letters, box):0.00} mm outside the box");
        Assert.All(letters, l => Assert.InRange(l.Size, (double)box.MinFontSize, (double)box.FontSize - 0.5));
    }

    [Fact]
    public async Task A_unit_prints_its_own_Giay_khen_but_not_its_Bang_khen_nor_another_units_line()
    {
        var own = await factory.PastAwardAsync("Lò Văn Khen", formCode: AwardFormSeed.GiayKhen);
        var ownProvince = await factory.PastAwardAsync("Lò Văn Tỉnh");
        var other = await factory.PastAwardAsync("Lò Văn Khác", RegisterBuilder.TamThanh,
            formCode: AwardFormSeed.GiayKhen);
        using var clerk = await factory.SignInAsync("canbo.soyte");

        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/Certificates/Print/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/Certificates/Pdf/{own}?preview=true")).StatusCode);
        foreach (var refused in new[] { other, ownProvince })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/Certificates/Print/{refused}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/Certificates/Pdf/{refused}")).StatusCode);
        }

        using var observer = await factory.SignInAsync("mttq");
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"/Certificates/Pdf/{own}")).StatusCode);
    }

    [Fact]
    public async Task A_decision_prints_one_page_a_line_leaves_revoked_lines_out_and_is_audited()
    {
        const string Number = "777/QĐ-UBND";
        var decided = new DateOnly(2024, 5, 20);
        await factory.PastAwardAsync("Vi Thị Một", number: Number, decided: decided);
        await factory.PastAwardAsync("Vi Thị Hai", RegisterBuilder.TamThanh, number: Number, decided: decided);
        var revoked = await factory.PastAwardAsync("Vi Thị Thu Hồi", number: Number, decided: decided);
        await factory.WithDbAsync(async db =>
        {
            (await db.AwardRecords.SingleAsync(r => r.Id == revoked)).Revoke(decided.AddDays(30), "Khai man");
            return await db.SaveChangesAsync();
        });
        using var noivu = await factory.SignInAsync("noivu");

        var refusal = await noivu.GetAsync($"/Certificates/Pdf/{revoked}");
        var page = await noivu.GetPageAsync($"/Certificates/Decision?number=777%2FQĐ-UBND&date=2024-05-20");
        var pdf = Read(await PdfAsync(noivu, "/Certificates/DecisionPdf?number=777%2FQĐ-UBND&date=20%2F05%2F2024"));

        Assert.Equal(HttpStatusCode.Redirect, refusal.StatusCode);
        Assert.Contains("đã bị thu hồi", (await noivu.GetPageAsync($"/Certificates/Print/{revoked}"))
            .QuerySelector("#print-refusal")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vi Thị Thu Hồi: đã thu hồi ngày 19/06/2024", page.QuerySelector("#print-skipped")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(2, pdf.Sheets.Count);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Export
            && a.EntityType == nameof(AwardRecord) && a.EntityId == Number && a.UserName == "noivu")));
    }

    private Task<(CertificateBlank Blank, string Code)> BlankAndCodeAsync(int recordId) =>
        factory.WithDbAsync(async db =>
        {
            var record = await db.AwardRecords.AsNoTracking().SingleAsync(r => r.Id == recordId);
            var blank = await db.CertificateBlanks.AsNoTracking().SingleAsync(b => b.AwardFormId == record.AwardFormId);
            return (blank, record.VerificationCode);
        });

    private static async Task<byte[]> PdfAsync(PortalClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
