using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Council;

/// <summary>
/// The invitation e-mail to a council session: one per invited member with an address, with the session's date, place
/// and the link to its agenda; queued with the caller's changes (the caller saves, in the session's transaction).
/// </summary>
public static class CouncilInvitationEmails
{
    public static string Subject(CouncilSession session) =>
        $"Giấy mời họp Hội đồng Thi đua – Khen thưởng: {session.Title}";

    public static async Task<int> QueueAsync(
        AppDbContext db, HttpRequest request, CouncilSession session, DateTime nowUtc, CancellationToken ct)
    {
        var memberIds = session.Members.Select(m => m.UserId).Distinct().ToList();
        var members = await db.Users.AsNoTracking()
            .Where(u => memberIds.Contains(u.Id) && u.IsActive && u.Email != null && u.Email != "")
            .Select(u => new { u.FullName, u.Email })
            .ToListAsync(ct);
        var link = $"{EmailLinks.PortalUrl(request)}/Council/Details/{session.Id}";
        foreach (var member in members)
        {
            db.OutboundEmails.Add(OutboundEmail.Queue(
                OutboundEmailKind.CouncilInvitation, member.FullName, member.Email!, Subject(session),
                Body(session, member.FullName, link), nowUtc));
        }

        return members.Count;
    }

    private static string Body(CouncilSession session, string fullName, string link) =>
        $"""
        Kính gửi: {fullName}

        Sở Nội vụ tỉnh Lạng Sơn trân trọng kính mời đồng chí dự phiên họp xét khen thưởng
        của Hội đồng Thi đua – Khen thưởng tỉnh:

        Phiên họp: {session.Title}
        Thời gian: ngày {Vietnamese.Date(session.MeetingDate)}
        Địa điểm: {session.Place}

        Chương trình phiên họp và hồ sơ đề nghị khen thưởng được đăng trên
        Cổng thông tin Thi đua – Khen thưởng tỉnh Lạng Sơn:
        {link}

        Đề nghị đồng chí nghiên cứu hồ sơ trước phiên họp.

        Đây là thư gửi tự động, xin vui lòng không trả lời thư này.
        """;
}
