using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.EmulationPacts;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationProposals;

/// <summary>
/// The khối/cụm's meeting after scoring closed (issue 23 part 4): the lead unit (or Admin) records it — date, place,
/// chair, units present, the vote per unit and award form — the proposals follow from the forms' group vote rule, the
/// biên bản prints in the NĐ 30 layout, and sending makes the proposals draft nominations of the lead unit with the
/// biên bản in their dossiers. Whoever may read the group reads the page and the biên bản.
/// </summary>
[Route("EmulationProposals")]
[Authorize(Policy = Policies.EmulationGroups)]
public sealed class EmulationProposalsController(
    AppDbContext db, IAuthorizationService authorization, TimeProvider time, DocumentResponse response,
    HtmlDocumentRenderer renderer, AttachmentStore store, EvidenceInspector inspector) : Controller
{
    private PactAccess Access => new(db, authorization);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var (pact, refusal) = await PactAsync(id, Policies.EmulationGroupRead, ct);
        return pact is null ? refusal! : View(await PageAsync(pact, await FormsAsync(ct), ct));
    }

    [HttpGet("Meeting/{id:int}")]
    public async Task<IActionResult> Meeting(int id, CancellationToken ct)
    {
        var (pact, refusal) = await PactAsync(id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (pact.MeetingRefusal() is { } refused)
        {
            return Back(pact, refused);
        }

        var page = await PageAsync(pact, await FormsAsync(ct), ct);
        var meeting = pact.Meeting;
        return View(new MeetingForm
        {
            HeldOn = meeting?.HeldOn ?? VietnamTime.Today(time),
            Place = meeting?.Place,
            ChairName = meeting?.ChairName,
            PresentCount = meeting?.PresentCount ?? pact.Signatories.Count,
            Votes = page.Ranking.SelectMany(r => page.Forms.Select(f => new VoteInput
            {
                UnitId = r.UnitId, AwardFormId = f.Id, Votes = meeting is null ? null : page.VotesFor(r.UnitId, f.Id),
            })).ToList(),
            Page = page,
        });
    }

    [HttpPost("Meeting/{id:int}")]
    public async Task<IActionResult> Meeting(int id, MeetingForm form, CancellationToken ct)
    {
        var (pact, refusal) = await PactAsync(id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var forms = await FormsAsync(ct);
        if (!ModelState.IsValid)
        {
            form.Page = await PageAsync(pact, forms, ct);
            return View(form);
        }

        pact.RecordMeeting(form.ToRecord(), forms, User.ToActor(), VietnamTime.Today(time),
            time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        var proposals = pact.Proposals(forms);
        TempData.SetSuccess($"Đã ghi kết quả cuộc họp ngày {Domain.Text.Vietnamese.Date(form.HeldOn!.Value)}: " +
            (proposals.Count == 0 ? "chưa có đơn vị nào đạt tỷ lệ biểu quyết." : $"{proposals.Count} đề nghị."));
        return ToIndex(pact);
    }

    [HttpGet("Minutes/{id:int}")]
    public async Task<IActionResult> Minutes(int id, bool preview, CancellationToken ct)
    {
        var (pact, refusal) = await PactAsync(id, Policies.EmulationGroupRead, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (pact.Meeting is null)
        {
            return Back(pact, "Chưa ghi kết quả cuộc họp, biểu quyết của khối, cụm.");
        }

        var minutes = await MinutesAsync(pact, await FormsAsync(ct), ct);
        var export = new DocumentExport(
            DocumentFileName.For("Bien-ban-hop-khoi-cum", pact.Year.ToString(CultureInfo.InvariantCulture),
                minutes.Header.Date, "pdf"),
            nameof(PactMeeting), pact.Meeting.Id.ToString(CultureInfo.InvariantCulture), null, ToIndex(pact));
        return await response.TemplateAsync(this, preview, ProposalMinutes.Template, minutes, export, ct);
    }

    [HttpGet("Send/{id:int}")]
    public async Task<IActionResult> Send(int id, CancellationToken ct)
    {
        var (pact, forms, refusal) = await SendableAsync(id, ct);
        if (pact is null)
        {
            return refusal!;
        }

        var lead = await db.Units.AsNoTracking().Where(u => u.Id == pact.LeadUnitId).Select(u => u.Name)
            .SingleAsync(ct);
        return View("~/Features/EmulationPacts/Confirm.cshtml", new ConfirmViewModel
        {
            Title = "Gửi đề nghị khen thưởng của khối, cụm",
            Question = $"Các đề nghị dưới đây sẽ thành hồ sơ đề nghị khen thưởng (dự thảo) của {lead}, kèm biên bản " +
                "họp; sau khi gửi, biên bản họp không sửa được nữa. Đơn vị trưởng hoàn thiện hồ sơ rồi trình như " +
                "các hồ sơ khác.",
            Details = pact.Proposals(forms).Select(p => $"{p.Form.Name}: {p.Unit.UnitName} ({p.Votes}/" +
                $"{pact.Meeting!.PresentCount} phiếu)").ToList(),
            Controller = "EmulationProposals",
            Action = nameof(Send),
            Route = new Dictionary<string, string> { ["id"] = id.ToString(CultureInfo.InvariantCulture) },
            Button = "Gửi đề nghị",
            GroupId = pact.EmulationGroupId,
            Year = pact.Year,
        });
    }

    [HttpPost("Send/{id:int}")]
    [ActionName(nameof(Send))]
    public async Task<IActionResult> SendConfirmed(int id, CancellationToken ct)
    {
        var (pact, forms, refusal) = await SendableAsync(id, ct);
        if (pact is null)
        {
            return refusal!;
        }

        IReadOnlyList<Nomination> sent;
        try
        {
            sent = await new ProposalDossiers(db, renderer, store, inspector).SendAsync(this, pact, forms,
                await MinutesAsync(pact, forms, ct), User.ToActor(), time.GetUtcNow().UtcDateTime, ct);
        }
        catch (PdfEngineUnavailableException ex)
        {
            return Back(pact, ex.Message + " Chưa gửi đề nghị nào.");
        }

        TempData.SetSuccess($"Đã gửi {sent.Count} đề nghị: hồ sơ dự thảo của đơn vị trưởng, kèm biên bản họp. " +
            "Hãy hoàn thiện và trình các hồ sơ.");
        return ToIndex(pact);
    }

    /// <summary>The pact through the one loader, with its meeting and votes.</summary>
    private async Task<(EmulationPact? Pact, IActionResult? Refusal)> PactAsync(
        int id, string policy, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, policy, ct);
        if (pact is not null)
        {
            await db.Entry(pact).Reference(p => p.Meeting).Query().Include(m => m.Votes).LoadAsync(ct);
        }

        return (pact, refusal);
    }

    /// <summary>The pact whose proposals the user may send now, with the forms; else the 404/403 or the refusal.</summary>
    private async Task<(EmulationPact? Pact, IReadOnlyList<AwardForm> Forms, IActionResult? Refusal)> SendableAsync(
        int id, CancellationToken ct)
    {
        var (pact, refusal) = await PactAsync(id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return (null, [], refusal);
        }

        var forms = await FormsAsync(ct);
        return pact.SendRefusal(forms) is { } refused ? (null, forms, Back(pact, refused)) : (pact, forms, null);
    }

    /// <summary>The forms voted on, tracked: a nomination sent refers to its form (a handful of rows).</summary>
    private async Task<IReadOnlyList<AwardForm>> FormsAsync(CancellationToken ct) =>
        EmulationPact.VotingForms(await db.AwardForms.ToListAsync(ct));

    private async Task<ProposalMinutes> MinutesAsync(
        EmulationPact pact, IReadOnlyList<AwardForm> forms, CancellationToken ct) =>
        await ProposalMinutes.BuildAsync(db, pact, await PageAsync(pact, forms, ct), ct);

    private async Task<ProposalsViewModel> PageAsync(
        EmulationPact pact, IReadOnlyList<AwardForm> forms, CancellationToken ct)
    {
        var names = await db.EmulationPacts.AsNoTracking().Where(p => p.Id == pact.Id)
            .Select(p => new { Group = p.EmulationGroup!.Name, Lead = p.LeadUnit!.Name }).SingleAsync(ct);
        var mayEdit = await Access.MayAsync(this, pact.EmulationGroupId, pact, Policies.EmulationGroupEdit, ct);
        var nominations = pact.Meeting?.Votes.Where(v => v.NominationId is not null)
            .ToDictionary(v => (v.UnitId, v.AwardFormId), v => v.NominationId) ?? [];
        return new ProposalsViewModel
        {
            PactId = pact.Id,
            GroupId = pact.EmulationGroupId,
            GroupName = names.Group,
            Year = pact.Year,
            LeadName = names.Lead,
            Ranking = pact.Status == PactStatus.ScoringClosed ? pact.Ranking() : [],
            Forms = forms.Select(f => new VotingFormRow(f.Id, f.Name, f.GroupVotePercent!.Value, f.GroupQuota))
                .ToList(),
            Meeting = pact.Meeting,
            Proposals = pact.Proposals(forms).Select(p => new ProposalRow(p.Form.Name, p.Unit.Rank,
                p.Unit.UnitName, p.Unit.Total, p.Votes, nominations.GetValueOrDefault((p.Unit.UnitId, p.Form.Id))))
                .ToList(),
            MeetingRefusal = pact.MeetingRefusal(),
            SendRefusal = pact.SendRefusal(forms),
            MayEdit = mayEdit,
        };
    }

    private RedirectToActionResult Back(EmulationPact pact, string refusal)
    {
        TempData.SetError(refusal);
        return ToIndex(pact);
    }

    private RedirectToActionResult ToIndex(EmulationPact pact) =>
        RedirectToAction(nameof(Index), new { id = pact.Id });
}
