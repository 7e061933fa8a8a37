using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Ballots;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>
/// Phiên họp xét khen thưởng của Hội đồng TĐKT tỉnh: the list, creating a session, and the page of a session (Sở Nội
/// vụ's, with attendance and agenda; an invited member's, to read the agenda and its dossiers). Postponing and
/// cancelling are in <see cref="CouncilScheduleController"/>, opening and closing the vote and its results in <see
/// cref="CouncilVotingController"/>, a member's ballot in <see cref="CouncilBallotsController"/>.
/// </summary>
public sealed class CouncilController(AppDbContext db, TimeProvider time, BallotKeyStore keys) : Controller
{
    private string CurrentUserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    private DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    [HttpGet]
    [Authorize(Roles = Roles.NoiVu + "," + Roles.CouncilMember)]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var campaign = await db.ActiveCampaignAsync(ct);
        var canManage = User.IsInRole(Roles.NoiVu);
        var userId = CurrentUserId;
        var sessions = new List<SessionListItem>();
        if (campaign is not null)
        {
            var query = db.CouncilSessions.AsNoTracking().Where(s => s.CampaignId == campaign.Id);
            if (!canManage)
            {
                query = query.Where(s => s.Members.Any(m => m.UserId == userId));
            }

            sessions = await query
                .OrderByDescending(s => s.MeetingDate).ThenByDescending(s => s.Id)
                .Select(s => new SessionListItem(s.Id, s.Title, s.MeetingDate, s.Place, s.Status, s.Members.Count, s.Members.Count(m => m.IsPresent), s.Agenda.Count)
                {
                    IsPresent = s.Members.Any(m => m.UserId == userId && m.IsPresent),
                    HasVoted = db.BallotReceipts.Any(r => r.SessionId == s.Id && r.UserId == userId),
                })
                .ToListAsync(ct);
        }

        return View(new SessionIndexModel { CampaignTitle = campaign?.Title, CanManage = canManage, Sessions = sessions });
    }

    [HttpGet]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is null)
        {
            return NoActiveCampaign();
        }

        var members = await CouncilQueries.CouncilMembersAsync(db, ct);
        members.ForEach(m => m.Selected = true);
        return View(new SessionCreateForm { CampaignTitle = campaign.Title, MeetingDate = VietnamTime.Today(time), Members = members });
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public async Task<IActionResult> Create(SessionCreateForm form, CancellationToken ct)
    {
        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is null)
        {
            return NoActiveCampaign();
        }

        // The names come from the database; a posted id that is not an active council member is ignored.
        var ticked = form.Members.Where(m => m.Selected && m.UserId is not null).Select(m => m.UserId!).ToHashSet(StringComparer.Ordinal);
        var members = await CouncilQueries.CouncilMembersAsync(db, ct);
        members.ForEach(m => m.Selected = ticked.Contains(m.UserId!));
        form.Members = members;
        form.CampaignTitle = campaign.Title;
        if (!ModelState.IsValid)
        {
            ForgetUnreadableTicks();
            return View(form);
        }

        var session = new CouncilSession
        {
            CampaignId = campaign.Id,
            Title = form.Title!.Trim(),
            MeetingDate = form.MeetingDate!.Value,
            Place = form.Place!.Trim(),
            CreatedByUserName = User.Identity?.Name ?? "?",
            CreatedAtUtc = NowUtc,
        };
        session.InviteMembers(members.Where(m => m.Selected).Select(m => (m.UserId!, m.FullName)));
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.CouncilSessions.Add(session);
            await db.SaveChangesAsync(ct);
            // The invited members learn the date, the place and where to read the agenda, on the bell and by e-mail; saved
            // with the session.
            UnitNotifications.AddForUsers(
                db, session.Members.Select(m => m.UserId), NotificationKind.CouncilSession,
                $"Mời họp Hội đồng: {session.Title}",
                $"Ngày {Vietnamese.Date(session.MeetingDate)} tại {session.Place}. Xem chương trình và hồ sơ trước phiên họp.",
                Url.Action(nameof(Details), new { id = session.Id }), NowUtc);
            await CouncilInvitationEmails.QueueAsync(db, Request, session, NowUtc, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        TempData.SetSuccess($"Đã tạo phiên họp với {session.Members.Count} thành viên được mời. Hãy điểm danh và đưa hồ sơ vào chương trình.");
        return RedirectToAction(nameof(Details), new { id = session.Id });
    }

    /// <summary>
    /// A member's tick posted as something other than true/false (a hand-made request) is refused by model binding; it
    /// cannot be shown back in a checkbox (the tag helper would fail), so the ticks shown are the ones read, and the
    /// refusal is said once above the form (the boxes have no message of their own).
    /// </summary>
    private void ForgetUnreadableTicks()
    {
        var unreadable = ModelState.Where(e => e.Key.EndsWith(".Selected", StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 })
            .Select(e => e.Key).ToList();
        unreadable.ForEach(key => ModelState.Remove(key));
        if (unreadable.Count > 0)
        {
            ModelState.AddModelError(string.Empty, "Danh sách thành viên được mời không hợp lệ; hãy đánh dấu lại các thành viên rồi lưu.");
        }
    }

    /// <summary>
    /// Sở Nội vụ's page of the session; for a council member invited to it, the agenda and its dossiers to read before
    /// and during the meeting (never who has voted).
    /// </summary>
    [HttpGet]
    [Authorize(Roles = Roles.NoiVu + "," + Roles.CouncilMember)]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var model = await CouncilQueries.DetailsAsync(db, id, ct);
        if (model is null)
        {
            return NotFound();
        }

        if (User.IsInRole(Roles.NoiVu))
        {
            return View(model);
        }

        var me = model.Members.FirstOrDefault(m => m.UserId == CurrentUserId);
        return me is null ? Forbid() : View("MemberDetails", new MemberSessionModel(model, me));
    }

    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public Task<IActionResult> Attendance(int id, AttendanceForm form, CancellationToken ct) =>
        this.ChangeSessionAsync(db, keys, id, form.Version, false, session =>
        {
            var present = form.Members.Where(m => m.Selected && m.UserId is not null).Select(m => m.UserId!).ToHashSet(StringComparer.Ordinal);
            session.RecordAttendance(present);
            return Task.FromResult($"Đã ghi nhận điểm danh: {session.PresentCount}/{session.Members.Count} thành viên có mặt.");
        }, ct);

    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public Task<IActionResult> AddToAgenda(int id, AgendaAddForm form, CancellationToken ct) =>
        this.ChangeSessionAsync(db, keys, id, form.Version, true, async session =>
        {
            var wanted = form.Candidates.Where(c => c.Selected).Select(c => c.NominationId).Distinct().ToList();
            if (wanted.Count == 0)
            {
                throw new DomainException("Hãy chọn ít nhất một hồ sơ để đưa vào chương trình phiên họp.");
            }

            var nominations = await db.Nominations.Include(n => n.AwardForm).Where(n => wanted.Contains(n.Id)).ToListAsync(ct);
            if (nominations.Count != wanted.Count)
            {
                throw new DomainException("Không tìm thấy một số hồ sơ đã chọn. Hãy tải lại trang.");
            }

            foreach (var nomination in nominations.OrderBy(n => wanted.IndexOf(n.Id)))
            {
                session.AddToAgenda(nomination, User.ToActor(), NowUtc);
            }

            return $"Đã đưa {nominations.Count} hồ sơ vào chương trình phiên họp.";
        }, ct);

    [HttpPost]
    [Authorize(Policy = Policies.ManageAwards)]
    public Task<IActionResult> RemoveFromAgenda(int id, AgendaRemoveForm form, CancellationToken ct) =>
        this.ChangeSessionAsync(db, keys, id, form.Version, true, session =>
        {
            var item = session.Agenda.Find(a => a.NominationId == form.NominationId)
                ?? throw new DomainException("Hồ sơ không có trong chương trình phiên họp.");
            session.RemoveFromAgenda(item, User.ToActor(), NowUtc);
            return Task.FromResult($"Đã rút hồ sơ \"{item.Nomination!.NomineeName}\" khỏi chương trình phiên họp.");
        }, ct);

    private RedirectToActionResult NoActiveCampaign()
    {
        TempData.SetError("Hiện không có phong trào thi đua nào đang triển khai nên chưa thể tạo phiên họp.");
        return RedirectToAction(nameof(Index));
    }
}
