using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>Read-only projections of council sessions. None of them reads a ballot vote.</summary>
public static class CouncilQueries
{
    /// <summary>Active users in the CouncilMember role, in the order of their user names (hoidong1, hoidong2, …).</summary>
    public static async Task<List<MemberChoice>> CouncilMembersAsync(AppDbContext db, CancellationToken ct)
    {
        var roleIds = db.Roles.Where(r => r.Name == Roles.CouncilMember).Select(r => r.Id);
        var memberIds = db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
        return await db.Users.AsNoTracking()
            .Where(u => u.IsActive && memberIds.Contains(u.Id))
            .OrderBy(u => u.UserName)
            .Select(u => new MemberChoice { UserId = u.Id, FullName = u.FullName, Position = u.Position })
            .ToListAsync(ct);
    }

    public static IQueryable<AgendaRow> ToRows(this IQueryable<Nomination> nominations) =>
        nominations.Select(n => new AgendaRow(
            n.Id, n.NomineeKind, n.NomineeName, n.NomineePosition, n.Unit!.Name, n.AwardForm!.Name, n.TaskRating));

    /// <summary>The session's agenda in its order.</summary>
    public static Task<List<AgendaRow>> AgendaAsync(AppDbContext db, int sessionId, CancellationToken ct) =>
        db.AgendaItems.AsNoTracking()
            .Where(a => a.SessionId == sessionId)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
            .Select(a => a.Nomination!)
            .ToRows()
            .ToListAsync(ct);

    /// <summary>Eligible nominations of the campaign whose award form needs the council's vote (so on no agenda).</summary>
    public static Task<List<AgendaRow>> CandidatesAsync(AppDbContext db, int campaignId, CancellationToken ct) =>
        db.Nominations.AsNoTracking()
            .Where(n => n.CampaignId == campaignId && n.Status == NominationStatus.Eligible && n.AwardForm!.RequiresCouncilVote)
            .OrderBy(n => n.AwardForm!.SortOrder).ThenBy(n => n.Unit!.Name).ThenBy(n => n.NomineeName)
            .ToRows()
            .ToListAsync(ct);

    public static async Task<SessionDetailsModel?> DetailsAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.Id, s.CampaignId, s.Title, s.MeetingDate, s.Place, s.Status, s.Version, s.VotingOpenedAtUtc,
                s.ClosedAtUtc, s.StatusNote, MemberCount = s.Members.Count,
                QuorumPercents = s.Agenda.Select(a => a.Nomination!.AwardForm!.QuorumPercent).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (session is null)
        {
            return null;
        }

        // Receipts say who has voted (never how): shown to Sở Nội vụ while voting runs.
        var voted = (await db.BallotReceipts.AsNoTracking().Where(r => r.SessionId == id).Select(r => r.UserId).ToListAsync(ct)).ToHashSet();
        var members = await db.CouncilMembers.AsNoTracking().Where(m => m.SessionId == id).OrderBy(m => m.Id)
            .Select(m => new { m.UserId, m.FullName, m.IsPresent, Position = db.Users.Where(u => u.Id == m.UserId).Select(u => u.Position).FirstOrDefault() })
            .ToListAsync(ct);
        return new SessionDetailsModel
        {
            Id = session.Id,
            Title = session.Title,
            MeetingDate = session.MeetingDate,
            Place = session.Place,
            Status = session.Status,
            Version = session.Version,
            VotingOpenedAtUtc = session.VotingOpenedAtUtc,
            ClosedAtUtc = session.ClosedAtUtc,
            StatusNote = session.StatusNote,
            QuorumRequired = VoteRule.Quorum(session.MemberCount, session.QuorumPercents),
            Members = members.Select(m => new MemberRow(m.UserId, m.FullName, m.Position, m.IsPresent, voted.Contains(m.UserId))).ToList(),
            Agenda = await AgendaAsync(db, id, ct),
            Candidates = session.Status == CouncilSessionStatus.Preparing ? await CandidatesAsync(db, session.CampaignId, ct) : [],
        };
    }

    /// <summary>The counts recorded on each agenda item when the session closed (nothing before: the model has no rows).</summary>
    public static async Task<ResultsModel?> ResultsAsync(AppDbContext db, int id, bool canManage, CancellationToken ct)
    {
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Title, s.MeetingDate, s.Place, s.Status, s.ClosedAtUtc })
            .SingleOrDefaultAsync(ct);
        if (session is null)
        {
            return null;
        }

        var rows = new List<ResultRow>();
        BallotAttendance? attendance = null;
        if (session.Status == CouncilSessionStatus.Closed)
        {
            attendance = await AttendanceAsync(db, id, ct);
            var items = await db.AgendaItems.AsNoTracking().Where(a => a.SessionId == id)
                .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
                .Select(a => new { Item = a, a.Nomination!.AwardForm })
                .ToListAsync(ct);
            var nominations = (await db.Nominations.AsNoTracking()
                .Where(n => db.AgendaItems.Any(a => a.SessionId == id && a.NominationId == n.Id))
                .ToRows().ToListAsync(ct)).ToDictionary(r => r.NominationId);
            rows.AddRange(items.Select(x => Row(nominations[x.Item.NominationId], x.Item, x.AwardForm!)));
        }

        return new ResultsModel
        {
            Id = session.Id,
            Title = session.Title,
            MeetingDate = session.MeetingDate,
            Place = session.Place,
            Status = session.Status,
            ClosedAtUtc = session.ClosedAtUtc,
            CanManage = canManage,
            Rows = rows,
            Attendance = attendance,
        };
    }

    /// <summary>
    /// Who of the council took part, from attendance and receipts (who sent a ballot is not secret; what is, is not
    /// read): present and voted, present without a ballot, absent with a written opinion, absent without one.
    /// </summary>
    public static async Task<BallotAttendance> AttendanceAsync(AppDbContext db, int sessionId, CancellationToken ct)
    {
        var members = await db.CouncilMembers.AsNoTracking().Where(m => m.SessionId == sessionId)
            .Select(m => new
            {
                m.IsPresent, Voted = db.BallotReceipts.Any(r => r.SessionId == sessionId && r.UserId == m.UserId)
            })
            .ToListAsync(ct);
        return new BallotAttendance(
            members.Count,
            members.Count(m => m.IsPresent && m.Voted),
            members.Count(m => m.IsPresent && !m.Voted),
            members.Count(m => !m.IsPresent && m.Voted),
            members.Count(m => !m.IsPresent && !m.Voted));
    }

    /// <summary>
    /// One result line. Quorum met and passed are the values recorded at closing; the percentage and the required
    /// counts are recomputed from the recorded counts with the award form's rule, for display.
    /// </summary>
    private static ResultRow Row(AgendaRow nomination, AgendaItem item, AwardForm form)
    {
        var outcome = VoteRule.Evaluate(form, item.MemberCount ?? 0, item.PresentCount ?? 0, item.AgreeCount ?? 0, item.DisagreeCount ?? 0, item.AbstainCount ?? 0);
        return new ResultRow(
            nomination, outcome.Members, outcome.Present, outcome.Agree, outcome.Disagree, outcome.Abstain,
            outcome.NotVoting, form.PassBase, outcome.AgreePercentOfBase, outcome.AgreeRequired,
            outcome.QuorumRequired, item.QuorumMet ?? false, item.Passed ?? false);
    }
}
