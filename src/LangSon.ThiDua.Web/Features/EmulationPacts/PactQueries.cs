using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>Reads of the khối/cụm pages: a year's pact, the members asked to sign, the page's view.</summary>
internal static class PactQueries
{
    /// <summary>The group's pact of the year with all its page shows, read-only; null when not drafted.</summary>
    public static Task<EmulationPact?> YearAsync(AppDbContext db, int groupId, int year, CancellationToken ct) =>
        db.EmulationPacts.AsNoTracking()
            .Include(p => p.Campaign).Include(p => p.LeadUnit).Include(p => p.DeputyUnit)
            .Include(p => p.Commitments).ThenInclude(c => c.ContentArea)
            .Include(p => p.Signatories)
            .Include(p => p.Sections).ThenInclude(s => s.Criteria).ThenInclude(c => c.ContentArea)
            .Include(p => p.Adjustments)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.EmulationGroupId == groupId && p.Year == year, ct);

    /// <summary>The group's active units, lead first: who is asked to sign when the pact opens.</summary>
    public static async Task<List<PactMember>> MembersAsync(AppDbContext db, int groupId, CancellationToken ct) =>
        await db.Units.AsNoTracking().Where(u => u.EmulationGroupId == groupId && u.IsActive)
            .OrderBy(u => u.SearchName).Select(u => new PactMember(u.Id, u.Name)).ToListAsync(ct);

    /// <summary>The latest earlier year's pact of the group, with its table, to copy from.</summary>
    public static Task<EmulationPact?> PreviousAsync(AppDbContext db, EmulationPact pact, CancellationToken ct) =>
        db.EmulationPacts.AsNoTracking()
            .Include(p => p.Sections).ThenInclude(s => s.Criteria).ThenInclude(c => c.ContentArea)
            .Include(p => p.Adjustments)
            .AsSplitQuery()
            .Where(p => p.EmulationGroupId == pact.EmulationGroupId && p.Year < pact.Year)
            .OrderByDescending(p => p.Year)
            .FirstOrDefaultAsync(ct);

    public static PactView View(
        EmulationPact pact, IReadOnlyCollection<PactMember> members, int? userUnitId, EmulationPact? previous) => new()
    {
        Id = pact.Id,
        Status = pact.Status,
        CampaignTitle = pact.Campaign?.Title ?? string.Empty,
        LeadName = pact.LeadUnit?.Name ?? string.Empty,
        DeputyName = pact.DeputyUnit?.Name,
        SignedAtUtc = pact.SignedAtUtc,
        TieBreakRule = pact.TieBreakRule,
        Commitments = pact.Commitments.OrderBy(c => c.Number)
            .Select(c => new CommitmentRow(c.Id, c.Number, c.ContentArea?.ShortTitle, c.Text)).ToList(),
        Signatories = pact.Signatories.OrderBy(s => s.UnitId == pact.LeadUnitId ? 0 : 1).ThenBy(s => s.UnitName)
            .Select(s => new SignatoryRow(s.UnitId, s.UnitName, s.SignerName, s.SignerTitle, s.SignedAtUtc)).ToList(),
        Sections = pact.Sections.OrderBy(s => s.Number).Select(s => new SectionRow(s.Id, s.Number, s.Title,
            s.Criteria.OrderBy(c => c.Number).Select(c => new CriterionRow(
                c.Id, c.Number, c.Title, c.MaxPoints, c.ContentArea?.ShortTitle, c.Guidance)).ToList())).ToList(),
        Adjustments = pact.Adjustments.OrderBy(a => a.Kind).ThenBy(a => a.Id)
            .Select(a => new AdjustmentRow(a.Id, a.Kind, a.Reason, a.MaxPoints)).ToList(),
        TextEditRefusal = pact.TextEditRefusal(),
        EditRefusal = pact.EditRefusal(),
        OpenRefusal = pact.OpenForSigningRefusal(members),
        OpenScoringRefusal = pact.OpenScoringRefusal(),
        IsSignatory = userUnitId is { } unit && pact.Signatories.Any(s => s.UnitId == unit),
        SignRefusal = userUnitId is { } own ? pact.SignRefusal(own) : null,
        CopyRefusal = pact.CopyCriteriaRefusal(previous),
    };
}
