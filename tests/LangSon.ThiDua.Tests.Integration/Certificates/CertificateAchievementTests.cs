using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.AwardRegister;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LangSon.ThiDua.Tests.Integration.Certificates.CertificateSheetReader;

namespace LangSon.ThiDua.Tests.Integration.Certificates;

/// <summary>
/// The line's own achievement text: Sở Nội vụ corrects it on the register (audited) and the certificate prints it;
/// cleared, the certificate prints the derived line again; the import reads it from its column; a unit's users are
/// refused the form.
/// </summary>
public sealed class CertificateAchievementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Own = "Đã có thành tích xuất sắc trong phòng, chống dịch bệnh năm 2023";

    [Fact]
    public async Task The_certificate_prints_the_achievement_Noi_vu_wrote_on_the_line_and_the_change_is_audited()
    {
        var id = await factory.PastAwardAsync("Nông Văn Riêng", born: new DateOnly(1981, 3, 4));
        using var noivu = await factory.SignInAsync("noivu");
        var url = $"/AwardRegister/Achievement/{id}";

        using var saved = await noivu.PostFormAsync(url, new Dictionary<string, string> { ["Achievement"] = Own });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Own.Replace(" ", "", StringComparison.Ordinal), await PrintedAchievementAsync(noivu, id));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == nameof(AwardRecord)
            && a.Action == AuditActions.Update && a.EntityId == id.ToString()));
        Assert.Equal("noivu", audit.UserName);
        Assert.Contains("phòng, chống dịch bệnh", audit.Changes, StringComparison.Ordinal);

        using var cleared = await noivu.PostFormAsync(url, new Dictionary<string, string> { ["Achievement"] = " " });

        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal("Đãcóthànhtíchxuấtsắctrongthựchiệnnhiệmvụnăm2023", await PrintedAchievementAsync(noivu, id));
    }

    [Fact]
    public async Task A_text_over_300_characters_is_refused_with_a_message_and_nothing_changes()
    {
        var id = await factory.PastAwardAsync("Nông Văn Dài");
        using var admin = await factory.SignInAsync("admin");

        using var response = await admin.PostFormAsync($"/AwardRegister/Achievement/{id}",
            new Dictionary<string, string> { ["Achievement"] = new string('a', 301) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dòng thành tích tối đa 300 ký tự.", (await PortalClient.ParseAsync(response))
            .QuerySelector("#achievement-form")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await factory.RecordAsync(id)).Achievement);
    }

    [Fact]
    public async Task A_units_users_are_refused_the_achievement_form_and_its_post()
    {
        var id = await factory.PastAwardAsync("Nông Văn Đơn Vị", formCode: AwardFormSeed.GiayKhen);
        using var head = await factory.SignInAsync("truongdonvi.soyte");

        var page = await head.GetAsync($"/AwardRegister/Achievement/{id}");
        using var post = await head.PostWithHomeTokenAsync($"/AwardRegister/Achievement/{id}",
            new Dictionary<string, string> { ["Achievement"] = Own });

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Null((await factory.RecordAsync(id)).Achievement);
    }

    [Fact]
    public async Task The_import_reads_the_achievement_column_and_the_certificate_prints_it()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var unit = await factory.UnitNameAsync(RegisterBuilder.SoYte);
        var file = AwardImportBuilder.FillAwards(await noivu.AwardTemplateAsync(),
            ["Cá nhân", "Nông Thị Nhập Thành Tích", "02/05/1979", "Nữ", null, unit,
                "Bằng khen của Chủ tịch UBND tỉnh", "88/QĐ-UBND", "15/12/2022", "Chủ tịch UBND tỉnh", null, Own]);

        var preview = await PortalClient.ParseAsync(await noivu.UploadAwardsAsync("thanh-tich.xlsx", file));
        using var confirmed = await noivu.ConfirmAwardsAsync(preview);

        var record = Assert.Single(await factory.RecordsNamedAsync("nong thi nhap thanh tich"));
        Assert.Equal(Own, record.Achievement);
        Assert.Equal(Own.Replace(" ", "", StringComparison.Ordinal), await PrintedAchievementAsync(noivu, record.Id));
    }

    private async Task<string> PrintedAchievementAsync(PortalClient client, int id)
    {
        var blank = await factory.WithDbAsync(async db =>
        {
            var formId = await db.AwardRecords.Where(r => r.Id == id).Select(r => r.AwardFormId).SingleAsync();
            return await db.CertificateBlanks.AsNoTracking().SingleAsync(b => b.AwardFormId == formId);
        });
        using var response = await client.GetAsync($"/Certificates/Pdf/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sheet = Assert.Single(Read(await response.Content.ReadAsByteArrayAsync()).Sheets);
        var boxes = blank.Boxes.Where(b => b.Field != CertificateField.QrCode).ToList();
        return TextOf(sheet.ByBox(boxes)[CertificateField.Achievement]);
    }
}
