using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

// Not ".Feedback": a namespace of that name would hide the Feedback entity from every other test namespace.
namespace LangSon.ThiDua.Tests.Integration.Feedbacks;

public sealed class FeedbackTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Observer_sends_feedback_with_a_file_noivu_is_notified_answers_and_the_observer_reads_the_answer()
    {
        var soYte = await factory.UnitAsync("SYT");
        var area = await factory.AreaAsync(2);
        using var mttq = await factory.SignInAsync("mttq");
        const string subject = "Trạm y tế xã chưa được hướng dẫn lập hồ sơ khen thưởng";

        var id = await mttq.SendAndGetIdAsync(FeedbackSteps.Fields(subject, FeedbackCategory.Procedure, soYte, area), ("bien-ban-giam-sat.pdf", FeedbackSteps.Pdf));

        var saved = await factory.WithDbAsync(db => db.Feedbacks.AsNoTracking().Include(f => f.Attachments).SingleAsync(f => f.Id == id));
        var mttqUnit = await factory.UnitAsync("MTTQ");
        Assert.Equal(("mttq", "Đàm Văn Lợi", mttqUnit, soYte, area), (saved.SenderUserName, saved.SenderName, saved.SenderUnitId, saved.UnitId, saved.ContentAreaId));
        Assert.Equal(FeedbackStatus.Open, saved.Status);
        var file = Assert.Single(saved.Attachments);
        Assert.Equal("bien-ban-giam-sat.pdf", file.FileName);
        var sent = await mttq.GetPageAsync($"/Feedback/Details/{id}");
        Assert.Contains("Đã gửi phản ánh đến Sở Nội vụ cùng 1 tệp đính kèm.", sent.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Sở Nội vụ chưa trả lời phản ánh này.", sent.QuerySelector("#feedback-waiting")!.TextContent.Trim());
        Assert.Null(sent.QuerySelector("#reply-form"));

        // Sở Nội vụ: told in the bell, finds it in the queue (searched without diacritics), answers.
        Assert.Equal([$"Phản ánh mới: {subject}"], await factory.NotificationsAsync("noivu", id));
        using var noivu = await factory.SignInAsync("noivu");
        Assert.Contains(id, (await noivu.GetPageAsync("/Feedback")).ListedIds());
        Assert.Contains(id, (await noivu.GetPageAsync("/Feedback?q=tram%20y%20te%20XA&status=0")).ListedIds());
        Assert.DoesNotContain(id, (await noivu.GetPageAsync("/Feedback?status=1")).ListedIds());
        Assert.Contains(id, (await noivu.GetPageAsync($"/Feedback?unit={soYte}&category=1&area={area}")).ListedIds());
        const string answer = "Sở Nội vụ sẽ tập huấn lập hồ sơ khen thưởng cho cán bộ y tế cấp xã trong tháng 12.";
        using (var reply = await noivu.ReplyAsync(id, answer))
        {
            var after = await noivu.FollowAsync(reply);
            Assert.Contains("Đã trả lời phản ánh", after.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
            Assert.Null(after.QuerySelector("#reply-form"));
        }

        // The observer (and the users of the unit it is about) are told and read the answer.
        var answered = await mttq.GetPageAsync($"/Feedback/Details/{id}");
        Assert.Contains(answer, answered.QuerySelector("#feedback-answer")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hoàng Thị Thu Hà", answered.QuerySelector("#feedback-answer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"Sở Nội vụ đã trả lời phản ánh: {subject}"], await factory.NotificationsAsync("mttq", id));
        Assert.Single(await factory.NotificationsAsync("canbo.soyte", id));
        Assert.Single(await factory.NotificationsAsync("truongdonvi.soyte", id));
        Assert.Empty(await factory.NotificationsAsync("canbo.tamthanh", id));
        using var clerk = await factory.SignInAsync("canbo.soyte");
        Assert.Contains(answer, (await clerk.GetPageAsync($"/Feedback/Details/{id}")).QuerySelector("#feedback-answer")!.TextContent, StringComparison.Ordinal);
        foreach (var reader in new[] { mttq, noivu, clerk })
        {
            using var download = await reader.GetAsync($"/Feedback/Download/{file.Id}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            Assert.Equal(FeedbackSteps.Pdf, await download.Content.ReadAsByteArrayAsync());
        }

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Feedback" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(a => new { a.Action, a.UserName, a.Changes }).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.Insert && a.UserName == "mttq");
        Assert.Contains(audit, a => a.Action == AuditActions.Update && a.UserName == "noivu" && a.Changes!.Contains("tập huấn", StringComparison.Ordinal));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == "Attachment" && a.Action == AuditActions.Insert && a.UserName == "mttq")));
    }

    [Fact]
    public async Task A_unit_user_reads_his_units_feedback_but_not_another_units_nor_its_files()
    {
        var tamThanh = await factory.UnitAsync("05986");
        var soYte = await factory.UnitAsync("SYT");
        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        var create = await clerk.GetPageAsync(FeedbackSteps.CreateUrl);
        var tamThanhName = await factory.WithDbAsync(db => db.Units.Where(u => u.Id == tamThanh).Select(u => u.Name).SingleAsync());
        Assert.Contains("Tam Thanh", tamThanhName, StringComparison.Ordinal);
        Assert.Equal(tamThanhName, create.QuerySelector("#fixed-unit")!.TextContent.Trim());
        Assert.Null(create.QuerySelector("select[name=UnitId]"));

        // A unit user's feedback is about his own unit, whatever a hand-made request says.
        var id = await clerk.SendAndGetIdAsync(FeedbackSteps.Fields("Phường thiếu kinh phí in Giấy khen", FeedbackCategory.Funding, soYte), ("du-toan.pdf", FeedbackSteps.Pdf));
        var saved = await factory.WithDbAsync(db => db.Feedbacks.AsNoTracking().Include(f => f.Attachments).SingleAsync(f => f.Id == id));
        Assert.Equal(tamThanh, saved.UnitId);
        var fileId = Assert.Single(saved.Attachments).Id;

        using var head = await factory.SignInAsync("truongdonvi.tamthanh");
        Assert.Contains(id, (await head.GetPageAsync("/Feedback")).ListedIds());
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/Feedback/Download/{fileId}")).StatusCode);

        using var other = await factory.SignInAsync("canbo.soyte");
        Assert.DoesNotContain(id, (await other.GetPageAsync("/Feedback")).ListedIds());
        using var mttq = await factory.SignInAsync("mttq");
        Assert.DoesNotContain(id, (await mttq.GetPageAsync("/Feedback")).ListedIds());
        foreach (var outsider in new[] { other, mttq })
        {
            using var details = await outsider.GetAsync($"/Feedback/Details/{id}");
            Assert.Equal(HttpStatusCode.Forbidden, details.StatusCode);
            using var download = await outsider.GetAsync($"/Feedback/Download/{fileId}");
            Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        }

        using var council = await factory.SignInAsync("hoidong1");
        Assert.Equal(HttpStatusCode.Forbidden, (await council.GetAsync("/Feedback")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await council.GetAsync($"/Feedback/Details/{id}")).StatusCode);
        using var noivu = await factory.SignInAsync("noivu");
        Assert.Equal(HttpStatusCode.Forbidden, (await noivu.GetAsync(FeedbackSteps.CreateUrl)).StatusCode);
        using var reply = await other.PostAsSignedInUserAsync($"/Feedback/Reply/{id}", new Dictionary<string, string> { ["Answer"] = "Trả lời giả." });
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
        Assert.Equal(FeedbackStatus.Open, await factory.WithDbAsync(db => db.Feedbacks.Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
    }

    [Fact]
    public async Task Bad_files_are_refused_in_Vietnamese_and_nothing_is_saved()
    {
        using var mttq = await factory.SignInAsync("mttq");
        var before = await factory.FeedbackCountAsync();
        var fields = FeedbackSteps.Fields("Phản ánh kèm tệp hỏng", text: "Nội dung vẫn được giữ lại khi tệp bị từ chối.");

        using var fake = await mttq.SendFeedbackAsync(fields, ("bao-cao.pdf", "MZ not a pdf at all"u8.ToArray()), ("chuong-trinh.exe", "MZ"u8.ToArray()));

        Assert.Equal(HttpStatusCode.OK, fake.StatusCode);
        var page = await PortalClient.ParseAsync(fake);
        var messages = page.MessagesOf("group-files");
        Assert.Contains("Tệp \"bao-cao.pdf\" không phải là tệp PDF hợp lệ.", messages);
        Assert.Contains(messages, m => m.StartsWith("Tệp \"chuong-trinh.exe\" có định dạng không được chấp nhận.", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("#files-discarded"));
        Assert.Equal("Nội dung vẫn được giữ lại khi tệp bị từ chối.", page.QuerySelector("textarea[name=Text]")!.TextContent.Trim());

        var six = Enumerable.Range(1, 6).Select(i => ($"tep-{i}.pdf", FeedbackSteps.Pdf)).ToArray();
        using var tooMany = await mttq.SendFeedbackAsync(fields, six);
        Assert.Contains("Mỗi phản ánh đính kèm tối đa 5 tệp.", (await PortalClient.ParseAsync(tooMany)).MessagesOf("group-files"));

        Assert.Equal(before, await factory.FeedbackCountAsync());
    }

    [Fact]
    public async Task The_form_refuses_missing_and_invalid_values_with_Vietnamese_messages()
    {
        using var mttq = await factory.SignInAsync("mttq");
        var before = await factory.FeedbackCountAsync();

        using var empty = await mttq.SendFeedbackAsync(FeedbackSteps.Fields(string.Empty, category: null, text: "  "));
        var page = await PortalClient.ParseAsync(empty);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal(["Hãy chọn lĩnh vực phản ánh."], page.MessagesOf("group-category"));
        Assert.Equal(["Hãy nhập tiêu đề phản ánh."], page.MessagesOf("group-subject"));
        Assert.Equal(["Hãy nhập nội dung phản ánh."], page.MessagesOf("group-text"));

        var otherCampaignArea = await factory.WithDbAsync(db => db.ContentAreas.MaxAsync(a => a.Id)) + 1000;
        using var wrong = await mttq.SendFeedbackAsync(FeedbackSteps.Fields(new string('a', 301), unitId: 999_999, areaId: otherCampaignArea, text: new string('b', 8001)));
        page = await PortalClient.ParseAsync(wrong);
        Assert.Equal(["Tiêu đề tối đa 300 ký tự."], page.MessagesOf("group-subject"));
        Assert.Equal(["Nội dung phản ánh tối đa 8.000 ký tự."], page.MessagesOf("group-text"));
        Assert.Equal(["Đơn vị được chọn không có hoặc đã ngừng hoạt động."], page.MessagesOf("group-unit"));
        Assert.Equal(["Nội dung thi đua được chọn không thuộc phong trào đang triển khai."], page.MessagesOf("group-area"));

        Assert.Equal(before, await factory.FeedbackCountAsync());
    }

    [Fact]
    public async Task An_answer_is_required_and_a_feedback_cannot_be_answered_twice()
    {
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var id = await clerk.SendAndGetIdAsync(FeedbackSteps.Fields("Hỏi về thời hạn trình hồ sơ khen thưởng năm 2025"));
        using var noivu = await factory.SignInAsync("noivu");

        using (var empty = await noivu.ReplyAsync(id, "   "))
        {
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            var page = await PortalClient.ParseAsync(empty);
            Assert.Equal(["Hãy nhập nội dung trả lời."], page.MessagesOf("group-answer"));
            Assert.NotNull(page.QuerySelector("#reply-form"));
        }

        Assert.Equal(FeedbackStatus.Open, await factory.WithDbAsync(db => db.Feedbacks.Where(f => f.Id == id).Select(f => f.Status).SingleAsync()));
        using (var first = await noivu.ReplyAsync(id, "Hạn trình là ngày 15/12/2025."))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await noivu.PostAsSignedInUserAsync($"/Feedback/Reply/{id}", new Dictionary<string, string> { ["Answer"] = "Trả lời lần hai." });
        var shown = await noivu.FollowAsync(second);
        Assert.Contains("Phản ánh này đã được trả lời; mỗi phản ánh chỉ được trả lời một lần.", shown.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hạn trình là ngày 15/12/2025.", await factory.WithDbAsync(db => db.Feedbacks.Where(f => f.Id == id).Select(f => f.Answer).SingleAsync()));
        Assert.Single(await factory.NotificationsAsync("canbo.soyte", id));
    }

    [Fact]
    public async Task The_summary_card_counts_open_and_answered_feedback_by_category()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var before = Summary(await noivu.GetPageAsync("/Feedback"));
        var expected = await factory.WithDbAsync(db => db.Feedbacks.CountAsync(f => f.Status == FeedbackStatus.Open));
        Assert.Equal(expected, before.Open);

        using var mttq = await factory.SignInAsync("mttq");
        var first = await mttq.SendAndGetIdAsync(FeedbackSteps.Fields("Kinh phí khen thưởng cấp xã", FeedbackCategory.Funding));
        await mttq.SendAndGetIdAsync(FeedbackSteps.Fields("Kinh phí tổ chức hội nghị điển hình tiên tiến", FeedbackCategory.Funding));
        using (var reply = await noivu.ReplyAsync(first, "Đã có hướng dẫn tại Công văn số 15/SNV-TĐKT."))
        {
            Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        }

        var after = Summary(await noivu.GetPageAsync("/Feedback"));
        Assert.Equal(before.Open + 1, after.Open);
        Assert.Equal(before.Answered + 1, after.Answered);
        Assert.Equal((before.FundingOpen + 1, before.FundingAnswered + 1), (after.FundingOpen, after.FundingAnswered));

        // The observer reads his own list (without the card) and cannot see how others' feedback reads.
        Assert.Null((await mttq.GetPageAsync("/Feedback")).QuerySelector("#feedback-summary"));
    }

    private static (int Open, int Answered, int FundingOpen, int FundingAnswered) Summary(AngleSharp.Html.Dom.IHtmlDocument page)
    {
        var card = page.QuerySelector("#feedback-summary")!;
        Assert.Equal("Phản ánh, kiến nghị", card.QuerySelector("#feedback-summary-title")!.TextContent.Trim());
        var funding = card.QuerySelector($"tr[data-category={FeedbackCategory.Funding}]")!;
        Assert.Equal("Kinh phí, điều kiện bảo đảm", funding.QuerySelector("th")!.TextContent.Trim());
        return (
            int.Parse(card.QuerySelector("[data-summary=open]")!.TextContent, System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
            int.Parse(card.QuerySelector("[data-summary=answered]")!.TextContent, System.Globalization.CultureInfo.GetCultureInfo("vi-VN")),
            int.Parse(funding.QuerySelector("[data-open]")!.GetAttribute("data-open")!, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(funding.QuerySelector("[data-answered]")!.GetAttribute("data-answered")!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
