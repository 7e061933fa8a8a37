using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>
/// A session that cannot go ahead: postponed (the agenda waits, ballots already cast are discarded unread) or
/// cancelled (the dossiers go back to the pool untouched). And the members' side: the agenda and its dossiers can be
/// read from the moment they are invited.
/// </summary>
public sealed class CouncilScheduleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private string KeyFile(int sessionId) =>
        Path.Combine(factory.Services.GetRequiredService<BallotKeyStore>().Folder, $"session-{sessionId}.key");

    [Fact]
    public async Task Postponing_an_open_vote_discards_its_ballots_unread_and_the_members_vote_again_later()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Nông Văn Hoãn");
        var sessionId = await factory.SessionAsync(3, 3, ids);
        await factory.CastAsync("hoidong1", sessionId, VoteChoice.Agree);
        Assert.True(File.Exists(KeyFile(sessionId)));
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/Council/Postpone/{sessionId}");
        Assert.Contains("1 phiếu đã gửi sẽ bị hủy mà không kiểm", page.MainText().Normalized(),
            StringComparison.Ordinal);
        var empty = await PortalClient.ParseAsync(await noivu.SubmitAsync(page, "main form",
            new Dictionary<string, string> { ["Reason"] = " " }));
        Assert.Contains("Hãy ghi rõ lý do hoãn phiên họp.", empty.ValidationMessages());
        Assert.Equal((1, 1, 0), await factory.BallotCountsAsync(sessionId));

        var done = await noivu.FollowRedirectAsync(await noivu.SubmitAsync(page, "main form",
            new Dictionary<string, string>
            {
                ["MeetingDate"] = DateTime.UtcNow.AddHours(7).AddDays(7).ToString("yyyy-MM-dd"),
                ["Reason"] = "Chủ tịch Hội đồng đi công tác",
            }));

        Assert.Contains("Đã hoãn phiên họp", done.Flash("success"), StringComparison.Ordinal);
        Assert.Contains("Chủ tịch Hội đồng đi công tác", done.QuerySelector("#status-note")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Preparing, await factory.SessionStatusAsync(sessionId));
        Assert.Equal((0, 0, 0), await factory.BallotCountsAsync(sessionId));
        Assert.False(File.Exists(KeyFile(sessionId)));
        Assert.Equal(NominationStatus.InSession, await factory.WithDbAsync(db => db.Nominations
            .Where(n => n.Id == ids[0]).Select(n => n.Status).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.CouncilMembers
            .CountAsync(m => m.SessionId == sessionId && m.IsPresent)));
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEntries
                .Where(a => a.EntityType == nameof(CouncilSession) && a.EntityId == sessionId.ToString())
                .Select(a => a.Changes).ToListAsync()),
            c => c != null && c.Contains("Chủ tịch Hội đồng đi công tác", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_sends_the_dossiers_back_to_the_pool_and_they_can_go_on_another_agenda()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Lục Thị Hủy");
        var sessionId = await factory.SessionAsync(3, 3, ids);
        await factory.CastAsync("hoidong2", sessionId, VoteChoice.Disagree);
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/Council/Cancel/{sessionId}");
        var done = await noivu.FollowRedirectAsync(await noivu.SubmitAsync(page, "main form",
            new Dictionary<string, string> { ["Reason"] = "Tạo nhầm phiên họp" }));

        Assert.Contains("trở lại danh sách hồ sơ đủ điều kiện", done.Flash("success"), StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Cancelled, await factory.SessionStatusAsync(sessionId));
        Assert.Equal(NominationStatus.Eligible, await factory.WithDbAsync(db => db.Nominations
            .Where(n => n.Id == ids[0]).Select(n => n.Status).SingleAsync()));
        Assert.Equal((1, 0, 0), await factory.BallotCountsAsync(sessionId));
        Assert.False(File.Exists(KeyFile(sessionId)));
        Assert.Null(done.QuerySelector($"a[href='/Council/Cancel/{sessionId}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await noivu.GetAsync($"/Council/Open/{sessionId}")).StatusCode);

        // The dossier is a candidate again, and a new session takes it.
        var other = await factory.SessionAsync(3, 3, ids, open: false);
        Assert.Equal(NominationStatus.InSession, await factory.WithDbAsync(db => db.Nominations
            .Where(n => n.Id == ids[0]).Select(n => n.Status).SingleAsync()));
        Assert.NotEqual(sessionId, other);
    }

    [Fact]
    public async Task An_invited_member_reads_the_agenda_and_its_dossiers_before_voting_opens_and_others_cannot()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Vy Thị Đọc");
        var sessionId = await factory.SessionAsync(3, 0, ids, open: false);
        using var invited = await factory.SignInAsync("hoidong3");
        using var other = await factory.SignInAsync("hoidong9");

        var list = await invited.GetPageAsync("/Council");
        Assert.NotNull(list.QuerySelector($"tr[data-session='{sessionId}'] a[href='/Council/Details/{sessionId}']"));
        var page = await invited.GetPageAsync($"/Council/Details/{sessionId}");
        Assert.Contains("nghiên cứu các hồ sơ", page.QuerySelector("#my-status")!.TextContent,
            StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#agenda a[href='/Nominations/Details/{ids[0]}']"));
        Assert.Equal(HttpStatusCode.OK, (await invited.GetAsync($"/Nominations/Details/{ids[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Council/Details/{sessionId}")).StatusCode);
    }
}
