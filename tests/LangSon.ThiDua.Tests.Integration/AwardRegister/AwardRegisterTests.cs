using System.Net;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardRegister;

/// <summary>
/// Sổ khen thưởng: search without diacritics, a unit confined to its own records, a person's history with the
/// possible namesakes apart, the Excel export of the filtered list, revocation by Sở Nội vụ.
/// </summary>
public sealed class AwardRegisterTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Searching_nguyen_van_a_without_diacritics_finds_Nguyen_Van_A()
    {
        var wanted = await factory.PastAwardAsync("Nguyễn Văn Ả");
        var other = await factory.PastAwardAsync("Nguyễn Thị Bé");
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/AwardRegister?q=NGUYEN+van+a");

        Assert.Contains(wanted, page.RowIds());
        Assert.DoesNotContain(other, page.RowIds());
        Assert.Contains("Nguyễn Văn Ả", page.QuerySelector($"tr[data-id='{wanted}'] .recipient")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_units_users_see_only_their_units_records_and_are_refused_another_units()
    {
        var own = await factory.PastAwardAsync("Hoàng Văn Riêng");
        var theirs = await factory.PastAwardAsync("Hoàng Văn Khác", RegisterBuilder.TamThanh);
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var list = await clerk.GetPageAsync("/AwardRegister?q=hoang van");

        Assert.Equal([own], list.RowIds());
        Assert.Null(list.QuerySelector("#f-unit"));
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/AwardRegister/Person/{theirs}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/AwardRegister/Person/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/AwardRegister/Revoke/{own}")).StatusCode);
        using var member = await factory.SignInAsync("hoidong1");
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/AwardRegister")).StatusCode);
        using var observer = await factory.SignInAsync("mttq");
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"/AwardRegister/Person/{own}")).StatusCode);
    }

    [Fact]
    public async Task A_persons_history_holds_the_same_name_and_birth_and_lists_namesakes_without_birth_apart()
    {
        var born = new DateOnly(1979, 5, 2);
        var first = await factory.PastAwardAsync("Lương Thị Hạnh", born: born, decided: new DateOnly(2021, 12, 1));
        var moved = await factory.PastAwardAsync("LƯƠNG THỊ HẠNH", RegisterBuilder.TamThanh, born,
            decided: new DateOnly(2024, 12, 1));
        var unknown = await factory.PastAwardAsync("Lương Thị Hạnh", RegisterBuilder.TamThanh);
        var stranger = await factory.PastAwardAsync("Lương Thị Hạnh", born: new DateOnly(1990, 1, 1));
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/AwardRegister/Person/{first}");

        Assert.Equal([moved, first], page.RowIds("#history"));
        Assert.Equal([unknown], page.RowIds("#possible"));
        Assert.Contains("có thể là cùng người — cần Sở Nội vụ xác nhận",
            page.QuerySelector("#possible h2")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(stranger, page.RowIds());
    }

    [Fact]
    public async Task The_export_holds_the_filtered_rows_with_Vietnamese_headers_and_dates()
    {
        var kept = await factory.PastAwardAsync("Vi Văn Xuất", born: new DateOnly(1985, 3, 9),
            decided: new DateOnly(2022, 11, 30), number: "2222/QĐ-UBND");
        await factory.PastAwardAsync("Vi Văn Xuất", decided: new DateOnly(2020, 11, 30));
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.GetAsync("/AwardRegister/Export?q=vi+van+xuat&year=2022");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheet(1);
        Assert.Equal("Tập thể, cá nhân", sheet.Cell(3, 2).GetString());
        Assert.Equal("Ngày quyết định", sheet.Cell(3, 10).GetString());
        Assert.Equal("Vi Văn Xuất", sheet.Cell(4, 2).GetString());
        Assert.Equal(new DateTime(1985, 3, 9), sheet.Cell(4, 4).GetDateTime());
        Assert.EndsWith("dd/mm/yyyy", sheet.Cell(4, 4).Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.Equal("2222/QĐ-UBND", sheet.Cell(4, 9).GetString());
        Assert.Equal(new DateTime(2022, 11, 30), sheet.Cell(4, 10).GetDateTime());
        Assert.EndsWith("dd/mm/yyyy", sheet.Cell(4, 10).Style.NumberFormat.Format, StringComparison.Ordinal);
        Assert.True(sheet.Cell(5, 2).IsEmpty());
        Assert.True(sheet.Column(2).Width >= 20);
        Assert.Equal(kept, (await factory.WithDbAsync(db => db.AwardRecords.SingleAsync(r =>
            r.DecisionNumber == "2222/QĐ-UBND"))).Id);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a =>
            a.Action == AuditActions.Export && a.EntityType == nameof(AwardRecord))));
    }

    [Fact]
    public async Task NoiVu_revokes_an_award_once_audited_and_it_shows_as_revoked()
    {
        var id = await factory.PastAwardAsync("Mã Văn Thu Hồi", decided: new DateOnly(2023, 6, 1));
        using var noivu = await factory.SignInAsync("noivu");
        var confirm = await noivu.GetPageAsync($"/AwardRegister/Revoke/{id}");

        using var done = await noivu.SubmitAsync(confirm, "main form[method=post]", new Dictionary<string, string>
        {
            ["RevokedOn"] = "2024-02-01", ["Reason"] = "Khai không đúng thành tích.",
        });
        var history = await noivu.FollowRedirectAsync(done);

        Assert.Contains("Đã thu hồi", history.Flash("success"), StringComparison.Ordinal);
        Assert.Contains("Đã thu hồi", history.QuerySelector($"#history tr[data-id='{id}'] .status")!.TextContent,
            StringComparison.Ordinal);
        var record = await factory.RecordAsync(id);
        Assert.Equal((new DateOnly(2024, 2, 1), "Khai không đúng thành tích."),
            (record.RevokedOn, record.RevocationReason));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityType == nameof(AwardRecord)
            && a.Action == AuditActions.Update && a.EntityId == id.ToString()));
        Assert.Equal("noivu", audit.UserName);
        Assert.Contains("Khai không đúng thành tích.", audit.Changes, StringComparison.Ordinal);

        using var again = await noivu.SubmitAsync(confirm, "main form[method=post]", new Dictionary<string, string>
        {
            ["RevokedOn"] = "2024-03-01", ["Reason"] = "Lần hai.",
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Khai không đúng thành tích.", (await factory.RecordAsync(id)).RevocationReason);
        var list = await noivu.GetPageAsync("/AwardRegister?q=ma+van+thu+hoi");
        Assert.Contains("Đã thu hồi", list.QuerySelector($"tr[data-id='{id}'] .status")!.TextContent,
            StringComparison.Ordinal);
    }
}
