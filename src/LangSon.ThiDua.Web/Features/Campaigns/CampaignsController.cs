using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Campaigns;

/// <summary>Phong trào thi đua: the campaign itself, its status, and (in the other part) its content areas.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed partial class CampaignsController(AppDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken ct)
    {
        // A province runs a handful of campaigns: folding the text in memory is fine.
        var all = await db.Campaigns.AsNoTracking()
            .OrderByDescending(c => c.StartDate).ThenByDescending(c => c.Id)
            .Select(c => new CampaignListItem(c.Id, c.Code, c.Title, c.StartDate, c.EndDate, c.Status, c.ContentAreas.Count))
            .ToListAsync(ct);
        var folded = TextFolding.Fold(q);
        var matches = folded.Length == 0
            ? all
            : all.Where(c => TextFolding.Fold(c.Code + " " + c.Title).Contains(folded, StringComparison.Ordinal)).ToList();
        return View(new CampaignIndexModel { Query = q, Page = matches.ToPage(page) });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CampaignDetailsModel
            {
                Id = c.Id,
                Code = c.Code,
                Title = c.Title,
                LegalBasis = c.LegalBasis,
                StartDate = c.StartDate,
                EndDate = c.EndDate,
                PlanDeadline = c.PlanDeadline,
                NominationDeadline = c.NominationDeadline,
                Status = c.Status,
                ContentAreas = c.ContentAreas.OrderBy(a => a.Number)
                    .Select(a => new ContentAreaItem(a.Id, a.Number, a.ShortTitle, a.FullText, a.SuggestedIndicators))
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return campaign is null ? NotFound() : View(campaign);
    }

    [HttpGet]
    public IActionResult Create() => View(new CampaignForm());

    [HttpPost]
    public async Task<IActionResult> Create(CampaignForm form, CancellationToken ct)
    {
        await CheckCodeIsFreeAsync(form.Code, null, ct);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var campaign = new Campaign { Code = string.Empty, Title = string.Empty, LegalBasis = string.Empty };
        form.ApplyTo(campaign);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã thêm phong trào \"{campaign.Title}\". Hãy thêm các nội dung thi đua.");
        return RedirectToAction(nameof(Details), new { id = campaign.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return campaign is null ? NotFound() : View(CampaignForm.From(campaign));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, CampaignForm form, CancellationToken ct)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        await CheckCodeIsFreeAsync(form.Code, id, ct);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        form.ApplyTo(campaign);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã lưu thông tin phong trào.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [ActionName(nameof(Activate))]
    public Task<IActionResult> ConfirmActivate(int id, CancellationToken ct) => ConfirmAsync(id, CampaignStep.Activate, ct);

    [HttpPost]
    public Task<IActionResult> Activate(int id, CancellationToken ct) =>
        MoveAsync(id, c => c.Activate(), "Đã kích hoạt phong trào.", ct);

    [HttpGet]
    [ActionName(nameof(Close))]
    public Task<IActionResult> ConfirmClose(int id, CancellationToken ct) => ConfirmAsync(id, CampaignStep.Close, ct);

    [HttpPost]
    public Task<IActionResult> Close(int id, CancellationToken ct) =>
        MoveAsync(id, c => c.Close(), "Đã kết thúc phong trào.", ct);

    [HttpGet]
    [ActionName(nameof(Summarize))]
    public Task<IActionResult> ConfirmSummarize(int id, CancellationToken ct) => ConfirmAsync(id, CampaignStep.Summarize, ct);

    [HttpPost]
    public Task<IActionResult> Summarize(int id, CancellationToken ct) =>
        MoveAsync(id, c => c.Summarize(), "Đã chuyển phong trào sang trạng thái \"Đã tổng kết\".", ct);

    private async Task<IActionResult> ConfirmAsync(int id, CampaignStep step, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.Id, c.Code, c.Title, c.Status })
            .SingleOrDefaultAsync(ct);
        if (campaign is null)
        {
            return NotFound();
        }

        if (campaign.Status != step.From)
        {
            // Coming back here from a refused POST (DomainExceptionFilter follows the Referer): keep the domain's message.
            if (TempData.Peek(FlashMessages.ErrorKey) is not null)
            {
                return RedirectToAction(nameof(Details), new { id });
            }

            TempData.SetError($"Phong trào đang ở trạng thái \"{campaign.Status.DisplayName()}\": không thể thực hiện thao tác \"{step.Label}\".");
            return RedirectToAction(nameof(Details), new { id });
        }

        return View("ChangeStatus", new CampaignStepModel(campaign.Id, campaign.Code, campaign.Title, campaign.Status, step));
    }

    /// <summary>The entity decides whether the move is legal; a refusal becomes a flash message (DomainExceptionFilter).</summary>
    private async Task<IActionResult> MoveAsync(int id, Action<Campaign> move, string done, CancellationToken ct)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return NotFound();
        }

        move(campaign);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess(done);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task CheckCodeIsFreeAsync(string? code, int? exceptId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }

        // Few campaigns: compare in memory, ignoring case, whatever the database collation.
        var wanted = code.Trim();
        var taken = await db.Campaigns.AsNoTracking().Where(c => c.Id != exceptId).Select(c => c.Code).ToListAsync(ct);
        if (taken.Any(c => string.Equals(c, wanted, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError(nameof(CampaignForm.Code), $"Mã phong trào \"{wanted}\" đã được sử dụng.");
        }
    }
}
