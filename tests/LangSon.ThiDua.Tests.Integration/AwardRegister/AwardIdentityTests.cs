using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.AwardRegister;

/// <summary>
/// "Có thể là cùng người": Sở Nội vụ confirms a namesake into the person's history or splits it off, audited; a
/// unit's users never see the buttons and are refused the decision.
/// </summary>
public sealed class AwardIdentityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Confirming_the_same_person_moves_the_line_into_the_history_audited()
    {
        var born = new DateOnly(1975, 8, 19);
        var anchor = await factory.PastAwardAsync("Nông Văn Xác", born: born, decided: new DateOnly(2023, 12, 1));
        var unknown = await factory.PastAwardAsync("Nông Văn Xác", RegisterBuilder.TamThanh,
            decided: new DateOnly(2020, 12, 1));
        using var noivu = await factory.SignInAsync("noivu");
        var page = await noivu.GetPageAsync($"/AwardRegister/Person/{anchor}");
        Assert.Equal([unknown], page.RowIds("#possible"));

        using var done = await noivu.SubmitAsync(page, $"#identity-decisions li[data-id='{unknown}'] form.same-person");

        var history = await noivu.FollowRedirectAsync(done);
        Assert.Contains("Đã xác nhận cùng người", history.Flash("success"), StringComparison.Ordinal);
        Assert.Equal([anchor, unknown], history.RowIds("#history"));
        Assert.Null(history.QuerySelector("#possible"));
        var fromTheOtherLine = await noivu.GetPageAsync($"/AwardRegister/Person/{unknown}");
        Assert.Equal([anchor, unknown], fromTheOtherLine.RowIds("#history"));
        var link = await factory.WithDbAsync(db => db.AwardRecipientLinks.AsNoTracking().SingleAsync(l =>
            l.FirstRecordId == anchor && l.SecondRecordId == unknown));
        Assert.Equal((true, "noivu"), (link.IsSamePerson, link.DecidedBy));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.UserName == "noivu"
            && a.EntityType == nameof(AwardRecipientLink) && a.Action == AuditActions.Insert)));
    }

    [Fact]
    public async Task Splitting_off_a_namesake_removes_it_from_the_possible_lines_and_keeps_it_out_of_the_history()
    {
        var anchor = await factory.PastAwardAsync("Lộc Thị Tách", born: new DateOnly(1982, 1, 5));
        var other = await factory.PastAwardAsync("Lộc Thị Tách", RegisterBuilder.TamThanh);
        var stillPossible = await factory.PastAwardAsync("Lộc Thị Tách", decided: new DateOnly(2019, 12, 1));
        using var noivu = await factory.SignInAsync("noivu");
        var page = await noivu.GetPageAsync($"/AwardRegister/Person/{anchor}");

        using var done = await noivu.SubmitAsync(
            page, $"#identity-decisions li[data-id='{other}'] form.not-same-person");

        var history = await noivu.FollowRedirectAsync(done);
        Assert.Contains("không phải cùng người", history.Flash("success"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal([anchor], history.RowIds("#history"));
        Assert.Equal([stillPossible], history.RowIds("#possible"));
        Assert.False((await factory.WithDbAsync(db => db.AwardRecipientLinks.AsNoTracking()
            .SingleAsync(l => l.SecondRecordId == other))).IsSamePerson);
    }

    [Fact]
    public async Task A_units_users_see_no_identity_buttons_and_are_refused_confirming_or_splitting()
    {
        var anchor = await factory.PastAwardAsync("Chu Văn Đơn Vị", born: new DateOnly(1990, 2, 2));
        var other = await factory.PastAwardAsync("Chu Văn Đơn Vị");
        using var clerk = await factory.SignInAsync("canbo.soyte");

        var page = await clerk.GetPageAsync($"/AwardRegister/Person/{anchor}");

        Assert.Equal([other], page.RowIds("#possible"));
        Assert.Null(page.QuerySelector("#identity-decisions"));
        foreach (var action in new[] { "SamePerson", "NotSamePerson" })
        {
            using var response = await clerk.PostWithHomeTokenAsync($"/AwardRegister/{action}/{anchor}",
                new Dictionary<string, string> { ["Other"] = $"{other}" });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.False(await factory.WithDbAsync(db => db.AwardRecipientLinks.AnyAsync(l => l.SecondRecordId == other)));
    }
}
