using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationPacts;

/// <summary>
/// Giao ước thi đua as an administrative document: issued by the year's lead unit (its letterhead and head), the
/// commitments per content area, and the member units that signed, with their heads and the time of signing.
/// </summary>
public sealed class PactDocument : IOfficialDocument
{
    public required OfficialHeader Header { get; init; }

    public string? BodyCode => null;

    public required string GroupName { get; init; }

    public int Year { get; init; }

    public required string CampaignTitle { get; init; }

    public required string LeadName { get; init; }

    public string? DeputyName { get; init; }

    public required IReadOnlyList<CommitmentRow> Commitments { get; init; }

    public required IReadOnlyList<SignatoryRow> Signatories { get; init; }

    public static async Task<PactDocument> BuildAsync(
        AppDbContext db, EmulationPact pact, DateOnly today, CancellationToken ct)
    {
        var names = await db.EmulationPacts.AsNoTracking().Where(p => p.Id == pact.Id)
            .Select(p => new
            {
                Group = p.EmulationGroup!.Name,
                Campaign = p.Campaign!.Title,
                Lead = p.LeadUnit!.Name,
                Deputy = p.DeputyUnit == null ? null : p.DeputyUnit.Name,
            })
            .SingleAsync(ct);
        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == pact.CampaignId)
            .ToDictionaryAsync(a => a.Id, a => a.ShortTitle, ct);
        var letterhead = await UnitLetterhead.ForAsync(db, pact.LeadUnitId, ct);
        var date = pact.SignedAtUtc ?? pact.OpenedAtUtc;
        return new PactDocument
        {
            Header = letterhead.Header("GƯTĐ", "Giao ước thi đua", $"{names.Group} năm {pact.Year}") with
            {
                Date = date is { } d ? DateOnly.FromDateTime(VietnamTime.FromUtc(d)) : today,
                BlankYear = pact.Year,
                Recipients = ["Các đơn vị thành viên", "Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Lưu: VT"],
            },
            GroupName = names.Group,
            Year = pact.Year,
            CampaignTitle = names.Campaign,
            LeadName = names.Lead,
            DeputyName = names.Deputy,
            Commitments = pact.Commitments.OrderBy(c => c.Number).Select(c => new CommitmentRow(c.Id, c.Number,
                c.ContentAreaId is { } a ? areas.GetValueOrDefault(a) : null, c.Text)).ToList(),
            Signatories = pact.Signatories.OrderBy(s => s.UnitId == pact.LeadUnitId ? 0 : 1).ThenBy(s => s.UnitName)
                .Select(s => new SignatoryRow(s.UnitId, s.UnitName, s.SignerName, s.SignerTitle, s.SignedAtUtc))
                .ToList(),
        };
    }
}
