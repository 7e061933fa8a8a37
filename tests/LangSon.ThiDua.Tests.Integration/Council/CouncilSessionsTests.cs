using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>Sở Nội vụ prepares a session (members, attendance, agenda), opens and closes voting; who may do what.</summary>
public sealed class CouncilSessionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.soyte")]
    [InlineData("mttq")]
    [InlineData("admin")]
    public async Task Only_Noi_Vu_and_council_members_reach_the_sessions(string userName)
    {
        using var user = await factory.SignInAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/Council")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/Council/Create")).StatusCode);
    }

    [Theory]
    [InlineData("hoidong1")]
    [InlineData("canbo.soyte")]
    [InlineData("admin")]
    public async Task Only_Noi_Vu_prepares_opens_and_closes_sessions(string userName)
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Hoàng Văn Quyền");
        var sessionId = await factory.SessionAsync(9, 9, ids, open: false);
        using var user = await factory.SignInAsync(userName);

        foreach (var url in new[] { "Open", "Close", "Postpone", "Cancel" }.Select(a => $"/Council/{a}/{sessionId}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync(url)).StatusCode);
        }

        // An invited council member reads the session (without a single form); anyone else is refused.
        var details = await user.GetAsync($"/Council/Details/{sessionId}");
        Assert.Equal(userName == "hoidong1" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, details.StatusCode);
        if (details.StatusCode == HttpStatusCode.OK)
        {
            var page = await PortalClient.ParseAsync(details);
            Assert.Empty(page.QuerySelectorAll("main form"));
            Assert.Null(page.QuerySelector("#session-actions"));
        }

        foreach (var action in new[] { "Attendance", "AddToAgenda", "RemoveFromAgenda", "Open", "Close", "Postpone",
            "Cancel" })
        {
            var post = await user.PostAsSignedInUserAsync($"/Council/{action}/{sessionId}", new Dictionary<string, string> { ["Version"] = "1", ["NominationId"] = ids[0].ToString() });
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await user.PostAsSignedInUserAsync("/Council/Create", new Dictionary<string, string> { ["Title"] = "X" })).StatusCode);
        Assert.Equal((CouncilSessionStatus.Preparing, 1), await factory.WithDbAsync(async db =>
            (await db.CouncilSessions.Where(s => s.Id == sessionId).Select(s => s.Status).SingleAsync(), await db.AgendaItems.CountAsync(a => a.SessionId == sessionId))));
    }

    [Fact]
    public async Task The_create_form_proposes_a_title_and_ticks_every_council_member()
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Council/Create");
        var fields = FormFields.Read(page);

        Assert.Equal("Phiên họp xét khen thưởng tổng kết năm 2025", fields["Title"]);
        Assert.Equal(9, page.QuerySelectorAll("#members input[type=checkbox]:checked").Length);
        Assert.Contains("Lương Văn Bình", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_without_title_place_date_or_members_shows_Vietnamese_messages_and_saves_nothing()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var before = await factory.WithDbAsync(db => db.CouncilSessions.CountAsync());
        var fields = FormFields.Read(await noivu.GetPageAsync("/Council/Create"));
        fields["Title"] = " ";
        fields["Place"] = "";
        fields["MeetingDate"] = "";
        foreach (var key in fields.Keys.Where(k => k.EndsWith(".Selected", StringComparison.Ordinal)).ToList())
        {
            fields[key] = "false";
        }

        var response = await noivu.PostFormAsync("/Council/Create", fields);
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hãy nhập tên phiên họp.", page.ValidationMessages());
        Assert.Contains("Hãy nhập ngày họp.", page.ValidationMessages());
        Assert.Contains("Hãy nhập địa điểm họp.", page.ValidationMessages());
        Assert.Contains("Hãy chọn ít nhất một thành viên Hội đồng được mời dự họp.", page.ValidationMessages());
        Assert.Equal(9, page.QuerySelectorAll("#members input[type=checkbox]").Length);
        Assert.Equal(before, await factory.WithDbAsync(db => db.CouncilSessions.CountAsync()));
    }

    [Fact]
    public async Task The_invited_members_and_only_they_are_told_of_the_session_with_its_date_and_a_link()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var fields = FormFields.Read(await noivu.GetPageAsync("/Council/Create"));
        fields["Title"] = "Phiên họp mời thành viên";
        fields["MeetingDate"] = "20/01/2026";
        fields["Members[8].Selected"] = "false";

        await noivu.PostFormAsync("/Council/Create", fields);

        var id = await factory.WithDbAsync(db => db.CouncilSessions.MaxAsync(s => s.Id));
        var told = await factory.WithDbAsync(db => db.Notifications
            .Where(n => n.Link == $"/Council/Details/{id}")
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.Title, n.Body })
            .ToListAsync());
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"hoidong{i}"), told.Select(t => t.UserName).Order());
        Assert.All(told, t => Assert.Equal("Mời họp Hội đồng: Phiên họp mời thành viên", t.Title));
        Assert.All(told, t => Assert.Contains("Ngày 20/01/2026", t.Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Noi_Vu_creates_a_session_records_attendance_builds_the_agenda_and_opens_voting()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Nguyễn Thị Mai", "Lăng Văn Hùng");
        using var noivu = await factory.SignInAsync("noivu");

        // Create: invite hoidong1..8 (untick hoidong9).
        var fields = FormFields.Read(await noivu.GetPageAsync("/Council/Create"));
        fields["MeetingDate"] = "2026-01-15";
        fields["Members[8].Selected"] = "false";
        var details = await noivu.FollowRedirectAsync(await noivu.PostFormAsync("/Council/Create", fields));
        var sessionId = await factory.WithDbAsync(db => db.CouncilSessions.MaxAsync(s => s.Id));
        Assert.Contains("Đã tạo phiên họp với 8 thành viên được mời.", details.Flash("success"), StringComparison.Ordinal);
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(CouncilSession) && a.EntityId == sessionId.ToString()).Select(a => a.Action).ToListAsync()), a => a == AuditActions.Insert);

        // Attendance: the first six present.
        var attendance = FormFields.Read(details, "#attendance-form");
        Assert.Equal("false", attendance["Members[0].Selected"]);
        for (var i = 0; i < 6; i++)
        {
            attendance[$"Members[{i}].Selected"] = "true";
        }

        details = await noivu.FollowRedirectAsync(await noivu.PostFormAsync($"/Council/Attendance/{sessionId}", attendance, $"/Council/Details/{sessionId}"));
        Assert.Contains("6/8 thành viên có mặt", details.Flash("success"), StringComparison.Ordinal);

        // Agenda: both candidates ticked, then one taken off again.
        var add = FormFields.Read(details, "#add-form");
        foreach (var row in details.QuerySelectorAll("#candidates tr[data-nomination]").Select((r, i) => (Id: int.Parse(r.GetAttribute("data-nomination")!), i)).Where(x => ids.Contains(x.Id)))
        {
            add[$"Candidates[{row.i}].Selected"] = "true";
        }

        details = await noivu.FollowRedirectAsync(await noivu.PostFormAsync($"/Council/AddToAgenda/{sessionId}", add, $"/Council/Details/{sessionId}"));
        Assert.Equal(2, details.QuerySelectorAll("#agenda tr[data-nomination]").Length);
        Assert.NotNull(details.QuerySelector($"#agenda a[href='/Nominations/Details/{ids[0]}']"));
        Assert.Null(details.QuerySelector($"#candidates tr[data-nomination='{ids[0]}']"));
        var version = FormFields.Read(details, "#attendance-form")["Version"];
        details = await noivu.FollowRedirectAsync(await noivu.PostFormAsync(
            $"/Council/RemoveFromAgenda/{sessionId}", new Dictionary<string, string> { ["Version"] = version, ["NominationId"] = ids[1].ToString() }, $"/Council/Details/{sessionId}"));
        Assert.Contains("Đã rút hồ sơ \"Lăng Văn Hùng\"", details.Flash("success"), StringComparison.Ordinal);
        Assert.Equal(
            (NominationStatus.InSession, NominationStatus.Eligible),
            await factory.WithDbAsync(async db => (await db.Nominations.Where(n => n.Id == ids[0]).Select(n => n.Status).SingleAsync(), await db.Nominations.Where(n => n.Id == ids[1]).Select(n => n.Status).SingleAsync())));

        // Open through the confirmation page.
        var confirm = await noivu.GetPageAsync($"/Council/Open/{sessionId}");
        Assert.Contains("Bạn có chắc muốn mở bỏ phiếu?", confirm.MainText(), StringComparison.Ordinal);
        details = await noivu.FollowRedirectAsync(await noivu.SubmitAsync(confirm, "main form[method=post]"));

        Assert.Equal(CouncilSessionStatus.Voting, await factory.SessionStatusAsync(sessionId));
        Assert.Contains("0/6", details.QuerySelector("#voting-progress")!.TextContent, StringComparison.Ordinal);
        Assert.Null(details.QuerySelector("#attendance-form"));
        Assert.Null(details.QuerySelector("#add-form"));
        Assert.Empty(details.QuerySelectorAll("#agenda form"));
        var invitations = await factory.WithDbAsync(db => db.Notifications
            .Where(n => n.Kind == NotificationKind.CouncilSession && n.Link == $"/Council/Vote/{sessionId}")
            .Select(n => n.Title).ToListAsync());
        Assert.Equal(6, invitations.Count(t => t.StartsWith("Mở bỏ phiếu", StringComparison.Ordinal)));
        Assert.Equal(2, invitations.Count(t => t.StartsWith("Gửi ý kiến bằng văn bản", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_stale_page_cannot_overwrite_a_change_made_meanwhile()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Vi Văn Thắng");
        var sessionId = await factory.SessionAsync(9, 0, ids, open: false);
        using var noivu = await factory.SignInAsync("noivu");
        var stale = FormFields.Read(await noivu.GetPageAsync($"/Council/Details/{sessionId}"), "#attendance-form");

        await noivu.PostFormAsync($"/Council/Attendance/{sessionId}", stale, $"/Council/Details/{sessionId}");
        stale["Members[0].Selected"] = "true";
        var again = await noivu.FollowRedirectAsync(await noivu.PostFormAsync($"/Council/Attendance/{sessionId}", stale, $"/Council/Details/{sessionId}"));

        Assert.Contains("vừa được người khác thay đổi", again.Flash(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.CouncilMembers.CountAsync(m => m.SessionId == sessionId && m.IsPresent)));
    }

    [Fact]
    public async Task Voting_cannot_open_without_attendance_and_the_reason_is_shown()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Lộc Thị Hạnh");
        var sessionId = await factory.SessionAsync(9, 0, ids, open: false);
        using var noivu = await factory.SignInAsync("noivu");

        var confirm = await noivu.GetPageAsync($"/Council/Open/{sessionId}");
        Assert.Contains("Chưa điểm danh thành viên có mặt", confirm.QuerySelector("#refusal")!.TextContent,
            StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector("main form[method=post]"));
        var version = await factory.WithDbAsync(db => db.CouncilSessions.Where(s => s.Id == sessionId)
            .Select(s => s.Version).SingleAsync());
        var details = await noivu.FollowRedirectAsync(await noivu.PostAsSignedInUserAsync(
            $"/Council/Open/{sessionId}", new Dictionary<string, string> { ["Version"] = version.ToString() }));

        Assert.Contains("Chưa điểm danh thành viên có mặt", details.Flash(), StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Preparing, await factory.SessionStatusAsync(sessionId));
    }

    [Fact]
    public async Task Closing_is_offered_only_while_voting_and_a_closed_session_cannot_be_closed_again()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Đinh Văn Tài");
        var sessionId = await factory.SessionAsync(9, 9, ids, open: false);
        using var noivu = await factory.SignInAsync("noivu");

        var early = await noivu.GetAsync($"/Council/Close/{sessionId}");
        Assert.Equal($"/Council/Details/{sessionId}", early.Headers.Location?.OriginalString);
        var post = await noivu.FollowRedirectAsync(await noivu.PostAsSignedInUserAsync($"/Council/Close/{sessionId}", new Dictionary<string, string> { ["Version"] = "1" }));

        Assert.Contains("Chỉ kết thúc được phiên họp đang bỏ phiếu.", post.Flash(), StringComparison.Ordinal);
        Assert.Equal(CouncilSessionStatus.Preparing, await factory.SessionStatusAsync(sessionId));
    }

    [Fact]
    public async Task A_council_member_sees_only_the_sessions_he_is_invited_to()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Hà Văn Khang");
        var small = await factory.SessionAsync(3, 3, ids, open: true);
        using var invited = await factory.SignInAsync("hoidong2");
        using var other = await factory.SignInAsync("hoidong7");

        var mine = await invited.GetPageAsync("/Council");
        var theirs = await other.GetPageAsync("/Council");

        Assert.NotNull(mine.QuerySelector($"tr[data-session='{small}'] a[href='/Council/Vote/{small}']"));
        Assert.Null(mine.QuerySelector("a[href='/Council/Create']"));
        Assert.Null(theirs.QuerySelector($"tr[data-session='{small}']"));
    }
}
