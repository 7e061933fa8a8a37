using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.NominationReview;

/// <summary>Reads for Sở Nội vụ's review: the dossier with its checklist, evidence, history and likely duplicates.</summary>
internal static class ReviewQueries
{
    /// <summary>
    /// Likely duplicates: the same person or collective (same folded name, same kind) proposed elsewhere in the campaign,
    /// by any unit, in any status but draft (a draft is the unit's own unfinished work).
    /// </summary>
    public static IQueryable<Nomination> OthersWithSameNominee(AppDbContext db, int campaignId, int exceptId, string searchName, NomineeKind kind) =>
        db.Nominations.Where(o => o.CampaignId == campaignId && o.Id != exceptId && o.NomineeSearchName == searchName
            && o.NomineeKind == kind && o.Status != NominationStatus.Draft);

    public static async Task<DossierSummary?> SummaryAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.Nominations.AsNoTracking().Where(n => n.Id == id)
            .Select(n => new DossierSummary(n.Id, n.NomineeName, n.NomineeKind, n.Unit!.Name, n.AwardForm!.Name, n.Status))
            .SingleOrDefaultAsync(ct);

    public static async Task<ReviewViewModel?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var n = await db.Nominations.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id,
                x.Version,
                x.UnitId,
                UnitName = x.Unit!.Name,
                x.CampaignId,
                CampaignTitle = x.Campaign!.Title,
                FormName = x.AwardForm!.Name,
                x.AwardForm.RequiredDocuments,
                x.AwardForm.MinimumTaskRating,
                x.AwardForm.DecisionLevel,
                x.AwardForm.RequiresCouncilVote,
                x.NomineeKind,
                x.NomineeName,
                x.NomineeSearchName,
                x.NomineePosition,
                x.NomineeWorkplace,
                x.AchievementSummary,
                x.TaskRating,
                x.Status,
                x.ReviewComment,
                BatchNumber = (string?)x.Batch!.DocumentNumber,
                BatchDate = (DateOnly?)x.Batch.DocumentDate,
                SubmittedBy = (string?)x.Batch.SubmittedByFullName,
                SubmittedAtUtc = (DateTime?)x.Batch.SubmittedAtUtc,
            })
            .SingleOrDefaultAsync(ct);
        if (n is null)
        {
            return null;
        }

        var files = await db.Attachments.AsNoTracking().Where(a => a.NominationId == id)
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.FileName, a.Size, a.DocumentKind })
            .ToListAsync(ct);
        var checklist = Enum.GetValues<DossierDocuments>()
            .Where(d => d != DossierDocuments.None && n.RequiredDocuments.HasFlag(d))
            .Select(d => d == DossierDocuments.Submission
                ? new ChecklistItem(d, n.BatchNumber is not null, [], n.BatchNumber is null ? null : $"Số {n.BatchNumber} ngày {Vietnamese.Date(n.BatchDate)}")
                : Attached(d, [.. files.Where(f => f.DocumentKind == d).Select(f => new AttachmentLink(f.Id, f.FileName, f.Size))]))
            .ToList();

        var history = await db.NominationTransitions.AsNoTracking().Where(t => t.NominationId == id)
            .OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
            .Select(t => new HistoryRow(t.AtUtc, t.UserName, t.FullName, t.From, t.To, t.Comment))
            .ToListAsync(ct);
        var duplicates = await OthersWithSameNominee(db, n.CampaignId, n.Id, n.NomineeSearchName, n.NomineeKind).AsNoTracking()
            .OrderBy(o => o.Unit!.Name).ThenBy(o => o.Id)
            .Select(o => new DossierSummary(o.Id, o.NomineeName, o.NomineeKind, o.Unit!.Name, o.AwardForm!.Name, o.Status))
            .ToListAsync(ct);

        return new ReviewViewModel
        {
            Summary = new DossierSummary(n.Id, n.NomineeName, n.NomineeKind, n.UnitName, n.FormName, n.Status),
            Version = n.Version,
            UnitId = n.UnitId,
            NomineePosition = n.NomineePosition,
            NomineeWorkplace = n.NomineeWorkplace,
            AchievementSummary = n.AchievementSummary,
            Rating = n.TaskRating,
            MinimumRating = n.MinimumTaskRating,
            ReviewComment = n.ReviewComment,
            CampaignTitle = n.CampaignTitle,
            DecisionLevel = n.DecisionLevel,
            RequiresCouncilVote = n.RequiresCouncilVote,
            BatchNumber = n.BatchNumber,
            BatchDate = n.BatchDate,
            SubmittedBy = n.SubmittedBy,
            SubmittedAtUtc = n.SubmittedAtUtc,
            Checklist = checklist,
            Evidence = await EvidenceAsync(db, id, ct),
            History = history,
            Duplicates = duplicates,
            Eligibility = (await db.EligibilityAsync(id, revealOtherUnits: true, ct))!,
            Start = new StartReviewForm { Version = n.Version },
            Eligible = new EligibleForm { Version = n.Version },
            Return = new ReturnForm { Version = n.Version },
        };
    }

    private static ChecklistItem Attached(DossierDocuments document, List<AttachmentLink> files) =>
        new(document, files.Count > 0, files, null);

    private static async Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var cited = db.NominationTargets.AsNoTracking().Where(t => t.NominationId == id).Select(t => t.PlanTarget!);
        var targets = await cited
            .Select(p => new
            {
                PlanTargetId = p.Id, p.Title, p.SortOrder, p.MeasureKind, p.UnitOfMeasure, p.TargetValue,
            })
            .ToListAsync(ct);
        var latest = await db.LatestReportsAsync(cited, ct);
        return targets.OrderBy(t => t.SortOrder).ThenBy(t => t.PlanTargetId)
            .Select(t => (t.PlanTargetId, t.Title, t.MeasureKind, t.UnitOfMeasure, t.TargetValue,
                Latest: latest.GetValueOrDefault(t.PlanTargetId)))
            .Select(t =>
            {
                var numeric = t.MeasureKind == MeasureKind.Numeric;
                var goal = numeric ? WithUnit(t.TargetValue, t.UnitOfMeasure) : "Hoàn thành";
                var result = t.Latest is null ? null
                    : numeric ? WithUnit(t.Latest.Value, t.UnitOfMeasure)
                    : t.Latest.MilestoneDone == true ? "Hoàn thành" : "Chưa hoàn thành";
                return new EvidenceRow(t.PlanTargetId, t.Title, goal, result, t.Latest?.Percent, t.Latest?.AsOfDate);
            })
            .ToList();
    }

    private static string WithUnit(decimal? value, string? unit) =>
        value is null ? "—" : string.IsNullOrWhiteSpace(unit) ? VietnameseNumber.Format(value) : $"{VietnameseNumber.Format(value)} {unit}";
}
