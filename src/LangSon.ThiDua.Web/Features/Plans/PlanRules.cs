using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>What the plan and target screens share: the concurrent-edit message.</summary>
public static class PlanRules
{
    /// <summary>
    /// The message for the second of two concurrent saves, naming who saved first and when (from the audit log),
    /// e.g. "Mục tiêu này vừa được người khác sửa (canbo.soyte, lúc 25/11/2026 15:20). …".
    /// </summary>
    public static async Task<string> ConcurrencyMessageAsync(AppDbContext db, string what, string entityType, int id, CancellationToken ct)
    {
        var key = id.ToString(CultureInfo.InvariantCulture);
        var last = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == key && a.Action == AuditActions.Update)
            .OrderByDescending(a => a.Id).Select(a => new { a.UserName, a.AtUtc }).FirstOrDefaultAsync(ct);
        var by = last is null ? "" : $" ({last.UserName}, lúc {VietnamTime.Format(last.AtUtc)})";
        return $"{what} này vừa được người khác sửa{by}. Dữ liệu bạn nhập vẫn còn dưới đây; hãy xem lại và lưu lần nữa.";
    }
}
