using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Features.EmulationProposals;

/// <summary>
/// The biên bản of the khối/cụm's meeting, issued by the year's lead unit and signed by the chair: time, place and
/// units present, the closed ranking (the score sheet of the dossier), the vote per unit and form, and the proposals.
/// </summary>
public sealed class ProposalMinutes : IOfficialDocument
{
    public const string Template = "ProposalMinutesPdf";

    public required OfficialHeader Header { get; init; }

    public string? BodyCode => null;

    public required ProposalsViewModel Page { get; init; }

    public int SignatoryCount { get; init; }

    public string? TieBreakNote { get; init; }

    public static async Task<ProposalMinutes> BuildAsync(
        AppDbContext db, EmulationPact pact, ProposalsViewModel page, CancellationToken ct)
    {
        var meeting = pact.Meeting ?? throw new InvalidOperationException("The meeting is recorded first.");
        var letterhead = await UnitLetterhead.ForAsync(db, pact.LeadUnitId, ct);
        var header = letterhead.Header("BB", "Biên bản",
            $"Họp {page.GroupName} bình xét, suy tôn đơn vị dẫn đầu phong trào thi đua năm {pact.Year}");
        return new ProposalMinutes
        {
            Header = header with
            {
                Date = meeting.HeldOn,
                BlankYear = meeting.HeldOn.Year,
                SignerAuthority = null,
                SignerTitle = "Chủ trì",
                SignerName = meeting.ChairName,
                Recipients = ["Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Các đơn vị thành viên", "Lưu: VT"],
            },
            Page = page,
            SignatoryCount = pact.Signatories.Count,
            TieBreakNote = pact.TieBreakNote,
        };
    }
}
