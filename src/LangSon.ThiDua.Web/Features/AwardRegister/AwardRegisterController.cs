using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

/// <summary>
/// Sổ khen thưởng: the list (search, filters, paging), its Excel export, a person's and a collective's history.
/// Sở Nội vụ and Admin read all of it, a unit's users their unit's records; Sở Nội vụ revokes an award.
/// </summary>
[Authorize(Policy = Policies.ReadAwardRegister)]
public sealed class AwardRegisterController(AppDbContext db, IAuthorizationService authorization, TimeProvider time)
    : Controller
{
    /// <summary>Rows per export: the register of a province over decades stays far below.</summary>
    public const int ExportLimit = 100_000;

    [HttpGet]
    public async Task<IActionResult> Index(AwardRegisterFilter filter, int? page, CancellationToken ct)
    {
        var visible = db.AwardRecords.AsNoTracking().VisibleTo(User);
        var results = await visible.Filtered(filter).Rows(db).ToPageAsync(page, cancellationToken: ct);
        var provinceWide = AwardRegisterQueries.ReadsWholeRegister(User);
        var ownUnitId = User.UnitId();
        return View(new AwardRegisterIndexViewModel
        {
            Filter = filter,
            Results = results,
            UnitOptions = provinceWide ? await db.UnitOptionsAsync(filter.Unit, ct) : [],
            FormOptions = await db.FormOptionsAsync(filter.Form, ct),
            Years = await AwardRegisterQueries.YearsAsync(visible, ct),
            OwnUnitName = provinceWide ? null
                : await db.Units.AsNoTracking().Where(u => u.Id == ownUnitId).Select(u => u.Name)
                    .FirstOrDefaultAsync(ct),
            CanImport = (await authorization.AuthorizeAsync(User, Policies.ImportAwardRegister)).Succeeded,
        });
    }

    /// <summary>The filtered list as a workbook, in the list's order; audited as an export.</summary>
    [HttpGet]
    public async Task<IActionResult> Export(AwardRegisterFilter filter, CancellationToken ct)
    {
        var rows = await db.AwardRecords.AsNoTracking().VisibleTo(User).Filtered(filter).Rows(db)
            .Take(ExportLimit).ToListAsync(ct);
        var today = VietnamTime.Today(time);
        var subtitle = $"{rows.Count:N0} khen thưởng{(filter.IsEmpty ? "" : " theo bộ lọc")}, " +
            $"quyết định mới nhất trước; xuất ngày {Vietnamese.Date(today)}.";
        var workbook = AwardRegisterWorkbook.Write(rows.Select(ToExport).ToList(), subtitle);
        await db.RecordAsync(HttpContext, time, AuditActions.Export, nameof(AwardRecord), null,
            detail: $"{rows.Count} dòng", cancellationToken: ct);
        return File(workbook, AwardRegisterWorkbook.ContentType, $"so-khen-thuong-{today:yyyy-MM-dd}.xlsx");
    }

    /// <summary>
    /// A person's awards: the same folded name and the same date of birth, and the lines Sở Nội vụ confirmed as the
    /// same person. Records of the same name where one date of birth is missing are listed apart, for Sở Nội vụ to
    /// confirm or split; nothing is merged without that decision.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Person(int id, CancellationToken ct)
    {
        var (anchor, refusal) = await AnchorAsync(id, NomineeKind.Individual, ct);
        if (anchor is null)
        {
            return refusal!;
        }

        var namesakes = await db.AwardRecords.AsNoTracking().VisibleTo(User).Namesakes(anchor).ToListAsync(ct);
        var links = await db.AwardRecipientLinks.AsNoTracking().Among(namesakes).ToListAsync(ct);
        var history = AwardRecipientIdentity.History(anchor, namesakes, links);
        return await HistoryAsync(id, [.. history.Same], [.. history.Possible], ct);
    }

    /// <summary>A collective's awards: the same folded name in the same unit.</summary>
    [HttpGet]
    public async Task<IActionResult> Collective(int id, CancellationToken ct)
    {
        var (anchor, refusal) = await AnchorAsync(id, NomineeKind.Collective, ct);
        if (anchor is null)
        {
            return refusal!;
        }

        var same = await db.AwardRecords.AsNoTracking().VisibleTo(User)
            .Where(r => r.RecipientKind == NomineeKind.Collective)
            .Where(r => r.RecipientSearchName == anchor.RecipientSearchName)
            .Where(r => anchor.UnitId == null ? r.UnitId == null && r.UnitName == anchor.UnitName
                : r.UnitId == anchor.UnitId)
            .Select(r => r.Id).ToListAsync(ct);
        return await HistoryAsync(id, [.. same, id], [], ct);
    }

    /// <summary>Thu hồi: a confirmation page with the date and the reason; a revoked award is refused.</summary>
    [HttpGet]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Revoke(int id, CancellationToken ct)
    {
        var row = await db.AwardRecords.AsNoTracking().Where(r => r.Id == id).Rows(db).SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return NotFound();
        }

        if (row.IsRevoked)
        {
            TempData.SetError("Khen thưởng này đã bị thu hồi.");
            return RedirectToAction(row.HistoryAction, new { id });
        }

        return View(new RevokeForm { RevokedOn = VietnamTime.Today(time), Record = row });
    }

    /// <summary>Revokes the award (the record stays, marked "Đã thu hồi"); the change is audited by the save.</summary>
    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Revoke(int id, RevokeForm form, CancellationToken ct)
    {
        var record = await db.AwardRecords.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            form.Record = await db.AwardRecords.AsNoTracking().Where(r => r.Id == id).Rows(db).SingleAsync(ct);
            return View(form);
        }

        record.Revoke(form.RevokedOn!.Value, form.Reason!);
        await db.SaveChangesAsync(ct);
        TempData.SetSuccess($"Đã thu hồi {record.AwardFormName} của {record.RecipientName} " +
            $"(Quyết định số {record.DecisionNumber}).");
        var history = record.RecipientKind == NomineeKind.Individual ? nameof(Person) : nameof(Collective);
        return RedirectToAction(history, new { id });
    }

    /// <summary>The history's first record: 404 when missing or of the other kind, 403 for another unit.</summary>
    private async Task<(AwardRecord? Anchor, IActionResult? Refusal)> AnchorAsync(
        int id, NomineeKind kind, CancellationToken ct)
    {
        var record = await db.AwardRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == id && r.RecipientKind == kind, ct);
        return await this.UnitEntityAsync(authorization, record, r => r.UnitId ?? 0, Policies.UnitRead);
    }

    private async Task<IActionResult> HistoryAsync(
        int anchorId, HashSet<int> same, HashSet<int> possible, CancellationToken ct)
    {
        var ids = same.Concat(possible).ToList();
        var rows = await db.AwardRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).Rows(db).ToListAsync(ct);
        return View("History", new AwardHistoryViewModel
        {
            Anchor = rows.Single(r => r.Id == anchorId),
            Records = rows.Where(r => same.Contains(r.Id)).ToList(),
            Possible = rows.Where(r => possible.Contains(r.Id)).ToList(),
            CanRevoke = User.IsInRole(Roles.NoiVu),
            CanDecideIdentity = (await authorization.AuthorizeAsync(User, Policies.ManageAwards)).Succeeded,
        });
    }

    private static AwardRegisterExportRow ToExport(AwardRecordRow r) => new(
        r.RecipientName, r.Kind.DisplayName(), r.DateOfBirth, r.Gender?.DisplayName(), r.Position, r.UnitName,
        r.AwardFormName, r.DecisionNumber, r.DecisionDate, r.Issuer, r.CampaignName, r.RevokedOn, r.RevocationReason);
}
