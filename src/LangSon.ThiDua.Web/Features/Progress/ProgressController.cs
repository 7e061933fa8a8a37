using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.Progress;

/// <summary>Báo cáo tiến độ: a target's report history (whoever reads its unit) and new reports (its own unit, accepted plans).</summary>
public sealed class ProgressController(
    AppDbContext db,
    IAuthorizationService authorization,
    EvidenceInspector inspector,
    AttachmentStore store,
    TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Target(int id, int? page, CancellationToken ct)
    {
        var (target, denied) = await this.UnitEntityAsync(
            authorization, await db.HeaderAsync(id, ct), e => e.UnitId, Policies.UnitRead);
        if (target is null)
        {
            return denied!;
        }

        var reports = await db.ReportsAsync(id, page, ct);
        var latest = reports.Number != 1 ? await db.LatestPercentAsync(id, ct)
            : reports.Items.Count == 0 ? null : (decimal?)reports.Items[0].Percent; // page 1 starts with the latest
        return View(new TargetProgressPage
        {
            Target = target,
            Reports = reports,
            Percent = latest ?? 0m,
            State = TargetProgress.State(latest, target.Deadline, target.CampaignStart, target.CampaignClosed, VietnamTime.Today(time)),
            CanReport = target.ReportRefusal is null
                && await this.MayAsync(authorization, target.UnitId, Policies.UnitWrite),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Create(int targetId, CancellationToken ct)
    {
        var (target, denied) = await this.UnitEntityAsync(
            authorization, await db.HeaderAsync(targetId, ct), e => e.UnitId, Policies.UnitWrite);
        if (target is null)
        {
            return denied!;
        }

        if (target.ReportRefusal is { } refusal)
        {
            TempData.SetError(refusal);
            return RedirectToAction(nameof(Target), new { id = targetId });
        }

        return View(new ProgressForm { Target = target, AsOfDate = VietnamTime.Today(time) });
    }

    [HttpPost]
    [UploadSizeLimit(files: ProgressForm.MaxFiles)]
    public async Task<IActionResult> Create(int targetId, ProgressForm form, CancellationToken ct)
    {
        var (target, denied) = await this.UnitEntityAsync(
            authorization, await db.HeaderAsync(targetId, ct), e => e.UnitId, Policies.UnitWrite);
        if (target is null)
        {
            return denied!;
        }

        if (target.ReportRefusal is { } refusal)
        {
            TempData.SetError(refusal);
            return RedirectToAction(nameof(Target), new { id = targetId });
        }

        CheckAgainstTarget(form, target);
        var files = await InspectFilesAsync(form, ct);
        if (!ModelState.IsValid)
        {
            form.Target = target;
            form.FilesDiscarded = form.Files.Count > 0;
            return View(form);
        }

        var actor = User.ToActor();
        decimal? value = target.IsNumeric && VietnameseNumber.TryParse(form.Value, out var typed) ? typed : null;
        var entity = await db.PlanTargets.SingleAsync(t => t.Id == targetId, ct);
        var report = entity.Report(
            new ProgressReport
            {
                AsOfDate = form.AsOfDate!.Value,
                Value = value,
                MilestoneDone = target.IsNumeric ? null : form.MilestoneDone,
                Narrative = form.Narrative!.Trim(),
                Difficulties = string.IsNullOrWhiteSpace(form.Difficulties) ? null : form.Difficulties.Trim(),
                ReporterUserName = actor.UserName,
                ReporterFullName = actor.FullName,
                CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            },
            target.PlanStatus,
            target.PlanWasAccepted);

        await SaveWithFilesAsync(report, files, actor.UserName, ct);
        TempData.SetSuccess(files.Count == 0
            ? "Đã ghi nhận báo cáo tiến độ."
            : $"Đã ghi nhận báo cáo tiến độ cùng {files.Count} tệp minh chứng.");
        return RedirectToAction(nameof(Target), new { id = targetId });
    }

    /// <summary>Stores the files, then saves the report and its attachments at once; stored files are removed if that save fails.</summary>
    private async Task SaveWithFilesAsync(ProgressReport report, List<(IFormFile File, EvidenceCheck Check)> files, string userName, CancellationToken ct)
    {
        var saved = false;
        try
        {
            foreach (var (file, check) in files)
            {
                await using var content = file.OpenReadStream();
                report.Attachments.Add(await store.SaveAsync(content, check, userName, ct));
            }

            await db.SaveChangesAsync(ct);
            saved = true;
        }
        finally
        {
            if (!saved)
            {
                foreach (var attachment in report.Attachments)
                {
                    store.Delete(attachment.StoragePath);
                }
            }
        }
    }

    /// <summary>The rules that depend on the target: the value its measure needs, and the campaign's start.</summary>
    private void CheckAgainstTarget(ProgressForm form, TargetHeader target)
    {
        if (form.AsOfDate < target.CampaignStart)
        {
            ModelState.AddModelError(nameof(form.AsOfDate), $"Ngày số liệu không được trước ngày bắt đầu phong trào ({Vietnamese.Date(target.CampaignStart)}).");
        }

        if (target.IsNumeric && string.IsNullOrWhiteSpace(form.Value))
        {
            ModelState.AddModelError(nameof(form.Value), "Hãy nhập giá trị đạt được của chỉ tiêu.");
        }

        if (!target.IsNumeric && form.MilestoneDone is null && ModelState[nameof(form.MilestoneDone)] is not { Errors.Count: > 0 })
        {
            ModelState.AddModelError(nameof(form.MilestoneDone), "Hãy cho biết nhiệm vụ đã hoàn thành hay chưa.");
        }
    }

    private Task<List<(IFormFile File, EvidenceCheck Check)>> InspectFilesAsync(ProgressForm form, CancellationToken ct) =>
        inspector.InspectAllAsync(form.Files, ProgressForm.MaxFiles, ModelState, nameof(form.Files), ct);
}
