using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.CouncilDocuments;

/// <summary>
/// Read-only projections for the council's documents. They read the counts recorded on the agenda items at closing and
/// whether each member's ballot came in (receipts: who, never what); never a ballot, never when it was cast.
/// </summary>
public static class CouncilDocumentQueries
{
    public static async Task<SessionRecord?> SessionAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var session = await db.CouncilSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new
            {
                s.Id, s.Title, s.MeetingDate, s.Place, s.Status, s.ClosedAtUtc,
                CampaignTitle = db.Campaigns.Where(c => c.Id == s.CampaignId).Select(c => c.Title).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (session is null)
        {
            return null;
        }

        var members = await db.CouncilMembers.AsNoTracking().Where(m => m.SessionId == id).OrderBy(m => m.Id)
            .Select(m => new SessionMember(
                m.FullName, db.Users.Where(u => u.Id == m.UserId).Select(u => u.Position).FirstOrDefault(), m.IsPresent,
                db.BallotReceipts.Any(r => r.SessionId == id && r.UserId == m.UserId)))
            .ToListAsync(ct);
        var lines = new List<VoteLine>();
        var received = 0;
        if (session.Status == CouncilSessionStatus.Closed)
        {
            var items = await db.AgendaItems.AsNoTracking().Where(a => a.SessionId == id)
                .OrderBy(a => a.SortOrder).ThenBy(a => a.Id)
                .Select(a => new
                {
                    Item = a, a.Nomination!.NomineeKind, a.Nomination.NomineeName, a.Nomination.NomineePosition,
                    UnitName = a.Nomination.Unit!.Name, Form = a.Nomination.AwardForm!,
                })
                .ToListAsync(ct);
            lines.AddRange(items.Select(x => Line(x.NomineeKind, x.NomineeName, x.NomineePosition, x.UnitName, x.Item, x.Form)));
            received = await db.BallotReceipts.AsNoTracking().CountAsync(r => r.SessionId == id, ct);
        }

        return new SessionRecord
        {
            Id = session.Id,
            CampaignTitle = session.CampaignTitle ?? "",
            Title = session.Title,
            MeetingDate = session.MeetingDate,
            Place = session.Place,
            Status = session.Status,
            ClosedAtUtc = session.ClosedAtUtc,
            Members = members,
            Lines = lines,
            BallotsReceived = received,
        };
    }

    /// <summary>The first active Sở Nội vụ user (by user name): the default thư ký and head of the counting committee.</summary>
    public static async Task<Signer> NoiVuOfficerAsync(AppDbContext db, CancellationToken ct)
    {
        var roleIds = db.Roles.Where(r => r.Name == Roles.NoiVu).Select(r => r.Id);
        var officer = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .OrderBy(u => u.UserName).Select(u => new Signer(u.FullName, u.Position)).FirstOrDefaultAsync(ct);
        return officer ?? new Signer(null, null);
    }

    /// <summary>The results for the workbook, in the agenda's order.</summary>
    public static VoteResultsModel Workbook(SessionRecord session) => new(
        session.Title,
        session.MeetingDate,
        session.Place,
        session.Members.Count,
        session.PresentCount,
        session.BallotsReceived,
        session.Lines.Select(l => new VoteResultRow(
            l.NomineeName, l.Kind, l.NomineePosition, l.UnitName, l.AwardFormName, l.Outcome.Agree, l.Outcome.Disagree,
            l.Outcome.Abstain, l.Outcome.AgreePercentOfBase, l.PassBase, l.Outcome.AgreeRequired, l.Outcome.QuorumRequired,
            l.QuorumMet, l.Passed)).ToList())
    {
        WrittenOpinions = session.Written,
    };

    /// <summary>
    /// Quorum met and passed are the values recorded at closing; the share and the required counts are recomputed from
    /// the recorded counts with the award form's rule (as the results page does).
    /// </summary>
    private static VoteLine Line(NomineeKind kind, string name, string? position, string unitName, AgendaItem item, AwardForm form)
    {
        var outcome = VoteRule.Evaluate(form, item.MemberCount ?? 0, item.PresentCount ?? 0, item.AgreeCount ?? 0, item.DisagreeCount ?? 0, item.AbstainCount ?? 0);
        return new VoteLine(
            kind, name, position, unitName, form.Name, form.SortOrder, form.QuorumPercent ?? VoteRule.DefaultQuorumPercent,
            form.PassThresholdPercent ?? VoteRule.DefaultPassPercent, form.PassBase, outcome, item.QuorumMet ?? false, item.Passed ?? false);
    }
}
