using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>
/// Khối/cụm thi đua by year: the groups a user may see, a group's year page (pact, signatories, criteria table), the
/// draft of a year's pact and its text. Admin and Sở Nội vụ see every group; a unit's users their own group; the
/// year's lead unit (and Admin) drafts and edits.
/// </summary>
[Route("EmulationPacts")]
[Authorize(Policy = Policies.EmulationGroups)]
public sealed class EmulationPactsController(
    AppDbContext db, IAuthorizationService authorization, TimeProvider time) : Controller
{
    private PactAccess Access => new(db, authorization);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken ct)
    {
        var shown = ValidYear(year) ?? VietnamTime.Today(time).Year;
        var groups = db.EmulationGroups.AsNoTracking();
        if (!User.IsInRole(Roles.Admin) && !User.IsInRole(Roles.NoiVu))
        {
            var unitId = User.UnitId() ?? 0;
            groups = groups.Where(g => g.LeadUnitId == unitId || g.Units.Any(u => u.Id == unitId)
                || db.EmulationPacts.Any(p => p.EmulationGroupId == g.Id
                    && (p.LeadUnitId == unitId || p.Signatories.Any(s => s.UnitId == unitId))));
        }

        var rows = await groups.Select(g => new PactGroupRow(g.Id, g.Name, g.Kind, g.LeadUnit!.Name,
                db.EmulationPacts.Where(p => p.EmulationGroupId == g.Id && p.Year == shown)
                    .Select(p => (PactStatus?)p.Status).FirstOrDefault()))
            .ToListAsync(ct);
        var ordered = rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return View(new PactIndexViewModel { Year = shown, Groups = ordered });
    }

    [HttpGet("Group/{id:int}")]
    public async Task<IActionResult> Group(int id, int? year, CancellationToken ct)
    {
        var group = await db.EmulationGroups.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new { g.Id, g.Name, g.Kind }).SingleOrDefaultAsync(ct);
        if (group is null)
        {
            return NotFound();
        }

        var shown = ValidYear(year) ?? VietnamTime.Today(time).Year;
        var pact = await PactQueries.YearAsync(db, id, shown, ct);
        if (!await Access.MayAsync(this, id, pact, Policies.EmulationGroupRead, ct))
        {
            return Forbid();
        }

        var members = await PactQueries.MembersAsync(db, id, ct);
        var previous = pact is null ? null : await PactQueries.PreviousAsync(db, pact, ct);
        var unitId = Roles.UnitScoped.Any(User.IsInRole) ? User.UnitId() : null;
        var view = pact is null ? null : PactQueries.View(pact, members, unitId, previous);
        return View(new PactYearViewModel
        {
            GroupId = id,
            GroupName = group.Name,
            Kind = group.Kind,
            Year = shown,
            OtherYears = await db.EmulationPacts.AsNoTracking().Where(p => p.EmulationGroupId == id && p.Year != shown)
                .OrderByDescending(p => p.Year).Select(p => p.Year).ToListAsync(ct),
            Pact = view,
            MayEdit = await Access.MayAsync(this, id, pact, Policies.EmulationGroupEdit, ct),
            MaySign = User.IsInRole(Roles.UnitHead) && view is { IsSignatory: true, SignRefusal: null },
        });
    }

    [HttpGet("Draft/{id:int}")]
    public async Task<IActionResult> Draft(int id, int? year, CancellationToken ct)
    {
        if (await EditableGroupAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var campaign = await db.ActiveCampaignAsync(ct);
        var form = new PactDraftForm
        {
            Year = ValidYear(year) ?? VietnamTime.Today(time).Year,
            CampaignId = campaign?.Id,
            LeadUnitId = await db.EmulationGroups.Where(g => g.Id == id).Select(g => g.LeadUnitId).SingleAsync(ct),
        };
        await FillAsync(form, id, ct);
        return View(form);
    }

    [HttpPost("Draft/{id:int}")]
    public async Task<IActionResult> Draft(int id, PactDraftForm form, CancellationToken ct)
    {
        if (await EditableGroupAsync(id, ct) is { } refusal)
        {
            return refusal;
        }

        var members = await PactQueries.MembersAsync(db, id, ct);
        var campaign = form.CampaignId is { } campaignId
            ? await db.Campaigns.Include(c => c.ContentAreas).SingleOrDefaultAsync(c => c.Id == campaignId, ct)
            : null;
        if (ModelState.IsValid)
        {
            CheckDraft(form, members, campaign);
        }

        if (ModelState.IsValid
            && await db.EmulationPacts.AnyAsync(p => p.EmulationGroupId == id && p.Year == form.Year, ct))
        {
            ModelState.AddModelError(nameof(form.Year), $"Khối, cụm đã có giao ước năm {form.Year}.");
        }

        if (!ModelState.IsValid)
        {
            await FillAsync(form, id, ct);
            return View(form);
        }

        var pact = EmulationPact.Draft(id, campaign!, form.Year!.Value, form.LeadUnitId!.Value, form.DeputyUnitId,
            User.ToActor(), time.GetUtcNow().UtcDateTime);
        db.EmulationPacts.Add(pact);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã lập dự thảo giao ước thi đua năm {pact.Year}. Hãy rà soát nội dung cam kết và " +
            "bảng tiêu chí trước khi mở ký kết.");
        return RedirectToAction(nameof(Group), new { id, year = pact.Year });
    }

    [HttpGet("Text/{id:int}")]
    public async Task<IActionResult> Text(int id, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        ViewData["Pact"] = pact;
        ViewData["Areas"] = await AreaTitlesAsync(pact, ct);
        return View(new PactTextForm
        {
            Commitments = pact.Commitments.OrderBy(c => c.Number)
                .Select(c => new CommitmentInput { Id = c.Id, Text = c.Text }).ToList(),
        });
    }

    [HttpPost("Text/{id:int}")]
    public async Task<IActionResult> Text(int id, PactTextForm form, CancellationToken ct)
    {
        var (pact, refusal) = await Access.PactAsync(this, id, Policies.EmulationGroupEdit, ct);
        if (pact is null)
        {
            return refusal!;
        }

        if (!ModelState.IsValid)
        {
            ViewData["Pact"] = pact;
            ViewData["Areas"] = await AreaTitlesAsync(pact, ct);
            return View(form);
        }

        pact.EditCommitments(form.Commitments.DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Text ?? ""));
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess("Đã lưu nội dung giao ước.");
        return RedirectToAction(nameof(Group), new { id = pact.EmulationGroupId, year = pact.Year });
    }

    private async Task<Dictionary<int, string>> AreaTitlesAsync(EmulationPact pact, CancellationToken ct) =>
        await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == pact.CampaignId)
            .ToDictionaryAsync(a => a.Id, a => $"{a.Number}. {a.ShortTitle}", ct);

    /// <summary>404 for no group, 403 when the user may not draft its pact (Admin, the group's lead unit).</summary>
    private async Task<IActionResult?> EditableGroupAsync(int groupId, CancellationToken ct)
    {
        if (!await db.EmulationGroups.AnyAsync(g => g.Id == groupId, ct))
        {
            return NotFound();
        }

        return await Access.MayAsync(this, groupId, null, Policies.EmulationGroupEdit, ct) ? null : Forbid();
    }

    private void CheckDraft(PactDraftForm form, List<PactMember> members, Campaign? campaign)
    {
        if (campaign is null || campaign.Status.IsFinished())
        {
            ModelState.AddModelError(nameof(form.CampaignId), "Hãy chọn một phong trào chưa kết thúc.");
        }

        if (members.All(m => m.UnitId != form.LeadUnitId))
        {
            ModelState.AddModelError(nameof(form.LeadUnitId), "Đơn vị trưởng phải là một đơn vị của khối, cụm.");
        }

        if (form.DeputyUnitId is { } deputy && members.All(m => m.UnitId != deputy))
        {
            ModelState.AddModelError(nameof(form.DeputyUnitId), "Đơn vị phó phải là một đơn vị của khối, cụm.");
        }
    }

    private async Task FillAsync(PactDraftForm form, int groupId, CancellationToken ct)
    {
        form.GroupName = await db.EmulationGroups.Where(g => g.Id == groupId).Select(g => g.Name).SingleAsync(ct);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status != CampaignStatus.Closed && c.Status != CampaignStatus.Summarized)
            .OrderByDescending(c => c.StartDate).Select(c => new { c.Id, c.Title }).ToListAsync(ct);
        form.CampaignOptions = campaigns.Select(c => new SelectListItem(
            c.Title, c.Id.ToString(CultureInfo.InvariantCulture), c.Id == form.CampaignId)).ToList();
        form.UnitOptions = (await PactQueries.MembersAsync(db, groupId, ct))
            .Select(m => new SelectListItem(m.UnitName, m.UnitId.ToString(CultureInfo.InvariantCulture))).ToList();
    }

    private static int? ValidYear(int? year) =>
        year is >= EmulationPact.MinYear and <= EmulationPact.MaxYear ? year : null;
}
