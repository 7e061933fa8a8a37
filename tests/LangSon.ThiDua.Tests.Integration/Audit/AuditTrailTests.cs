using System.Net;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Audit;

/// <summary>The audit log records refusals, cannot be rewritten through the app, and Admin exports what the filter shows.</summary>
public sealed class AuditTrailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_refused_request_is_recorded_with_who_and_what()
    {
        using var clerk = await factory.SignInAsync("canbo.tamthanh");

        using var response = await clerk.GetAsync("/Users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var denial = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditActions.AccessDenied && a.UserName == "canbo.tamthanh").OrderByDescending(a => a.Id).FirstAsync());
        Assert.Contains("GET /Users", denial.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_audit_entry_cannot_be_changed_or_deleted_through_the_app()
    {
        using (await factory.SignInAsync("admin"))
        {
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.OrderBy(a => a.Id).FirstAsync();
            entry.UserName = "someone-else";
            return await db.SaveChangesAsync();
        }));
        Assert.Contains("chỉ được ghi thêm", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => factory.WithDbAsync(async db =>
        {
            db.AuditEntries.Remove(await db.AuditEntries.OrderBy(a => a.Id).FirstAsync());
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Admin_exports_the_filtered_log_to_Excel_and_the_export_is_itself_audited()
    {
        using (await factory.SignInAsync("noivu"))
        {
        }

        using var admin = await factory.SignInAsync("admin");
        var list = await admin.GetPageAsync("/Audit?operation=SignIn");
        Assert.Equal("/Audit/Export?operation=SignIn", list.QuerySelector("#export-link")!.GetAttribute("href"));

        using var response = await admin.GetAsync("/Audit/Export?operation=SignIn");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var sheet = book.Worksheet("Nhật ký");
        Assert.Equal("Người thực hiện", sheet.Cell(3, 3).GetString());
        var actions = sheet.Range(4, 5, sheet.LastRowUsed()!.RowNumber(), 5).Cells().Select(c => c.GetString()).Distinct().ToList();
        Assert.Equal(["Đăng nhập"], actions); // as the page shows it
        var users = sheet.Range(4, 3, sheet.LastRowUsed()!.RowNumber(), 3).Cells().Select(c => c.GetString()).ToList();
        Assert.Contains("noivu", users);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(3, sheet.SheetView.SplitRow);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Export && a.EntityType == nameof(AuditEntry) && a.UserName == "admin")));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.SignInAsync("noivu")).GetAsync("/Audit/Export")).StatusCode);
    }
}
