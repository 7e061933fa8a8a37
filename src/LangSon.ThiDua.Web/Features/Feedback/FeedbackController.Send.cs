using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Feedback;

/// <summary>Gửi phản ánh: an observer about any active unit or the whole province, a unit user about his own unit.</summary>
public sealed partial class FeedbackController
{
    private const string NoActiveCampaign = "Hiện không có phong trào thi đua nào đang triển khai nên chưa thể gửi phản ánh.";

    [HttpGet]
    [Authorize(Roles = FeedbackAccess.SenderRoles)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        if (await FeedbackLookups.ActiveCampaignIdAsync(db, ct) == 0)
        {
            TempData.SetError(NoActiveCampaign);
            return RedirectToAction(nameof(Index));
        }

        return View(await FillAsync(new FeedbackForm(), ct));
    }

    [HttpPost]
    [Authorize(Roles = FeedbackAccess.SenderRoles)]
    [UploadSizeLimit(files: FeedbackForm.MaxFiles)]
    public async Task<IActionResult> Create(FeedbackForm form, CancellationToken ct)
    {
        var campaignId = await FeedbackLookups.ActiveCampaignIdAsync(db, ct);
        if (campaignId == 0)
        {
            TempData.SetError(NoActiveCampaign);
            return RedirectToAction(nameof(Index));
        }

        var unitId = FeedbackAccess.IsUnitUser(User) ? User.UnitId() : form.UnitId;
        if (!FeedbackAccess.IsUnitUser(User) && unitId is { } chosen && !await db.Units.AnyAsync(u => u.Id == chosen && u.IsActive, ct))
        {
            ModelState.AddModelError(nameof(form.UnitId), "Đơn vị được chọn không có hoặc đã ngừng hoạt động.");
        }

        if (form.ContentAreaId is { } areaId && !await db.ContentAreas.AnyAsync(a => a.Id == areaId && a.CampaignId == campaignId, ct))
        {
            ModelState.AddModelError(nameof(form.ContentAreaId), "Nội dung thi đua được chọn không thuộc phong trào đang triển khai.");
        }

        var files = await InspectFilesAsync(form, ct);
        if (!ModelState.IsValid)
        {
            form.FilesDiscarded = form.Files.Count > 0;
            return View(await FillAsync(form, ct));
        }

        var actor = User.ToActor();
        var now = time.GetUtcNow().UtcDateTime;
        var feedback = new Domain.Feedback
        {
            CampaignId = campaignId,
            Category = form.Category!.Value,
            UnitId = unitId,
            ContentAreaId = form.ContentAreaId,
            Subject = form.Subject!.Trim(),
            Text = form.Text!.Trim(),
            SenderUserName = actor.UserName,
            SenderName = actor.FullName,
            SenderUnitId = User.UnitId(),
            SentAtUtc = now,
        };
        db.Feedbacks.Add(feedback);
        await SaveNewAsync(feedback, files, now, ct);
        TempData.SetSuccess(files.Count == 0
            ? "Đã gửi phản ánh đến Sở Nội vụ."
            : $"Đã gửi phản ánh đến Sở Nội vụ cùng {files.Count} tệp đính kèm.");
        return RedirectToAction(nameof(Details), new { id = feedback.Id });
    }

    /// <summary>
    /// Stores the files, saves the feedback with its attachments, then tells Sở Nội vụ's active users (their bell links to
    /// the details, so the id must be known): both saves in one transaction; stored files are removed if it fails.
    /// </summary>
    private async Task SaveNewAsync(Domain.Feedback feedback, List<(IFormFile File, EvidenceCheck Check)> files, DateTime now, CancellationToken ct)
    {
        var saved = false;
        try
        {
            foreach (var (file, check) in files)
            {
                await using var content = file.OpenReadStream();
                feedback.Attachments.Add(await store.SaveAsync(content, check, feedback.SenderUserName, ct));
            }

            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            var reviewers = await UserIdsInRoleAsync(Roles.NoiVu, ct);
            var from = feedback.UnitId is { } unitId
                ? $"{feedback.SenderName} gửi, về {await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct)}"
                : $"{feedback.SenderName} gửi, phạm vi toàn tỉnh";
            UnitNotifications.AddForUsers(db, reviewers, NotificationKind.Feedback,
                $"Phản ánh mới: {feedback.Subject}", $"{feedback.Category.DisplayName()} · {from}.", $"/Feedback/Details/{feedback.Id}", now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            saved = true;
        }
        finally
        {
            if (!saved)
            {
                foreach (var attachment in feedback.Attachments)
                {
                    store.Delete(attachment.StoragePath);
                }
            }
        }
    }

    private Task<List<string>> UserIdsInRoleAsync(string role, CancellationToken ct) =>
        (from userRole in db.UserRoles
         join r in db.Roles on userRole.RoleId equals r.Id
         join user in db.Users on userRole.UserId equals user.Id
         where r.Name == role && user.IsActive
         select user.Id).ToListAsync(ct);

    private Task<List<(IFormFile File, EvidenceCheck Check)>> InspectFilesAsync(FeedbackForm form, CancellationToken ct) =>
        inspector.InspectAllAsync(form.Files, FeedbackForm.MaxFiles, ModelState, nameof(form.Files), ct);

    private async Task<FeedbackForm> FillAsync(FeedbackForm form, CancellationToken ct)
    {
        if (FeedbackAccess.IsUnitUser(User))
        {
            var own = User.UnitId();
            form.UnitId = own;
            form.FixedUnitName = own is { } id
                ? await db.Units.AsNoTracking().Where(u => u.Id == id).Select(u => u.Name).SingleOrDefaultAsync(ct)
                : null;
            form.FixedUnitName ??= "Toàn tỉnh";
        }
        else
        {
            form.UnitOptions = await FeedbackLookups.UnitOptionsAsync(db, form.UnitId, activeOnly: true, ct);
        }

        form.AreaOptions = await FeedbackLookups.AreaOptionsAsync(db, form.ContentAreaId, ct);
        return form;
    }
}
