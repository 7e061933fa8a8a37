using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>Sở Nội vụ's review queue and dossier: filters, paging, the checklist, the duplicate warning, who may see it.</summary>
public sealed class NominationReviewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task NoiVu_sees_waiting_dossiers_by_default_and_filters_by_status_unit_kind_form_and_folded_name()
    {
        var built = await factory.CreateNominationsAsync(
            new ReviewSpec("SYT", "Trần Thị Bích Ngọc"),
            new ReviewSpec("SYT", "Hà Quang Dũng") { State = NominationStatus.UnderReview },
            new ReviewSpec("05986", "Hội Liên hiệp Phụ nữ phường Tam Thanh") { Kind = NomineeKind.Collective, State = NominationStatus.Eligible },
            new ReviewSpec("SYT", "Hoàng Văn Dự Thảo") { State = NominationStatus.Draft },
            new ReviewSpec("05986", "Triệu Văn Khánh") { FormCode = AwardFormSeed.BangKhenThuTuong, Rating = TaskRating.Excellent });
        var tamThanh = await factory.UnitIdAsync("05986");
        var ttg = await factory.WithDbAsync(db => db.AwardForms.Where(f => f.Code == AwardFormSeed.BangKhenThuTuong).Select(f => f.Id).SingleAsync());
        using var noivu = await factory.SignInAsync("noivu");

        // Other tests of the class add dossiers too: the default (waiting) list is narrowed by name only.
        Assert.Contains("Trần Thị Bích Ngọc", Names(await noivu.GetPageAsync("/NominationReview?q=tran%20thi%20bich%20ngoc")));
        Assert.Contains("Hà Quang Dũng", Names(await noivu.GetPageAsync("/NominationReview?q=ha%20quang%20dung")));
        Assert.Empty(Names(await noivu.GetPageAsync("/NominationReview?q=hoi%20lien%20hiep%20phu%20nu")));
        Assert.Empty(Names(await noivu.GetPageAsync("/NominationReview?q=hoang%20van%20du%20thao")));
        Assert.Equal("Chờ thẩm định (đã trình, đang thẩm định)", (await noivu.GetPageAsync("/NominationReview")).QuerySelector("select#Status option[selected]")!.TextContent);

        var eligible = await noivu.GetPageAsync($"/NominationReview?status={(int)NominationStatus.Eligible}");
        Assert.Contains("Hội Liên hiệp Phụ nữ phường Tam Thanh", Names(eligible));
        Assert.DoesNotContain("Trần Thị Bích Ngọc", Names(eligible));
        var row = eligible.QuerySelector($"table.nominations tr[data-id='{built[2].Id}']")!.TextContent;
        Assert.Contains("Tập thể", row, StringComparison.Ordinal);
        Assert.Contains("Bằng khen của Chủ tịch UBND tỉnh", row, StringComparison.Ordinal);
        Assert.Contains(ReviewNominationBuilder.BatchNumber, row, StringComparison.Ordinal);
        Assert.Contains("Hoàn thành tốt nhiệm vụ", row, StringComparison.Ordinal);

        Assert.Equal(new[] { "Trần Thị Bích Ngọc" }, Names(await noivu.GetPageAsync("/NominationReview?q=TRAN%20THI%20bich")));
        var tamThanhAll = Names(await noivu.GetPageAsync($"/NominationReview?status=all&unit={tamThanh}"));
        Assert.Contains("Hội Liên hiệp Phụ nữ phường Tam Thanh", tamThanhAll);
        Assert.DoesNotContain("Trần Thị Bích Ngọc", tamThanhAll);
        // The unit is typed (any part of its name, diacritics and case aside), not picked from a list of every unit.
        var typed = await noivu.GetPageAsync("/NominationReview?status=all&unitName=PHUONG%20tam%20thanh");
        Assert.Equal(tamThanhAll.OrderBy(n => n, StringComparer.Ordinal), Names(typed).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal("PHUONG tam thanh", typed.QuerySelector("input#UnitName")!.GetAttribute("value"));
        Assert.Null(typed.QuerySelector("select#Unit"));
        var linked = await noivu.GetPageAsync($"/NominationReview?status=all&unit={tamThanh}");
        Assert.Equal("UBND phường Tam Thanh", linked.QuerySelector("input#UnitName")!.GetAttribute("value"));
        Assert.DoesNotContain("Hoàng Văn Dự Thảo", Names(await noivu.GetPageAsync("/NominationReview?status=all")));
        var collectives = Names(await noivu.GetPageAsync($"/NominationReview?status=all&kind={(int)NomineeKind.Collective}"));
        Assert.Contains("Hội Liên hiệp Phụ nữ phường Tam Thanh", collectives);
        Assert.DoesNotContain("Trần Thị Bích Ngọc", collectives);
        Assert.Equal(new[] { "Triệu Văn Khánh" }, Names(await noivu.GetPageAsync($"/NominationReview?status=all&form={ttg}&q=trieu")));

        var counts = (await noivu.GetPageAsync("/NominationReview")).QuerySelector("[data-count='Eligible']")!.TextContent;
        Assert.Contains("Đủ điều kiện", counts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_queue_is_paged_twenty_at_a_time_keeping_the_filters()
    {
        await factory.CreateNominationsAsync(Enumerable.Range(1, 23).Select(i => new ReviewSpec("SYT", $"Phân Trang Số {i:00}")).ToArray());
        using var noivu = await factory.SignInAsync("noivu");

        var first = await noivu.GetPageAsync("/NominationReview?q=phan%20trang");
        var second = await noivu.GetPageAsync("/NominationReview?q=phan%20trang&page=2");

        Assert.Equal(20, Names(first).Count);
        Assert.Equal(3, Names(second).Count);
        Assert.Empty(Names(first).Intersect(Names(second)));
        Assert.Contains("Tổng số: 23", first.MainText(), StringComparison.Ordinal);
        Assert.Contains(first.QuerySelectorAll("nav .pagination a"), a => a.GetAttribute("href")!.Contains("q=phan%20trang", StringComparison.Ordinal)
            && a.GetAttribute("href")!.Contains("page=2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_waiting_queue_takes_its_length_from_the_status_counts_and_a_page_past_the_end_is_the_last()
    {
        await factory.CreateNominationsAsync(
            Enumerable.Range(1, 22).Select(i => new ReviewSpec("SYT", $"Hàng Chờ Số {i:00}")).ToArray());
        using var noivu = await factory.SignInAsync("noivu");

        var first = await noivu.GetPageAsync("/NominationReview");
        var waiting = int.Parse(
            first.QuerySelector("[data-count='waiting'] .badge")!.TextContent, CultureInfo.InvariantCulture);
        var lastPage = (waiting + 19) / 20;
        var last = await noivu.GetPageAsync($"/NominationReview?page={lastPage}");
        var past = await noivu.GetPageAsync($"/NominationReview?page={lastPage + 3}");

        Assert.True(waiting >= 22, $"{waiting} waiting");
        Assert.Equal($"Tổng số: {waiting} · Trang 1/{lastPage}", Pager(first));
        Assert.Equal(20, Names(first).Count);
        Assert.Equal(waiting - (20 * (lastPage - 1)), Names(last).Count);
        Assert.Equal(Names(last), Names(past));
        Assert.Equal($"Tổng số: {waiting} · Trang {lastPage}/{lastPage}", Pager(past));
    }

    private static string Pager(IHtmlDocument page) => string.Join(
        ' ', page.QuerySelector("nav[aria-label='Phân trang'] span")!.TextContent.Split(
            (char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task The_dossier_shows_the_checklist_with_links_the_rating_against_the_minimum_and_the_history()
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Lò Thị Kiểm Tra") { State = NominationStatus.UnderReview });
        var files = await factory.WithDbAsync(db => db.Attachments.Where(a => a.NominationId == built.Id).ToListAsync());
        var minutes = files.Single(f => f.DocumentKind == DossierDocuments.MeetingMinutes);
        using var noivu = await factory.SignInAsync("noivu");

        var complete = await noivu.GetPageAsync($"/NominationReview/Review/{built.Id}");
        Assert.Equal("true", complete.QuerySelector("tr[data-document='MeetingMinutes']")!.GetAttribute("data-present"));
        Assert.NotNull(complete.QuerySelector($"tr[data-document='MeetingMinutes'] a[href='/Nominations/Download/{minutes.Id}']"));
        Assert.Contains($"Số {ReviewNominationBuilder.BatchNumber}", complete.QuerySelector("tr[data-document='Submission']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Đạt yêu cầu", complete.QuerySelector(".rating")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(complete.QuerySelector($"#dossier-documents a[href='/DossierDocuments/Dossier/{built.Id}']"));
        var history = complete.QuerySelectorAll("table.history tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, history.Count);
        Assert.Contains("Đã trình → Đang thẩm định", history[2], StringComparison.Ordinal);
        Assert.Contains("(noivu)", history[2], StringComparison.Ordinal);

        await factory.WithDbAsync(async db =>
        {
            db.Attachments.Remove(await db.Attachments.SingleAsync(a => a.Id == minutes.Id));
            return await db.SaveChangesAsync();
        });
        var missing = await noivu.GetPageAsync($"/NominationReview/Review/{built.Id}");
        Assert.Equal("false", missing.QuerySelector("tr[data-document='MeetingMinutes']")!.GetAttribute("data-present"));
        Assert.Contains("Thiếu", missing.QuerySelector("tr[data-document='MeetingMinutes']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Còn thiếu", missing.QuerySelector("#checklist-title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_likely_duplicate_is_flagged_across_units_ignoring_diacritics_and_case_but_not_for_other_names_or_drafts()
    {
        var built = await factory.CreateNominationsAsync(
            new ReviewSpec("SYT", "Nguyễn Văn An"),
            new ReviewSpec("05986", "nguyen van an") { State = NominationStatus.Eligible },
            new ReviewSpec("SGDDT", "NGUYỄN VĂN AN") { State = NominationStatus.Draft },
            new ReviewSpec("05986", "Nguyễn Văn An") { Kind = NomineeKind.Collective },
            new ReviewSpec("05986", "Nguyễn Văn Anh"));
        using var noivu = await factory.SignInAsync("noivu");

        var first = await noivu.GetPageAsync($"/NominationReview/Review/{built[0].Id}");
        var warning = first.QuerySelector(".alert.duplicate-warning");
        Assert.NotNull(warning);
        Assert.Contains("Cảnh báo: có thể trùng hồ sơ", warning.TextContent, StringComparison.Ordinal);
        var links = warning.QuerySelectorAll("li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(new[] { $"/NominationReview/Review/{built[1].Id}" }, links);
        Assert.Contains("UBND phường Tam Thanh", warning.TextContent, StringComparison.Ordinal);

        var second = await noivu.GetPageAsync($"/NominationReview/Review/{built[1].Id}");
        Assert.Equal(new[] { $"/NominationReview/Review/{built[0].Id}" }, second.QuerySelectorAll(".alert.duplicate-warning li a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Null((await noivu.GetPageAsync($"/NominationReview/Review/{built[3].Id}")).QuerySelector(".alert.duplicate-warning"));
        Assert.Null((await noivu.GetPageAsync($"/NominationReview/Review/{built[4].Id}")).QuerySelector(".alert.duplicate-warning"));

        var queue = await noivu.GetPageAsync("/NominationReview?status=all&q=nguyen%20van%20an");
        Assert.NotNull(queue.QuerySelector($"tr[data-id='{built[0].Id}'] .duplicate-warning"));
        Assert.NotNull(queue.QuerySelector($"tr[data-id='{built[1].Id}'] .duplicate-warning"));
        Assert.Null(queue.QuerySelector($"tr[data-id='{built[3].Id}'] .duplicate-warning"));
        Assert.Null(queue.QuerySelector($"tr[data-id='{built[4].Id}'] .duplicate-warning"));
    }

    [Fact]
    public async Task A_draft_is_not_shown_to_the_reviewer()
    {
        var draft = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Đàm Thị Chưa Trình") { State = NominationStatus.Draft });
        using var noivu = await factory.SignInAsync("noivu");

        Assert.Equal(HttpStatusCode.NotFound, (await noivu.GetAsync($"/NominationReview/Review/{draft.Id}")).StatusCode);
        var post = await noivu.PostAsSignedInUserAsync($"/NominationReview/Eligible/{draft.Id}", new Dictionary<string, string> { ["Eligible.Version"] = "0" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(NominationStatus.Draft, (await factory.StateAsync(draft.Id)).Status);
    }

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.soyte")]
    [InlineData("truongdonvi.tamthanh")]
    [InlineData("hoidong1")]
    [InlineData("mttq")]
    [InlineData("admin")]
    public async Task Everyone_but_NoiVu_gets_403_on_every_review_page_and_every_crafted_post(string userName)
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Mã Văn Quyền " + userName));
        var reopenings = await factory.WithDbAsync(db => db.NominationReopenings.CountAsync());
        using var client = await factory.SignInAsync(userName);

        foreach (var url in new[]
        {
            "/NominationReview", $"/NominationReview/Review/{built.Id}", $"/NominationReview/Ineligible/{built.Id}",
            "/NominationReview/Reopenings", "/NominationReview/CreateReopening",
        })
        {
            Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, $"GET {url} as {userName}");
        }

        var version = built.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            [$"/NominationReview/StartReview/{built.Id}"] = new() { ["Start.Version"] = version },
            [$"/NominationReview/Eligible/{built.Id}"] = new() { ["Eligible.Version"] = version, ["Eligible.Comment"] = "Tự kết luận." },
            [$"/NominationReview/Return/{built.Id}"] = new() { ["Return.Version"] = version, ["Return.Comment"] = "Tự trả lại." },
            [$"/NominationReview/Ineligible/{built.Id}"] = new() { ["Version"] = version, ["Reason"] = "Tự loại." },
            ["/NominationReview/CreateReopening"] = new()
            {
                ["UnitId"] = built.UnitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["OpenUntil"] = ReviewNominationBuilder.Today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["Reason"] = "Tự mở lại.",
            },
        };
        foreach (var (url, fields) in posts)
        {
            Assert.True((await client.PostAsSignedInUserAsync(url, fields)).StatusCode == HttpStatusCode.Forbidden, $"POST {url} as {userName}");
        }

        var state = await factory.StateAsync(built.Id);
        Assert.Equal((NominationStatus.Submitted, 2, built.Version), (state.Status, state.TransitionCount, state.Version));
        Assert.Equal(reopenings, await factory.WithDbAsync(db => db.NominationReopenings.CountAsync()));
        Assert.Empty(await factory.NotifiedAsync($"/Nominations/Details/{built.Id}"));
    }

    private static List<string> Names(IHtmlDocument page) =>
        page.QuerySelectorAll("table.nominations tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
}
