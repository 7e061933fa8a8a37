using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

public sealed class EmailQueueTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task Admin_finds_the_failed_emails_under_Quan_tri_and_sends_one_again_after_confirming()
    {
        await SeedAsync();
        var page = await portal.SignedInPageAsync("admin");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Quản trị", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Hàng đợi e-mail", Exact = true }).ClickAsync();
        var rows = page.Locator("#emails tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#email-states [data-state=Failed] .count")).ToHaveTextAsync("2");
        await Assertions.Expect(rows.First).ToContainTextAsync("Không kết nối được máy chủ gửi thư");
        await BrowserPortal.ScreenshotAsync(page, "hang-doi-email");

        await rows.First.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Gửi lại" }).ClickAsync();
        await BrowserPortal.ScreenshotAsync(page, "gui-lai-email");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Gửi lại" }).ClickAsync();

        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("vào hàng đợi để gửi lại");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    /// <summary>What a day with the mail server down leaves: two reminder e-mails failed for good, one sent.</summary>
    private async Task SeedAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var at = new DateTime(2026, 12, 4, 1, 30, 0, DateTimeKind.Utc);
        foreach (var (name, address) in new[] { ("Nguyễn Văn Hải", "truongdonvi.soyte"), ("Hoàng Thị Lan", "canbo.soyte") })
        {
            var email = OutboundEmail.Queue(OutboundEmailKind.Reminder, name, $"{address}@langson.gov.vn",
                "Đôn đốc cập nhật tiến độ quý IV năm 2026", "Nội dung", at);
            email.RecordFailure("Không kết nối được máy chủ gửi thư mail.langson.gov.vn:587.",
                "SocketException: Connection refused", at.AddHours(3), maxAttempts: 0);
            db.OutboundEmails.Add(email);
        }

        var sent = OutboundEmail.Queue(OutboundEmailKind.Digest, "Lê Minh Tuấn", "canbo.tamthanh@langson.gov.vn",
            "Thông báo chưa đọc trên Cổng Thi đua – Khen thưởng (04/12/2026)", "Nội dung", at);
        sent.MarkSent(at.AddMinutes(1));
        db.OutboundEmails.Add(sent);
        await db.SaveChangesAsync();
    }
}
