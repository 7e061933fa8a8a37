using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Council;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Reminders;
using LangSon.ThiDua.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Email;

/// <summary>The durable e-mail queue: requests only enqueue, the worker sends, retries, and lists what failed.</summary>
public sealed class EmailQueueTests(EmailQueueFactory factory) : IClassFixture<EmailQueueFactory>
{
    [Fact]
    public async Task A_reminder_is_sent_while_the_mail_server_is_down_and_its_emails_go_out_once_it_is_up()
    {
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        using var noivu = await factory.SignInAsync("noivu");
        factory.Sink.Down = true;
        try
        {
            const string subject = "Đôn đốc khi máy chủ thư chưa chạy";
            var reminderId = await noivu.SendReminderAsync(subject, soYte);

            Assert.Empty(factory.Received(subject));
            var queued = await factory.OutboxAsync(subject);
            Assert.Equal(["canbo.soyte@langson.gov.vn", "truongdonvi.soyte@langson.gov.vn"], queued.Select(e => e.ToAddress).Order());
            Assert.All(queued, e => Assert.Equal((OutboundEmailState.Pending, 0), (e.State, e.Attempts)));
            var page = await noivu.GetPageAsync($"/Reminders/Details/{reminderId}");
            Assert.Equal("2 chờ gửi", page.QuerySelector($"#recipients tr[data-unit='{soYte}'] [data-email=waiting]")!.TextContent.Trim());

            factory.Sink.Down = false;
            Assert.Equal(new EmailQueueRun(2, 2, 0), await factory.DeliverQueuedEmailsAsync());

            Assert.Equal(2, factory.Received(subject).Count);
            Assert.All(await factory.OutboxAsync(subject), e => Assert.Equal((OutboundEmailState.Sent, 1), (e.State, e.Attempts)));
            page = await noivu.GetPageAsync($"/Reminders/Details/{reminderId}");
            Assert.Equal("2 đã gửi", page.QuerySelector($"#recipients tr[data-unit='{soYte}'] [data-email=sent]")!.TextContent.Trim());
            Assert.Equal("2", page.QuerySelector("#emails-sent")!.TextContent.Trim());
        }
        finally
        {
            factory.Sink.Down = false;
        }
    }

    [Fact]
    public async Task A_failing_mail_server_is_retried_with_backoff_then_the_email_is_listed_as_failed_and_an_admin_resends_it()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");
        const string subject = "Đôn đốc gửi lỗi nhiều lần";
        factory.Sink.Down = true;
        try
        {
            await noivu.SendReminderAsync(subject, tamThanh);
            var start = factory.Clock.Now;

            // Attempts at 0, +1, +6, +36 minutes and +2 h 36: each failure waits 1, 5, 30, 120 minutes; the 5th fails for good.
            foreach (var (wait, attempts) in new[] { (0, 1), (1, 2), (5, 3), (30, 4), (120, 5) })
            {
                factory.Clock.Now = factory.Clock.Now.AddMinutes(wait).AddSeconds(-1);
                if (wait > 0)
                {
                    Assert.Equal(0, (await factory.DeliverQueuedEmailsAsync()).Claimed);
                }

                factory.Clock.Now = factory.Clock.Now.AddSeconds(1);
                Assert.Equal(new EmailQueueRun(2, 0, 2), await factory.DeliverQueuedEmailsAsync());
                Assert.All(await factory.OutboxAsync(subject), e => Assert.Equal(attempts, e.Attempts));
            }

            var failed = await factory.OutboxAsync(subject);
            Assert.All(failed, e => Assert.Equal(OutboundEmailState.Failed, e.State));
            Assert.All(failed, e => Assert.StartsWith("Không kết nối được máy chủ gửi thư 127.0.0.1:", e.LastError, StringComparison.Ordinal));
            Assert.All(failed, e => Assert.StartsWith("Smtp", e.LastErrorDetail, StringComparison.Ordinal));
            factory.Clock.Now = start.AddDays(1);
            Assert.Equal(0, (await factory.DeliverQueuedEmailsAsync()).Claimed);

            using var admin = await factory.SignInAsync("admin");
            var list = await admin.GetPageAsync("/EmailQueue");
            Assert.NotNull(list.QuerySelector($"#emails tr[data-id='{failed[0].Id}']"));
            Assert.Contains("Không kết nối được máy chủ gửi thư", list.QuerySelector($"#emails tr[data-id='{failed[0].Id}'] .error")!.TextContent, StringComparison.Ordinal);

            factory.Sink.Down = false;
            var retried = await admin.PostFormAsync($"/EmailQueue/Retry/{failed[0].Id}", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
            var discarded = await admin.PostFormAsync($"/EmailQueue/Discard/{failed[1].Id}", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
            Assert.Equal(new EmailQueueRun(1, 1, 0), await factory.DeliverQueuedEmailsAsync());

            var received = Assert.Single(factory.Received(subject));
            Assert.Equal([failed[0].ToAddress], received.RcptTo);
            var after = await factory.OutboxAsync(subject);
            Assert.Equal([OutboundEmailState.Sent, OutboundEmailState.Discarded], after.Select(e => e.State));
            var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == nameof(OutboundEmail) && a.UserName == "admin").ToListAsync());
            Assert.Contains(audit, a => a.Action == AuditActions.EmailRetried && a.EntityId == failed[0].Id.ToString());
            Assert.Contains(audit, a => a.Action == AuditActions.EmailDiscarded && a.EntityId == failed[1].Id.ToString());
        }
        finally
        {
            factory.Sink.Down = false;
        }
    }

    [Fact]
    public async Task An_address_the_server_refuses_for_good_is_listed_as_failed_at_once_and_a_busy_mailbox_is_retried()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");
        const string subject = "Đôn đốc tới địa chỉ bị từ chối";
        const string gone = "canbo.tamthanh@langson.gov.vn";
        const string busy = "truongdonvi.tamthanh@langson.gov.vn";
        factory.Sink.Refusals[gone] = "550 5.1.1 mailbox does not exist";
        factory.Sink.Refusals[busy] = "450 4.2.1 mailbox busy, try later";
        try
        {
            await noivu.SendReminderAsync(subject, tamThanh);
            Assert.Equal(new EmailQueueRun(2, 0, 2), await factory.DeliverQueuedEmailsAsync());

            var outbox = (await factory.OutboxAsync(subject)).ToDictionary(e => e.ToAddress);
            Assert.Equal((OutboundEmailState.Failed, 1), (outbox[gone].State, outbox[gone].Attempts));
            Assert.Contains("từ chối hẳn thư này (mã 550)", outbox[gone].LastError, StringComparison.Ordinal);
            Assert.Equal((OutboundEmailState.Pending, 1), (outbox[busy].State, outbox[busy].Attempts));
            Assert.Contains("tạm từ chối", outbox[busy].LastError, StringComparison.Ordinal);

            factory.Sink.Refusals.Clear();
            factory.Clock.Now = factory.Clock.Now.AddMinutes(1);
            Assert.Equal(new EmailQueueRun(1, 1, 0), await factory.DeliverQueuedEmailsAsync());
            Assert.Equal([busy], Assert.Single(factory.Received(subject)).RcptTo);
        }
        finally
        {
            factory.Sink.Refusals.Clear();
        }
    }

    [Fact]
    public async Task Several_workers_on_one_database_never_send_a_message_twice_and_take_over_an_expired_lease()
    {
        const string subject = "Thư thử nhiều máy chủ";
        var now = factory.Clock.Now.UtcDateTime;
        await factory.WithDbAsync(db =>
        {
            db.OutboundEmails.AddRange(Enumerable.Range(0, 60).Select(i => OutboundEmail.Queue(
                OutboundEmailKind.Reminder, $"Người nhận {i}", $"nguoinhan{i}@langson.gov.vn", subject, "Nội dung", now)));
            return db.SaveChangesAsync();
        });
        // A server claimed one and crashed: its lease ran out a minute ago.
        var crashed = await factory.WithDbAsync(db => db.OutboundEmails.Where(e => e.Subject == subject).MinAsync(e => e.Id));
        await factory.WithDbAsync(db => db.OutboundEmails.Where(e => e.Id == crashed).ExecuteUpdateAsync(s => s
            .SetProperty(e => e.State, OutboundEmailState.Sending).SetProperty(e => e.ClaimToken, Guid.NewGuid())
            .SetProperty(e => e.LeaseUntilUtc, now.AddMinutes(-1)).SetProperty(e => e.Attempts, 1)));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(factory.DeliverQueuedEmailsAsync)));

        Assert.Equal(60, runs.Sum(r => r.Sent));
        var received = factory.Received(subject).SelectMany(r => r.RcptTo).ToList();
        Assert.Equal(60, received.Count);
        Assert.Equal(60, received.Distinct().Count());
        var sent = await factory.OutboxAsync(subject);
        Assert.All(sent, e => Assert.Equal(OutboundEmailState.Sent, e.State));
        Assert.Equal(2, sent.Single(e => e.Id == crashed).Attempts);
    }

    [Fact]
    public async Task Invited_council_members_and_only_they_get_an_email_with_the_date_the_place_and_the_agenda_link()
    {
        using var noivu = await factory.SignInAsync("noivu");
        var fields = FormFields.Read(await noivu.GetPageAsync("/Council/Create"));
        fields["Title"] = "Phiên họp xét khen thưởng tổng kết năm";
        fields["MeetingDate"] = "20/01/2026";
        fields["Place"] = "Phòng họp tầng 3, UBND tỉnh";
        fields["Members[7].Selected"] = "false";
        fields["Members[8].Selected"] = "false";

        await noivu.PostFormAsync("/Council/Create", fields);
        Assert.Empty(factory.Received("Giấy mời họp Hội đồng Thi đua – Khen thưởng: Phiên họp xét khen thưởng tổng kết năm"));
        await factory.DeliverQueuedEmailsAsync();

        var id = await factory.WithDbAsync(db => db.CouncilSessions.MaxAsync(s => s.Id));
        var mails = factory.Received("Giấy mời họp Hội đồng Thi đua – Khen thưởng: Phiên họp xét khen thưởng tổng kết năm");
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"hoidong{i}@langson.gov.vn"), mails.SelectMany(m => m.RcptTo).Order());
        Assert.All(mails, m => Assert.Contains("Thời gian: ngày 20/01/2026", m.Message.TextBody, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains("Địa điểm: Phòng họp tầng 3, UBND tỉnh", m.Message.TextBody, StringComparison.Ordinal));
        Assert.All(mails, m => Assert.Contains($"{EmailQueueFactory.PortalUrl}/Council/Details/{id}", m.Message.TextBody, StringComparison.Ordinal));
    }
}
