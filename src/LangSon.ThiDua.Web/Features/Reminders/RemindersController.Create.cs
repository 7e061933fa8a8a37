using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Features.Units;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using UnitEntity = LangSon.ThiDua.Domain.Unit;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>Gửi đôn đốc (Sở Nội vụ only): pick units by rule or by hand, edit the text, send.</summary>
public sealed partial class RemindersController
{
    /// <summary>How many units a hand search lists at most.</summary>
    public const int SearchLimit = 50;

    /// <summary>
    /// Shows the units of the chosen rules pre-ticked (?rules=…&amp;rules=…&amp;notReportedDays=N; ?rule=… for one), or the
    /// units given by ?unit=… for a reminder chosen by hand.
    /// </summary>
    [HttpGet]
    [Authorize(Roles = Roles.NoiVu)]
    public async Task<IActionResult> Create(
        ReminderRule? rule, [FromQuery] List<ReminderRule>? rules, [FromQuery] string? notReportedDays,
        [FromQuery(Name = "unit")] int[]? unit, CancellationToken ct)
    {
        ModelState.Clear();
        var campaign = await db.ActiveCampaignAsync(ct);
        var form = new ReminderForm
        {
            Rules = [.. (rules ?? []).Append(rule ?? ReminderRule.Manual).Where(r => r != ReminderRule.Manual && (Reminder.AllRules & r) == r).Distinct()],
            UnitIds = [.. unit ?? []],
        };
        if (!string.IsNullOrWhiteSpace(notReportedDays))
        {
            form.NotReportedDays = int.TryParse(notReportedDays, out var days) ? days : 0;
        }

        if (form.Chosen.HasFlag(ReminderRule.NotReported) && !ReminderForm.ValidDays(form.NotReportedDays))
        {
            ModelState.AddModelError(nameof(ReminderForm.NotReportedDays), ReminderForm.DaysMessage);
        }

        form.Subject = ReminderTexts.Subject(form.Chosen);
        form.Body = ReminderTexts.Body(form.Chosen, campaign?.Title, campaign?.PlanDeadline, VietnamTime.Today(time));
        return View(await FillAsync(form, campaign, tickRuleUnits: true, ct));
    }

    [HttpPost]
    [Authorize(Roles = Roles.NoiVu)]
    public async Task<IActionResult> Create(ReminderForm form, CancellationToken ct)
    {
        var campaign = await db.ActiveCampaignAsync(ct);
        if (form.IsSearch || !ModelState.IsValid)
        {
            return View(await FillAsync(form, campaign, tickRuleUnits: false, ct));
        }

        var addressees = await AddresseesAsync(form, campaign, ct);
        if (addressees is null)
        {
            return View(await FillAsync(form, campaign, tickRuleUnits: false, ct));
        }

        var portalUrl = EmailLinks.PortalUrl(Request);
        var days = form.Chosen.HasFlag(ReminderRule.NotReported) ? form.Days : (int?)null;
        var outcome = await dispatcher.SendAsync(
            campaign?.Id, form.Chosen, days, form.Subject!, form.Body!, addressees, User.ToActor(), portalUrl, ct);
        var silent = outcome.UnitsWithoutUsers == 0 ? string.Empty
            : $" {outcome.UnitsWithoutUsers:N0} đơn vị chưa có tài khoản người dùng nên chưa nhận được thông báo (đôn đốc vẫn được lưu để theo dõi).";
        var queued = outcome.EmailsQueued == 0 ? string.Empty
            : " E-mail được gửi đi trong ít phút; tình trạng gửi của từng đơn vị ở bảng dưới.";
        TempData.SetSuccess($"Đã gửi đôn đốc đến {outcome.Units:N0} đơn vị: {outcome.Notifications:N0} thông báo trên cổng "
            + $"và {outcome.EmailsQueued:N0} e-mail.{queued}{silent}");
        return RedirectToAction(nameof(Details), new { id = outcome.ReminderId });
    }

    /// <summary>
    /// Each ticked unit with what applies to it, found again at sending. Chosen by rules, a ticked unit to which no
    /// chosen rule applies is refused (a model error naming it, and null): its message would have nothing true to say.
    /// </summary>
    private async Task<IReadOnlyList<ReminderAddressee>?> AddresseesAsync(ReminderForm form, Campaign? campaign, CancellationToken ct)
    {
        if (form.Chosen == ReminderRule.Manual)
        {
            return form.UnitIds.Select(id => new ReminderAddressee(id, null)).ToList();
        }

        if (campaign is null)
        {
            ModelState.AddModelError(nameof(ReminderForm.Rules), "Không có phong trào thi đua nào đang triển khai: chỉ gửi được đôn đốc chọn đơn vị thủ công.");
            return null;
        }

        var today = VietnamTime.Today(time);
        var found = (await targeting.FindAsync(form.Chosen, campaign.Id, today, form.Days, ct)).ToDictionary(f => f.UnitId);
        var outside = form.UnitIds.Where(id => !found.ContainsKey(id)).Distinct().ToList();
        if (outside.Count > 0)
        {
            var names = await db.Units.AsNoTracking().Where(u => outside.Contains(u.Id)).OrderBy(u => u.SearchName).Select(u => u.Name).ToListAsync(ct);
            ModelState.AddModelError(nameof(ReminderForm.UnitIds),
                $"Không gửi được: {string.Join(", ", names)} không thuộc tiêu chí nào đã chọn ({Reminder.Describe(form.Chosen, form.Days)}), " +
                "nên không có nội dung nào để đôn đốc. Hãy bỏ chọn, hoặc gửi riêng một văn bản đôn đốc chọn đơn vị thủ công.");
            return null;
        }

        return form.UnitIds.Distinct().Select(id => new ReminderAddressee(id, found[id].Text(today))).ToList();
    }

    /// <summary>
    /// The units to list: the rules' (none while N is invalid; ticked all on first display, as the user left them
    /// afterwards), the units ticked by hand, and on a search (by hand only) the other active units that match it.
    /// </summary>
    private async Task<ReminderForm> FillAsync(ReminderForm form, Campaign? campaign, bool tickRuleUnits, CancellationToken ct)
    {
        var badDays = form.Chosen.HasFlag(ReminderRule.NotReported) && !ReminderForm.ValidDays(form.NotReportedDays);
        var matched = campaign is null || form.Chosen == ReminderRule.Manual || badDays ? []
            : await targeting.FindAsync(form.Chosen, campaign.Id, VietnamTime.Today(time), form.Days, ct);
        var ticked = form.UnitIds.ToHashSet();
        var matchedIds = matched.Select(m => m.UnitId).ToHashSet();
        var byHand = ticked.Where(id => !matchedIds.Contains(id)).ToList();
        var units = await UnitInfoAsync(db.Units.Where(u => u.IsActive && (matchedIds.Contains(u.Id) || byHand.Contains(u.Id))), ct);
        var info = units.ToDictionary(u => u.Id);
        form.Candidates =
        [
            .. matched.Where(m => info.ContainsKey(m.UnitId))
                .Select(m => Candidate(info[m.UnitId], m.Reason, tickRuleUnits || ticked.Contains(m.UnitId))),
            .. units.Where(u => byHand.Contains(u.Id)).Select(u => Candidate(
                u, form.Chosen == ReminderRule.Manual ? "Chọn thủ công" : "Không thuộc tiêu chí nào đã chọn", true)),
        ];
        form.UnitIds = form.Candidates.Where(c => c.Selected).Select(c => c.Id).ToList();

        var hasFilter = form.Chosen == ReminderRule.Manual
            && (!string.IsNullOrWhiteSpace(form.Q) || form.Group is not null || form.Kind is not null);
        if (form.IsSearch && hasFilter)
        {
            var listed = form.Candidates.Select(c => c.Id).ToList();
            var query = db.Units.Where(u => u.IsActive && !listed.Contains(u.Id));
            if (!string.IsNullOrWhiteSpace(form.Q))
            {
                var folded = TextFolding.Fold(form.Q);
                query = query.Where(u => u.SearchName.Contains(folded));
            }

            if (form.Group is { } g)
            {
                query = query.Where(u => u.EmulationGroupId == g);
            }

            if (form.Kind is { } k)
            {
                query = query.Where(u => u.Kind == k);
            }

            var found = await UnitInfoAsync(query.OrderBy(u => u.Kind).ThenBy(u => u.SearchName).Take(SearchLimit + 1), ct);
            form.SearchTruncated = found.Count > SearchLimit;
            form.SearchResults = found.Take(SearchLimit).Select(u => Candidate(u, "Kết quả tìm kiếm", false)).ToList();
        }

        form.CampaignTitle = campaign?.Title;
        form.GroupOptions = await UnitLookups.GroupOptionsAsync(db, form.Group, ct);
        return form;
    }

    private sealed record UnitInfo(int Id, string Name, UnitKind Kind, string? GroupName, string SearchName);

    /// <summary>Units in their usual order: kind, then name.</summary>
    private static async Task<List<UnitInfo>> UnitInfoAsync(IQueryable<UnitEntity> units, CancellationToken ct)
    {
        var rows = await units.AsNoTracking()
            .Select(u => new UnitInfo(u.Id, u.Name, u.Kind, u.EmulationGroup!.Name, u.SearchName))
            .ToListAsync(ct);
        return rows.OrderBy(u => u.Kind).ThenBy(u => u.SearchName, StringComparer.Ordinal).ToList();
    }

    private static CandidateUnit Candidate(UnitInfo unit, string reason, bool selected) =>
        new(unit.Id, unit.Name, unit.Kind, unit.GroupName, reason, selected);
}
