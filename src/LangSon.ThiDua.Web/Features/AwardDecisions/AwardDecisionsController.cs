using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.AwardDecisions;

/// <summary>
/// Quyết định khen thưởng and the province's Tờ trình to the Prime Minister. Province-wide readers see the list and the
/// documents; observers only the issued award decisions (public results), not the Tờ trình still awaiting the central
/// level nor the nominations waiting for a document. Recording one is Sở Nội vụ's (AwardDecisionsController.Create).
/// </summary>
[Authorize(Policy = Policies.ProvinceWideRead)]
public sealed partial class AwardDecisionsController(AppDbContext db, TimeProvider time) : Controller
{
    /// <summary>Observers read issued decisions only: published results, not proposals or dossiers.</summary>
    private bool SeesIssuedOnly => !Policies.DossierReaderRoles.Any(User.IsInRole);

    /// <summary>Decisions that award (the province's and the Prime Minister's), not the Tờ trình that asks.</summary>
    private static bool Issued(AwardDecisionKind kind) => kind != AwardDecisionKind.ForwardingSubmission;

    [HttpGet]
    public async Task<IActionResult> Index(int? page = null, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Active().Select(c => new { c.Id, c.Title }).FirstOrDefaultAsync(ct);
        var campaignId = campaign?.Id ?? -1;
        var decisions = db.AwardDecisions.AsNoTracking().Where(d => d.CampaignId == campaignId);
        if (SeesIssuedOnly)
        {
            decisions = decisions.Where(d => d.Kind != AwardDecisionKind.ForwardingSubmission);
        }

        // A Tờ trình counts what it forwarded; a decision whom it awards (AwardDecisionQueries.AwardedBy, inlined).
        var results = await decisions
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new DecisionRow(
                d.Id, d.Kind, d.Number, d.Date, d.SignerName, d.SignerTitle, d.AwardForm!.Name,
                d.Kind == AwardDecisionKind.ForwardingSubmission
                    ? d.Nominations.Count
                    : db.Nominations.Count(n => n.Status == NominationStatus.Decided
                        && n.AwardDecisionId == (d.ForwardingId ?? d.Id))))
            .ToPageAsync(page, cancellationToken: ct);

        IReadOnlyList<PendingForm> pending = [];
        if (!SeesIssuedOnly && campaign is not null)
        {
            pending = await db.AwardForms.AsNoTracking()
                .Where(f => f.DecisionLevel != DecisionLevel.Unit)
                .OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
                .Select(f => new PendingForm(f.Code, f.Name, f.DecisionLevel,
                    db.Nominations.Count(n => n.CampaignId == campaignId && n.AwardFormId == f.Id && n.Status == NominationStatus.Passed)))
                .ToListAsync(ct);
        }

        return View(new AwardDecisionIndexViewModel
        {
            CampaignTitle = campaign?.Title,
            Results = results,
            Pending = pending,
            ShowPending = !SeesIssuedOnly && campaign is not null,
            CanCreate = User.IsInRole(Roles.NoiVu),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var decision = await db.AwardDecisions.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new
            {
                d.Id, d.Kind, d.Number, d.Date, d.SignerName, d.SignerTitle, d.RecordedByUserName, d.RecordedAtUtc,
                d.ForwardingId, d.AwardFormId,
                FormName = d.AwardForm!.Name,
                Forwarding = db.AwardDecisions.Where(f => f.Id == d.ForwardingId)
                    .Select(f => f.Number).FirstOrDefault(),
                Answer = db.AwardDecisions.Where(a => a.ForwardingId == d.Id)
                    .Select(a => new DecisionLink(a.Id, a.Number)).FirstOrDefault(),
                CampaignTitle = db.Campaigns.Where(c => c.Id == d.CampaignId).Select(c => c.Title).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (decision is null)
        {
            return NotFound();
        }

        if (SeesIssuedOnly && !Issued(decision.Kind))
        {
            return Forbid();
        }

        // Ordered by unit, then by the folded name: SQLite compares bytes, which would sort "Đ" after "Z".
        // A Tờ trình lists every nomination it forwarded; a decision those it awards.
        var covered = decision.Kind == AwardDecisionKind.ForwardingSubmission
            ? db.Nominations.Where(n => n.AwardDecisionId == id)
            : db.Nominations.AwardedBy(id, decision.ForwardingId);
        var nominees = await covered.AsNoTracking()
            .OrderBy(n => n.UnitId).ThenBy(n => n.NomineeSearchName).ThenBy(n => n.Id)
            .Select(n => new DecisionNominee(n.Id, n.NomineeKind, n.NomineeName, n.NomineePosition,
                n.NomineeWorkplace, n.Unit!.Name)
            {
                Status = n.Status,
            })
            .ToListAsync(ct);
        var certificates = await DecisionCertificates.ForAsync(db, User, decision.AwardFormId, decision.Kind,
            decision.Number, decision.Date, ct);
        return View(new AwardDecisionDetailsViewModel
        {
            Id = decision.Id,
            Kind = decision.Kind,
            Number = decision.Number,
            Date = decision.Date,
            SignerName = decision.SignerName,
            SignerTitle = decision.SignerTitle,
            AwardFormName = decision.FormName,
            CampaignTitle = decision.CampaignTitle,
            RecordedByUserName = decision.RecordedByUserName,
            RecordedAtUtc = decision.RecordedAtUtc,
            Collectives = nominees.Where(n => n.Kind == NomineeKind.Collective).ToList(),
            Individuals = nominees.Where(n => n.Kind == NomineeKind.Individual).ToList(),
            CanOpenDossiers = !SeesIssuedOnly,
            Forwarding = decision.ForwardingId is { } forwardingId
                ? new DecisionLink(forwardingId, decision.Forwarding ?? "")
                : null,
            Answer = decision.Answer,
            Certificates = certificates,
            CanRecordAnswer = decision.Kind == AwardDecisionKind.ForwardingSubmission && decision.Answer is null
                && User.IsInRole(Roles.NoiVu) && nominees.Exists(n => n.Status == NominationStatus.Forwarded),
        });
    }
}
