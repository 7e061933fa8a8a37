using System.Globalization;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>
/// Thẩm định hồ sơ đề nghị khen thưởng (Sở Nội vụ): the queue of the active campaign's nominations and the dossier
/// with its checklist (here); the decisions are in NominationReviewController.Decisions, the reopenings of submission
/// after the deadline in NominationReviewController.Reopenings.
/// </summary>
[Authorize(Policy = Policies.ManageAwards)]
public sealed partial class NominationReviewController(AppDbContext db, TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(
        string? status, int? unit, string? unitName, int? group, int? form, NomineeKind? kind, string? q,
        int? page = null, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.AsNoTracking().Active().Select(c => new { c.Id, c.Title })
            .FirstOrDefaultAsync(ct);
        var campaignId = campaign?.Id ?? 0;

        // Drafts are the units' unfinished work: Sở Nội vụ sees a nomination once it has been submitted.
        var all = db.Nominations.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Status != NominationStatus.Draft);
        var counts = await all.GroupBy(n => n.Status).Select(g => new StatusCount(g.Key, g.Count())).ToListAsync(ct);

        var (waiting, only) = ParseStatus(status);
        var filtered = waiting
            ? all.Where(n => n.Status == NominationStatus.Submitted || n.Status == NominationStatus.UnderReview)
            : only is { } s ? all.Where(n => n.Status == s) : all;
        var byStatus = filtered;

        // The unit is typed, not picked from a list: at a province's size the list of every unit that proposed someone
        // weighed more than the page (docs/performance.md "More data"). A link may still name one unit by its id.
        if (unit is { } u)
        {
            filtered = filtered.Where(n => n.UnitId == u);
            unitName = await db.Units.AsNoTracking().Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(ct);
        }
        else if (!string.IsNullOrWhiteSpace(unitName))
        {
            var folded = TextFolding.Fold(unitName);
            filtered = filtered.Where(n => n.Unit!.SearchName.Contains(folded));
        }

        if (group is { } g)
        {
            filtered = filtered.Where(n => n.Unit!.EmulationGroupId == g);
        }

        filtered = filtered.FilteredBy(form, kind, q);
        // Each filter above narrows the query into a new one: still the same, it is filtered by status only.
        int? total = ReferenceEquals(filtered, byStatus) ? ListedCount(counts, waiting, only) : null;

        // The waiting queue shows the longest-waiting dossier first; other lists go unit by unit.
        filtered = waiting
            ? filtered.OrderBy(n => n.Batch!.SubmittedAtUtc).ThenBy(n => n.Id)
            : filtered.OrderBy(n => n.Unit!.SearchName).ThenBy(n => n.NomineeSearchName).ThenBy(n => n.Id);
        var results = await filtered
            .Select(n => new QueueRow(
                n.Id, n.NomineeName, n.NomineePosition, n.NomineeKind, n.Unit!.Name, n.AwardForm!.Name, n.TaskRating,
                n.Batch!.DocumentNumber, (DateOnly?)n.Batch.DocumentDate, n.Status,
                db.Nominations.Any(o => o.CampaignId == n.CampaignId && o.Id != n.Id
                    && o.NomineeSearchName == n.NomineeSearchName && o.NomineeKind == n.NomineeKind
                    && o.Status != NominationStatus.Draft)))
            .ToPageWithTotalAsync(page, total, cancellationToken: ct);

        var forms = await db.AwardForms.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new { a.Id, a.Name })
            .ToListAsync(ct);
        return View(new QueueViewModel
        {
            Status = waiting ? QueueViewModel.Waiting
                : only is null ? QueueViewModel.All : ((int)only).ToString(CultureInfo.InvariantCulture),
            UnitName = unitName,
            Group = group,
            Form = form,
            Kind = kind,
            Q = q,
            CampaignTitle = campaign?.Title,
            Counts = counts.OrderBy(c => c.Status).ToList(),
            Results = results,
            StatusOptions = StatusOptions(),
            GroupOptions = await UnitLookups.GroupOptionsAsync(db, group, ct),
            FormOptions = forms.Select(x => new SelectListItem(x.Name, Id(x.Id), x.Id == form)).ToList(),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Review(int id, CancellationToken ct)
    {
        var model = await ReviewQueries.LoadAsync(db, id, ct);
        return model is null || model.Status == NominationStatus.Draft ? NotFound() : View(model);
    }

    /// <summary>
    /// "waiting" (or nothing): submitted and under review; "all": every status but draft; a number: that status.
    /// </summary>
    private static (bool Waiting, NominationStatus? Only) ParseStatus(string? status)
    {
        if (string.IsNullOrWhiteSpace(status) || status == QueueViewModel.Waiting)
        {
            return (true, null);
        }

        return int.TryParse(status, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && Enum.IsDefined((NominationStatus)number) && (NominationStatus)number != NominationStatus.Draft
            ? (false, (NominationStatus)number)
            : (false, null);
    }

    /// <summary>
    /// How many nominations the list holds when it is filtered by status only: the sum of the counts by status the page
    /// shows anyway (the statuses of the queue's filter), so the list needs no COUNT of its own (at a province's size
    /// that COUNT was about a sixth of the page's time: docs/performance.md "More data").
    /// </summary>
    private static int ListedCount(List<StatusCount> counts, bool waiting, NominationStatus? only) =>
        waiting
            ? QueueViewModel.WaitingIn(counts)
            : counts.Where(c => only is null || c.Status == only).Sum(c => c.Count);

    private static List<SelectListItem> StatusOptions() =>
    [
        new("Chờ thẩm định (đã trình, đang thẩm định)", QueueViewModel.Waiting),
        new("Tất cả trạng thái", QueueViewModel.All),
        .. Enum.GetValues<NominationStatus>().Where(s => s != NominationStatus.Draft)
            .Select(s => new SelectListItem(s.DisplayName(), ((int)s).ToString(CultureInfo.InvariantCulture))),
    ];

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
