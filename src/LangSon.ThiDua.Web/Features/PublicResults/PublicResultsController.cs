using System.Text.Json;
using LangSon.ThiDua.Documents.SummaryReport;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Dashboard;
using LangSon.ThiDua.Web.Features.SummaryReport;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace LangSon.ThiDua.Web.Features.PublicResults;

/// <summary>
/// Kết quả phong trào for everyone, without sign-in (plan section V.3): progress in aggregates and the issued award
/// decisions with the names they award. "Issued" is a recorded Quyết định khen thưởng of the province or a Quyết định
/// of the Prime Minister on the province's Tờ trình; the Tờ trình itself awards nobody and is not shown. Nominees of
/// dossiers that were not awarded (drafts, returned, ineligible, failed, waiting) never appear: the page reads names
/// only through a decision.
/// </summary>
[AllowAnonymous]
[Route("PublicResults")]
public sealed class PublicResultsController(AppDbContext db, IMemoryCache cache, DashboardChangeStamp changes, TimeProvider time) : Controller
{
    private static readonly object CacheKey = new();
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    [HttpGet("")]
    public async Task<IActionResult> Index(int? page, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Active().Select(c => new { c.Id }).FirstOrDefaultAsync(ct);
        var campaignId = campaign?.Id ?? -1;
        var report = campaign is null ? null : await ReportAsync(ct);
        var issued = db.AwardDecisions.AsNoTracking()
            .Where(d => d.CampaignId == campaignId && d.Kind != AwardDecisionKind.ForwardingSubmission);
        var decisions = await issued
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new PublicDecisionRow(d.Id, d.Number, d.Date, d.AwardForm!.Name,
                db.Nominations.Count(n => n.Status == NominationStatus.Decided
                    && n.AwardDecisionId == (d.ForwardingId ?? d.Id)
                    && n.NomineeKind == NomineeKind.Collective), // AwardDecisionQueries.AwardedBy, inside a projection
                db.Nominations.Count(n => n.Status == NominationStatus.Decided
                    && n.AwardDecisionId == (d.ForwardingId ?? d.Id)
                    && n.NomineeKind == NomineeKind.Individual)))
            .ToPageAsync(page, cancellationToken: ct);
        // The summary's count, by the one definition of "được khen thưởng" (NominationStatusExtensions.IsAwarded).
        var awarded = report?.AwardTotal;

        return View(new PublicResultsViewModel
        {
            CampaignTitle = report?.CampaignTitle,
            AsOf = report?.AsOf ?? VietnamTime.Today(time),
            UnitCount = report?.UnitCount ?? 0,
            UnitsAccepted = report?.UnitsAccepted ?? 0,
            Targets = report?.Targets ?? SummaryTargets.None,
            Areas = report?.Areas ?? [],
            Groups = report?.Groups ?? [],
            AwardedCollectives = awarded?.AwardedCollectives ?? 0,
            AwardedIndividuals = awarded?.AwardedIndividuals ?? 0,
            Decisions = decisions,
            ChartJson = JsonSerializer.Serialize(new { areaStates = SummaryCharts.AreaStates(report?.Areas ?? []) }, JsonOptions),
        });
    }

    [HttpGet("Decision/{id:int}")]
    public async Task<IActionResult> Decision(int id, CancellationToken ct)
    {
        var decision = await db.AwardDecisions.AsNoTracking()
            .Where(d => d.Id == id && d.Kind != AwardDecisionKind.ForwardingSubmission)
            .Select(d => new
            {
                d.Number, d.Date, d.SignerName, d.SignerTitle, d.ForwardingId, FormName = d.AwardForm!.Name,
                CampaignTitle = db.Campaigns.Where(c => c.Id == d.CampaignId).Select(c => c.Title).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (decision is null)
        {
            return NotFound();
        }

        // Ordered by unit, then by the folded name: SQLite compares bytes, which would sort "Đ" after "Z".
        var awardees = await db.Nominations.AsNoTracking().AwardedBy(id, decision.ForwardingId)
            .OrderBy(n => n.UnitId).ThenBy(n => n.NomineeSearchName).ThenBy(n => n.Id)
            .Select(n => new PublicAwardee(n.NomineeKind, n.NomineeName, n.NomineePosition, n.NomineeWorkplace, n.Unit!.Name))
            .ToListAsync(ct);
        return View(new PublicDecisionViewModel
        {
            Number = decision.Number,
            Date = decision.Date,
            AwardFormName = decision.FormName,
            SignerTitle = decision.SignerTitle,
            SignerName = decision.SignerName,
            CampaignTitle = decision.CampaignTitle,
            Collectives = awardees.Where(a => a.Kind == NomineeKind.Collective).ToList(),
            Individuals = awardees.Where(a => a.Kind == NomineeKind.Individual).ToList(),
        });
    }

    /// <summary>
    /// The summary's figures, computed once per data stamp (the dashboard's: this server's writes at once, other servers'
    /// within a second, the day) and kept in memory: an anonymous page must not run the whole summary, nor even a
    /// database query for the version, on every request. One request computes, the others wait.
    /// </summary>
    private async Task<SummaryReportModel> ReportAsync(CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var version = $"{await changes.CurrentAsync(ct)}/{today.DayNumber}";
        if (cache.TryGetValue(CacheKey, out Entry? hit) && hit!.Version == version)
        {
            return hit.Report;
        }

        await Gate.WaitAsync(ct);
        try
        {
            if (cache.TryGetValue(CacheKey, out Entry? computed) && computed!.Version == version)
            {
                return computed.Report;
            }

            var report = await SummaryReportQuery.LoadAsync(db, today, ct);
            cache.Set(CacheKey, new Entry(version, report), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
            return report;
        }
        finally
        {
            Gate.Release();
        }
    }

    private sealed record Entry(string Version, SummaryReportModel Report);
}
