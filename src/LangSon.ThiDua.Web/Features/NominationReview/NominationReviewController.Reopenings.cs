using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>After the campaign's nomination deadline a unit submits only if Sở Nội vụ reopens submission for it, until a date.</summary>
public sealed partial class NominationReviewController
{
    [HttpGet]
    public async Task<IActionResult> Reopenings(int? page = null, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Active().Select(c => new { c.Id, c.Title, c.NominationDeadline }).FirstOrDefaultAsync(ct);
        var campaignId = campaign?.Id ?? 0;
        var results = await db.NominationReopenings.AsNoTracking().Where(r => r.CampaignId == campaignId)
            .OrderByDescending(r => r.ReopenedAtUtc).ThenByDescending(r => r.Id)
            .Select(r => new ReopeningRow(r.Id, r.Unit!.Name, r.OpenUntil, r.Reason, r.ReopenedByUserName, r.ReopenedAtUtc))
            .ToPageAsync(page, cancellationToken: ct);
        return View(new ReopeningsViewModel
        {
            CampaignTitle = campaign?.Title,
            NominationDeadline = campaign?.NominationDeadline,
            Today = VietnamTime.Today(time),
            Results = results,
        });
    }

    [HttpGet]
    public async Task<IActionResult> CreateReopening(int? unit, CancellationToken ct)
    {
        var form = new ReopeningForm { UnitId = unit, OpenUntil = VietnamTime.Today(time).AddDays(7) };
        return (IActionResult?)await ReopeningFormViewAsync(form, ct) ?? NoActiveCampaign();
    }

    [HttpPost]
    public async Task<IActionResult> CreateReopening(ReopeningForm form, CancellationToken ct)
    {
        var campaign = await db.Campaigns.Active().FirstOrDefaultAsync(ct);
        if (campaign is null)
        {
            return NoActiveCampaign();
        }

        var unit = form.UnitId is { } unitId
            ? await db.Units.AsNoTracking().Where(u => u.Id == unitId && u.IsActive).Select(u => new { u.Id, u.Name }).SingleOrDefaultAsync(ct)
            : null;
        if (form.UnitId is not null && unit is null)
        {
            ModelState.AddModelError(nameof(form.UnitId), "Đơn vị không tồn tại hoặc đã ngừng hoạt động.");
        }

        if (!ModelState.IsValid || unit is null)
        {
            return (IActionResult?)await ReopeningFormViewAsync(form, ct) ?? NoActiveCampaign();
        }

        var openUntil = form.OpenUntil!.Value;
        var reason = form.Reason!.Trim();
        var now = time.GetUtcNow().UtcDateTime;
        db.NominationReopenings.Add(new NominationReopening
        {
            CampaignId = campaign.Id,
            UnitId = unit.Id,
            OpenUntil = openUntil,
            Reason = reason,
            ReopenedByUserName = User.Identity?.Name ?? "?",
            ReopenedAtUtc = now,
        });
        await UnitNotifications.AddForUnitAsync(
            db, unit.Id, NotificationKind.Nomination,
            $"Sở Nội vụ mở lại việc tiếp nhận hồ sơ đề nghị khen thưởng đến hết ngày {Vietnamese.Date(openUntil)}",
            $"Lý do: {reason}", "/Nominations", now, ct);
        await db.SaveChangesAsync(ct);

        TempData.SetSuccess($"Đã mở lại việc trình hồ sơ đề nghị khen thưởng cho {unit.Name} đến hết ngày {Vietnamese.Date(openUntil)} và báo cho đơn vị.");
        return RedirectToAction(nameof(Reopenings));
    }

    /// <summary>The form with the campaign's deadline and the units to choose from; null when no campaign is running.</summary>
    private async Task<ViewResult?> ReopeningFormViewAsync(ReopeningForm form, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Active().Select(c => new { c.Title, c.NominationDeadline }).FirstOrDefaultAsync(ct);
        if (campaign is null)
        {
            return null;
        }

        form.CampaignTitle = campaign.Title;
        form.NominationDeadline = campaign.NominationDeadline;
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync(ct);
        var kinds = Enum.GetValues<UnitKind>().ToDictionary(k => k, k => new SelectListGroup { Name = k.DisplayName() });
        var vietnamese = Vietnamese.Order;
        form.UnitOptions = units.OrderBy(u => u.Kind).ThenBy(u => u.Name, vietnamese)
            .Select(u => new SelectListItem(u.Name, Id(u.Id), u.Id == form.UnitId) { Group = kinds[u.Kind] })
            .ToList();
        return View(nameof(CreateReopening), form);
    }

    private RedirectToActionResult NoActiveCampaign()
    {
        TempData.SetError("Hiện không có phong trào thi đua nào đang triển khai nên không thể mở lại việc trình hồ sơ.");
        return RedirectToAction(nameof(Reopenings));
    }
}
