using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Reminders;

/// <summary>The portal with an SMTP server that refuses connections (nothing listens on port 1).</summary>
public sealed class UnreachableSmtpFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", "1");
        builder.UseSetting("Email:Smtp:UseStartTls", "false");
    }
}

/// <summary>
/// The portal sending through <see cref="SmtpSink"/>, signed in as an SMTP user would be (no TLS on the loopback), with
/// the queue's background loop on and looking every second.
/// </summary>
public sealed class SmtpSinkFactory : PortalFactory
{
    public SmtpSink Sink { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Queue:Enabled", "true");
        builder.UseSetting("Email:Queue:PollSeconds", "1");
        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:UseStartTls", "false");
        builder.UseSetting("Email:PortalUrl", "https://thidua.langson.gov.vn/");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Sink.Dispose();
        }
    }
}

public sealed class SmtpEmailTests(SmtpSinkFactory factory) : IClassFixture<SmtpSinkFactory>
{
    [Fact]
    public async Task In_Smtp_mode_the_background_queue_sends_each_unit_user_a_UTF8_message_with_the_public_portal_link()
    {
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        using var noivu = await factory.SignInAsync("noivu");

        var reminderId = await noivu.SendReminderAsync("Đôn đốc qua máy chủ thư SMTP", soYte);

        // Nobody runs the worker here: the portal's own background loop delivers.
        var received = await ReceivedAsync(factory.Sink, "Đôn đốc qua máy chủ thư SMTP", 2);
        Assert.Equal(["canbo.soyte@langson.gov.vn", "truongdonvi.soyte@langson.gov.vn"], received.SelectMany(r => r.RcptTo).Order());
        Assert.All(received, r => Assert.Equal("thiduakhenthuong@langson.gov.vn", r.MailFrom));
        var recipientId = await factory.RecipientIdAsync(reminderId, soYte);
        Assert.All(received, r => Assert.Contains($"https://thidua.langson.gov.vn/Reminders/Open/{recipientId}", r.Message.TextBody, StringComparison.Ordinal));
        Assert.All(received, r => Assert.Contains("Đề nghị đơn vị khẩn trương thực hiện.", r.Message.TextBody, StringComparison.Ordinal));
        Assert.Equal(2, await WaitForAsync(() => factory.EmailsAsync(recipientId, OutboundEmailState.Sent), 2));
        Assert.Empty(await factory.PickedUpMailsAsync("Đôn đốc qua máy chủ thư SMTP"));
    }

    /// <summary>The messages with this subject once <paramref name="count"/> have arrived (or 20 seconds have passed).</summary>
    internal static async Task<List<(string MailFrom, List<string> RcptTo, MimeKit.MimeMessage Message)>> ReceivedAsync(
        SmtpSink sink, string subject, int count)
    {
        await WaitForAsync(() => Task.FromResult(sink.Received.Count(r => r.Message.Subject == subject)), count);
        return sink.Received.Where(r => r.Message.Subject == subject).ToList();
    }

    private static async Task<int> WaitForAsync(Func<Task<int>> count, int expected)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        var value = await count();
        while (value < expected && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
            value = await count();
        }

        return value;
    }
}

public sealed class EmailFailureTests(UnreachableSmtpFactory factory) : IClassFixture<UnreachableSmtpFactory>
{
    [Fact]
    public async Task When_the_mail_server_is_down_the_reminder_and_notifications_stand_and_the_emails_wait_for_a_retry()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.PostReminderFormAsync(ReminderSteps.SendFields("Đôn đốc khi máy chủ thư lỗi", "Nội dung đôn đốc.", tamThanh));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await noivu.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("2 thông báo trên cổng và 2 e-mail", details.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Null(details.QuerySelector(".alert-danger"));
        var recipient = await factory.WithDbAsync(db => db.ReminderRecipients.AsNoTracking().SingleAsync(r => r.UnitId == tamThanh));
        Assert.Equal(new EmailQueueRun(2, 0, 2), await factory.DeliverQueuedEmailsAsync());
        Assert.Equal(0, await factory.EmailsAsync(recipient.Id, OutboundEmailState.Sent));
        Assert.Equal(2, await factory.EmailsAsync(recipient.Id, OutboundEmailState.Pending));
        var waiting = await factory.WithDbAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.ReminderRecipientId == recipient.Id).ToListAsync());
        Assert.All(waiting, e => Assert.Equal((1, "Không kết nối được máy chủ gửi thư 127.0.0.1:1."), (e.Attempts, e.LastError)));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.ReminderRecipientId == recipient.Id)));
        Assert.Empty(await factory.PickedUpMailsAsync("Đôn đốc khi máy chủ thư lỗi"));
    }
}
