using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>A unit's issuing body and its default signer (the unit head: name and position), for its documents.</summary>
public sealed record UnitLetterhead(string? Parent, string Body, string? SignerAuthority, string SignerTitle, string? SignerName)
{
    public static async Task<UnitLetterhead> ForAsync(AppDbContext db, int unitId, string unitName, UnitKind kind, CancellationToken ct)
    {
        var headRoleId = await db.Roles.Where(r => r.Name == Roles.UnitHead).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var head = await db.Users.AsNoTracking()
            .Where(u => u.UnitId == unitId && u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == headRoleId))
            .OrderBy(u => u.UserName).Select(u => new { u.FullName, u.Position }).FirstOrDefaultAsync(ct);
        var (parent, body) = OfficialHeader.IssuingBodyFor(unitName, kind);
        var commune = kind is UnitKind.Commune or UnitKind.Ward;
        return new UnitLetterhead(
            parent,
            body,
            commune ? "TM. Ủy ban nhân dân" : null,
            string.IsNullOrWhiteSpace(head?.Position) ? (commune ? "Chủ tịch" : "Giám đốc") : head.Position,
            head?.FullName);
    }

    /// <summary>A header of this unit's document: issuing body and signer filled, the rest given by the document.</summary>
    public OfficialHeader Header(string typeCode, string documentType, string subject) => new()
    {
        IssuingParent = Parent,
        IssuingBody = Body,
        TypeCode = typeCode,
        DocumentType = documentType,
        Subject = subject,
        SignerAuthority = SignerAuthority,
        SignerTitle = SignerTitle,
        SignerName = SignerName,
    };
}
