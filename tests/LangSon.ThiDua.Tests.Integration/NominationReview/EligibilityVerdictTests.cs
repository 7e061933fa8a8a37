using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.AwardRegister;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>
/// The history verdict (issue 22) on the unit's dossier page and on Sở Nội vụ's checklist: the award form's rules
/// against the register as it is at each read.
/// </summary>
public sealed class EligibilityVerdictTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Born = new(1977, 7, 7);
    private static readonly IFormatProvider Inv = System.Globalization.CultureInfo.InvariantCulture;

    [Fact]
    public async Task The_dossier_and_the_checklist_show_eligible_with_the_register_lines_that_count()
    {
        var (id, year) = await PrimeMinisterNominationAsync("SYT", "Bùi Văn Đủ", excellentYears: 5);
        await factory.PastAwardAsync("Bùi Văn Đủ", born: Born, decided: new DateOnly(year - 3, 12, 20),
            number: "1501/QĐ-UBND");

        using var staff = await factory.SignInAsync("canbo.soyte");
        using var noivu = await factory.SignInAsync("noivu");
        foreach (var page in new[]
        {
            await staff.GetPageAsync($"/Nominations/Details/{id}"),
            await noivu.GetPageAsync($"/NominationReview/Review/{id}"),
        })
        {
            Assert.Equal("Đủ điều kiện", Verdict(page));
            Assert.Contains("1501/QĐ-UBND", Lines(page));
            Assert.All(page.QuerySelectorAll("#eligibility-conditions li[data-met]"),
                li => Assert.Equal("true", li.GetAttribute("data-met")));
        }
    }

    [Fact]
    public async Task Missing_history_shows_thieu_and_a_revoked_award_stops_counting_at_the_next_read()
    {
        var (id, year) = await PrimeMinisterNominationAsync("SYT", "Đào Thị Thu Hồi", excellentYears: 4);
        var award = await factory.PastAwardAsync("Đào Thị Thu Hồi", born: Born,
            decided: new DateOnly(year - 2, 12, 20), number: "1502/QĐ-UBND");
        using var noivu = await factory.SignInAsync("noivu");

        var before = await noivu.GetPageAsync($"/NominationReview/Review/{id}");
        Assert.Equal("Thiếu: 5 năm liên tục hoàn thành xuất sắc nhiệm vụ trở lên "
            + $"(hồ sơ khai 4 năm: {year - 3}–{year})", Verdict(before));
        Assert.Contains("1502/QĐ-UBND", Lines(before));

        await factory.WithDbAsync(async db =>
        {
            var record = await db.AwardRecords.SingleAsync(r => r.Id == award);
            record.Revoke(new DateOnly(year, 1, 5), "Kê khai thành tích không trung thực.");
            return await db.SaveChangesAsync();
        });

        var after = await noivu.GetPageAsync($"/NominationReview/Review/{id}");
        Assert.StartsWith("Thiếu: Đã được tặng Bằng khen của Chủ tịch UBND tỉnh trước đó; ", Verdict(after),
            StringComparison.Ordinal);
        Assert.DoesNotContain("1502/QĐ-UBND", Lines(after));
    }

    [Fact]
    public async Task A_line_without_date_of_birth_is_mentioned_but_does_not_count()
    {
        var (id, year) = await PrimeMinisterNominationAsync("SYT", "Cao Văn Chưa Rõ", excellentYears: 5);
        await factory.PastAwardAsync("Cao Văn Chưa Rõ", born: null, decided: new DateOnly(year - 3, 12, 20),
            number: "1503/QĐ-UBND");
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/NominationReview/Review/{id}");

        Assert.StartsWith("Thiếu: Đã được tặng", Verdict(page), StringComparison.Ordinal);
        Assert.Contains("1503/QĐ-UBND", page.QuerySelector("#eligibility-unconfirmed")!.TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_So_Noi_vu_confirms_as_the_same_person_counts_at_the_next_read()
    {
        var (id, year) = await PrimeMinisterNominationAsync("SYT", "Hà Văn Xác Nhận", excellentYears: 5);
        var dated = await factory.PastAwardAsync("Hà Văn Xác Nhận", born: Born, formCode: AwardFormSeed.GiayKhen,
            decided: new DateOnly(year - 6, 12, 20), number: "1504/QĐ-UBND");
        var undated = await factory.PastAwardAsync("Hà Văn Xác Nhận", RegisterBuilder.TamThanh, born: null,
            decided: new DateOnly(year - 3, 12, 20), number: "1505/QĐ-UBND");
        using var noivu = await factory.SignInAsync("noivu");
        var before = await noivu.GetPageAsync($"/NominationReview/Review/{id}");
        Assert.StartsWith("Thiếu: Đã được tặng", Verdict(before), StringComparison.Ordinal);
        Assert.Contains("1505/QĐ-UBND", before.QuerySelector("#eligibility-unconfirmed")!.TextContent,
            StringComparison.Ordinal);

        var history = await noivu.GetPageAsync($"/AwardRegister/Person/{dated}");
        using var done = await noivu.SubmitAsync(
            history, $"#identity-decisions li[data-id='{undated}'] form.same-person");

        var after = await noivu.GetPageAsync($"/NominationReview/Review/{id}");
        Assert.Equal("Đủ điều kiện", Verdict(after));
        Assert.Contains("1505/QĐ-UBND", Lines(after));
        Assert.Null(after.QuerySelector("#eligibility-unconfirmed"));
    }

    [Fact]
    public async Task The_same_person_proposed_by_two_units_is_flagged_on_the_checklist_only()
    {
        var (soYte, _) = await PrimeMinisterNominationAsync("SYT", "Mạc Văn Hai Nơi", excellentYears: 5);
        await PrimeMinisterNominationAsync("05986", "Mac Van Hai Noi", excellentYears: 5);
        await PrimeMinisterNominationAsync("STC", "Mạc Văn Hai Nơi", excellentYears: 5, born: Born.AddDays(1));
        using var noivu = await factory.SignInAsync("noivu");
        using var staff = await factory.SignInAsync("canbo.soyte");

        var flag = (await noivu.GetPageAsync($"/NominationReview/Review/{soYte}"))
            .QuerySelector("#eligibility-other-units")!.TextContent;
        Assert.Contains("Tam Thanh", flag, StringComparison.Ordinal);
        Assert.DoesNotContain("Sở Tài chính", flag, StringComparison.Ordinal);
        Assert.Null((await staff.GetPageAsync($"/Nominations/Details/{soYte}"))
            .QuerySelector("#eligibility-other-units"));
    }

    [Fact]
    public async Task The_dossier_form_records_the_date_of_birth_and_the_earlier_years_ratings()
    {
        var (id, year) = await PrimeMinisterNominationAsync("SYT", "Tạ Thị Khai Báo", excellentYears: 1,
            state: NominationStatus.Draft);
        using var staff = await factory.SignInAsync("canbo.soyte");
        var fields = FormFields.Read(await staff.GetPageAsync($"/Nominations/Edit/{id}"));
        fields["NomineeDateOfBirth"] = "1981-02-03";
        fields[$"PriorRatings[{year - 1}]"] = ((int)TaskRating.Excellent).ToString(Inv);
        fields[$"PriorRatings[{year - 2}]"] = ((int)TaskRating.Good).ToString(Inv);

        var response = await staff.PostFormAsync($"/Nominations/Edit/{id}", fields);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var stored = await factory.WithDbAsync(db => db.Nominations.AsNoTracking().Include(n => n.PriorRatings)
            .SingleAsync(n => n.Id == id));
        Assert.Equal(new DateOnly(1981, 2, 3), stored.NomineeDateOfBirth);
        Assert.Equal([(year - 2, TaskRating.Good), (year - 1, TaskRating.Excellent)],
            stored.PriorRatings.OrderBy(r => r.Year).Select(r => (r.Year, r.Rating)));
        var page = await staff.GetPageAsync($"/Nominations/Details/{id}");
        Assert.Contains("03/02/1981", page.QuerySelector("#eligibility-birth")!.TextContent, StringComparison.Ordinal);
    }

    private static string Verdict(IHtmlDocument page) =>
        page.QuerySelector("#eligibility-verdict")!.TextContent.Trim();

    private static string Lines(IHtmlDocument page) =>
        string.Join("\n", page.QuerySelectorAll("#eligibility-conditions .eligibility-line").Select(l => l.TextContent));

    /// <summary>A Prime Minister's Bằng khen dossier declaring its nominee's birth and the last years "xuất sắc".</summary>
    private async Task<(int Id, int ReviewYear)> PrimeMinisterNominationAsync(
        string unitCode, string name, int excellentYears, DateOnly? born = null,
        NominationStatus state = NominationStatus.Submitted)
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec(unitCode, name)
        {
            FormCode = AwardFormSeed.BangKhenThuTuong, Rating = TaskRating.Excellent, State = state,
        });
        var year = await factory.WithDbAsync(async db =>
        {
            var nomination = await db.Nominations.Include(n => n.Campaign).SingleAsync(n => n.Id == built.Id);
            var reviewYear = nomination.Campaign!.ReviewYear;
            nomination.NomineeDateOfBirth = born ?? Born;
            nomination.PriorRatings.AddRange(Enumerable.Range(1, excellentYears - 1)
                .Select(i => new NominationYearRating { Year = reviewYear - i, Rating = TaskRating.Excellent }));
            await db.SaveChangesAsync();
            return reviewYear;
        });
        return (built.Id, year);
    }
}
