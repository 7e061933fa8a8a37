using System.Globalization;
using FluentValidation;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Targets;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.PlanImport;

/// <summary>
/// Nhập mục tiêu từ Excel: download the template, upload it, preview every row with its errors, confirm.
/// Each row is checked with the target form's rules (ImportCheck); nothing is saved unless the whole file is valid and
/// the user confirms it.
/// </summary>
[Route("PlanImport")]
public sealed class PlanImportController(
    AppDbContext db,
    IAuthorizationService authorization,
    IPlanWorkbook workbook,
    ImportFileStore store,
    IValidator<TargetForm> validator) : Controller
{
    private const string TemplateFileName = "mau-nhap-muc-tieu.xlsx";

    [HttpGet("Template/{planId:int}")]
    public async Task<IActionResult> Template(int planId, CancellationToken ct)
    {
        var (plan, denied) = await this.UnitEntityAsync(
            authorization, await FindPlanAsync(planId, ct), e => e.UnitId, Policies.UnitRead);
        if (plan is null)
        {
            return denied!;
        }

        return File(workbook.Template(plan.Areas), PlanWorkbook.ContentType, TemplateFileName);
    }

    [HttpGet("Upload/{planId:int}")]
    public async Task<IActionResult> Upload(int planId, CancellationToken ct)
    {
        var (plan, refusal) = await WritablePlanAsync(planId, ct);
        return refusal ?? View(new ImportUploadPage { Plan = plan! });
    }

    [HttpPost("Upload/{planId:int}")]
    [UploadSizeLimit(import: true)]
    [EnableRateLimiting(ImportFileStore.ReadPolicy)]
    public async Task<IActionResult> Upload(int planId, ImportUploadForm form, CancellationToken ct)
    {
        var (plan, refusal) = await WritablePlanAsync(planId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!ModelState.IsValid)
        {
            return View(new ImportUploadPage { Plan = plan! });
        }

        var file = form.File!;
        ImportCheck result;
        await using (var content = file.OpenReadStream())
        {
            result = ImportCheck.Of(workbook.Read(content), plan!, validator);
        }

        if (result.Preview.Count == 0)
        {
            // Nothing to preview (not an Excel file, wrong sheet or columns, no rows): say why on the form.
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(ImportUploadForm.File), error.ToString());
            }

            return View(new ImportUploadPage { Plan = plan! });
        }

        var token = result.IsValid ? await store.SaveAsync(file, Scope(planId), User.Identity!.Name!, ct) : null;
        return View("Preview", ImportPreviewModel.From(plan!, Path.GetFileName(file.FileName), result, token));
    }

    [HttpPost("Confirm/{planId:int}")]
    [EnableRateLimiting(ImportFileStore.ReadPolicy)]
    public async Task<IActionResult> Confirm(int planId, ImportConfirmForm form, CancellationToken ct)
    {
        var (header, refusal) = await WritablePlanAsync(planId, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var stream = ModelState.IsValid ? await store.ClaimAsync(form.ParsedToken, Scope(planId), User.Identity!.Name!, ct) : null;
        if (stream is null)
        {
            TempData.SetError(ImportConfirmFormValidator.Expired);
            return RedirectToAction(nameof(Upload), new { planId });
        }

        ImportCheck result;
        await using (stream)
        {
            // Checked again: the campaign's areas or dates may have changed since the preview.
            result = ImportCheck.Of(workbook.Read(stream), header!, validator);
        }

        if (!result.IsValid)
        {
            return View("Preview", ImportPreviewModel.From(header!, "tệp đã tải lên", result, token: null));
        }

        var plan = await db.UnitPlans.Include(p => p.Targets).SingleAsync(p => p.Id == planId, ct);
        foreach (var target in result.Targets)
        {
            plan.AddTarget(target.ToTarget());
        }

        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã nhập {result.Targets.Count} mục tiêu.");
        return LocalRedirect($"/Plans/Details/{planId}");
    }

    /// <summary>The plan if the user may change it and it can still be changed; otherwise the response to give.</summary>
    private async Task<(ImportPlanHeader? Plan, IActionResult? Refusal)> WritablePlanAsync(int planId, CancellationToken ct)
    {
        var (plan, denied) = await this.UnitEntityAsync(
            authorization, await FindPlanAsync(planId, ct), e => e.UnitId, Policies.UnitWrite);
        if (plan is null)
        {
            return (null, denied);
        }

        if (!plan.IsEditable)
        {
            TempData.SetError($"Kế hoạch đang ở trạng thái \"{plan.Status.DisplayName()}\" nên không thể nhập thêm mục tiêu. Chỉ nhập được vào kế hoạch dự thảo hoặc bị trả lại.");
            return (null, LocalRedirect($"/Plans/Details/{planId}"));
        }

        return (plan, null);
    }

    /// <summary>What a kept upload is for: this plan (ImportFileStore).</summary>
    private static string Scope(int planId) => string.Create(CultureInfo.InvariantCulture, $"{planId}");

    private async Task<ImportPlanHeader?> FindPlanAsync(int planId, CancellationToken ct)
    {
        var plan = await db.UnitPlans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new ImportPlanHeader
            {
                Id = p.Id,
                UnitId = p.UnitId,
                UnitName = p.Unit!.Name,
                CampaignId = p.CampaignId,
                CampaignTitle = p.Campaign!.Title,
                CampaignStart = p.Campaign.StartDate,
                CampaignEnd = p.Campaign.EndDate,
                Status = p.Status,
            })
            .SingleOrDefaultAsync(ct);
        if (plan is not null)
        {
            plan.Areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == plan.CampaignId).OrderBy(a => a.Number)
                .Select(a => new ContentAreaInfo(a.Id, a.Number, a.ShortTitle))
                .ToListAsync(ct);
        }

        return plan;
    }
}
