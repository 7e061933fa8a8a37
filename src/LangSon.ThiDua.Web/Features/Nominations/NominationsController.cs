using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Nominations;

/// <summary>
/// Hồ sơ đề nghị khen thưởng: a unit's list (Index), the dossier page (its unit's users, Sở Nội vụ, council members,
/// Admin) and deleting a draft. Drafting is in <see cref="NominationDraftsController"/>, the files in <see
/// cref="NominationFilesController"/>, submission under a Tờ trình in <see cref="NominationBatchesController"/>.
/// </summary>
public sealed class NominationsController(
    AppDbContext db,
    IAuthorizationService authorization,
    AttachmentStore store,
    TimeProvider time) : Controller
{
    private static readonly DossierDocuments[] ChecklistOrder =
        [DossierDocuments.Submission, DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes];

    [HttpGet]
    public async Task<IActionResult> Index(
        string? q, NominationStatus? status, int? form, NomineeKind? kind, int? page = null,
        CancellationToken ct = default)
    {
        // A unit's own list. Sở Nội vụ works on every unit's dossiers in its review queue; Admin, council members and
        // observers have no unit and no list of drafts here (council members read dossiers from their session): 403.
        if (User.UnitId() is not { } unitId || !Roles.UnitScoped.Any(User.IsInRole))
        {
            return User.IsInRole(Roles.NoiVu) ? Redirect("/NominationReview") : Forbid();
        }

        var campaign = await db.ActiveCampaignAsync(ct);
        var campaignId = campaign?.Id ?? 0;
        var nominations = db.Nominations.AsNoTracking().Where(n => n.CampaignId == campaignId && n.UnitId == unitId);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new
            {
                u.Name,
                Drafts = nominations.Count(
                    n => n.Status == NominationStatus.Draft || n.Status == NominationStatus.Returned),
            })
            .SingleAsync(ct);
        if (status is { } s)
        {
            nominations = nominations.Where(n => n.Status == s);
        }

        nominations = nominations.FilteredBy(form, kind, q);

        var results = await nominations.OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Select(n => new NominationRow(n.Id, n.NomineeName, n.NomineeKind, n.NomineePosition, n.AwardForm!.Name,
                n.TaskRating, n.Status, n.Batch != null ? n.Batch.DocumentNumber : null, n.CreatedAtUtc))
            .ToPageAsync(page, cancellationToken: ct);
        var forms = await db.AwardForms.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        return View(new NominationIndexViewModel
        {
            Q = q,
            Status = status,
            Form = form,
            Kind = kind,
            UnitName = unit.Name,
            CampaignTitle = campaign?.Title,
            Deadline = campaign is null ? null : await db.DeadlineAsync(campaign, unitId, VietnamTime.Today(time), ct),
            CanCreate = campaign is not null && await this.MayAsync(authorization, unitId, Policies.UnitWrite),
            CanSubmit = campaign is not null && User.IsInRole(Roles.UnitHead),
            DraftCount = unit.Drafts,
            Results = results,
            FormOptions = forms
                .Select(a => new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture), a.Id == form))
                .ToList(),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var found = await db.Nominations.AsNoTracking()
            .Include(n => n.AwardForm).Include(n => n.Unit).Include(n => n.Campaign).Include(n => n.Batch)
            .Include(n => n.AwardDecision)
            .Include(n => n.Attachments).Include(n => n.Targets).Include(n => n.Transitions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(n => n.Id == id, ct);
        var (nomination, denied) = await this.UnitEntityAsync(
            authorization, found, DossierResource.Of, Policies.DossierRead);
        if (nomination is null)
        {
            return denied!;
        }

        var form = nomination.AwardForm!;
        var canWrite = Roles.UnitScoped.Any(User.IsInRole)
            && await this.MayAsync(authorization, nomination.UnitId, Policies.UnitWrite);
        var targetIds = nomination.Targets.Select(t => t.PlanTargetId).ToList();
        var decision = nomination.AwardDecision;
        return View(new DossierViewModel
        {
            Id = nomination.Id,
            UnitId = nomination.UnitId,
            UnitName = nomination.Unit!.Name,
            CampaignTitle = nomination.Campaign!.Title,
            Kind = nomination.NomineeKind,
            NomineeName = nomination.NomineeName,
            NomineePosition = nomination.NomineePosition,
            NomineeWorkplace = nomination.NomineeWorkplace,
            AchievementSummary = nomination.AchievementSummary,
            Rating = nomination.TaskRating,
            AwardForm = new AwardFormOption(
                form.Id, form.Name, form.Eligibility, form.MinimumTaskRating, form.NomineeKinds,
                form.RequiredDocuments),
            Status = nomination.Status,
            ReviewComment = nomination.ReviewComment,
            Targets = targetIds.Count == 0
                ? []
                : await db.EvidenceTargetsAsync(
                    nomination.CampaignId, nomination.UnitId, VietnamTime.Today(time), targetIds, ct),
            Checklist = Checklist(nomination, form),
            OtherFiles = nomination.Attachments
                .Where(a => a.DocumentKind is not { } kind || !form.RequiredDocuments.HasFlag(kind)
                    || kind == DossierDocuments.None)
                .OrderBy(a => a.Id).Select(Row).ToList(),
            Problems = nomination.IsEditable ? nomination.SubmissionProblems(form) : [],
            History = nomination.Transitions.OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
                .Select(t => new TransitionRow(t.AtUtc, t.UserName, t.FullName, t.From, t.To, t.Comment)).ToList(),
            BatchId = nomination.BatchId,
            BatchNumber = nomination.Batch?.DocumentNumber,
            BatchDate = nomination.Batch?.DocumentDate,
            Vote = await VoteResultAsync(id, ct),
            Decision = decision is null
                ? null
                : new DecisionInfo(
                    decision.Kind, decision.Number, decision.Date, decision.SignerName, decision.SignerTitle),
            PrimeMinisterDecision = decision?.Kind != AwardDecisionKind.ForwardingSubmission
                ? null
                : await db.AwardDecisions.AsNoTracking()
                    .Where(d => d.ForwardingId == decision.Id)
                    .Select(d => new DecisionInfo(d.Kind, d.Number, d.Date, d.SignerName, d.SignerTitle))
                    .SingleOrDefaultAsync(ct),
            IsEditable = nomination.IsEditable,
            CanEdit = canWrite && nomination.IsEditable,
            CanDelete = canWrite && nomination.Status == NominationStatus.Draft,
            CanSubmit = canWrite && nomination.IsEditable && User.IsInRole(Roles.UnitHead),
            Eligibility = await db.EligibilityAsync(id, !Roles.UnitScoped.Any(User.IsInRole), ct),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var found = await db.Nominations.AsNoTracking().Include(n => n.AwardForm).Include(n => n.Attachments)
            .SingleOrDefaultAsync(n => n.Id == id, ct);
        var (nomination, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (nomination is null)
        {
            return denied!;
        }

        return nomination.Status != NominationStatus.Draft
            ? this.BackToDossier(id, DeleteRefusal(nomination))
            : View(new DeleteNominationViewModel(
                nomination.Id, nomination.NomineeName, nomination.AwardForm!.Name, nomination.Attachments.Count));
    }

    [HttpPost]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var found = await db.Nominations.Include(n => n.Attachments).SingleOrDefaultAsync(n => n.Id == id, ct);
        var (nomination, denied) = await this.UnitEntityAsync(authorization, found, e => e.UnitId, Policies.UnitWrite);
        if (nomination is null)
        {
            return denied!;
        }

        if (nomination.Status != NominationStatus.Draft)
        {
            return this.BackToDossier(id, DeleteRefusal(nomination));
        }

        var files = nomination.Attachments.Select(a => a.StoragePath).ToList();
        db.Attachments.RemoveRange(nomination.Attachments);
        db.Nominations.Remove(nomination);
        await db.SaveChangesAsync(ct);
        foreach (var path in files)
        {
            store.DeleteStoredFile(path);
        }

        TempData.SetSuccess($"Đã xóa hồ sơ dự thảo \"{nomination.NomineeName}\".");
        return RedirectToAction(nameof(Index));
    }

    private static string DeleteRefusal(Nomination nomination) =>
        $"Hồ sơ \"{nomination.NomineeName}\" đang ở trạng thái \"{nomination.Status.DisplayName()}\": "
        + "chỉ xóa được hồ sơ dự thảo chưa trình lần nào.";

    /// <summary>
    /// The award form's required documents, each attached (✓) or missing, by the domain's rule (MissingDocuments).
    /// </summary>
    private static List<ChecklistItem> Checklist(Nomination nomination, AwardForm form)
    {
        var missing = nomination.MissingDocuments(form).ToHashSet();
        return ChecklistOrder.Where(kind => form.RequiredDocuments.HasFlag(kind)).Select(kind =>
        {
            var files = nomination.Attachments.Where(a => a.DocumentKind == kind).OrderBy(a => a.Id).Select(Row)
                .ToList();
            if (kind != DossierDocuments.Submission)
            {
                return new ChecklistItem(kind, !missing.Contains(kind), null, files);
            }

            // The unit's Tờ trình is the batch the head submits it under; a scanned copy may be attached too.
            var note = nomination.Batch is { } batch
                ? $"Tờ trình số {batch.DocumentNumber} ngày {Vietnamese.Date(batch.DocumentDate)}"
                : "Thủ trưởng đơn vị nhập số, ngày Tờ trình khi trình hồ sơ.";
            var present = nomination.Batch is not null || files.Count > 0;
            return new ChecklistItem(kind, present, note, files) { Pending = !present };
        }).ToList();
    }

    private static AttachmentRow Row(Attachment a) =>
        new(a.Id, a.FileName, a.Size, a.DocumentKind, a.UploadedBy, a.UploadedAtUtc);

    /// <summary>The council's counts for the nomination, only once its session is closed.</summary>
    private Task<VoteResult?> VoteResultAsync(int nominationId, CancellationToken ct) =>
        db.AgendaItems.AsNoTracking().Where(a => a.NominationId == nominationId && a.Passed != null)
            .Join(db.CouncilSessions.AsNoTracking().Where(s => s.Status == CouncilSessionStatus.Closed),
                a => a.SessionId, s => s.Id, (a, s) => new { a, s })
            .OrderByDescending(x => x.s.ClosedAtUtc)
            .Select(x => new VoteResult(x.s.Title, x.s.MeetingDate,
                x.a.AgreeCount ?? 0, x.a.DisagreeCount ?? 0, x.a.AbstainCount ?? 0, x.a.PresentCount ?? 0,
                x.a.MemberCount ?? 0, x.a.QuorumMet == true, x.a.Passed == true))
            .FirstOrDefaultAsync(ct);
}
