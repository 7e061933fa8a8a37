using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.Feedback;

/// <summary>
/// Who reads which feedback: Sở Nội vụ and Admin read all; the sender reads his own; a unit user (head, staff) also
/// reads his unit's (sent from it or about it); an observer reads his own only. Attachments follow their feedback.
/// </summary>
public static class FeedbackAccess
{
    /// <summary>Roles that open the feedback pages at all (council members do not).</summary>
    public const string PageRoles = $"{Roles.NoiVu},{Roles.Admin},{Roles.Observer},{Roles.UnitHead},{Roles.UnitStaff}";

    /// <summary>Roles that send feedback.</summary>
    public const string SenderRoles = $"{Roles.Observer},{Roles.UnitHead},{Roles.UnitStaff}";

    public static bool ReadsAll(ClaimsPrincipal user) => user.IsInRole(Roles.NoiVu) || user.IsInRole(Roles.Admin);

    public static bool IsUnitUser(ClaimsPrincipal user) => Roles.UnitScoped.Any(user.IsInRole);

    /// <summary>The unit whose feedback the user reads besides his own: a unit user's unit; none for an observer.</summary>
    public static int? ReadUnit(ClaimsPrincipal user) => IsUnitUser(user) ? user.UnitId() : null;

    /// <summary>The feedback the user may read, as a query (filtered in SQL).</summary>
    public static IQueryable<Domain.Feedback> ReadableBy(this IQueryable<Domain.Feedback> feedback, ClaimsPrincipal user)
    {
        if (ReadsAll(user))
        {
            return feedback;
        }

        var userName = user.Identity?.Name ?? string.Empty;
        return ReadUnit(user) is { } unitId
            ? feedback.Where(f => f.SenderUserName == userName || f.UnitId == unitId || f.SenderUnitId == unitId)
            : feedback.Where(f => f.SenderUserName == userName);
    }

    public static bool CanRead(ClaimsPrincipal user, string senderUserName, int? unitId, int? senderUnitId)
    {
        if (ReadsAll(user) || string.Equals(senderUserName, user.Identity?.Name, StringComparison.Ordinal))
        {
            return true;
        }

        return ReadUnit(user) is { } own && (unitId == own || senderUnitId == own);
    }
}
