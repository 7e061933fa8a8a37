using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Notifications;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Documents;

/// <summary>One vi-VN formatting for the audit export as the Nhật ký page shows it, read back by LibreOffice (issue
/// 18).</summary>
public sealed class AuditExportCultureTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_audit_export_reads_as_the_page_Vietnamese_names_and_day_first_dates_in_LibreOffice()
    {
        // 4 December 2026, 09:05:07 in Vietnam: a day that a month-first reader shows as 12/04/2026.
        var at = new DateTime(2026, 12, 4, 2, 5, 7, DateTimeKind.Utc);
        await factory.WithDbAsync(async db =>
        {
            var entries = new[] { (AuditActions.SignIn, nameof(AppUser)), (AuditActions.Insert, "IdentityUserRole`1") };
            foreach (var (action, entity) in entries)
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    AtUtc = at, UserName = "kiemtra.vanthu", Action = action, EntityType = entity, EntityId = "u1",
                });
            }

            return await db.SaveChangesAsync();
        });
        using var admin = await factory.SignInAsync("admin");

        using var response = await admin.GetAsync("/Audit/Export?UserName=kiemtra.vanthu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await LibreOfficeSheet.ShownRowsAsync(await response.Content.ReadAsByteArrayAsync());
        var entries = rows.Where(r => r.Length >= 6 && r[2] == "kiemtra.vanthu").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, r => Assert.Equal(VietnamTime.Format(at, seconds: true), r[1])); // 04/12/2026 09:05:07
        Assert.Equal(["Thêm mới", "Đăng nhập"], entries.Select(r => r[4]).Order(StringComparer.Ordinal));
        Assert.Equal(["Người dùng", "Vai trò của người dùng"], entries.Select(r => r[5]).Order(StringComparer.Ordinal));
    }
}

/// <summary>The daily digest's log line dates the day as vi-VN does (issue 18).</summary>
public sealed class DigestLogCultureTests(DigestFactory factory) : IClassFixture<DigestFactory>
{
    [Fact]
    public async Task The_digest_log_line_writes_4_December_as_04_12_2026()
    {
        factory.Clock.Now = DigestFactory.At(new DateOnly(2026, 12, 4), 8);

        await factory.RunDigestAsync();

        var text = await PortalLog.WaitForAsync(factory.DataDirectory, "Thư tổng hợp ngày", TimeSpan.FromSeconds(5));
        Assert.Contains("Thư tổng hợp ngày 04/12/2026", text, StringComparison.Ordinal);
    }
}
