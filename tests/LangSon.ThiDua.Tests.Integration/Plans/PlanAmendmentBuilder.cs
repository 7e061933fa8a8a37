using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Plans;

/// <summary>Moves an accepted plan through the amendment steps with the domain's own methods.</summary>
public static class PlanAmendmentBuilder
{
    public const string Reason = "UBND tỉnh giao bổ sung chỉ tiêu liên thông dữ liệu giữa năm; đề nghị điều chỉnh kế hoạch.";

    /// <summary>The head asks to amend the accepted plan; with <paramref name="reopen"/>, Sở Nội vụ reopens it.</summary>
    public static Task RequestAmendmentAsync(this PortalFactory factory, int planId, bool reopen = false) =>
        factory.WithDbAsync(async db =>
        {
            var plan = await db.UnitPlans.Include(p => p.Targets).Include(p => p.Transitions).Include(p => p.Versions)
                .SingleAsync(p => p.Id == planId);
            plan.RequestAmendment(PlanBuilder.Head, DateTime.UtcNow, Reason);
            if (reopen)
            {
                plan.ApproveAmendment(PlanBuilder.NoiVu, DateTime.UtcNow, null);
            }

            return await db.SaveChangesAsync();
        });

    /// <summary>The notifications sent about amendments: to whom (user name), title, link.</summary>
    public static Task<List<(string UserName, string Title, string? Link)>> AmendmentNotificationsAsync(
        this PortalFactory factory) =>
        factory.WithDbAsync(async db =>
            (await db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKind.PlanAmendment)
                .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { u.UserName, n.Title, n.Link })
                .ToListAsync())
            .Select(n => (n.UserName!, n.Title, n.Link)).ToList());
}
