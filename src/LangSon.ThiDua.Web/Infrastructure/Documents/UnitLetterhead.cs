using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// A unit's issuing body, place of issue and default signer for its documents. The signer is the head set in the unit's
/// settings (Admin, or the head confirming it on a print page); when none is set, the unit's first active Thủ trưởng
/// user; the title is printed as NĐ 30 wants it (TM./KT./Q. lines, no body name after the title).
/// </summary>
public sealed record UnitLetterhead(
    string? Parent, string Body, string Place, string FullName, string? SignerAuthority, string SignerTitle,
    string? SignerName)
{
    public static async Task<UnitLetterhead> ForAsync(AppDbContext db, int unitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.Name, u.Kind, u.HeadName, u.HeadTitle }).SingleAsync(ct);
        var (name, title) = (unit.HeadName, unit.HeadTitle);
        if (string.IsNullOrWhiteSpace(name))
        {
            var head = await HeadUserAsync(db, unitId, ct);
            (name, title) = (head.FullName, string.IsNullOrWhiteSpace(title) ? head.Position : title);
        }

        var (parent, body) = UnitIssuer.IssuingBodyFor(unit.Name, unit.Kind);
        var (authority, signerTitle) =
            SignerLine.For(UnitIssuer.CollectiveBody(unit.Kind), title, UnitIssuer.DefaultHeadTitle(unit.Kind));
        return new UnitLetterhead(
            parent, body, UnitIssuer.PlaceFor(unit.Name, unit.Kind), UnitIssuer.FullName(unit.Name, unit.Kind),
            authority, signerTitle, string.IsNullOrWhiteSpace(name) ? null : name.Trim());
    }

    /// <summary>A header of this unit's document: issuer, place and signer filled, the rest by the document.</summary>
    public OfficialHeader Header(string typeCode, string documentType, string subject) => new()
    {
        IssuingParent = Parent,
        IssuingBody = Body,
        Place = Place,
        TypeCode = typeCode,
        DocumentType = documentType,
        Subject = subject,
        SignerAuthority = SignerAuthority,
        SignerTitle = SignerTitle,
        SignerName = SignerName,
    };

    /// <summary>The unit's first active Thủ trưởng user (by user name): name and position, or nothing.</summary>
    private static async Task<(string? FullName, string? Position)> HeadUserAsync(
        AppDbContext db, int unitId, CancellationToken ct)
    {
        var headRoleId = await db.Roles.Where(r => r.Name == Roles.UnitHead).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var head = await db.Users.AsNoTracking()
            .Where(u => u.UnitId == unitId && u.IsActive
                && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == headRoleId))
            .OrderBy(u => u.UserName).Select(u => new { u.FullName, u.Position }).FirstOrDefaultAsync(ct);
        return (head?.FullName, head?.Position);
    }
}
