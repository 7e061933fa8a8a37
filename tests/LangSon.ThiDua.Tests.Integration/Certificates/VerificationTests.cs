using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.AwardRegister;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Certificates;

/// <summary>
/// Xác minh: the public page a certificate's code opens, without sign-in — what the certificate says, "Đã thu hồi" for
/// a revoked award, never the date of birth; an unknown code is a 404 that says so.
/// </summary>
public sealed class VerificationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_valid_code_shows_name_form_decision_and_issuer_to_anyone_without_the_date_of_birth()
    {
        var id = await factory.PastAwardAsync("Nông Văn Xác", born: new DateOnly(1977, 8, 19), number: "321/QĐ-UBND");
        var code = (await factory.RecordAsync(id)).VerificationCode;
        using var anonymous = factory.CreatePortalClient();

        using var response = await anonymous.GetAsync($"/xac-minh/{code[..5].ToLowerInvariant()}-{code[5..]}");
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var award = page.QuerySelector("#verified-award")!.TextContent.Normalized();
        Assert.Contains("Nông Văn Xác", award, StringComparison.Ordinal);
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh", award, StringComparison.Ordinal);
        Assert.Contains("Số 321/QĐ-UBND ngày 15/12/2023", award, StringComparison.Ordinal);
        Assert.Contains("Chủ tịch UBND tỉnh", award, StringComparison.Ordinal);
        Assert.Contains("Còn hiệu lực", page.QuerySelector("#verification-status")!.TextContent,
            StringComparison.Ordinal);
        Assert.DoesNotContain("1977", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Chuyên viên", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_award_shows_as_revoked_with_its_date()
    {
        var id = await factory.PastAwardAsync("Nông Thị Thu", number: "322/QĐ-UBND");
        var code = await factory.WithDbAsync(async db =>
        {
            var record = await db.AwardRecords.SingleAsync(r => r.Id == id);
            record.Revoke(new DateOnly(2024, 3, 4), "Thành tích không đúng sự thật");
            await db.SaveChangesAsync();
            return record.VerificationCode;
        });
        using var anonymous = factory.CreatePortalClient();

        var page = await anonymous.GetPageAsync($"/xac-minh/{code}");

        Assert.Contains("Đã thu hồi ngày 04/03/2024",
            page.QuerySelector("#verification-status")!.TextContent.Normalized(), StringComparison.Ordinal);
        Assert.Contains("Nông Thị Thu", page.QuerySelector("#verified-award")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_code_is_a_404_page_that_says_the_code_is_not_in_the_register()
    {
        using var anonymous = factory.CreatePortalClient();

        using var unknown = await anonymous.GetAsync("/xac-minh/ZZZZZ-ZZZZZ");
        using var malformed = await anonymous.GetAsync("/xac-minh/not-a-code");
        var page = await PortalClient.ParseAsync(unknown);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknown.StatusCode, malformed.StatusCode));
        Assert.Contains("Mã ZZZZZ-ZZZZZ không có trong sổ khen thưởng",
            page.QuerySelector("#verification-status")!.TextContent.Normalized(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_register_line_gets_its_own_code_of_ten_unambiguous_characters()
    {
        foreach (var name in new[] { "Nông Văn Mã", "Nông Văn Một", "Nông Văn Hai" })
        {
            await factory.PastAwardAsync(name);
        }

        var codes = await factory.WithDbAsync(db => db.AwardRecords.Select(r => r.VerificationCode).ToListAsync());

        Assert.True(codes.Count >= 3);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Equal(c, VerificationCodes.Normalize(c)));
    }
}
