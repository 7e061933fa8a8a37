using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LangSon.ThiDua.Tests.Integration.Reminders;

public sealed class RemindersTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] SoYteAndTamThanhUsers = ["canbo.soyte", "canbo.tamthanh", "truongdonvi.soyte", "truongdonvi.tamthanh"];

    [Fact]
    public async Task NoiVu_sends_a_reminder_that_reaches_every_unit_user_in_app_and_by_email()
    {
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");
        const string subject = "Đôn đốc cập nhật tiến độ quý III năm 2026";
        const string body = "Đề nghị đơn vị cập nhật kết quả thực hiện các chỉ tiêu trước ngày 30/9/2026.";

        using var response = await noivu.PostReminderFormAsync(ReminderSteps.SendFields(subject, body, soYte, tamThanh));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await noivu.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã gửi đôn đốc đến 2 đơn vị: 4 thông báo trên cổng và 4 e-mail.", details.QuerySelector(".alert-success")!.TextContent);
        Assert.Null(details.QuerySelector(".alert-danger"));
        Assert.Equal("0/2", details.QuerySelector("#read-summary")!.TextContent.Trim());

        var reminder = await factory.WithDbAsync(db => db.Reminders.AsNoTracking().Include(r => r.Recipients).SingleAsync(r => r.Subject == subject));
        Assert.Equal("noivu", reminder.SentByUserName);
        Assert.Equal(ReminderRule.Manual, reminder.Rule);
        Assert.Equal([soYte, tamThanh], reminder.Recipients.Select(r => r.UnitId).Order().ToArray());
        Assert.All(reminder.Recipients, r => Assert.Null(r.ReadAtUtc));

        var notifications = await factory.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Title == subject)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, u.UnitId, n.Kind, n.Link, n.ReminderRecipientId, n.ReadAtUtc })
            .ToListAsync());
        Assert.Equal(SoYteAndTamThanhUsers, notifications.Select(n => n.UserName).Order().ToArray());
        Assert.All(notifications, n =>
        {
            var recipient = reminder.Recipients.Single(r => r.UnitId == n.UnitId);
            Assert.Equal(NotificationKind.Reminder, n.Kind);
            Assert.Equal(recipient.Id, n.ReminderRecipientId);
            Assert.Equal($"/Reminders/Open/{recipient.Id}", n.Link);
            Assert.Null(n.ReadAtUtc);
        });

        var mails = await factory.PickedUpMailsAsync(subject);
        foreach (var r in reminder.Recipients)
        {
            Assert.Equal(2, await factory.EmailsAsync(r.Id, OutboundEmailState.Sent));
        }

        Assert.Equal(SoYteAndTamThanhUsers.Select(u => u + "@langson.gov.vn"), mails.Select(m => m.To.Mailboxes.Single().Address).Order());
        var mail = mails.Single(m => m.To.Mailboxes.Single().Address == "canbo.tamthanh@langson.gov.vn");
        var from = mail.From.Mailboxes.Single();
        Assert.Equal(("Sở Nội vụ Lạng Sơn", "thiduakhenthuong@langson.gov.vn"), (from.Name, from.Address));
        var recipientId = reminder.Recipients.Single(r => r.UnitId == tamThanh).Id;
        Assert.Contains("Kính gửi: UBND phường Tam Thanh", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(body, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/Reminders/Open/{recipientId}", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("utf-8", mail.BodyParts.OfType<TextPart>().Single().ContentType.Charset, ignoreCase: true);

        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Reminder) && a.EntityId == reminder.Id.ToString() && a.UserName == "noivu")));
    }

    [Fact]
    public async Task Choosing_a_rule_lists_its_units_ticked_with_a_reason_and_a_default_text()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        await factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
            db.UnitPlans.Add(UnitPlan.Start(campaign.Id, tamThanh, new Actor("canbo.tamthanh", "Cán bộ"), DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Reminders/Create?rule=NoPlanSubmitted");

        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#rule-NoPlanSubmitted")!).IsChecked);
        var row = page.QuerySelector($"#candidates tr[data-unit='{tamThanh}']")!;
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)row.QuerySelector("input[type=checkbox]")!).IsChecked);
        Assert.Equal("Dự thảo", row.QuerySelector(".reason")!.TextContent.Trim());
        Assert.Equal("Chưa lập kế hoạch", page.QuerySelector($"#candidates tr[data-unit='{soYte}'] .reason")!.TextContent.Trim());
        Assert.Equal("Đôn đốc xây dựng và trình kế hoạch triển khai phong trào thi đua", page.QuerySelector("#Subject")!.GetAttribute("value"));
        Assert.Contains("xây dựng, hoàn thiện và trình kế hoạch triển khai", page.QuerySelector("#Body")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_without_diacritics_adds_units_and_keeps_what_was_ticked_and_typed()
    {
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.PostReminderFormAsync(
        [
            new("Rule", "Manual"), new("UnitIds", soYte.ToString()), new("Subject", "Tiêu đề đang soạn"), new("Body", ""),
            new("Q", "tam thanh"), new("Command", "search"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Empty(page.ValidationMessages());
        Assert.Equal("Tiêu đề đang soạn", page.QuerySelector("#Subject")!.GetAttribute("value"));
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector($"#candidates tr[data-unit='{soYte}'] input")!).IsChecked);
        var found = page.QuerySelector($"#search-results tr[data-unit='{tamThanh}']")!;
        Assert.Equal("UBND phường Tam Thanh", found.QuerySelector("label")!.TextContent.Trim());
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)found.QuerySelector("input")!).IsChecked);
    }

    [Fact]
    public async Task Sending_without_units_or_subject_shows_Vietnamese_messages_and_saves_nothing()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var before = await factory.WithDbAsync(db => db.Reminders.CountAsync());

        using var response = await noivu.PostReminderFormAsync([new("Rule", "Manual"), new("Subject", " "), new("Body", "Nội dung"), new("Command", "send")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = (await PortalClient.ParseAsync(response)).ValidationMessages();
        Assert.Contains("Hãy chọn ít nhất một đơn vị nhận đôn đốc.", messages);
        Assert.Contains("Hãy nhập tiêu đề văn bản đôn đốc.", messages);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Reminders.CountAsync()));
    }

    [Fact]
    public async Task The_first_unit_reader_sets_the_receipt_once_and_observers_only_look()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");
        var reminderId = await noivu.SendReminderAsync("Đôn đốc về biên nhận đọc", tamThanh);
        var recipientId = await factory.RecipientIdAsync(reminderId, tamThanh);
        var url = $"/Reminders/Open/{recipientId}";

        foreach (var onlooker in new[] { "noivu", "mttq", "hoidong1" })
        {
            using var client = onlooker == "noivu" ? null : await factory.SignInAsync(onlooker);
            var seen = await (client ?? noivu).GetPageAsync(url);
            Assert.Contains("Đơn vị chưa mở văn bản này.", seen.QuerySelector("#read-receipt")!.TextContent);
        }

        Assert.Null(await ReceiptAsync(recipientId));

        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        var page = await clerk.GetPageAsync(url);
        Assert.Equal("Đôn đốc về biên nhận đọc", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Đề nghị đơn vị khẩn trương thực hiện.", page.QuerySelector("#reminder-body")!.TextContent);
        var first = await ReceiptAsync(recipientId);
        Assert.Equal("canbo.tamthanh", first?.ReadBy);
        Assert.NotNull(first?.ReadAt);
        Assert.Equal(
            new Dictionary<string, bool> { ["canbo.tamthanh"] = true, ["truongdonvi.tamthanh"] = false },
            await NotificationReadAsync(recipientId));

        using var head = await factory.SignInAsync("truongdonvi.tamthanh");
        var again = await head.GetPageAsync(url);
        Assert.Contains("Đơn vị đã xác nhận đọc", again.QuerySelector("#read-receipt")!.TextContent);
        Assert.Equal(first, await ReceiptAsync(recipientId));
        Assert.True((await NotificationReadAsync(recipientId))["truongdonvi.tamthanh"]);

        var details = await noivu.GetPageAsync($"/Reminders/Details/{reminderId}");
        Assert.Equal("1/1", details.QuerySelector("#read-summary")!.TextContent.Trim());
        Assert.Contains("canbo.tamthanh", details.QuerySelector($"#recipients tr[data-unit='{tamThanh}'] .reader")!.TextContent);
        var history = await noivu.GetPageAsync("/Reminders");
        Assert.Equal("1/1", history.QuerySelector($"#reminders tr[data-reminder='{reminderId}'] .read-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_unit_user_cannot_open_or_list_another_units_reminders()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");
        var reminderId = await noivu.SendReminderAsync("Đôn đốc riêng phường Tam Thanh", tamThanh);
        var recipientId = await factory.RecipientIdAsync(reminderId, tamThanh);
        using var other = await factory.SignInAsync("canbo.soyte");

        foreach (var url in new[] { $"/Reminders/Open/{recipientId}", $"/Reminders/Unit/{tamThanh}", $"/Reminders/Details/{reminderId}", "/Reminders/Ignored", "/Reminders/Create" })
        {
            using var response = await other.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{url} answered {(int)response.StatusCode}");
        }

        Assert.Null(await ReceiptAsync(recipientId));
        using var own = await factory.SignInAsync("canbo.tamthanh");
        var list = await own.GetPageAsync($"/Reminders/Unit/{tamThanh}");
        Assert.NotNull(list.QuerySelector($"#unit-reminders tr[data-recipient='{recipientId}']"));
        using var redirect = await own.GetAsync("/Reminders");
        Assert.Equal($"/Reminders/Unit/{tamThanh}", redirect.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("mttq")]
    [InlineData("hoidong1")]
    public async Task Observers_and_council_members_read_the_history_but_cannot_send(string userName)
    {
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        using var noivu = await factory.SignInAsync("noivu");
        var reminderId = await noivu.SendReminderAsync("Đôn đốc để người theo dõi xem " + userName, soYte);
        using var reader = await factory.SignInAsync(userName);
        var before = await factory.WithDbAsync(db => db.Reminders.CountAsync());

        using (var form = await reader.GetAsync("/Reminders/Create?rule=Manual"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        }

        using var post = await reader.PostAsSignedInUserAsync("/Reminders/Create", new Dictionary<string, string>
        {
            ["Rule"] = "Manual", ["UnitIds"] = soYte.ToString(), ["Subject"] = "Giả mạo", ["Body"] = "Giả mạo", ["Command"] = "send",
        });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Reminders.CountAsync()));

        var history = await reader.GetPageAsync("/Reminders");
        Assert.NotNull(history.QuerySelector($"#reminders tr[data-reminder='{reminderId}']"));
        Assert.Null(history.QuerySelector("a[href='/Reminders/Create']"));
        await reader.GetPageAsync($"/Reminders/Details/{reminderId}");
        await reader.GetPageAsync($"/Reminders/Unit/{soYte}");
        await reader.GetPageAsync("/Reminders/Ignored");
    }

    [Fact]
    public async Task Units_that_leave_a_reminder_unread_for_more_than_7_days_are_listed_as_ignoring_it()
    {
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        var thatKhe = await factory.UnitIdAsync("06040");
        using var noivu = await factory.SignInAsync("noivu");
        var old = await noivu.SendReminderAsync("Đôn đốc cũ 8 ngày", soYte, tamThanh);
        await noivu.SendReminderAsync("Đôn đốc mới gửi", thatKhe);
        var sentAt = DateTime.UtcNow.AddDays(-8);
        await factory.WithDbAsync(db => db.Reminders.Where(r => r.Id == old).ExecuteUpdateAsync(u => u.SetProperty(r => r.SentAtUtc, sentAt)));
        using (var clerk = await factory.SignInAsync("canbo.soyte"))
        {
            await clerk.GetPageAsync($"/Reminders/Open/{await factory.RecipientIdAsync(old, soYte)}");
        }

        var page = await noivu.GetPageAsync("/Reminders/Ignored");

        var rows = page.QuerySelectorAll("#ignored tbody tr").Select(r => r.GetAttribute("data-unit")).ToList();
        Assert.Equal([tamThanh.ToString()], rows);
        var row = page.QuerySelector($"#ignored tr[data-unit='{tamThanh}']")!;
        Assert.Equal("1", row.QuerySelector(".unread-count")!.TextContent.Trim());
        Assert.Equal(VietnamTime.FromUtc(sentAt).ToString("dd/MM/yyyy"), row.QuerySelector(".oldest")!.TextContent.Trim());
        var filtered = await noivu.GetPageAsync("/Reminders/Ignored?q=y+te");
        Assert.Empty(filtered.QuerySelectorAll("#ignored tbody tr"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        using var anonymous = factory.CreatePortalClient();

        foreach (var url in new[] { "/Reminders", "/Reminders/Create", "/Reminders/Open/1", "/Reminders/Ignored", "/Notifications" })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    private Task<(string? ReadBy, DateTime? ReadAt)?> ReceiptAsync(int recipientId) =>
        factory.WithDbAsync(async db =>
        {
            var r = await db.ReminderRecipients.AsNoTracking().SingleAsync(x => x.Id == recipientId);
            return r.ReadAtUtc is null ? ((string?, DateTime?)?)null : (r.ReadByUserName, r.ReadAtUtc);
        });

    private Task<Dictionary<string, bool>> NotificationReadAsync(int recipientId) =>
        factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.ReminderRecipientId == recipientId)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.ReadAtUtc })
            .ToDictionaryAsync(x => x.UserName!, x => x.ReadAtUtc != null));
}
