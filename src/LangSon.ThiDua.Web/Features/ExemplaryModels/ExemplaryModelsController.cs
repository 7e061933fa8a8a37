using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Plans;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.ExemplaryModels;

/// <summary>
/// Gương điển hình tiên tiến, the proposer's side: units' users, observers (Mặt trận, đoàn thể, báo chí) and Sở Nội vụ
/// propose a person or a collective with a story and a photo, edit it while it waits, and read Sở Nội vụ's answer. Sở Nội
/// vụ's review is in the partial file; the public pages are in PublicModels.
/// </summary>
[Authorize(Roles = Proposers)]
public sealed partial class ExemplaryModelsController(
    AppDbContext db, EvidenceInspector inspector, AttachmentStore store, TimeProvider time) : Controller
{
    public const string Proposers = Roles.UnitHead + "," + Roles.UnitStaff + "," + Roles.Observer + "," + Roles.NoiVu;

    private readonly ExemplaryPhotos photos = new(inspector, store);

    [HttpGet]
    public async Task<IActionResult> Index(ExemplaryStatus? status, int? page = null, CancellationToken ct = default)
    {
        var models = Mine(db.ExemplaryModels.AsNoTracking());
        if (status is { } s)
        {
            models = models.Where(m => m.Status == s);
        }

        var results = await models.OrderByDescending(m => m.ProposedAtUtc).ThenByDescending(m => m.Id).Rows().ToPageAsync(page, cancellationToken: ct);
        return View(new ExemplaryIndexViewModel { Status = status, Results = results, CanCreate = await db.ActiveCampaignAsync(ct) is not null });
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        if (await db.ActiveCampaignAsync(ct) is not { } campaign)
        {
            return NoActiveCampaign();
        }

        // A unit's users propose people of their own unit most of the time; observers choose a unit or write the place.
        var form = new ExemplaryModelForm { UnitId = Roles.UnitScoped.Any(User.IsInRole) ? User.UnitId() : null };
        await FillAsync(form, campaign.Id, ct);
        return View(form);
    }

    [HttpPost]
    [UploadSizeLimit]
    public async Task<IActionResult> Create(ExemplaryModelForm form, CancellationToken ct)
    {
        if (await db.ActiveCampaignAsync(ct) is not { } campaign)
        {
            return NoActiveCampaign();
        }

        var check = await CheckAsync(form, campaign.Id, ct);
        if (!ModelState.IsValid)
        {
            await FillAsync(form, campaign.Id, ct);
            return View(form);
        }

        var actor = User.ToActor();
        var model = new ExemplaryModel
        {
            CampaignId = campaign.Id,
            Name = string.Empty,
            Title = string.Empty,
            Story = string.Empty,
            ProposedBy = actor.UserName,
            ProposedByName = actor.FullName,
            ProposerUnitId = User.UnitId(),
            ProposedAtUtc = time.GetUtcNow().UtcDateTime,
        };
        form.ApplyTo(model);
        if (check is not null)
        {
            await photos.StoreAsync(model, form.Photo!, check, actor.UserName, ct);
        }

        db.ExemplaryModels.Add(model);
        var saved = false;
        try
        {
            await db.SaveChangesAsync(ct);
            saved = true;
        }
        finally
        {
            if (!saved)
            {
                photos.Delete(model.PhotoPath);
            }
        }

        TempData.SetSuccess($"Đã gửi đề xuất gương điển hình \"{model.Name}\". Sở Nội vụ sẽ xem xét trước khi công bố.");
        return RedirectToAction(nameof(Details), new { id = model.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var details = await db.DetailsAsync(id, ct);
        if (details is null)
        {
            return NotFound();
        }

        if (!IsMine(details.ProposedBy, details.ProposerUnitId))
        {
            return User.IsInRole(Roles.NoiVu) ? RedirectToAction(nameof(ReviewDetails), new { id }) : Forbid();
        }

        return View(new ExemplaryDetailsViewModel { Model = details, CanEdit = details.IsEditable });
    }

    private async Task<EvidenceCheck?> CheckAsync(ExemplaryModelForm form, int campaignId, CancellationToken ct)
    {
        if (form.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId && u.IsActive, ct)
            && !await db.ExemplaryModels.AnyAsync(m => m.Id == form.Id && m.UnitId == unitId, ct))
        {
            ModelState.AddModelError(nameof(form.UnitId), "Cơ quan, đơn vị đã chọn không tồn tại hoặc đã ngừng hoạt động; hãy chọn lại.");
        }

        if (form.ContentAreaId is { } areaId && !await db.ContentAreas.AnyAsync(a => a.Id == areaId && a.CampaignId == campaignId, ct))
        {
            ModelState.AddModelError(nameof(form.ContentAreaId), "Nội dung thi đua đã chọn không thuộc phong trào; hãy chọn lại.");
        }

        if (!ModelState.IsValid || form.Photo is not { } photo)
        {
            return null;
        }

        var (check, error) = await photos.CheckAsync(photo, ct);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(form.Photo), error);
        }

        return check;
    }

    private async Task FillAsync(ExemplaryModelForm form, int campaignId, CancellationToken ct)
    {
        form.Units = await db.UnitOptionsAsync(form.UnitId, ct);
        form.ContentAreas = await db.AreaOptionsAsync(campaignId, form.ContentAreaId, ct);
    }

    /// <summary>The user's own proposals, and for a unit's head and staff also those of their colleagues of the unit.</summary>
    private IQueryable<ExemplaryModel> Mine(IQueryable<ExemplaryModel> models)
    {
        var userName = User.Identity?.Name ?? string.Empty;
        return Roles.UnitScoped.Any(User.IsInRole) && User.UnitId() is { } unitId
            ? models.Where(m => m.ProposedBy == userName || m.ProposerUnitId == unitId)
            : models.Where(m => m.ProposedBy == userName);
    }

    private bool IsMine(string proposedBy, int? proposerUnitId) =>
        string.Equals(proposedBy, User.Identity?.Name, StringComparison.Ordinal)
        || (proposerUnitId is not null && proposerUnitId == User.UnitId() && Roles.UnitScoped.Any(User.IsInRole));

    private RedirectToActionResult NoActiveCampaign()
    {
        TempData.SetError("Hiện chưa có phong trào thi đua nào đang triển khai nên chưa thể đề xuất gương điển hình.");
        return RedirectToAction(nameof(Index));
    }

    private RedirectToActionResult BackToDetails(int id, string message)
    {
        TempData.SetError(message);
        return RedirectToAction(nameof(Details), new { id });
    }
}
