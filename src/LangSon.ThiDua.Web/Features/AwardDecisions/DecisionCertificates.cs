using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Certificates;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.AwardDecisions;

/// <summary>
/// The print links of a decision's page: the register lines the decision entered (by nomination, revoked lines
/// left out), and whether the form has a blank to print on. Only for those who print every line (Sở Nội vụ,
/// Admin); a Tờ trình awards nobody, so it prints nothing.
/// </summary>
public sealed record DecisionCertificates(bool HasBlank, IReadOnlyDictionary<int, int> LineByNomination)
{
    public static async Task<DecisionCertificates?> ForAsync(
        AppDbContext db, ClaimsPrincipal user, int formId, AwardDecisionKind kind, string number, DateOnly date,
        CancellationToken ct)
    {
        if (kind == AwardDecisionKind.ForwardingSubmission || !CertificateQueries.PrintsEveryLine(user))
        {
            return null;
        }

        var lines = await db.AwardRecords.AsNoTracking()
            .Where(r => r.DecisionNumber == number && r.DecisionDate == date && r.NominationId != null)
            .Where(r => r.RevokedOn == null)
            .Select(r => new { NominationId = r.NominationId!.Value, r.Id })
            .ToDictionaryAsync(r => r.NominationId, r => r.Id, ct);
        var hasBlank = await db.CertificateBlanks.AnyAsync(b => b.AwardFormId == formId, ct);
        return lines.Count == 0 ? null : new DecisionCertificates(hasBlank, lines);
    }

    /// <summary>The register line to print for a nominee of the list, when there is a blank for it.</summary>
    public int? LineOf(int nominationId) =>
        HasBlank && LineByNomination.TryGetValue(nominationId, out var id) ? id : null;
}
