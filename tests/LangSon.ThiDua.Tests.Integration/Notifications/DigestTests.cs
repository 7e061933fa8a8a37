using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Dashboard;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Reminders;
using LangSon.ThiDua.Web.Features.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LangSon.ThiDua.Tests.Integration.Notifications;

/// <summary>The portal with a clock the test sets, the digest loop off (tests call RunOnceAsync) and a public address for links.</summary>
public sealed class DigestFactory : PortalFactory
{
    public const string PortalUrl = "https://thidua.langson.gov.vn";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Notifications:DigestEnabled"] = "false",
        ["Notifications:DigestHour"] = "7",
        ["Email:PortalUrl"] = PortalUrl + "/",
    };

    /// <summary>10/03/2026 08:00 in Vietnam.</summary>
    public TestClock Clock { get; } = new(At(new DateOnly(2026, 3, 10), 8));

    /// <summary>An instant of a Vietnam calendar day, as UTC.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new(day.ToDateTime(new TimeOnly(hour, minute)).AddHours(-7), TimeSpan.Zero);

    protected override TimeProvider Time => Clock;

    public async Task<DigestOutcome> RunDigestAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestSender>().RunOnceAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (!services.Any(s => s.ServiceType == typeof(DigestSender)))
            {
                // Until PortalSetup registers the notification centre, the tests do.
                services.AddNotificationCentre(new ConfigurationBuilder().AddInMemoryCollection(Settings).Build());
            }
        });
    }
}

/// <summary>The daily e-mail digest of unread notifications.</summary>
public sealed class DigestTests(DigestFactory factory) : IClassFixture<DigestFactory>
{
    [Fact]
    public async Task Each_opted_in_user_gets_one_email_listing_exactly_their_unread_notifications()
    {
        var day = new DateOnly(2026, 3, 10);
        var now = await StartAsync(day, 8);
        await factory.SetDigestAsync("canbo.soyte", true);
        await factory.SetDigestAsync("truongdonvi.tamthanh", true);
        await factory.SetDigestAsync("mttq", true);
        await factory.SetDigestAsync("hoidong2", true, email: null);
        var clerk = await factory.ReplaceNotificationsAsync("canbo.soyte", now,
            new NotificationSpec(NotificationKind.Reminder, "Đôn đốc cập nhật tiến độ quý I", TimeSpan.FromHours(3)),
            new NotificationSpec(NotificationKind.PlanReview, "Kế hoạch của đơn vị đã được chấp thuận", TimeSpan.FromHours(20)),
            new NotificationSpec(NotificationKind.Reminder, "Đôn đốc đã đọc", TimeSpan.FromHours(2), Read: true),
            new NotificationSpec(NotificationKind.Reminder, "Đôn đốc của hai ngày trước", TimeSpan.FromHours(30)));
        var head = await factory.ReplaceNotificationsAsync("truongdonvi.tamthanh", now,
            new NotificationSpec(NotificationKind.Nomination, "Hồ sơ đề nghị khen thưởng được thông qua", TimeSpan.FromMinutes(30)));
        await factory.ReplaceNotificationsAsync("canbo.tamthanh", now, new NotificationSpec(NotificationKind.Reminder, "Đôn đốc cho người không đăng ký", TimeSpan.FromHours(1)));
        await factory.ReplaceNotificationsAsync("hoidong2", now, new NotificationSpec(NotificationKind.CouncilSession, "Mở bỏ phiếu", TimeSpan.FromHours(1)));

        var outcome = await factory.RunDigestAsync();

        Assert.Equal(new DigestOutcome(DigestStatus.Sent, 2, 2), outcome);
        var mails = await factory.PickedUpMailsAsync("Thông báo chưa đọc trên Cổng Thi đua – Khen thưởng (10/03/2026)");
        Assert.Equal(["canbo.soyte@langson.gov.vn", "truongdonvi.tamthanh@langson.gov.vn"], mails.Select(To).Order());
        var toClerk = mails.Single(m => To(m) == "canbo.soyte@langson.gov.vn").TextBody;
        Assert.Contains("Bạn có 2 thông báo chưa đọc", toClerk, StringComparison.Ordinal);
        Assert.Contains("[Đôn đốc] Đôn đốc cập nhật tiến độ quý I", toClerk, StringComparison.Ordinal);
        Assert.Contains("[Kết quả duyệt kế hoạch] Kế hoạch của đơn vị đã được chấp thuận", toClerk, StringComparison.Ordinal);
        Assert.Contains($"{DigestFactory.PortalUrl}/Notifications/Open/{clerk["Đôn đốc cập nhật tiến độ quý I"]}", toClerk, StringComparison.Ordinal);
        Assert.Contains($"{DigestFactory.PortalUrl}/Notifications/Settings", toClerk, StringComparison.Ordinal);
        Assert.DoesNotContain("Đôn đốc đã đọc", toClerk, StringComparison.Ordinal);
        Assert.DoesNotContain("Đôn đốc của hai ngày trước", toClerk, StringComparison.Ordinal);
        var toHead = mails.Single(m => To(m) == "truongdonvi.tamthanh@langson.gov.vn").TextBody;
        Assert.Contains($"[Khen thưởng] Hồ sơ đề nghị khen thưởng được thông qua", toHead, StringComparison.Ordinal);
        Assert.Contains($"/Notifications/Open/{head["Hồ sơ đề nghị khen thưởng được thông qua"]}", toHead, StringComparison.Ordinal);
        Assert.DoesNotContain("Đôn đốc", toHead, StringComparison.Ordinal);
        var run = await factory.WithDbAsync(db => db.DigestRuns.AsNoTracking().SingleAsync(r => r.Date == day));
        Assert.Equal((2, now), (run.Sent, run.StartedAtUtc));
    }

    [Fact]
    public async Task The_day_is_sent_once_and_the_next_day_lists_only_what_came_since()
    {
        var day = new DateOnly(2026, 4, 6);
        var now = await StartAsync(day, 9);
        await factory.SetDigestAsync("canbo.soyte", true);
        await factory.ReplaceNotificationsAsync("canbo.soyte", now, new NotificationSpec(NotificationKind.Reminder, "Đôn đốc thứ Hai", TimeSpan.FromHours(1)));

        Assert.Equal(DigestStatus.Sent, (await factory.RunDigestAsync()).Status);
        factory.Clock.Now = DigestFactory.At(day, 17);
        Assert.Equal(new DigestOutcome(DigestStatus.AlreadyDone), await factory.RunDigestAsync());
        Assert.Single(await factory.PickedUpMailsAsync("Thông báo chưa đọc trên Cổng Thi đua – Khen thưởng (06/04/2026)"));

        // The next morning: the first reminder is still unread, but it was in yesterday's e-mail.
        await factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.UserName == "canbo.soyte").Select(u => u.Id).SingleAsync();
            db.Notifications.Add(new Notification { UserId = userId, Kind = NotificationKind.Feedback, Title = "Phản ánh đã được trả lời", CreatedAtUtc = DigestFactory.At(day, 18).UtcDateTime });
            return await db.SaveChangesAsync();
        });
        factory.Clock.Now = DigestFactory.At(day.AddDays(1), 7, 5);

        Assert.Equal(new DigestOutcome(DigestStatus.Sent, 1, 1), await factory.RunDigestAsync());
        var next = Assert.Single(await factory.PickedUpMailsAsync("Thông báo chưa đọc trên Cổng Thi đua – Khen thưởng (07/04/2026)"));
        Assert.Contains("[Phản ánh, kiến nghị] Phản ánh đã được trả lời", next.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Đôn đốc thứ Hai", next.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_sent_before_the_digest_hour_nor_to_users_without_unread_notifications()
    {
        var day = new DateOnly(2026, 5, 4);
        var now = await StartAsync(day, 6, 59);
        await factory.SetDigestAsync("canbo.soyte", true);
        await factory.SetDigestAsync("truongdonvi.soyte", true);
        await factory.ReplaceNotificationsAsync("canbo.soyte", now, new NotificationSpec(NotificationKind.Reminder, "Đôn đốc sáng sớm", TimeSpan.FromHours(1)));
        await factory.ReplaceNotificationsAsync("truongdonvi.soyte", now, new NotificationSpec(NotificationKind.Reminder, "Đôn đốc đã đọc rồi", TimeSpan.FromHours(1), Read: true));

        Assert.Equal(new DigestOutcome(DigestStatus.NotDue), await factory.RunDigestAsync());
        Assert.False(await factory.WithDbAsync(db => db.DigestRuns.AnyAsync(r => r.Date == day)));
        Assert.Empty(await factory.PickedUpMailsAsync("Thông báo chưa đọc trên Cổng Thi đua – Khen thưởng (04/05/2026)"));

        factory.Clock.Now = DigestFactory.At(day, 7);
        Assert.Equal(new DigestOutcome(DigestStatus.Sent, 1, 1), await factory.RunDigestAsync());
        var mail = Assert.Single(await factory.PickedUpMailsAsync("Thông báo chưa đọc trên Cổng Thi đua – Khen thưởng (04/05/2026)"));
        Assert.Equal("canbo.soyte@langson.gov.vn", To(mail));
    }

    [Fact]
    public async Task Two_web_servers_running_the_digest_at_once_send_it_once()
    {
        var day = new DateOnly(2026, 6, 1);
        var now = await StartAsync(day, 7, 30);
        await factory.SetDigestAsync("truongdonvi.soyte", true);
        await factory.ReplaceNotificationsAsync("truongdonvi.soyte", now, new NotificationSpec(NotificationKind.Reminder, "Đôn đốc gửi hai máy chủ", TimeSpan.FromHours(1)));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(factory.RunDigestAsync)));

        Assert.Single(outcomes, o => o.Status == DigestStatus.Sent);
        Assert.Equal(3, outcomes.Count(o => o.Status == DigestStatus.AlreadyDone));
        Assert.Single(await factory.PickedUpMailsAsync("Thông báo chưa đọc trên Cổng Thi đua – Khen thưởng (01/06/2026)"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.DigestRuns.CountAsync(r => r.Date == day)));
    }

    /// <summary>Sets the clock, and starts from nobody opted in, nothing unread and no digest sent before.</summary>
    private async Task<DateTime> StartAsync(DateOnly day, int hour, int minute = 0)
    {
        factory.Clock.Now = DigestFactory.At(day, hour, minute);
        var now = factory.Clock.Now.UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            await db.Users.ExecuteUpdateAsync(u => u.SetProperty(x => x.DailyDigest, false));
            await db.DigestRuns.ExecuteDeleteAsync();
            foreach (var unread in await db.Notifications.Where(n => n.ReadAtUtc == null).ToListAsync())
            {
                unread.MarkRead(now);
            }

            return await db.SaveChangesAsync();
        });
        return now;
    }

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;
}
