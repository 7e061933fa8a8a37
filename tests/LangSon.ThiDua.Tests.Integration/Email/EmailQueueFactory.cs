using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Dashboard;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Reminders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Email;

/// <summary>
/// The portal sending through an <see cref="SmtpSink"/> the test takes down and brings up, with a clock the test moves
/// (retries are due after their delay) and the queue's background loop off: the tests run the worker themselves.
/// </summary>
public sealed class EmailQueueFactory : PortalFactory
{
    public const string PortalUrl = "https://thidua.langson.gov.vn";

    public SmtpSink Sink { get; } = new();

    public TestClock Clock { get; } = new(new DateTimeOffset(2026, 3, 10, 2, 0, 0, TimeSpan.Zero));

    /// <summary>The messages the sink received with this subject.</summary>
    public List<(string MailFrom, List<string> RcptTo, MimeKit.MimeMessage Message)> Received(string subject) =>
        Sink.Received.Where(r => r.Message.Subject == subject).ToList();

    public Task<List<OutboundEmail>> OutboxAsync(string subject) =>
        WithDbAsync(db => db.OutboundEmails.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Id).ToListAsync());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Mode", "Smtp");
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Sink.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:UseStartTls", "false");
        builder.UseSetting("Email:PortalUrl", PortalUrl + "/");
        builder.UseSetting("Email:Queue:BatchSize", "10");
    }

    protected override TimeProvider Time => Clock;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Sink.Dispose();
        }
    }
}
