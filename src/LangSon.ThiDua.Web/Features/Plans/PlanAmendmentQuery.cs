using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Plans;

/// <summary>An accepted version in the plan's list: its number, when and by whom; the live plan when current.</summary>
public sealed record VersionRow(int Number, DateTime AcceptedAtUtc, string AcceptedBy, bool IsCurrent);

/// <summary>What changed between two versions of a plan, with the names of the campaign's content areas.</summary>
public sealed record PlanChangesModel(string Title, PlanDiff Diff, IReadOnlyDictionary<int, string> AreaNames)
{
    public string AreaName(int id) => AreaNames.GetValueOrDefault(id, "Nội dung khác");
}

/// <summary>/Plans/Version: one accepted version kept, with what it changed against the one before.</summary>
public sealed record PlanVersionViewModel(
    int PlanId,
    string UnitName,
    string CampaignTitle,
    PlanVersion Version,
    IReadOnlyDictionary<int, string> AreaNames,
    PlanChangesModel? Changes)
{
    public IReadOnlyList<VersionTarget> Targets { get; } = Version.Targets();

    public string AreaName(int id) => AreaNames.GetValueOrDefault(id, "Nội dung khác");
}

/// <summary>
/// The amendment side of the plan's page: the request that waits, the accepted versions, and what the plan (as it
/// stands) changed against the last version kept: while amended or resubmitted, the changes still to be accepted;
/// once accepted again, the changes that version brought.
/// </summary>
public static class PlanAmendmentQuery
{
    public static async Task AddAsync(
        AppDbContext db,
        PlanDetailsViewModel model,
        IReadOnlyList<PlanArea> campaignAreas,
        IReadOnlyList<TargetRow> targets,
        CancellationToken ct)
    {
        var kept = await db.PlanVersions.AsNoTracking().Where(v => v.UnitPlanId == model.Id).OrderBy(v => v.Number)
            .ToListAsync(ct);
        var acceptances = model.History
            .Where(h => h.From == PlanStatus.Submitted && h.To == PlanStatus.Accepted).ToList();
        var inForce = model.Status is PlanStatus.Accepted or PlanStatus.AmendmentRequested;
        var rows = kept.Select(v => new VersionRow(v.Number, v.AcceptedAtUtc, v.AcceptedByFullName, false)).ToList();
        if (inForce && acceptances.Count > rows.Count)
        {
            var last = acceptances[^1];
            rows.Add(new VersionRow(acceptances.Count, last.AtUtc, last.FullName, true));
        }

        model.Versions = rows;
        model.PendingAmendment = model.Status == PlanStatus.AmendmentRequested ? model.History[^1] : null;
        if (kept.Count == 0)
        {
            return;
        }

        var before = kept[^1];
        var title = inForce
            ? $"Những thay đổi của phiên bản {acceptances.Count} so với phiên bản {before.Number}"
            : $"Những thay đổi so với phiên bản {before.Number} đã chấp thuận (chưa được Sở Nội vụ chấp thuận)";
        var areas = AreaNames(campaignAreas);
        var after = targets.Select(t => new VersionTarget(
            t.Id, t.ContentAreaId, t.SortOrder, t.Title, t.MeasureKind, t.UnitOfMeasure, t.Direction, t.Baseline,
            t.TargetValue, t.ResponsibleName, t.ResponsiblePosition, t.Deadline));
        var diff = PlanDiff.Compare(
            before, (model.DocumentNumber, model.DocumentDate, model.Summary), after, id => Name(areas, id));
        model.Changes = new PlanChangesModel(title, diff, areas);
    }

    /// <summary>Version <paramref name="number"/> of the plan, with its changes against the one before, or null.</summary>
    public static async Task<PlanVersionViewModel?> VersionAsync(
        AppDbContext db, int planId, int number, CancellationToken ct)
    {
        var plan = await db.UnitPlans.AsNoTracking().Where(p => p.Id == planId)
            .Select(p => new { p.CampaignId, UnitName = p.Unit!.Name, CampaignTitle = p.Campaign!.Title })
            .SingleOrDefaultAsync(ct);
        var versions = await db.PlanVersions.AsNoTracking()
            .Where(v => v.UnitPlanId == planId && (v.Number == number || v.Number == number - 1)).ToListAsync(ct);
        var version = versions.SingleOrDefault(v => v.Number == number);
        if (plan is null || version is null)
        {
            return null;
        }

        var areas = await AreaNamesAsync(db, plan.CampaignId, ct);
        var previous = versions.SingleOrDefault(v => v.Number == number - 1);
        var changes = previous is null
            ? null
            : new PlanChangesModel(
                $"Những thay đổi của phiên bản {number} so với phiên bản {previous.Number}",
                PlanDiff.Between(previous, version, id => Name(areas, id)), areas);
        return new PlanVersionViewModel(planId, plan.UnitName, plan.CampaignTitle, version, areas, changes);
    }

    private static async Task<Dictionary<int, string>> AreaNamesAsync(
        AppDbContext db, int campaignId, CancellationToken ct) =>
        AreaNames(await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaignId)
            .Select(a => new PlanArea(a.Id, a.Number, a.ShortTitle)).ToListAsync(ct));

    /// <summary>Each content area's name as the changes show it ("2. Giáo dục, y tế…").</summary>
    private static Dictionary<int, string> AreaNames(IEnumerable<PlanArea> areas) =>
        areas.ToDictionary(a => a.Id, a => $"{a.Number}. {a.ShortTitle}");

    private static string Name(IReadOnlyDictionary<int, string> areas, int id) =>
        areas.GetValueOrDefault(id, "Nội dung khác");
}
