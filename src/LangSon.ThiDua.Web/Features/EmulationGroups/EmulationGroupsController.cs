using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationGroups;

/// <summary>
/// Khối thi đua (by sector) and cụm thi đua (by territory): Admin lists, creates, edits and deletes
/// empty groups. Units are moved between groups from the unit's own Edit page.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class EmulationGroupsController(AppDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? q, EmulationGroupKind? kind, int? page = null, CancellationToken ct = default)
    {
        var groups = db.EmulationGroups.AsNoTracking();
        if (kind is { } k)
        {
            groups = groups.Where(g => g.Kind == k);
        }

        var rows = await groups
            .Select(g => new EmulationGroupRow(g.Id, g.Name, g.Kind, g.LeadUnitId, g.LeadUnit!.Name, g.Units.Count(u => u.IsActive), g.Units.Count))
            .ToListAsync(ct);

        // About fifteen groups and no folded column: the name is folded and matched in memory, then paged in memory.
        var folded = TextFolding.Fold(q);
        var matching = rows
            .Where(r => folded.Length == 0 || TextFolding.Fold(r.Name).Contains(folded, StringComparison.Ordinal))
            .OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.CurrentCulture)
            .ToList();
        return View(new EmulationGroupIndexViewModel { Q = q, Kind = kind, Results = matching.ToPage(page) });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var group = await db.EmulationGroups.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new EmulationGroupDetailsViewModel
            {
                Id = g.Id,
                Name = g.Name,
                Kind = g.Kind,
                LeadUnitId = g.LeadUnitId,
                LeadUnitName = g.LeadUnit!.Name,
                Description = g.Description,
            })
            .SingleOrDefaultAsync(ct);
        if (group is null)
        {
            return NotFound();
        }

        group.Units = await db.Units.AsNoTracking().Where(u => u.EmulationGroupId == id)
            .OrderByDescending(u => u.IsActive).ThenBy(u => u.SearchName)
            .Select(u => new GroupUnitRow(u.Id, u.Code, u.Name, u.Kind, u.IsActive))
            .ToListAsync(ct);
        return View(group);
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var form = new EmulationGroupForm();
        await FillOptionsAsync(form, null, ct);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Create(EmulationGroupForm form, CancellationToken ct)
    {
        form.Id = null;
        await CheckAgainstStoredGroupsAsync(form, null, ct);
        if (!ModelState.IsValid)
        {
            await FillOptionsAsync(form, null, ct);
            return View(form);
        }

        var group = new EmulationGroup { Name = form.Name!.Trim() };
        Apply(form, group);
        db.EmulationGroups.Add(group);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã thêm \"{group.Name}\". Hãy chuyển các đơn vị vào {KindWord(group.Kind)} từ trang Sửa của từng đơn vị.");
        return RedirectToAction(nameof(Details), new { id = group.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var group = await db.EmulationGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        var form = new EmulationGroupForm
        {
            Id = group.Id,
            Name = group.Name,
            Kind = group.Kind,
            LeadUnitId = group.LeadUnitId,
            Description = group.Description,
        };
        await FillOptionsAsync(form, group, ct);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, EmulationGroupForm form, CancellationToken ct)
    {
        var group = await db.EmulationGroups.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        if (form.Id != id)
        {
            return BadRequest();
        }

        await CheckAgainstStoredGroupsAsync(form, group, ct);
        if (!ModelState.IsValid)
        {
            await FillOptionsAsync(form, group, ct);
            return View(form);
        }

        group.Name = form.Name!.Trim();
        Apply(form, group);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã lưu thay đổi của \"{group.Name}\".");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var group = await db.EmulationGroups.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new { g.Id, g.Name, g.Kind, UnitCount = g.Units.Count }).SingleOrDefaultAsync(ct);
        if (group is null)
        {
            return NotFound();
        }

        if (group.UnitCount > 0)
        {
            TempData.SetError(CannotDelete(group.Name, group.Kind, group.UnitCount));
            return RedirectToAction(nameof(Details), new { id });
        }

        return View(new EmulationGroupDeleteViewModel(group.Id, group.Name, group.Kind));
    }

    [HttpPost]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var group = await db.EmulationGroups.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (group is null)
        {
            return NotFound();
        }

        var unitCount = await db.Units.CountAsync(u => u.EmulationGroupId == id, ct);
        if (unitCount > 0)
        {
            TempData.SetError(CannotDelete(group.Name, group.Kind, unitCount));
            return RedirectToAction(nameof(Details), new { id });
        }

        db.EmulationGroups.Remove(group);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã xóa \"{group.Name}\".");
        return RedirectToAction(nameof(Index));
    }

    private static string CannotDelete(string name, EmulationGroupKind kind, int unitCount) =>
        $"Không thể xóa \"{name}\" vì {KindWord(kind)} còn {unitCount.ToString("N0", CultureInfo.CurrentCulture)} đơn vị. " +
        "Hãy chuyển các đơn vị (kể cả đơn vị đã ngừng hoạt động) sang khối, cụm khác tại trang Sửa của từng đơn vị trước khi xóa.";

    private static string KindWord(EmulationGroupKind kind) => kind == EmulationGroupKind.Sector ? "khối" : "cụm";

    private static void Apply(EmulationGroupForm form, EmulationGroup group)
    {
        group.Kind = form.Kind!.Value;
        group.LeadUnitId = form.LeadUnitId;
        group.Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim();
    }

    /// <summary>The rules that need stored data: a name no other group uses, and an allowed lead unit.</summary>
    private async Task CheckAgainstStoredGroupsAsync(EmulationGroupForm form, EmulationGroup? editing, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(form.Name))
        {
            // About fifteen groups: compared folded in memory, so "Cụm A" and "cum a" count as the same name.
            var folded = TextFolding.Fold(form.Name);
            var editingId = editing?.Id ?? 0;
            var names = await db.EmulationGroups.AsNoTracking().Where(g => g.Id != editingId).Select(g => g.Name).ToListAsync(ct);
            if (names.Any(n => TextFolding.Fold(n) == folded))
            {
                ModelState.AddModelError(nameof(form.Name), $"Tên khối, cụm \"{form.Name.Trim()}\" đã được sử dụng.");
            }
        }

        if (form.LeadUnitId is not { } leadId || leadId == editing?.LeadUnitId)
        {
            return;
        }

        var lead = await db.Units.AsNoTracking().Where(u => u.Id == leadId)
            .Select(u => new { u.IsActive, u.EmulationGroupId }).SingleOrDefaultAsync(ct);
        if (lead is null || !lead.IsActive)
        {
            ModelState.AddModelError(nameof(form.LeadUnitId), "Đơn vị trưởng không tồn tại hoặc đã ngừng hoạt động.");
        }
        else if (editing is not null && lead.EmulationGroupId != editing.Id)
        {
            ModelState.AddModelError(nameof(form.LeadUnitId), "Đơn vị trưởng phải là một đơn vị thuộc khối, cụm này.");
        }
    }

    /// <summary>
    /// Lead-unit choices: when creating, any active unit; when editing, the group's own active units
    /// (and the current lead, kept selectable whatever its state).
    /// </summary>
    private async Task FillOptionsAsync(EmulationGroupForm form, EmulationGroup? editing, CancellationToken ct)
    {
        var currentLead = editing?.LeadUnitId ?? 0;
        var groupId = editing?.Id;
        var units = db.Units.AsNoTracking();
        units = groupId is null
            ? units.Where(u => u.IsActive)
            : units.Where(u => (u.IsActive && u.EmulationGroupId == groupId) || u.Id == currentLead);
        var options = await units.OrderBy(u => u.Kind).ThenBy(u => u.SearchName)
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind })
            .ToListAsync(ct);
        var kindGroups = options.Select(u => u.Kind).Distinct().ToDictionary(k => k, k => new SelectListGroup { Name = k.DisplayName() });
        form.LeadUnitOptions = options
            .Select(u => new SelectListItem($"{u.Name} ({u.Code})", u.Id.ToString(CultureInfo.InvariantCulture), u.Id == form.LeadUnitId) { Group = kindGroups[u.Kind] })
            .ToList();
    }
}
