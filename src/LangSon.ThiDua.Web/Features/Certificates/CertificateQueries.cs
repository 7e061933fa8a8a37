using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Certificates;

/// <summary>A register line as its certificate needs it, with its form's decision level.</summary>
public sealed record CertificateLine(
    int Id, NomineeKind Kind, string Name, Gender? Gender, string? Position, int? UnitId, string UnitName,
    int? AwardFormId, string AwardFormName, DecisionLevel? DecisionLevel, string DecisionNumber, DateOnly DecisionDate,
    string? CampaignName, string? Achievement, DateOnly? RevokedOn, string VerificationCode);

public static class CertificateQueries
{
    /// <summary>
    /// Who prints a line's certificate: Sở Nội vụ and Admin every line; a unit's users (UnitHead, UnitStaff) the lines
    /// of their own unit whose form the unit decides itself (Giấy khen), never a Bằng khen of the province or the
    /// Prime Minister, which Sở Nội vụ prints on the province's blanks.
    /// </summary>
    public static bool PrintsEveryLine(ClaimsPrincipal user) =>
        user.IsInRole(Roles.NoiVu) || user.IsInRole(Roles.Admin);

    public static IQueryable<CertificateLine> Lines(this AppDbContext db, IQueryable<AwardRecord> records) =>
        from r in records
        join f in db.AwardForms on r.AwardFormId equals f.Id into forms
        from f in forms.DefaultIfEmpty()
        orderby r.RecipientSearchName, r.Id
        select new CertificateLine(r.Id, r.RecipientKind, r.RecipientName, r.Gender, r.Position, r.UnitId, r.UnitName,
            r.AwardFormId, r.AwardFormName, f == null ? null : f.DecisionLevel, r.DecisionNumber, r.DecisionDate,
            r.CampaignName, r.Achievement, r.RevokedOn, r.VerificationCode);

    /// <summary>The lines of one decision (number and date) the user may print (see PrintsEveryLine).</summary>
    public static IQueryable<AwardRecord> OfDecisionPrintableBy(
        this AppDbContext db, string number, DateOnly date, ClaimsPrincipal user)
    {
        var records = db.AwardRecords.AsNoTracking().Where(r => r.DecisionNumber == number && r.DecisionDate == date);
        if (PrintsEveryLine(user))
        {
            return records;
        }

        var unitId = Roles.UnitScoped.Any(user.IsInRole) ? user.UnitId() : null;
        return records.Where(r => unitId != null && r.UnitId == unitId && db.AwardForms
            .Any(f => f.Id == r.AwardFormId && f.DecisionLevel == DecisionLevel.Unit));
    }

    /// <summary>The blanks of the given forms, by form, boxes included.</summary>
    public static async Task<Dictionary<int, CertificateBlank>> BlanksAsync(
        this AppDbContext db, IEnumerable<int?> formIds, CancellationToken ct)
    {
        var ids = formIds.OfType<int>().Distinct().ToList();
        return await db.CertificateBlanks.AsNoTracking().Where(b => ids.Contains(b.AwardFormId))
            .ToDictionaryAsync(b => b.AwardFormId, ct);
    }
}
