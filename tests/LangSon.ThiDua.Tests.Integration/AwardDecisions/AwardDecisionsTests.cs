using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LangSon.ThiDua.Tests.Integration.AwardDecisions.DecisionScenario;

namespace LangSon.ThiDua.Tests.Integration.AwardDecisions;

public sealed class AwardDecisionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string DecidedTitle = "Hồ sơ khen thưởng của đơn vị đã có quyết định";

    [Fact]
    public async Task NoiVu_records_a_decision_for_passed_provincial_nominations_and_each_unit_is_notified()
    {
        var soYte = await factory.NominateAsync(SoYte, Province,
            new(NomineeKind.Collective, "Khoa Kiểm soát bệnh tật"), new(NomineeKind.Individual, "Nguyễn Thị Quyết Định"));
        var tamThanh = await factory.NominateAsync(TamThanh, Province, new Nominee(NomineeKind.Individual, "Hoàng Văn Tam Thanh"));
        using var noivu = await factory.SignInAsync("noivu");

        var index = await noivu.GetPageAsync("/AwardDecisions");
        Assert.True(int.Parse(index.QuerySelector($"#pending tr[data-form='{Province}'] .waiting")!.TextContent.Trim().Replace(".", "")) >= 3);
        var form = await noivu.GetPageAsync($"/AwardDecisions/Create?form={Province}");
        Assert.Equal("Quyết định khen thưởng", form.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(Ticked(form, "collectives", soYte[0]));
        Assert.True(Ticked(form, "individuals", soYte[1]));
        Assert.True(Ticked(form, "individuals", tamThanh[0]));
        Assert.Equal("Chủ tịch", form.QuerySelector("#SignerTitle")!.GetAttribute("value"));

        var id = await noivu.RecordAsync(Province, "1234/QĐ-UBND", [.. soYte, .. tamThanh]);

        var details = await noivu.GetPageAsync($"/AwardDecisions/Details/{id}");
        Assert.Contains("Đã ghi nhận quyết định khen thưởng số 1234/QĐ-UBND cho 3 hồ sơ", details.QuerySelector(".alert-success")!.TextContent);
        Assert.Equal("Chủ tịch Hồ Tiến Thiệu", details.QuerySelector("#decision-signer")!.TextContent.Trim());
        Assert.Equal("Khoa Kiểm soát bệnh tật", details.QuerySelector($"#collectives tr[data-nomination='{soYte[0]}'] .nominee")!.TextContent.Trim());
        Assert.Equal(2, details.QuerySelectorAll("#individuals tbody tr").Length);
        var listed = (await noivu.GetPageAsync("/AwardDecisions")).QuerySelector($"#decisions tr[data-decision='{id}']")!;
        Assert.Equal("3", listed.QuerySelector(".nomination-count")!.TextContent.Trim());

        foreach (var nominationId in soYte.Concat(tamThanh))
        {
            var nomination = await factory.NominationAsync(nominationId);
            Assert.Equal((NominationStatus.Decided, id), (nomination.Status, nomination.AwardDecisionId));
            var last = nomination.Transitions.OrderBy(t => t.Id).Last();
            Assert.Equal((NominationStatus.Passed, NominationStatus.Decided, "noivu", "1234/QĐ-UBND"), (last.From!.Value, last.To, last.UserName, last.Comment));
        }

        var audited = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.UserName == "noivu" && (a.EntityType == nameof(AwardDecision) || a.EntityType == nameof(Nomination)))
            .Select(a => new { a.EntityType, a.EntityId, a.Action }).ToListAsync());
        Assert.Contains(audited, a => a.EntityType == nameof(AwardDecision) && a.EntityId == id.ToString() && a.Action == AuditActions.Insert);
        Assert.All(soYte.Concat(tamThanh), n => Assert.Contains(audited, a => a.EntityType == nameof(Nomination) && a.EntityId == n.ToString() && a.Action == AuditActions.Update));

        var told = await NotificationsAsync(DecidedTitle, [.. soYte, .. tamThanh]);
        Assert.Equal(
            [$"canbo.soyte {soYte[0]}", $"canbo.soyte {soYte[1]}", $"canbo.tamthanh {tamThanh[0]}",
             $"truongdonvi.soyte {soYte[0]}", $"truongdonvi.soyte {soYte[1]}", $"truongdonvi.tamthanh {tamThanh[0]}"],
            told);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var bell = await clerk.GetPageAsync("/Notifications");
        var item = bell.QuerySelectorAll("#notifications .list-group-item").First(e => e.TextContent.Contains("Nguyễn Thị Quyết Định", StringComparison.Ordinal));
        Assert.Contains(DecidedTitle, item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quyết định số 1234/QĐ-UBND", item.TextContent, StringComparison.Ordinal);

        await AssertUnitSeesOutcomeAsync(clerk, soYte[1], "Đã có quyết định khen thưởng", "1234/QĐ-UBND");
    }

    [Fact]
    public async Task A_To_trinh_forwards_the_nominations_passed_for_the_Prime_Ministers_Bang_khen()
    {
        var ids = await factory.NominateAsync(SoYte, PrimeMinister, new Nominee(NomineeKind.Individual, "Lương Văn Thủ Tướng"));
        using var noivu = await factory.SignInAsync("noivu");

        var form = await noivu.GetPageAsync($"/AwardDecisions/Create?form={PrimeMinister}");
        Assert.Equal("Tờ trình đề nghị Thủ tướng Chính phủ tặng Bằng khen", form.QuerySelector("h1")!.TextContent.Trim());
        var id = await noivu.RecordAsync(PrimeMinister, "56/TTr-UBND", ids);

        var nomination = await factory.NominationAsync(ids[0]);
        Assert.Equal((NominationStatus.Forwarded, id), (nomination.Status, nomination.AwardDecisionId));
        Assert.Equal(AwardDecisionKind.ForwardingSubmission, await factory.WithDbAsync(db => db.AwardDecisions.Where(d => d.Id == id).Select(d => d.Kind).SingleAsync()));
        Assert.Equal(
            [$"canbo.soyte {ids[0]}", $"truongdonvi.soyte {ids[0]}"],
            await NotificationsAsync("Hồ sơ khen thưởng của đơn vị đã được trình Thủ tướng Chính phủ", ids));
        var details = await noivu.GetPageAsync($"/AwardDecisions/Details/{id}");
        Assert.Equal("Tờ trình đề nghị Thủ tướng Chính phủ số 56/TTr-UBND", details.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Nominations_that_are_not_passed_for_the_form_are_neither_offered_nor_covered_by_a_crafted_post()
    {
        var ids = await factory.NominateAsync(SoYte, Province,
            new(NomineeKind.Individual, "Vi Văn Được", Stage.Passed), new(NomineeKind.Individual, "Vi Văn Chờ", Stage.Eligible),
            new(NomineeKind.Individual, "Vi Văn Trượt", Stage.Failed));
        var otherForm = await factory.NominateAsync(SoYte, PrimeMinister, new Nominee(NomineeKind.Individual, "Vi Văn Khác"));
        using var noivu = await factory.SignInAsync("noivu");

        var form = await noivu.GetPageAsync($"/AwardDecisions/Create?form={Province}");
        Assert.NotNull(form.QuerySelector($"tr[data-nomination='{ids[0]}']"));
        Assert.All(ids.Skip(1).Concat(otherForm), id => Assert.Null(form.QuerySelector($"tr[data-nomination='{id}']")));

        var id = await noivu.RecordAsync(Province, "77/QĐ-UBND", [.. ids, .. otherForm]);

        var covered = await factory.WithDbAsync(db => db.Nominations.Where(n => n.AwardDecisionId == id).Select(n => n.Id).ToListAsync());
        Assert.Equal([ids[0]], covered);
        Assert.Equal(NominationStatus.Eligible, (await factory.NominationAsync(ids[1])).Status);
        Assert.Equal(NominationStatus.Failed, (await factory.NominationAsync(ids[2])).Status);
        Assert.Equal(NominationStatus.Passed, (await factory.NominationAsync(otherForm[0])).Status);
    }

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.soyte")]
    [InlineData("hoidong1")]
    [InlineData("mttq")]
    [InlineData("admin")]
    public async Task Only_NoiVu_may_record_a_decision(string userName)
    {
        var ids = await factory.NominateAsync(SoYte, Province, new Nominee(NomineeKind.Individual, "Nông Thị Cấm " + userName));
        using var client = await factory.SignInAsync(userName);

        using var page = await client.GetAsync($"/AwardDecisions/Create?form={Province}");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        using var post = await client.PostAsSignedInUserAsync("/AwardDecisions/Create", new Dictionary<string, string>
        {
            ["FormCode"] = Province, ["Number"] = "999/QĐ-UBND", ["Date"] = "2026-01-20", ["SignerName"] = "Người lạ",
            ["SignerTitle"] = "Chủ tịch", ["NominationIds"] = ids[0].ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);

        Assert.Equal(NominationStatus.Passed, (await factory.NominationAsync(ids[0])).Status);
        Assert.False(await factory.WithDbAsync(db => db.AwardDecisions.AnyAsync(d => d.Number == "999/QĐ-UBND")));
    }

    [Theory]
    [InlineData("canbo.tamthanh")]
    [InlineData("truongdonvi.soyte")]
    public async Task Unit_users_cannot_read_the_provinces_decisions(string userName)
    {
        var ids = await factory.NominateAsync(SoYte, Province, new Nominee(NomineeKind.Individual, "Lộc Văn Đọc " + userName));
        using var noivu = await factory.SignInAsync("noivu");
        var id = await noivu.RecordAsync(Province, "31/QĐ-UBND-" + userName, ids);
        using var client = await factory.SignInAsync(userName);

        foreach (var url in new[] { "/AwardDecisions", $"/AwardDecisions/Details/{id}" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Missing_number_and_signer_re_render_the_form_with_Vietnamese_messages_and_save_nothing()
    {
        var ids = await factory.NominateAsync(SoYte, Province, new Nominee(NomineeKind.Individual, "Hà Thị Thiếu"));
        using var noivu = await factory.SignInAsync("noivu");
        var fields = await noivu.DecisionFieldsAsync(Province, " ", "");
        fields.RemoveAll(f => f.Key == "SignerTitle");
        fields.Add(new("SignerTitle", "Phó Chủ tịch"));

        using var response = await noivu.PostDecisionAsync(Province, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Hãy nhập số văn bản, ví dụ 1234/QĐ-UBND.", "Hãy nhập họ tên người ký."], page.ValidationMessages());
        Assert.Equal("Phó Chủ tịch", page.QuerySelector("#SignerTitle")!.GetAttribute("value"));
        Assert.True(Ticked(page, "individuals", ids[0]));
        Assert.Equal(NominationStatus.Passed, (await factory.NominationAsync(ids[0])).Status);
        Assert.False(await factory.WithDbAsync(db => db.AwardDecisions.AnyAsync(d => d.Nominations.Any(n => n.Id == ids[0]))));
    }

    [Fact]
    public async Task Nothing_ticked_or_a_number_already_used_is_refused_with_a_message()
    {
        var first = await factory.NominateAsync(SoYte, Province, new Nominee(NomineeKind.Individual, "Đàm Văn Trùng"));
        using var noivu = await factory.SignInAsync("noivu");
        await noivu.RecordAsync(Province, "500/QĐ-UBND", first);
        var second = await factory.NominateAsync(SoYte, Province, new Nominee(NomineeKind.Individual, "Đàm Văn Số"));

        var none = (await noivu.DecisionFieldsAsync(Province, "501/QĐ-UBND", "Hồ Tiến Thiệu")).Where(f => f.Key != "NominationIds").ToList();
        using var unticked = await noivu.PostDecisionAsync(Province, none);
        Assert.Equal(["Hãy chọn ít nhất một hồ sơ đã được Hội đồng thông qua."], (await PortalClient.ParseAsync(unticked)).ValidationMessages());

        using var reused = await noivu.PostDecisionAsync(Province, await noivu.DecisionFieldsAsync(Province, "500/QĐ-UBND", "Hồ Tiến Thiệu"));
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(["Văn bản số 500/QĐ-UBND đã được ghi nhận trong phong trào này."], (await PortalClient.ParseAsync(reused)).ValidationMessages());
        Assert.Equal(NominationStatus.Passed, (await factory.NominationAsync(second[0])).Status);
    }

    [Fact]
    public async Task Observers_read_issued_decisions_only_and_council_members_read_everything_without_recording()
    {
        var province = await factory.NominateAsync(TamThanh, Province, new Nominee(NomineeKind.Collective, "Tổ dân phố Công khai"));
        var forwarded = await factory.NominateAsync(TamThanh, PrimeMinister, new Nominee(NomineeKind.Individual, "Chu Văn Chưa Công Bố"));
        using var noivu = await factory.SignInAsync("noivu");
        var decision = await noivu.RecordAsync(Province, "88/QĐ-UBND", province);
        var submission = await noivu.RecordAsync(PrimeMinister, "89/TTr-UBND", forwarded);

        using var mttq = await factory.SignInAsync("mttq");
        var list = await mttq.GetPageAsync("/AwardDecisions");
        Assert.NotNull(list.QuerySelector($"#decisions tr[data-decision='{decision}']"));
        Assert.Null(list.QuerySelector($"#decisions tr[data-decision='{submission}']"));
        Assert.Null(list.QuerySelector("#pending"));
        var details = await mttq.GetPageAsync($"/AwardDecisions/Details/{decision}");
        Assert.Equal("Tổ dân phố Công khai", details.QuerySelector($"#collectives tr[data-nomination='{province[0]}'] .nominee")!.TextContent.Trim());
        Assert.Null(details.QuerySelector("#collectives a"));
        using var hidden = await mttq.GetAsync($"/AwardDecisions/Details/{submission}");
        Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);

        using var member = await factory.SignInAsync("hoidong2");
        var seen = await member.GetPageAsync("/AwardDecisions");
        Assert.NotNull(seen.QuerySelector($"#decisions tr[data-decision='{submission}']"));
        Assert.NotNull(seen.QuerySelector("#pending"));
        Assert.Null(seen.QuerySelector("#pending a[href^='/AwardDecisions/Create']"));
        await member.GetPageAsync($"/AwardDecisions/Details/{submission}");
    }

    [Fact]
    public async Task Giay_khen_has_no_provincial_decision_page()
    {
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.GetAsync("/AwardDecisions/Create?form=GIAY-KHEN");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static bool Ticked(IHtmlDocument page, string group, int nominationId) =>
        page.QuerySelector($"#{group} tr[data-nomination='{nominationId}'] input[type=checkbox]") is IHtmlInputElement { IsChecked: true };

    /// <summary>"userName nominationId" of every notification with this title about these nominations, sorted.</summary>
    private Task<List<string>> NotificationsAsync(string title, int[] nominationIds)
    {
        var links = nominationIds.Select(id => $"/Nominations/Details/{id}").ToList();
        return factory.WithDbAsync(async db => (await db.Notifications.AsNoTracking()
                .Where(n => n.Title == title && n.Kind == NotificationKind.Nomination && links.Contains(n.Link!))
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.Link })
                .ToListAsync())
            .Select(n => $"{n.UserName} {n.Link!["/Nominations/Details/".Length..]}")
            .Order(StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>The unit's own dossier page shows the outcome (Features/Nominations, built beside this one).</summary>
    private static async Task AssertUnitSeesOutcomeAsync(PortalClient unitUser, int nominationId, string status, string number)
    {
        var page = await unitUser.GetPageAsync($"/Nominations/Details/{nominationId}");
        Assert.Contains(status, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(number, page.Body!.TextContent, StringComparison.Ordinal);
    }
}
