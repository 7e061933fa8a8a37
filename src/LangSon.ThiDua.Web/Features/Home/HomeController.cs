using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Notifications;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Home;

/// <summary>Every signed-in user lands here on a home page made for their role.</summary>
public sealed class HomeController(AppDbContext db, NotificationSummary notifications, TimeProvider time) : Controller
{
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var campaign = await CurrentCampaignAsync(ct);
        var model = User switch
        {
            _ when User.IsInRole(Roles.Admin) => await AdminHomeAsync(campaign, today, ct),
            _ when User.IsInRole(Roles.NoiVu) => await NoiVuHomeAsync(campaign, today, ct),
            _ when User.IsInRole(Roles.CouncilMember) => await CouncilHomeAsync(campaign, today, ct),
            _ when User.UnitId() is { } unitId && (User.IsInRole(Roles.UnitHead) || User.IsInRole(Roles.UnitStaff))
                => await UnitHomeAsync(unitId, campaign, today, ct),
            _ => await ObserverHomeAsync(campaign, today, ct),
        };
        model.Waiting = await WaitingWork.ForAsync(db, notifications, User, campaign?.Id, ct);
        return View(model);
    }

    public async Task<IActionResult> Campaign(CancellationToken ct)
    {
        var campaign = await CurrentCampaignAsync(ct);
        return campaign is null ? NotFound() : View(campaign);
    }

    private async Task<HomeViewModel> AdminHomeAsync(CampaignSummary? campaign, DateOnly today, CancellationToken ct)
    {
        var since = time.GetUtcNow().UtcDateTime.AddDays(-1);
        return new HomeViewModel
        {
            Heading = "Trang quản trị hệ thống",
            Lead = "Quản lý người dùng, cơ quan, đơn vị, khối/cụm thi đua, phong trào, hình thức khen thưởng "
                + "và nhật ký hệ thống.",
            Today = today,
            Campaign = campaign,
            Stats =
            [
                new("Người dùng đang hoạt động", await db.Users.CountAsync(u => u.IsActive, ct), "/Users", "bi-people"),
                new("Cơ quan, đơn vị đang hoạt động", await db.Units.CountAsync(u => u.IsActive, ct), "/Units",
                    "bi-building"),
                new("Khối, cụm thi đua", await db.EmulationGroups.CountAsync(ct), "/EmulationGroups", "bi-diagram-3"),
                new("Thay đổi trong 24 giờ qua", await db.AuditEntries.CountAsync(a => a.AtUtc >= since, ct), "/Audit",
                    "bi-journal-text"),
            ],
        };
    }

    private async Task<HomeViewModel> NoiVuHomeAsync(
        CampaignSummary? campaign, DateOnly today, CancellationToken ct) => new()
    {
        Heading = "Trang Sở Nội vụ – theo dõi phong trào",
        Lead = "Cơ quan thường trực Hội đồng Thi đua – Khen thưởng tỉnh: theo dõi, hướng dẫn, đôn đốc các cơ quan, "
            + "đơn vị.",
        Today = today,
        Campaign = campaign,
        Stats = await UnitStatsAsync(ct),
    };

    private async Task<HomeViewModel> CouncilHomeAsync(
        CampaignSummary? campaign, DateOnly today, CancellationToken ct) => new()
    {
        Heading = "Trang thành viên Hội đồng Thi đua – Khen thưởng tỉnh",
        Lead = "Xem hồ sơ đề nghị khen thưởng và biểu quyết tại các phiên họp của Hội đồng.",
        Today = today,
        Campaign = campaign,
        Stats =
        [
            new("Thành viên Hội đồng", await CountInRoleAsync(Roles.CouncilMember, ct), null, "bi-person-badge"),
            new("Hình thức khen thưởng cần Hội đồng biểu quyết",
                await db.AwardForms.CountAsync(f => f.IsActive && f.RequiresCouncilVote, ct), null, "bi-check2-square"),
        ],
        AwardForms = await AwardFormsAsync(ct),
    };

    private async Task<HomeViewModel> UnitHomeAsync(
        int unitId, CampaignSummary? campaign, DateOnly today, CancellationToken ct)
    {
        var campaignId = campaign?.Id;
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new
            {
                u.Name,
                u.Kind,
                Group = u.EmulationGroup!.Name,
                Lead = u.EmulationGroup.LeadUnit!.Name,
                Users = db.Users.Count(a => a.UnitId == u.Id && a.IsActive),
                Nominations = db.Nominations.Count(n => n.CampaignId == campaignId && n.UnitId == u.Id),
            })
            .SingleAsync(ct);
        return new HomeViewModel
        {
            Heading = $"Trang đơn vị: {unit.Name}",
            Lead = "Xây dựng kế hoạch triển khai của đơn vị theo 5 nội dung thi đua, cập nhật tiến độ "
                + "và đề nghị khen thưởng.",
            Today = today,
            Campaign = campaign,
            Unit = new UnitSummary(unit.Name, unit.Kind.DisplayName(), unit.Group, unit.Lead, unit.Users),
            Stats =
            [
                new("Nội dung thi đua", campaign?.ContentAreas.Count ?? 0, "/Home/Campaign", "bi-list-ol"),
                new("Cán bộ của đơn vị có tài khoản", unit.Users, null, "bi-people"),
                new("Hồ sơ đề nghị khen thưởng của đơn vị", unit.Nominations, "/Nominations", "bi-award"),
            ],
        };
    }

    private async Task<HomeViewModel> ObserverHomeAsync(
        CampaignSummary? campaign, DateOnly today, CancellationToken ct) => new()
    {
        Heading = "Trang theo dõi phong trào thi đua",
        Lead = "Mặt trận Tổ quốc, các đoàn thể và cơ quan báo chí theo dõi kết quả phong trào, phản ánh khó khăn "
            + "từ cơ sở và giới thiệu gương điển hình.",
        Today = today,
        Campaign = campaign,
        Stats = await UnitStatsAsync(ct),
    };

    private async Task<IReadOnlyList<StatCard>> UnitStatsAsync(CancellationToken ct)
    {
        var byKind = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(params UnitKind[] kinds) => byKind.Where(k => kinds.Contains(k.Key)).Sum(k => k.Count);
        return
        [
            new("Cơ quan, đơn vị tham gia", byKind.Sum(k => k.Count), null, "bi-building"),
            new("Sở, ban, ngành tỉnh", Count(UnitKind.ProvincialAgency), null, "bi-bank"),
            new("UBND xã, phường", Count(UnitKind.Commune, UnitKind.Ward), null, "bi-geo-alt"),
            new("Mặt trận, đoàn thể, báo chí, hội", Count(UnitKind.MassOrganisation, UnitKind.Press, UnitKind.Other),
                null, "bi-megaphone"),
        ];
    }

    private Task<int> CountInRoleAsync(string role, CancellationToken ct) =>
        db.UserRoles.Join(db.Roles.Where(r => r.Name == role), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users.Where(u => u.IsActive), id => id, u => u.Id, (id, _) => id)
            .CountAsync(ct);

    private async Task<IReadOnlyList<AwardFormRow>> AwardFormsAsync(CancellationToken ct) =>
        (await db.AwardForms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder).ToListAsync(ct))
            .Select(f => new AwardFormRow(f.Name, f.DecisionLevel.DisplayName(), f.RequiresCouncilVote,
                AwardForms.AwardFormDisplay.VoteRule(f.RequiresCouncilVote, f.QuorumPercent, f.PassThresholdPercent,
                    f.PassBase)))
            .ToList();

    private async Task<CampaignSummary?> CurrentCampaignAsync(CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Include(c => c.ContentAreas)
            .OrderBy(c => c.Status == CampaignStatus.Active ? 0 : 1).ThenByDescending(c => c.StartDate)
            .FirstOrDefaultAsync(ct);
        return campaign is null
            ? null
            : new CampaignSummary(campaign.Id, campaign.Title, campaign.LegalBasis, campaign.StartDate,
                campaign.EndDate, campaign.PlanDeadline, campaign.NominationDeadline, campaign.Status.DisplayName(),
                campaign.ContentAreas.OrderBy(a => a.Number)
                    .Select(a => new ContentAreaRow(a.Number, a.ShortTitle, a.FullText, a.SuggestedIndicators))
                    .ToList());
    }
}
