using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>
/// A member's ballot: one page, a review, one cast that cannot be repeated or changed; who may vote when.
/// </summary>
public sealed class CouncilBallotTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string AlreadyVoted = "Bạn đã gửi phiếu cho phiên họp này; phiếu đã gửi không thể thay đổi.";

    private static readonly string[] ChoiceTexts = ["Đồng ý", "Không đồng ý", "Không biểu quyết"];

    private static Dictionary<string, string> Ballot(int nominationId, string choice = "Agree") =>
        new() { ["Lines[0].NominationId"] = nominationId.ToString(), ["Lines[0].Choice"] = choice };

    [Fact]
    public async Task A_member_chooses_on_one_page_reviews_sends_once_and_is_thanked_without_his_choices()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Nguyễn Văn Long", "Hoàng Thị Yến");
        var sessionId = await factory.SessionAsync(9, 9, ids);
        using var member = await factory.SignInAsync("hoidong3");

        var ballot = await member.GetPageAsync($"/Council/Vote/{sessionId}");
        Assert.Equal(2, ballot.QuerySelectorAll("fieldset.ballot-line").Length);
        Assert.Equal(6, ballot.QuerySelectorAll("fieldset.ballot-line input[type=radio]").Length);
        Assert.Empty(ballot.QuerySelectorAll("input[type=radio]:checked"));
        Assert.NotNull(ballot.QuerySelector($"a[href='/Nominations/Details/{ids[1]}']"));
        Assert.True((await member.GetAsync($"/Council/Vote/{sessionId}")).Headers.CacheControl?.NoStore);

        // One line left empty: the message is shown on that line and the other choice is kept.
        var incomplete = await PortalClient.ParseAsync(await member.SubmitAsync(ballot, "#ballot", new Dictionary<string, string> { ["Lines[0].Choice"] = "Disagree" }));
        Assert.Contains("Hãy chọn một ý kiến (Đồng ý, Không đồng ý hoặc Không biểu quyết) cho hồ sơ này.", incomplete.QuerySelectorAll("fieldset.ballot-line")[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Disagree", (incomplete.QuerySelector("fieldset.ballot-line input[type=radio]:checked") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);

        // Review: shown back, nothing stored; going back keeps the choices.
        var review = await member.SubmitAsync(incomplete, "#ballot", new Dictionary<string, string> { ["Lines[1].Choice"] = "Abstain" });
        var reviewPage = await PortalClient.ParseAsync(review);
        Assert.Contains("Không đồng ý", reviewPage.QuerySelector($"#review tr[data-nomination='{ids[0]}']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Không biểu quyết", reviewPage.QuerySelector($"#review tr[data-nomination='{ids[1]}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await factory.BallotCountsAsync(sessionId));
        var back = await PortalClient.ParseAsync(await member.SubmitAsync(reviewPage, "#back-form"));
        Assert.Equal(new[] { "Disagree", "Abstain" }, back.QuerySelectorAll("input[type=radio]:checked").Select(r => ((AngleSharp.Html.Dom.IHtmlInputElement)r).Value));

        // Send: a receipt and one sealed ballot; the thank-you page and the list do not repeat the choices.
        var sent = await member.SubmitAsync(reviewPage, "#cast-form");
        var thanks = await member.FollowRedirectAsync(sent);
        Assert.Contains("phiếu của bạn đã được ghi nhận", thanks.MainText(), StringComparison.Ordinal);
        Assert.DoesNotContain(ChoiceTexts, t => thanks.MainText().Contains(t, StringComparison.Ordinal));
        Assert.Equal((1, 1, 0), await factory.BallotCountsAsync(sessionId));
        var list = await member.GetPageAsync("/Council");
        Assert.Contains("Đã bỏ phiếu", list.QuerySelector($"tr[data-session='{sessionId}']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(list.QuerySelector($"a[href='/Council/Vote/{sessionId}']"));

        // The same review page sent again, and the ballot page opened again: refused, nothing more stored.
        var again = await member.FollowRedirectAsync(await member.SubmitAsync(reviewPage, "#cast-form", new Dictionary<string, string> { ["Lines[0].Choice"] = "Agree" }));
        Assert.Equal(AlreadyVoted, again.Flash());
        Assert.Equal(AlreadyVoted, (await member.FollowRedirectAsync(await member.GetAsync($"/Council/Vote/{sessionId}"))).Flash());
        Assert.Equal((1, 1, 0), await factory.BallotCountsAsync(sessionId));
        var stored = Assert.Single(await factory.OpenSealedAsync(sessionId));
        Assert.Equal(VoteChoice.Disagree, stored.Choices[ids[0]]);
        Assert.Equal(VoteChoice.Abstain, stored.Choices[ids[1]]);
    }

    [Fact]
    public async Task An_absent_member_sends_a_written_opinion_an_uninvited_one_cannot_vote_and_others_are_forbidden()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Lý Thị Nga");
        var sessionId = await factory.SessionAsync(8, 7, ids);

        using var absent = await factory.SignInAsync("hoidong8");
        using var uninvited = await factory.SignInAsync("hoidong9");
        using var noivu = await factory.SignInAsync("noivu");
        using var unit = await factory.SignInAsync("truongdonvi.soyte");

        var written = await absent.GetPageAsync($"/Council/Vote/{sessionId}");
        Assert.Contains("ý kiến bằng văn bản", written.QuerySelector("#written-opinion")!.TextContent.Normalized(),
            StringComparison.Ordinal);
        Assert.Contains("Gửi ý kiến bằng văn bản",
            (await absent.GetPageAsync("/Council")).QuerySelector($"tr[data-session='{sessionId}']")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal($"/Council/Thanks/{sessionId}",
            (await absent.VoteAsync(sessionId, VoteChoice.Agree)).Headers.Location?.OriginalString);
        Assert.Contains("không có tên trong thành phần", (await uninvited.FollowRedirectAsync(await uninvited.PostAsSignedInUserAsync($"/Council/Cast/{sessionId}", Ballot(ids[0])))).Flash(), StringComparison.Ordinal);
        Assert.Contains("không có tên trong thành phần", (await uninvited.FollowRedirectAsync(await uninvited.GetAsync($"/Council/Vote/{sessionId}"))).Flash(), StringComparison.Ordinal);
        foreach (var user in new[] { noivu, unit })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync($"/Council/Vote/{sessionId}")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsSignedInUserAsync($"/Council/Review/{sessionId}", Ballot(ids[0]))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsSignedInUserAsync($"/Council/Cast/{sessionId}", Ballot(ids[0]))).StatusCode);
        }

        Assert.Equal((1, 1, 0), await factory.BallotCountsAsync(sessionId));
        var details = await noivu.GetPageAsync($"/Council/Details/{sessionId}");
        Assert.Equal("Đã gửi ý kiến bằng văn bản",
            details.QuerySelector($"tr[data-member='{await factory.UserIdAsync("hoidong8")}'] .voted-cell")!
                .TextContent.Trim());
        Assert.Contains("1 ý kiến bằng văn bản", details.QuerySelector("#voting-progress")!.TextContent.Normalized(),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_ballot_before_voting_opens_nor_after_it_closes()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Chu Văn Đức");
        var preparing = await factory.SessionAsync(9, 9, ids, open: false);
        var ids2 = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Mã Thị Thoa");
        var voting = await factory.SessionAsync(3, 3, ids2);
        using var member = await factory.SignInAsync("hoidong1");
        using var noivu = await factory.SignInAsync("noivu");

        Assert.Equal("Phiên họp chưa mở bỏ phiếu.", (await member.FollowRedirectAsync(await member.GetAsync($"/Council/Vote/{preparing}"))).Flash());
        var review = await member.ReviewAsync(voting, VoteChoice.Agree);
        await factory.CastAsync("hoidong2", voting, VoteChoice.Agree);
        await factory.CastAsync("hoidong3", voting, VoteChoice.Disagree);
        Assert.Equal($"/Council/Results/{voting}", (await noivu.CloseAsync(voting)).Headers.Location?.OriginalString);
        var late = await member.FollowRedirectAsync(await member.SubmitAsync(review, "#cast-form"));

        Assert.Equal("Phiên họp đã kết thúc, không nhận thêm phiếu.", late.Flash());
        Assert.Equal((2, 0, 2), await factory.BallotCountsAsync(voting));
        Assert.Equal((0, 0, 0), await factory.BallotCountsAsync(preparing));
    }

    [Fact]
    public async Task A_forged_ballot_that_does_not_match_the_agenda_is_refused()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Tô Văn Hải", "Bế Thị Lan");
        var sessionId = await factory.SessionAsync(9, 9, ids);
        using var member = await factory.SignInAsync("hoidong4");

        var oneLine = await member.FollowRedirectAsync(await member.PostAsSignedInUserAsync($"/Council/Cast/{sessionId}", Ballot(ids[0])));
        var bogus = await member.PostAsSignedInUserAsync($"/Council/Cast/{sessionId}", new Dictionary<string, string>
        {
            ["Lines[0].NominationId"] = ids[0].ToString(), ["Lines[0].Choice"] = "7", ["Lines[1].NominationId"] = ids[1].ToString(), ["Lines[1].Choice"] = "Agree",
        });

        Assert.Contains("đúng một lựa chọn cho mỗi hồ sơ", oneLine.Flash(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bogus.StatusCode);
        Assert.Contains((await PortalClient.ParseAsync(bogus)).ValidationMessages(), m => m.StartsWith("Hãy chọn một ý kiến", StringComparison.Ordinal));
        Assert.Equal((0, 0, 0), await factory.BallotCountsAsync(sessionId));
    }

    [Fact]
    public async Task Results_are_not_published_before_closing_and_show_counts_after()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Dương Văn Phúc");
        var sessionId = await factory.SessionAsync(3, 3, ids);
        await factory.CastAsync("hoidong1", sessionId, VoteChoice.Agree);
        using var noivu = await factory.SignInAsync("noivu");
        using var observer = await factory.SignInAsync("mttq");
        using var unit = await factory.SignInAsync("canbo.soyte");

        var before = await noivu.GetPageAsync($"/Council/Results/{sessionId}");
        Assert.Contains("Kết quả chỉ công bố sau khi kết thúc phiên họp", before.MainText(), StringComparison.Ordinal);
        Assert.Null(before.QuerySelector("#results"));
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync($"/Council/Results/{sessionId}")).StatusCode);

        await factory.CastAsync("hoidong2", sessionId, VoteChoice.Agree);
        await factory.CastAsync("hoidong3", sessionId, VoteChoice.Agree);
        var closed = await noivu.FollowRedirectAsync(await noivu.CloseAsync(sessionId));

        Assert.Equal("3", closed.ResultRow(ids[0])["agree"]);
        using var member = await factory.SignInAsync("hoidong1");
        Assert.Equal("3", (await member.GetPageAsync($"/Council/Results/{sessionId}")).ResultRow(ids[0])["agree"]);
        // Observers follow the decisions once issued, not the names of nominees the council turned down.
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"/Council/Results/{sessionId}")).StatusCode);
        var unitNotices = await factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == NotificationKind.Nomination && n.Link == $"/Nominations/Details/{ids[0]}")
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { n.Title, u.UserName }).ToListAsync());
        Assert.Contains(unitNotices, n => n.UserName == "canbo.soyte" && n.Title.Contains("được Hội đồng thông qua", StringComparison.Ordinal));
        Assert.Equal(NominationStatus.Passed, await factory.WithDbAsync(db => db.Nominations.Where(n => n.Id == ids[0]).Select(n => n.Status).SingleAsync()));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Link == $"/Council/Results/{sessionId}")));
    }
}
