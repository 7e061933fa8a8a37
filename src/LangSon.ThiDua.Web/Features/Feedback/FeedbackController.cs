using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Files;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Feedback;

/// <summary>
/// Phản ánh khó khăn, vướng mắc (plan V.2): observers and unit users send, Sở Nội vụ reads all and answers once. The
/// list and the details are role-dependent (<see cref="FeedbackAccess"/>); sending is in FeedbackController.Send, the
/// answer in FeedbackController.Reply.
/// </summary>
[Authorize(Roles = FeedbackAccess.PageRoles)]
public sealed partial class FeedbackController(
    AppDbContext db,
    EvidenceInspector inspector,
    AttachmentStore store,
    TimeProvider time) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(
        FeedbackStatus? status, FeedbackCategory? category, int? unit, int? area, string? q, int? page = null, CancellationToken ct = default)
    {
        var readsAll = FeedbackAccess.ReadsAll(User);
        var readable = db.Feedbacks.AsNoTracking().ReadableBy(User);
        var counts = await readable.GroupBy(f => f.Status).Select(g => new FeedbackStatusCount(g.Key, g.Count())).ToListAsync(ct);

        var filtered = readable;
        if (status is { } s)
        {
            filtered = filtered.Where(f => f.Status == s);
        }

        if (category is { } c)
        {
            filtered = filtered.Where(f => f.Category == c);
        }

        if (unit is { } u)
        {
            filtered = filtered.Where(f => f.UnitId == u);
        }

        if (area is { } a)
        {
            filtered = filtered.Where(f => f.ContentAreaId == a);
        }

        // Waiting ones first (the oldest first: Sở Nội vụ's queue), then the answered, newest first.
        var rows = filtered
            .OrderBy(f => f.Status)
            .ThenBy(f => f.Status == FeedbackStatus.Open ? f.SentAtUtc : DateTime.MinValue)
            .ThenByDescending(f => f.SentAtUtc)
            .ThenByDescending(f => f.Id)
            .Select(f => new
            {
                Row = new FeedbackRow(
                    f.Id, f.Subject, f.Category, f.Status, f.Unit!.Name, f.SenderName,
                    db.Units.Where(x => x.Id == f.SenderUnitId).Select(x => x.Name).FirstOrDefault(),
                    f.SentAtUtc, f.AnsweredAtUtc, f.Attachments.Count),
                f.Text,
            });

        Page<FeedbackRow> results;
        if (string.IsNullOrWhiteSpace(q))
        {
            results = await rows.Select(x => x.Row).ToPageAsync(page, cancellationToken: ct);
        }
        else
        {
            // Subjects and texts have no folded column: the rows left after the SQL filters (a few hundred feedback in a
            // campaign, well under 1,000) are searched in memory, without diacritics and case.
            var folded = TextFolding.Fold(q);
            var all = await rows.ToListAsync(ct);
            results = all
                .Where(x => TextFolding.Fold($"{x.Row.Subject} {x.Text} {x.Row.SenderName} {x.Row.UnitName}").Contains(folded, StringComparison.Ordinal))
                .Select(x => x.Row)
                .ToList()
                .ToPage(page);
        }

        return View(new FeedbackListViewModel
        {
            Status = status,
            Category = category,
            Unit = unit,
            Area = area,
            Q = q,
            ReadsAll = readsAll,
            CanSend = User.IsInRole(Roles.Observer) || FeedbackAccess.IsUnitUser(User),
            Counts = Enum.GetValues<FeedbackStatus>().Select(x => new FeedbackStatusCount(x, counts.SingleOrDefault(c => c.Status == x)?.Count ?? 0)).ToList(),
            Results = results,
            UnitOptions = readsAll ? await FeedbackLookups.UnitOptionsAsync(db, unit, activeOnly: false, ct) : [],
            AreaOptions = await FeedbackLookups.AreaOptionsAsync(db, area, ct),
        });
    }

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await DetailsAsync(id, ct);
        if (model is null)
        {
            return NotFound();
        }

        if (!FeedbackAccess.CanRead(User, model.SenderUserName, model.UnitId, model.SenderUnitId))
        {
            return Forbid();
        }

        return View(model.View);
    }

    [HttpGet]
    public async Task<IActionResult> Download(long id, CancellationToken ct)
    {
        // Only a feedback's files are served here: the feedback decides who may read them.
        var found = await db.Attachments.AsNoTracking().Where(a => a.Id == id && a.FeedbackId != null)
            .Join(db.Feedbacks.AsNoTracking(), a => a.FeedbackId, f => f.Id, (a, f) => new { Attachment = a, f.SenderUserName, f.UnitId, f.SenderUnitId })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return NotFound();
        }

        if (!FeedbackAccess.CanRead(User, found.SenderUserName, found.UnitId, found.SenderUnitId))
        {
            return Forbid();
        }

        return this.StoredFile(store, found.Attachment.StoragePath, found.Attachment.ContentType, found.Attachment.FileName);
    }

    private sealed record LoadedDetails(FeedbackDetailsViewModel View, string SenderUserName, int? UnitId, int? SenderUnitId);

    private async Task<LoadedDetails?> DetailsAsync(int id, CancellationToken ct)
    {
        var found = await db.Feedbacks.AsNoTracking().Where(f => f.Id == id)
            .Select(f => new
            {
                f.Id, f.Subject, f.Text, f.Category, f.Status, f.UnitId, f.SenderUnitId, f.SenderUserName, f.SenderName, f.SentAtUtc,
                f.Answer, f.AnsweredByName, f.AnsweredAtUtc,
                UnitName = f.Unit!.Name,
                AreaNumber = (int?)f.ContentArea!.Number,
                AreaShortTitle = f.ContentArea!.ShortTitle,
                CampaignTitle = db.Campaigns.Where(c => c.Id == f.CampaignId).Select(c => c.Title).FirstOrDefault(),
                SenderUnitName = db.Units.Where(u => u.Id == f.SenderUnitId).Select(u => u.Name).FirstOrDefault(),
                Files = f.Attachments.OrderBy(a => a.Id).Select(a => new FeedbackFile(a.Id, a.FileName, a.Size, a.UploadedAtUtc)).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }

        var view = new FeedbackDetailsViewModel
        {
            Id = found.Id,
            Subject = found.Subject,
            Text = found.Text,
            Category = found.Category,
            Status = found.Status,
            UnitName = found.UnitName,
            AreaTitle = found.AreaNumber is { } number ? FeedbackLookups.AreaTitle(number, found.AreaShortTitle) : null,
            CampaignTitle = found.CampaignTitle ?? string.Empty,
            SenderName = found.SenderName,
            SenderUnitName = found.SenderUnitName,
            SentAtUtc = found.SentAtUtc,
            Answer = found.Answer,
            AnsweredByName = found.AnsweredByName,
            AnsweredAtUtc = found.AnsweredAtUtc,
            Files = found.Files,
            CanReply = found.Status == FeedbackStatus.Open && User.IsInRole(Roles.NoiVu),
        };
        return new LoadedDetails(view, found.SenderUserName, found.UnitId, found.SenderUnitId);
    }
}
