using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>Quorum and threshold at the edges, voted through the web by the members and counted when Sở Nội vụ closes.</summary>
public sealed class CouncilResultsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const VoteChoice Agree = VoteChoice.Agree;
    private const VoteChoice Disagree = VoteChoice.Disagree;
    private const VoteChoice Abstain = VoteChoice.Abstain;

    private Task<NominationStatus> StatusAsync(int nominationId) =>
        factory.WithDbAsync(db => db.Nominations.Where(n => n.Id == nominationId).Select(n => n.Status).SingleAsync());

    [Fact]
    public async Task Of_ten_present_seven_agree_votes_exactly_seventy_percent_pass_and_six_fail()
    {
        await factory.EnsureMemberAsync("hoidong10", "Triệu Văn Mười");
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Nông Văn Bảy", "Hứa Thị Sáu");
        var sessionId = await factory.SessionAsync(10, 10, ids);
        var ballots = new (string Member, VoteChoice First, VoteChoice Second)[]
        {
            ("hoidong1", Agree, Agree), ("hoidong2", Agree, Agree), ("hoidong3", Agree, Agree), ("hoidong4", Agree, Agree),
            ("hoidong5", Agree, Agree), ("hoidong6", Agree, Agree), ("hoidong7", Agree, Disagree), ("hoidong8", Disagree, Abstain),
            ("hoidong9", Disagree, Abstain), ("hoidong10", Disagree, Abstain),
        };
        foreach (var (member, first, second) in ballots)
        {
            await factory.CastAsync(member, sessionId, first, second);
        }

        using var noivu = await factory.SignInAsync("noivu");
        var results = await noivu.FollowRedirectAsync(await noivu.CloseAsync(sessionId));

        var seven = results.ResultRow(ids[0]);
        Assert.Equal(("10/10", "7", "3", "0"), (seven["present"], seven["agree"], seven["disagree"], seven["abstain"]));
        Assert.StartsWith("70,00 %", seven["percent"], StringComparison.Ordinal);
        Assert.StartsWith("Đạt", seven["quorum"], StringComparison.Ordinal);
        Assert.Equal("Thông qua", seven["outcome"]);
        var six = results.ResultRow(ids[1]);
        Assert.Equal(("6", "1", "3"), (six["agree"], six["disagree"], six["abstain"]));
        Assert.StartsWith("60,00 %", six["percent"], StringComparison.Ordinal);
        Assert.Contains("cần 7", six["percent"], StringComparison.Ordinal);
        Assert.Equal("Không thông qua", six["outcome"]);
        Assert.Equal((NominationStatus.Passed, NominationStatus.Failed), (await StatusAsync(ids[0]), await StatusAsync(ids[1])));
        Assert.Equal(CouncilSessionStatus.Closed, await factory.SessionStatusAsync(sessionId));
    }

    [Fact]
    public async Task Voting_does_not_open_one_member_short_of_the_quorum_and_opens_with_exactly_the_quorum()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Lò Văn Năm");
        var sessionId = await factory.SessionAsync(9, 5, ids, open: false);
        using var noivu = await factory.SignInAsync("noivu");

        var confirm = await noivu.GetPageAsync($"/Council/Open/{sessionId}");
        Assert.Contains("cần 6/9 thành viên Hội đồng có mặt, hiện có 5", confirm.QuerySelector("#refusal")!.TextContent,
            StringComparison.Ordinal);
        Assert.NotNull(confirm.QuerySelector($"a[href='/Council/Postpone/{sessionId}']"));
        var refused = await noivu.FollowRedirectAsync(
            await noivu.PostAsSignedInUserAsync($"/Council/Open/{sessionId}", await VersionAsync(sessionId)));
        Assert.Contains("Chưa đủ số thành viên tối thiểu để mở bỏ phiếu", refused.Flash(), StringComparison.Ordinal);
        Assert.Equal((CouncilSessionStatus.Preparing, NominationStatus.InSession),
            (await factory.SessionStatusAsync(sessionId), await StatusAsync(ids[0])));

        // One more member arrives: six of nine is the quorum exactly.
        var attendance = FormFields.Read(refused, "#attendance-form");
        attendance["Members[5].Selected"] = "true";
        await noivu.PostFormAsync($"/Council/Attendance/{sessionId}", attendance, $"/Council/Details/{sessionId}");
        var open = await noivu.GetPageAsync($"/Council/Open/{sessionId}");
        Assert.Null(open.QuerySelector("#refusal"));
        await noivu.SubmitAsync(open, "main form[method=post]");
        Assert.Equal(CouncilSessionStatus.Voting, await factory.SessionStatusAsync(sessionId));
    }

    [Fact]
    public async Task Closing_is_refused_one_ballot_short_of_the_quorum_and_a_written_opinion_completes_it()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Triệu Thị Sáu");
        var sessionId = await factory.SessionAsync(9, 6, ids);
        foreach (var member in CouncilBuilder.Members(5))
        {
            await factory.CastAsync(member, sessionId, Agree);
        }

        using var noivu = await factory.SignInAsync("noivu");
        var confirm = await noivu.GetPageAsync($"/Council/Close/{sessionId}");
        Assert.Contains("Mới nhận 5 phiếu", confirm.QuerySelector("#refusal")!.TextContent, StringComparison.Ordinal);
        var refused = await noivu.FollowRedirectAsync(
            await noivu.PostAsSignedInUserAsync($"/Council/Close/{sessionId}", await VersionAsync(sessionId)));
        Assert.Contains("chưa đủ số tối thiểu 6/9", refused.Flash(), StringComparison.Ordinal);
        Assert.Equal((CouncilSessionStatus.Voting, NominationStatus.InSession),
            (await factory.SessionStatusAsync(sessionId), await StatusAsync(ids[0])));
        Assert.Equal((5, 5, 0), await factory.BallotCountsAsync(sessionId));
        Assert.Null(await factory.WithDbAsync(db => db.AgendaItems.Where(a => a.SessionId == sessionId)
            .Select(a => a.AgreeCount).SingleAsync()));

        // hoidong9 was absent: his written opinion is the sixth ballot. hoidong6 was present and did not vote.
        await factory.CastAsync("hoidong9", sessionId, Agree);
        var results = await noivu.FollowRedirectAsync(await noivu.CloseAsync(sessionId));

        // Six agree of nine members: 70 % of the whole membership is 7, so it does not pass.
        var row = results.ResultRow(ids[0]);
        Assert.Equal(("6/9", "6", "0", "0", "3"),
            (row["present"], row["agree"], row["disagree"], row["abstain"], row["not-voting"]));
        Assert.Contains("cần 7", row["percent"], StringComparison.Ordinal);
        Assert.Equal("Không thông qua", row["outcome"]);
        Assert.Equal(
            new Dictionary<string, string> { ["members"] = "9", ["present"] = "6", ["present-voted"] = "5",
                ["present-not-voted"] = "1", ["written"] = "1", ["not-returned"] = "2", ["ballots"] = "6" },
            results.QuerySelectorAll("#attendance [data-count]")
                .ToDictionary(e => e.GetAttribute("data-count")!, e => e.TextContent.Trim()));
        Assert.Equal(NominationStatus.Failed, await StatusAsync(ids[0]));
    }

    [Fact]
    public async Task Seven_agree_of_nine_pass_on_the_whole_membership_with_a_written_opinion_and_a_silent_member()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Hoàng Văn Bảy");
        var sessionId = await factory.SessionAsync(9, 7, ids);
        foreach (var member in CouncilBuilder.Members(6))
        {
            await factory.CastAsync(member, sessionId, Agree);
        }

        await factory.CastAsync("hoidong7", sessionId, Disagree);
        await factory.CastAsync("hoidong8", sessionId, Agree);
        using var noivu = await factory.SignInAsync("noivu");
        var results = await noivu.FollowRedirectAsync(await noivu.CloseAsync(sessionId));

        var row = results.ResultRow(ids[0]);
        Assert.Equal(("7", "1", "0", "1"), (row["agree"], row["disagree"], row["abstain"], row["not-voting"]));
        Assert.StartsWith("77,78 %", row["percent"], StringComparison.Ordinal);
        Assert.Equal("Thông qua", row["outcome"]);
        Assert.Equal(NominationStatus.Passed, await StatusAsync(ids[0]));
    }

    private async Task<Dictionary<string, string>> VersionAsync(int sessionId) =>
        new() { ["Version"] = (await factory.WithDbAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId)
            .Select(s => s.Version).SingleAsync())).ToString() };
}
