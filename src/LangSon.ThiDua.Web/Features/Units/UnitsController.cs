using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Units;

/// <summary>Cơ quan, đơn vị: Admin lists, creates, edits, deactivates and reactivates units. Units are never deleted.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class UnitsController(AppDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(
        string? q, UnitKind? kind, int? group, UnitStatusFilter status = UnitStatusFilter.Active, int? page = null,
        CancellationToken ct = default)
    {
        var units = UnitListQuery.Filter(db.Units.AsNoTracking(), q, kind, group, status);
        var results = await units.OrderBy(u => u.Kind).ThenBy(u => u.SearchName)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Kind, u.EmulationGroupId, u.EmulationGroup!.Name, u.IsActive))
            .ToPageAsync(page, cancellationToken: ct);
        var groups = await UnitLookups.GroupOptionsAsync(db, group, ct);
        groups.Insert(0, new SelectListItem("Chưa xếp khối, cụm", UnitIndexViewModel.NoGroup.ToString(CultureInfo.InvariantCulture), group == UnitIndexViewModel.NoGroup));
        return View(new UnitIndexViewModel { Q = q, Kind = kind, Group = group, Status = status, Results = results, GroupOptions = groups });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitDetailsViewModel
            {
                Id = u.Id,
                Code = u.Code,
                Name = u.Name,
                Kind = u.Kind,
                IsActive = u.IsActive,
                Parent = u.Parent == null ? null : new UnitLink(u.Parent.Id, u.Parent.Name, u.Parent.IsActive),
                GroupId = u.EmulationGroupId,
                GroupName = u.EmulationGroup!.Name,
                GroupKind = u.EmulationGroup == null ? null : u.EmulationGroup.Kind,
                FormerDistrict = u.FormerDistrict,
                FormedFrom = u.FormedFrom,
                Note = u.Note,
                HeadName = u.HeadName,
                HeadTitle = u.HeadTitle,
            })
            .SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return NotFound();
        }

        unit.UserCount = await db.Users.CountAsync(u => u.UnitId == id, ct);
        unit.ActiveUserCount = await db.Users.CountAsync(u => u.UnitId == id && u.IsActive, ct);
        unit.Children = await db.Units.AsNoTracking().Where(u => u.ParentId == id).OrderBy(u => u.SearchName)
            .Select(u => new UnitLink(u.Id, u.Name, u.IsActive)).ToListAsync(ct);
        unit.LedGroups = await LedGroupsAsync(id, ct);
        unit.History = await UnitLookups.HistoryAsync(db, id, ct);
        return View(unit);
    }

    [HttpGet]
    public async Task<IActionResult> Create(int? groupId, CancellationToken ct)
    {
        var form = new UnitForm { EmulationGroupId = groupId };
        await FillOptionsAsync(form, ct);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Create(UnitForm form, CancellationToken ct)
    {
        form.Id = null;
        await CheckAgainstStoredUnitsAsync(form, null, ct);
        if (!ModelState.IsValid)
        {
            await FillOptionsAsync(form, ct);
            return View(form);
        }

        var unit = new Unit { Code = UnitListQuery.NormalizeCode(form.Code!), Name = form.Name!.Trim() };
        Apply(form, unit);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã thêm đơn vị \"{unit.Name}\".");
        return RedirectToAction(nameof(Details), new { id = unit.Id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        var form = new UnitForm
        {
            Id = unit.Id,
            Code = unit.Code,
            Name = unit.Name,
            Kind = unit.Kind,
            ParentId = unit.ParentId,
            EmulationGroupId = unit.EmulationGroupId,
            FormerDistrict = unit.FormerDistrict,
            FormedFrom = unit.FormedFrom,
            Note = unit.Note,
            HeadName = unit.HeadName,
            HeadTitle = unit.HeadTitle,
        };
        await FillOptionsAsync(form, ct);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, UnitForm form, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        if (form.Id != id)
        {
            return BadRequest();
        }

        await CheckAgainstStoredUnitsAsync(form, unit, ct);
        if (!ModelState.IsValid)
        {
            await FillOptionsAsync(form, ct);
            return View(form);
        }

        var leftGroupId = unit.EmulationGroupId != form.EmulationGroupId ? unit.EmulationGroupId : null;
        unit.Code = UnitListQuery.NormalizeCode(form.Code!);
        unit.Name = form.Name!.Trim();
        Apply(form, unit);

        // A unit that leaves its khối/cụm no longer leads it; Admin picks a new lead on the group's page.
        var ledGroup = leftGroupId is null ? null : await db.EmulationGroups.SingleOrDefaultAsync(g => g.Id == leftGroupId && g.LeadUnitId == id, ct);
        if (ledGroup is not null)
        {
            ledGroup.LeadUnitId = null;
        }

        await db.SaveChangesAsync(ct);
        TempData.SetSuccess(ledGroup is null
            ? $"Đã lưu thay đổi của đơn vị \"{unit.Name}\"."
            : $"Đã lưu thay đổi của đơn vị \"{unit.Name}\". \"{ledGroup.Name}\" chưa có đơn vị trưởng: hãy chọn lại.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public Task<IActionResult> Deactivate(int id, CancellationToken ct) => ConfirmStatusChangeAsync(id, expectActive: true, ct);

    [HttpPost]
    [ActionName(nameof(Deactivate))]
    public async Task<IActionResult> DeactivateConfirmed(int id, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        unit.Deactivate();
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đơn vị \"{unit.Name}\" đã ngừng hoạt động. Dữ liệu và lịch sử của đơn vị vẫn được giữ nguyên.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public Task<IActionResult> Reactivate(int id, CancellationToken ct) => ConfirmStatusChangeAsync(id, expectActive: false, ct);

    [HttpPost]
    [ActionName(nameof(Reactivate))]
    public async Task<IActionResult> ReactivateConfirmed(int id, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return NotFound();
        }

        unit.Reactivate();
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đơn vị \"{unit.Name}\" đã hoạt động trở lại.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> ConfirmStatusChangeAsync(int id, bool expectActive, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Id, u.Code, u.Name, u.IsActive }).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return NotFound();
        }

        if (unit.IsActive != expectActive)
        {
            TempData.SetError(unit.IsActive ? $"Đơn vị \"{unit.Name}\" đang hoạt động." : $"Đơn vị \"{unit.Name}\" đã ngừng hoạt động.");
            return RedirectToAction(nameof(Details), new { id });
        }

        var activeUsers = await db.Users.CountAsync(u => u.UnitId == id && u.IsActive, ct);
        return View(new UnitStatusChangeViewModel(unit.Id, unit.Code, unit.Name, activeUsers, await LedGroupsAsync(id, ct)));
    }

    private static void Apply(UnitForm form, Unit unit)
    {
        unit.Kind = form.Kind!.Value;
        unit.ParentId = form.ParentId;
        unit.EmulationGroupId = form.EmulationGroupId;
        unit.FormerDistrict = Blank(form.FormerDistrict);
        unit.FormedFrom = Blank(form.FormedFrom);
        unit.Note = Blank(form.Note);
        unit.HeadName = Blank(form.HeadName);
        unit.HeadTitle = Blank(form.HeadTitle);
    }


    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The rules that need stored data: code not used by another unit, parent and group exist, no parent cycle.</summary>
    private async Task CheckAgainstStoredUnitsAsync(UnitForm form, Unit? editing, CancellationToken ct)
    {
        var editingId = editing?.Id ?? 0;
        if (ModelState.GetFieldValidationState(nameof(form.Code)) != ModelValidationState.Invalid
            && !string.IsNullOrWhiteSpace(form.Code))
        {
            var code = UnitListQuery.NormalizeCode(form.Code);
            if (await db.Units.AnyAsync(u => u.Id != editingId && u.Code == code, ct))
            {
                ModelState.AddModelError(nameof(form.Code), $"Mã đơn vị \"{code}\" đã được sử dụng.");
            }
        }

        if (form.ParentId is { } parentId && parentId != editingId)
        {
            // Each unit's parent, to walk up from the chosen parent; there are about a hundred units.
            var parents = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.IsActive }).ToDictionaryAsync(u => u.Id, ct);
            if (!parents.TryGetValue(parentId, out var parent) || (!parent.IsActive && parentId != editing?.ParentId))
            {
                ModelState.AddModelError(nameof(form.ParentId), "Đơn vị cấp trên không tồn tại hoặc đã ngừng hoạt động.");
            }
            else if (editing is not null && UnitLookups.IsAncestor(editingId, parentId, id => parents.GetValueOrDefault(id)?.ParentId))
            {
                ModelState.AddModelError(nameof(form.ParentId), "Không thể chọn một đơn vị cấp dưới của chính đơn vị này làm đơn vị cấp trên.");
            }
        }

        if (form.EmulationGroupId is { } groupId && !await db.EmulationGroups.AnyAsync(g => g.Id == groupId, ct))
        {
            ModelState.AddModelError(nameof(form.EmulationGroupId), "Khối, cụm thi đua không tồn tại.");
        }
    }

    private async Task FillOptionsAsync(UnitForm form, CancellationToken ct)
    {
        // Active units may become a parent; the current parent stays selectable even if it was deactivated since.
        var units = await db.Units.AsNoTracking()
            .Where(u => (u.IsActive || u.Id == form.ParentId) && u.Id != (form.Id ?? 0))
            .OrderBy(u => u.Kind).ThenBy(u => u.SearchName)
            .Select(u => new { u.Id, u.Code, u.Name, u.Kind, u.IsActive })
            .ToListAsync(ct);
        var kindGroups = units.Select(u => u.Kind).Distinct().ToDictionary(k => k, k => new SelectListGroup { Name = k.DisplayName() });
        form.ParentOptions = units
            .Select(u => new SelectListItem(u.IsActive ? $"{u.Name} ({u.Code})" : $"{u.Name} ({u.Code}) – ngừng hoạt động", u.Id.ToString(CultureInfo.InvariantCulture), u.Id == form.ParentId) { Group = kindGroups[u.Kind] })
            .ToList();
        form.GroupOptions = await UnitLookups.GroupOptionsAsync(db, form.EmulationGroupId, ct);
    }

    private Task<List<string>> LedGroupsAsync(int unitId, CancellationToken ct) =>
        db.EmulationGroups.AsNoTracking().Where(g => g.LeadUnitId == unitId).Select(g => g.Name).ToListAsync(ct);
}
