using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>
/// Đôn đốc: the history (province-wide readers), one reminder's read receipts, a unit's reminders, the units that ignore
/// them, and the unit's own reading (which records the receipt). Sending is in RemindersController.Create.
/// </summary>
public sealed partial class RemindersController(
    AppDbContext db, IAuthorizationService authorization, TimeProvider time, ReminderTargeting targeting, ReminderDispatcher dispatcher)
    : Controller
{
    /// <summary>A reminder left unread longer than this puts its unit on the "ignored" list.</summary>
    public const int IgnoredAfterDays = 7;

    [HttpGet]
    public async Task<IActionResult> Index(ReminderRule? rule, int? page = null, CancellationToken ct = default)
    {
        if (!Policies.ProvinceWideRoles.Any(User.IsInRole))
        {
            return User.UnitId() is { } own && Roles.UnitScoped.Any(User.IsInRole) ? RedirectToAction(nameof(Unit), new { unitId = own }) : Forbid();
        }

        var reminders = db.Reminders.AsNoTracking();
        if (rule is { } r)
        {
            reminders = r == ReminderRule.Manual ? reminders.Where(x => x.Rule == r) : reminders.Where(x => (x.Rule & r) == r);
        }

        var results = await reminders.OrderByDescending(x => x.SentAtUtc).ThenByDescending(x => x.Id)
            .Select(x => new ReminderRow(x.Id, x.SentAtUtc, x.Rule, x.NotReportedDays, x.Subject, x.SentByFullName, x.Recipients.Count, x.Recipients.Count(p => p.ReadAtUtc != null)))
            .ToPageAsync(page, cancellationToken: ct);
        return View(new ReminderIndexViewModel { Rule = rule, Results = results, CanSend = User.IsInRole(Roles.NoiVu) });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ProvinceWideRead)]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var reminder = await db.Reminders.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new
            {
                r.Id, r.Subject, r.Body, r.Rule, r.NotReportedDays, r.SentByFullName, r.SentAtUtc,
                CampaignTitle = db.Campaigns.Where(c => c.Id == r.CampaignId).Select(c => c.Title).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (reminder is null)
        {
            return NotFound();
        }

        var recipients = await db.ReminderRecipients.AsNoTracking().Where(x => x.ReminderId == id)
            .OrderBy(x => x.Unit!.Kind).ThenBy(x => x.Unit!.SearchName)
            .Select(x => new
            {
                x.Id, x.UnitId, UnitName = x.Unit!.Name, x.Findings, x.ReadAtUtc, x.ReadByUserName,
                Users = db.Notifications.Count(n => n.ReminderRecipientId == x.Id),
                // The outbox is the one record of the e-mails: what was sent, what waits, what failed.
                Sent = db.OutboundEmails.Count(e => e.ReminderRecipientId == x.Id && e.State == OutboundEmailState.Sent),
                Failed = db.OutboundEmails.Count(e => e.ReminderRecipientId == x.Id
                    && (e.State == OutboundEmailState.Failed || e.State == OutboundEmailState.Discarded)),
                Waiting = db.OutboundEmails.Count(e => e.ReminderRecipientId == x.Id
                    && (e.State == OutboundEmailState.Pending || e.State == OutboundEmailState.Sending)),
            })
            .ToListAsync(ct);
        var names = await FullNamesAsync(recipients.Select(x => x.ReadByUserName), ct);
        return View(new ReminderDetailsViewModel
        {
            Id = reminder.Id,
            Subject = reminder.Subject,
            Body = reminder.Body,
            Rules = Reminder.Describe(reminder.Rule, reminder.NotReportedDays),
            SenderName = reminder.SentByFullName,
            SentAtUtc = reminder.SentAtUtc,
            CampaignTitle = reminder.CampaignTitle,
            Recipients = recipients.Select(x => new RecipientRow(
                x.Id, x.UnitId, x.UnitName, x.Findings, x.ReadAtUtc, x.ReadByUserName, x.ReadByUserName is { } u ? names.GetValueOrDefault(u) : null,
                new EmailCounts(x.Sent, x.Waiting, x.Failed), x.Users)).ToList(),
        });
    }

    /// <summary>
    /// A unit user opens the reminder: the unit's read receipt (first reader only) and the user's own notification are
    /// marked read. Province-wide readers may look without marking anything; nobody else gets in.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Open(int id, CancellationToken ct)
    {
        var recipient = await db.ReminderRecipients.Include(r => r.Reminder).Include(r => r.Unit).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (recipient is null)
        {
            return NotFound();
        }

        var unitReader = await this.MayAsync(authorization, recipient.UnitId, Policies.UnitWrite);
        var provinceWide = Policies.ProvinceWideRoles.Any(User.IsInRole);
        if (!unitReader && !provinceWide)
        {
            return Forbid();
        }

        if (unitReader)
        {
            var now = time.GetUtcNow().UtcDateTime;
            recipient.MarkRead(User.Identity!.Name!, now);
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
            var mine = await db.Notifications.Where(n => n.ReminderRecipientId == id && n.UserId == userId && n.ReadAtUtc == null).ToListAsync(ct);
            mine.ForEach(n => n.MarkRead(now));
            await db.SaveChangesAsync(ct);
        }

        var names = await FullNamesAsync([recipient.ReadByUserName], ct);
        var reminder = recipient.Reminder!;
        return View(new ReminderOpenViewModel
        {
            RecipientId = recipient.Id,
            ReminderId = reminder.Id,
            UnitId = recipient.UnitId,
            UnitName = recipient.Unit!.Name,
            Subject = reminder.Subject,
            Body = reminder.MessageFor(recipient),
            SenderName = reminder.SentByFullName,
            SentAtUtc = reminder.SentAtUtc,
            ReadAtUtc = recipient.ReadAtUtc,
            ReadByName = recipient.ReadByUserName is { } reader ? names.GetValueOrDefault(reader, reader) : null,
            IsUnitReader = unitReader,
            CanSeeDetails = provinceWide,
        });
    }

    /// <summary>The reminders a unit received, newest first: for province-wide readers and the unit's own users.</summary>
    [HttpGet("/Reminders/Unit/{unitId:int}")]
    public async Task<IActionResult> Unit(int unitId, int? page = null, CancellationToken ct = default)
    {
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct);
        if (unitName is null)
        {
            return NotFound();
        }

        if (!await this.MayAsync(authorization, unitId, Policies.UnitRead))
        {
            return Forbid();
        }

        var received = db.ReminderRecipients.AsNoTracking().Where(x => x.UnitId == unitId);
        var results = await received.OrderByDescending(x => x.Reminder!.SentAtUtc).ThenByDescending(x => x.Id)
            .Select(x => new UnitReminderRow(x.Id, x.ReminderId, x.Reminder!.SentAtUtc, x.Reminder.Rule, x.Reminder.NotReportedDays, x.Reminder.Subject, x.Reminder.SentByFullName, x.ReadAtUtc, x.ReadByUserName,
                db.OutboundEmails.Count(e => e.ReminderRecipientId == x.Id && e.State == OutboundEmailState.Sent)))
            .ToPageAsync(page, cancellationToken: ct);
        return View(new UnitRemindersViewModel
        {
            UnitId = unitId,
            UnitName = unitName,
            Results = results,
            UnreadCount = await received.CountAsync(x => x.ReadAtUtc == null, ct),
            CanSeeDetails = Policies.ProvinceWideRoles.Any(User.IsInRole),
            CanSend = User.IsInRole(Roles.NoiVu),
        });
    }

    /// <summary>Units that left reminders unread for more than <see cref="IgnoredAfterDays"/> days, the most silent first.</summary>
    [HttpGet]
    [Authorize(Policy = Policies.ProvinceWideRead)]
    public async Task<IActionResult> Ignored(string? q, int? group, UnitKind? kind, int? page = null, CancellationToken ct = default)
    {
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-IgnoredAfterDays);
        var unread = db.ReminderRecipients.AsNoTracking()
            .Where(x => x.ReadAtUtc == null && x.Reminder!.SentAtUtc < cutoff && x.Unit!.IsActive);
        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = TextFolding.Fold(q);
            unread = unread.Where(x => x.Unit!.SearchName.Contains(folded));
        }

        if (group is { } g)
        {
            unread = unread.Where(x => x.Unit!.EmulationGroupId == g);
        }

        if (kind is { } k)
        {
            unread = unread.Where(x => x.Unit!.Kind == k);
        }

        var counts = await unread.GroupBy(x => x.UnitId)
            .Select(x => new { UnitId = x.Key, Count = x.Count(), Oldest = x.Min(r => r.Reminder!.SentAtUtc), Latest = x.Max(r => r.Reminder!.SentAtUtc) })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Oldest).ThenBy(x => x.UnitId)
            .ToPageAsync(page, cancellationToken: ct);
        var ids = counts.Items.Select(x => x.UnitId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Kind, Group = u.EmulationGroup!.Name })
            .ToDictionaryAsync(u => u.Id, ct);
        var rows = counts.Items
            .Select(x => new IgnoredRow(x.UnitId, units[x.UnitId].Name, units[x.UnitId].Kind, units[x.UnitId].Group, x.Count, x.Oldest, x.Latest))
            .ToList();
        return View(new IgnoredViewModel
        {
            Q = q,
            Group = group,
            Kind = kind,
            Days = IgnoredAfterDays,
            Results = new Page<IgnoredRow> { Items = rows, Number = counts.Number, Size = counts.Size, TotalCount = counts.TotalCount },
            GroupOptions = await UnitLookups.GroupOptionsAsync(db, group, ct),
            CanSend = User.IsInRole(Roles.NoiVu),
        });
    }

    /// <summary>Full names of the given user names (the readers on a page: a few dozen at most).</summary>
    private async Task<Dictionary<string, string>> FullNamesAsync(IEnumerable<string?> userNames, CancellationToken ct)
    {
        var names = userNames.OfType<string>().Distinct().ToList();
        return names.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => names.Contains(u.UserName!)).ToDictionaryAsync(u => u.UserName!, u => u.FullName, ct);
    }
}
