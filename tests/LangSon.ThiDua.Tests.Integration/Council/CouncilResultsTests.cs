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
    public async Task Five_present_of_nine_miss_the_quorum_and_fail_even_when_all_agree()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Lò Văn Năm");
        var sessionId = await factory.SessionAsync(9, 5, ids);
        foreach (var member in CouncilBuilder.Members(5))
        {
            await factory.CastAsync(member, sessionId, Agree);
        }

        using var noivu = await factory.SignInAsync("noivu");
        var row = (await noivu.FollowRedirectAsync(await noivu.CloseAsync(sessionId))).ResultRow(ids[0]);

        Assert.Equal(("5/9", "5"), (row["present"], row["agree"]));
        Assert.StartsWith("Không đạt", row["quorum"], StringComparison.Ordinal);
        Assert.Contains("tối thiểu 6", row["quorum"], StringComparison.Ordinal);
        Assert.Equal("Không thông qua", row["outcome"]);
        Assert.Equal(NominationStatus.Failed, await StatusAsync(ids[0]));
        var history = await factory.WithDbAsync(db => db.NominationTransitions.Where(t => t.NominationId == ids[0]).OrderBy(t => t.Id).Select(t => t.Comment).ToListAsync());
        Assert.Equal("Có mặt 5/9; đồng ý 5, không đồng ý 0, không biểu quyết 0; không đủ số thành viên tối thiểu (6).", history[^1]);
    }

    [Fact]
    public async Task Six_present_of_nine_meet_the_quorum_exactly_and_five_agree_pass()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Triệu Thị Sáu");
        var sessionId = await factory.SessionAsync(9, 6, ids);
        foreach (var member in CouncilBuilder.Members(5))
        {
            await factory.CastAsync(member, sessionId, Agree);
        }

        await factory.CastAsync("hoidong6", sessionId, Disagree);
        using var noivu = await factory.SignInAsync("noivu");
        var row = (await noivu.FollowRedirectAsync(await noivu.CloseAsync(sessionId))).ResultRow(ids[0]);

        Assert.StartsWith("Đạt", row["quorum"], StringComparison.Ordinal);
        Assert.Equal("Thông qua", row["outcome"]);
        Assert.Equal(NominationStatus.Passed, await StatusAsync(ids[0]));
    }
}
