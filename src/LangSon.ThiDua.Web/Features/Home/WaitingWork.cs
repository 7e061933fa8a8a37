using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Notifications;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Home;

/// <summary>A piece of work that waits on the signed-in user: how many, what, and the page where it is done.</summary>
public sealed record WaitingItem(string Label, int Count, string Link, string Icon);

/// <summary>
/// The one definition of "what waits on this user", derived from the statuses of the active campaign's plans,
/// dossiers, sessions and feedback: Sở Nội vụ's queues, a unit's own plan and dossiers (its own unit only), a council
/// member's sessions, the administrator's units without accounts, and everyone's unread notifications.
/// </summary>
public static class WaitingWork
{
    public static async Task<IReadOnlyList<WaitingItem>> ForAsync(
        AppDbContext db, NotificationSummary notifications, ClaimsPrincipal user, int? campaignId, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var items = user switch
        {
            _ when user.IsInRole(Roles.Admin) => await AdminAsync(db, ct),
            _ when user.IsInRole(Roles.NoiVu) => await NoiVuAsync(db, campaignId ?? 0, ct),
            _ when user.IsInRole(Roles.CouncilMember) => await CouncilAsync(db, userId, campaignId ?? 0, ct),
            _ when user.UnitId() is { } unitId && Roles.UnitScoped.Any(user.IsInRole)
                => await UnitAsync(db, unitId, campaignId, ct),
            _ => [],
        };
        var unread = (await notifications.ForAsync(userId, ct)).UnreadCount; // the bell's count, read once
        return [.. items, new("Thông báo chưa đọc", unread, "/Notifications?status=unread", "bi-bell")];
    }

    private static async Task<List<WaitingItem>> NoiVuAsync(AppDbContext db, int campaignId, CancellationToken ct)
    {
        var plans = await db.UnitPlans.CountAsync(
            p => p.CampaignId == campaignId && p.Status == PlanStatus.Submitted, ct);
        var amendments = await db.UnitPlans.CountAsync(
            p => p.CampaignId == campaignId && p.Status == PlanStatus.AmendmentRequested, ct);
        var byStatus = await db.Nominations.AsNoTracking().Where(n => n.CampaignId == campaignId)
            .GroupBy(n => n.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Dossiers(params NominationStatus[] statuses) =>
            byStatus.Where(s => statuses.Contains(s.Key)).Sum(s => s.Count);

        // Feedback and exemplary models are counted as their own lists show them: every campaign.
        var feedback = await db.Feedbacks.CountAsync(f => f.Status == FeedbackStatus.Open, ct);
        var models = await db.ExemplaryModels.CountAsync(m => m.Status == ExemplaryStatus.Proposed, ct);
        return
        [
            new("Kế hoạch của đơn vị chờ duyệt", plans, $"/Plans?status={(int)PlanStatus.Submitted}",
                "bi-file-earmark-check"),
            new("Đề nghị điều chỉnh kế hoạch chờ xem xét", amendments,
                $"/Plans?status={(int)PlanStatus.AmendmentRequested}", "bi-pencil-square"),
            new("Hồ sơ khen thưởng chờ thẩm định", Dossiers(NominationStatus.Submitted, NominationStatus.UnderReview),
                "/NominationReview", "bi-clipboard-check"),
            new("Phản ánh chờ trả lời", feedback, $"/Feedback?status={(int)FeedbackStatus.Open}", "bi-chat-left-text"),
            new("Gương điển hình chờ duyệt", models, $"/ExemplaryModels/Review?status={(int)ExemplaryStatus.Proposed}",
                "bi-star"),
            new("Hồ sơ đủ điều kiện chờ Hội đồng xét", Dossiers(NominationStatus.Eligible), "/Council", "bi-people"),
            new("Đã thông qua, chờ quyết định", Dossiers(NominationStatus.Passed), "/AwardDecisions", "bi-award"),
        ];
    }

    private static async Task<List<WaitingItem>> UnitAsync(
        AppDbContext db, int unitId, int? campaignId, CancellationToken ct)
    {
        if (campaignId is not { } id)
        {
            return [];
        }

        // One query for the unit's five figures (a campaign has one plan per unit: a unique index).
        var plans = db.UnitPlans.Where(p => p.CampaignId == id && p.UnitId == unitId);
        var dossiers = db.Nominations.Where(n => n.CampaignId == id && n.UnitId == unitId);
        var counts = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new
            {
                PlanId = plans.Select(p => (int?)p.Id).FirstOrDefault(),
                PlanStatus = plans.Select(p => (PlanStatus?)p.Status).FirstOrDefault(),
                Returned = dossiers.Count(n => n.Status == NominationStatus.Returned),
                Drafts = dossiers.Count(n => n.Status == NominationStatus.Draft),
                Reminders = db.ReminderRecipients.Count(r => r.UnitId == u.Id && r.ReadAtUtc == null),
            })
            .SingleAsync(ct);
        var (planLabel, planCount) = counts.PlanStatus switch
        {
            null => ("Kế hoạch của đơn vị chưa lập", 1),
            PlanStatus.Draft => ("Kế hoạch dự thảo chưa trình Sở Nội vụ", 1),
            PlanStatus.Returned => ("Kế hoạch bị trả lại, chờ chỉnh sửa và trình lại", 1),
            PlanStatus.Amending => ("Kế hoạch đang điều chỉnh, chờ sửa xong và trình lại", 1),
            _ => ("Kế hoạch chờ đơn vị lập, trình hoặc chỉnh sửa", 0),
        };
        return
        [
            new(planLabel, planCount, counts.PlanId is { } planId ? $"/Plans/Details/{planId}" : "/Plans/Mine",
                "bi-file-earmark-text"),
            new("Hồ sơ khen thưởng bị trả lại, chờ bổ sung", counts.Returned,
                $"/Nominations?status={(int)NominationStatus.Returned}", "bi-arrow-return-left"),
            new("Hồ sơ khen thưởng dự thảo chưa trình", counts.Drafts,
                $"/Nominations?status={(int)NominationStatus.Draft}", "bi-pencil-square"),
            new("Văn bản đôn đốc chưa đọc", counts.Reminders, $"/Reminders/Unit/{unitId}", "bi-megaphone"),
        ];
    }

    private static async Task<List<WaitingItem>> CouncilAsync(
        AppDbContext db, string userId, int campaignId, CancellationToken ct)
    {
        var mine = db.CouncilSessions.Where(s => s.CampaignId == campaignId && s.Members.Any(m => m.UserId == userId));
        var toVote = await mine.CountAsync(s => s.Status == CouncilSessionStatus.Voting
            && !db.BallotReceipts.Any(r => r.SessionId == s.Id && r.UserId == userId), ct);
        var coming = await mine.CountAsync(s => s.Status == CouncilSessionStatus.Preparing, ct);
        return
        [
            new("Phiên họp đang bỏ phiếu chờ phiếu của bạn", toVote, "/Council", "bi-box-arrow-in-down"),
            new("Phiên họp sắp tới mời bạn dự (đọc hồ sơ trước)", coming, "/Council", "bi-calendar-event"),
        ];
    }

    private static async Task<List<WaitingItem>> AdminAsync(AppDbContext db, CancellationToken ct)
    {
        var withoutAccount = await db.Units.CountAsync(
            u => u.IsActive && !db.Users.Any(a => a.UnitId == u.Id && a.IsActive), ct);
        var drafts = await db.Campaigns.CountAsync(c => c.Status == CampaignStatus.Draft, ct);
        return
        [
            new("Cơ quan, đơn vị chưa có tài khoản người dùng", withoutAccount, "/Users/Create", "bi-person-plus"),
            new("Phong trào dự thảo chưa triển khai", drafts, "/Campaigns", "bi-flag"),
        ];
    }
}
