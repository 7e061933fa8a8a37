using System.Globalization;
using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.AwardRegister;

/// <summary>The register as a user may read it, filtered and projected for the pages and the export.</summary>
public static class AwardRegisterQueries
{
    /// <summary>Sở Nội vụ and Admin read the whole province's register.</summary>
    public static bool ReadsWholeRegister(ClaimsPrincipal user) =>
        user.IsInRole(Roles.NoiVu) || user.IsInRole(Roles.Admin);

    /// <summary>Sở Nội vụ and Admin read every record; a unit's users their unit's only; nobody else.</summary>
    public static IQueryable<AwardRecord> VisibleTo(this IQueryable<AwardRecord> records, ClaimsPrincipal user)
    {
        if (ReadsWholeRegister(user))
        {
            return records;
        }

        var unitId = Roles.UnitScoped.Any(user.IsInRole) ? user.UnitId() : null;
        return unitId is { } own ? records.Where(r => r.UnitId == own) : records.Where(_ => false);
    }

    /// <summary>A person's lines of the same folded name as <paramref name="anchor"/>, whichever unit.</summary>
    public static IQueryable<AwardRecord> Namesakes(this IQueryable<AwardRecord> records, AwardRecord anchor) =>
        records.Where(r => r.RecipientKind == NomineeKind.Individual)
            .Where(r => r.RecipientSearchName == anchor.RecipientSearchName);

    /// <summary>The name folded as the register stores it, so "nguyen van a" finds "Nguyễn Văn A".</summary>
    public static IQueryable<AwardRecord> Filtered(this IQueryable<AwardRecord> records, AwardRegisterFilter filter)
    {
        var folded = TextFolding.Fold(filter.Q ?? "");
        if (folded.Length > 0)
        {
            records = records.Where(r => r.RecipientSearchName.Contains(folded));
        }

        if (filter.Unit is { } unitId)
        {
            records = records.Where(r => r.UnitId == unitId);
        }

        if (filter.Form is { } formId)
        {
            records = records.Where(r => r.AwardFormId == formId);
        }

        if (filter.Year is { } year and >= 1 and <= 9998)
        {
            var from = new DateOnly(year, 1, 1);
            var to = from.AddYears(1);
            records = records.Where(r => r.DecisionDate >= from && r.DecisionDate < to);
        }

        return records;
    }

    /// <summary>Newest decisions first, then by folded name (SQLite compares bytes: "Đ" sorts after "Z").</summary>
    public static IQueryable<AwardRecordRow> Rows(this IQueryable<AwardRecord> records, AppDbContext db) =>
        records
            .OrderByDescending(r => r.DecisionDate).ThenBy(r => r.RecipientSearchName).ThenBy(r => r.Id)
            .Select(r => new AwardRecordRow(r.Id, r.RecipientKind, r.RecipientName, r.DateOfBirth, r.Gender, r.Position,
                r.UnitId, r.UnitName, r.AwardFormName, r.DecisionNumber, r.DecisionDate, r.Issuer, r.CampaignName,
                r.RevokedOn, r.RevocationReason)
            {
                UnitDecides = db.AwardForms.Any(f => f.Id == r.AwardFormId && f.DecisionLevel == DecisionLevel.Unit),
            });

    /// <summary>The units that have records, by name, for the province's filter.</summary>
    public static async Task<List<SelectListItem>> UnitOptionsAsync(
        this AppDbContext db, int? selected, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => db.AwardRecords.Any(r => r.UnitId == u.Id))
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        return units.OrderBy(u => u.Name, Vietnamese.Order)
            .Select(u => new SelectListItem(u.Name, Id(u.Id), u.Id == selected)).ToList();
    }

    public static async Task<List<SelectListItem>> FormOptionsAsync(
        this AppDbContext db, int? selected, CancellationToken ct)
    {
        var forms = await db.AwardForms.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new { f.Id, f.Name }).ToListAsync(ct);
        return forms.Select(f => new SelectListItem(f.Name, Id(f.Id), f.Id == selected)).ToList();
    }

    /// <summary>The years of the decisions the user may read, newest first.</summary>
    public static async Task<List<int>> YearsAsync(IQueryable<AwardRecord> visible, CancellationToken ct)
    {
        var dates = await visible.GroupBy(_ => 1)
            .Select(g => new { First = g.Min(r => r.DecisionDate), Last = g.Max(r => r.DecisionDate) })
            .FirstOrDefaultAsync(ct);
        return dates is null
            ? []
            : Enumerable.Range(dates.First.Year, dates.Last.Year - dates.First.Year + 1).Reverse().ToList();
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
