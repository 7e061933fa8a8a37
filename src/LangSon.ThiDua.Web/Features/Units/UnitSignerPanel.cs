using System.Security.Claims;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.Units;

/// <summary>
/// The unit's signer as its settings hold it, shown on the print pages of its documents (Features/Shared/_UnitSigner):
/// a warning when no name is set, and for the unit's own head a form to confirm name and title.
/// </summary>
public sealed record UnitSignerPanel(
    string UnitName, string? HeadName, string? HeadTitle, bool CanConfirm, string ReturnUrl)
{
    public bool Missing => string.IsNullOrWhiteSpace(HeadName);

    public static async Task<UnitSignerPanel> ForAsync(
        AppDbContext db, ClaimsPrincipal user, int unitId, string returnUrl, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.Name, u.HeadName, u.HeadTitle }).SingleAsync(ct);
        var canConfirm = user.IsInRole(Roles.UnitHead) && user.UnitId() == unitId;
        return new UnitSignerPanel(unit.Name, unit.HeadName, unit.HeadTitle, canConfirm, returnUrl);
    }
}
