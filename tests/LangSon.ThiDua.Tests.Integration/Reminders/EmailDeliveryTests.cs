using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
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

/// <summary>The portal sending through <see cref="SmtpSink"/>, signed in as an SMTP user would be (no TLS on the loopback).</summary>
public sealed class SmtpSinkFactory : PortalFactory
{
    public SmtpSink Sink { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
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
    public async Task In_Smtp_mode_each_unit_user_gets_a_UTF8_message_through_the_server_with_the_public_portal_link()
    {
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        using var noivu = await factory.SignInAsync("noivu");

        var reminderId = await noivu.SendReminderAsync("Đôn đốc qua máy chủ thư SMTP", soYte);

        var received = factory.Sink.Received.Where(r => r.Message.Subject == "Đôn đốc qua máy chủ thư SMTP").ToList();
        Assert.Equal(["canbo.soyte@langson.gov.vn", "truongdonvi.soyte@langson.gov.vn"], received.SelectMany(r => r.RcptTo).Order());
        Assert.All(received, r => Assert.Equal("thiduakhenthuong@langson.gov.vn", r.MailFrom));
        var recipientId = await factory.RecipientIdAsync(reminderId, soYte);
        Assert.All(received, r => Assert.Contains($"https://thidua.langson.gov.vn/Reminders/Open/{recipientId}", r.Message.TextBody, StringComparison.Ordinal));
        Assert.All(received, r => Assert.Contains("Đề nghị đơn vị khẩn trương thực hiện.", r.Message.TextBody, StringComparison.Ordinal));
        Assert.Equal(2, await factory.WithDbAsync(db => db.ReminderRecipients.Where(r => r.Id == recipientId).Select(r => r.EmailsSent).SingleAsync()));
        Assert.Empty(factory.PickedUpMails("Đôn đốc qua máy chủ thư SMTP"));
    }
}

public sealed class EmailFailureTests(UnreachableSmtpFactory factory) : IClassFixture<UnreachableSmtpFactory>
{
    [Fact]
    public async Task When_the_mail_server_is_down_the_reminder_and_notifications_stand_and_the_flash_says_so()
    {
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.PostReminderFormAsync(ReminderSteps.SendFields("Đôn đốc khi máy chủ thư lỗi", "Nội dung đôn đốc.", tamThanh));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await noivu.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("2 thông báo trên cổng và 0 e-mail", details.QuerySelector(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 e-mail không gửi được", details.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        var recipient = await factory.WithDbAsync(db => db.ReminderRecipients.AsNoTracking().SingleAsync(r => r.UnitId == tamThanh));
        Assert.Equal(0, recipient.EmailsSent);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.ReminderRecipientId == recipient.Id)));
        Assert.Empty(factory.PickedUpMails("Đôn đốc khi máy chủ thư lỗi"));
    }
}
