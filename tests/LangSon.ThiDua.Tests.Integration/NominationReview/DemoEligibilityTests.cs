using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>A fresh demo shows both verdicts of the history rules, and its register stays before its campaign.</summary>
public sealed class DemoEligibilityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_fresh_demo_shows_an_eligible_and_a_thieu_dossier_with_the_lines_that_count()
    {
        await factory.SeedNominationsAsync();
        await factory.WithDbAsync(async db => { await DemoAwardRegisterSeeder.SeedAsync(db); return true; });
        var ids = await factory.WithDbAsync(db => db.Nominations.AsNoTracking()
            .Where(n => n.NomineeName == "Hoàng Thị Mai" || n.NomineeName == "Lê Văn Thắng")
            .ToDictionaryAsync(n => n.NomineeName, n => n.Id));
        using var noivu = await factory.SignInAsync("noivu");

        var mai = await noivu.GetPageAsync($"/NominationReview/Review/{ids["Hoàng Thị Mai"]}");
        var thang = await noivu.GetPageAsync($"/NominationReview/Review/{ids["Lê Văn Thắng"]}");

        Assert.StartsWith("Thiếu: 5 năm liên tục hoàn thành xuất sắc nhiệm vụ trở lên (hồ sơ khai 3 năm",
            mai.QuerySelector("#eligibility-verdict")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh",
            mai.QuerySelector("#eligibility-conditions .eligibility-line")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Đủ điều kiện", thang.QuerySelector("#eligibility-verdict")!.TextContent.Trim());
        Assert.NotNull(thang.QuerySelector("#eligibility-conditions .eligibility-line"));
    }

    [Fact]
    public void The_register_moves_by_the_whole_years_the_demo_calendar_moves_its_campaign()
    {
        Assert.Equal(0, new DemoCalendar(new At(new DateTime(2025, 12, 15, 3, 0, 0, DateTimeKind.Utc))).ShiftYears);
        Assert.Equal(0, new DemoCalendar(new At(new DateTime(2026, 2, 1, 3, 0, 0, DateTimeKind.Utc))).ShiftYears);
        Assert.Equal(1, new DemoCalendar(new At(new DateTime(2026, 12, 6, 3, 0, 0, DateTimeKind.Utc))).ShiftYears);
    }

    private sealed class At(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }
}
