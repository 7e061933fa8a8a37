using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.DecisionDocuments;

/// <summary>Reading a decision and its nominees, and the document's defaults (number, date and signer from the data).</summary>
public sealed partial class DecisionDocumentsController
{
    private sealed record DecisionSource(
        int Id, AwardDecisionKind Kind, string Number, DateOnly Date, string SignerName, string SignerTitle,
        string AwardFormName, int AwardFormOrder, string CampaignTitle, string LegalBasis);

    /// <summary>The province's own documents only: a Prime Minister's decision is recorded here, not drafted.</summary>
    private Task<DecisionSource?> FindAsync(int id, CancellationToken ct) =>
        db.AwardDecisions.AsNoTracking().Where(d => d.Id == id && d.Kind != AwardDecisionKind.PrimeMinisterDecision)
            .Select(d => new DecisionSource(
                d.Id, d.Kind, d.Number, d.Date, d.SignerName, d.SignerTitle, d.AwardForm!.Name, d.AwardForm.SortOrder,
                db.Campaigns.Where(c => c.Id == d.CampaignId).Select(c => c.Title).FirstOrDefault() ?? "",
                db.Campaigns.Where(c => c.Id == d.CampaignId).Select(c => c.LegalBasis).FirstOrDefault() ?? ""))
            .SingleOrDefaultAsync(ct);

    /// <summary>The decision's nominees, tập thể first, with the count of the council session that passed them.</summary>
    private async Task<(List<DecisionDocumentNominee> Nominees, List<DecisionSessionSummary> Sessions)> NomineesAsync(int id, CancellationToken ct)
    {
        var rows = await db.Nominations.AsNoTracking().Where(n => n.AwardDecisionId == id)
            .OrderBy(n => n.NomineeKind).ThenBy(n => n.UnitId).ThenBy(n => n.NomineeSearchName).ThenBy(n => n.Id)
            .Select(n => new
            {
                n.NomineeKind, n.NomineeName, n.NomineePosition, n.NomineeWorkplace, UnitName = n.Unit!.Name,
                Result = db.AgendaItems.Where(a => a.NominationId == n.Id && a.Passed == true).OrderByDescending(a => a.Id)
                    .Select(a => new { a.SessionId, a.AgreeCount, a.PresentCount }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var sessionIds = rows.Where(r => r.Result is not null).Select(r => r.Result!.SessionId).Distinct().ToList();
        var sessions = await db.CouncilSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id))
            .OrderBy(s => s.MeetingDate).ThenBy(s => s.Id)
            .Select(s => new DecisionSessionSummary(s.MeetingDate, s.Members.Count, s.Members.Count(m => m.IsPresent)))
            .ToListAsync(ct);
        var nominees = rows
            .Select(r => new DecisionDocumentNominee(r.NomineeKind, r.NomineeName, r.NomineePosition, r.NomineeWorkplace, r.UnitName,
                r.Result?.AgreeCount, r.Result?.PresentCount))
            .ToList();
        return (nominees, sessions);
    }

    /// <summary>
    /// A Quyết định of the Chairman is signed by him, or "KT. CHỦ TỊCH" by a Vice-Chairman; the Tờ trình is the People's
    /// Committee's, signed "TM. ỦY BAN NHÂN DÂN" (and "KT. CHỦ TỊCH" under it when a Vice-Chairman signs).
    /// </summary>
    private static OfficialHeader DefaultHeader(DecisionSource decision)
    {
        var decides = decision.Kind == AwardDecisionKind.Decision;
        var (authority, title) =
            SignerLine.For(decides ? null : UnitIssuer.PeoplesCommittee, decision.SignerTitle, "Chủ tịch");
        return new OfficialHeader
        {
            IssuingParent = null,
            IssuingBody = UnitIssuer.ProvincialCommittee,
            Number = decision.Number,
            TypeCode = decides ? "QĐ" : "TTr",
            Date = decision.Date,
            // A blank date (the proposal's, the user's own) is in the decision's year, not necessarily this one.
            BlankYear = decision.Date.Year,
            DocumentType = decides ? "Quyết định" : "Tờ trình",
            Subject = decides ? "Về việc tặng " + decision.AwardFormName : "Về việc đề nghị Thủ tướng Chính phủ tặng Bằng khen",
            SignerAuthority = authority,
            SignerTitle = title,
            SignerName = decision.SignerName,
            Recipients = decides
                ? ["Như Điều 3;", "Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "Hội đồng Thi đua - Khen thưởng tỉnh;", "Các cơ quan, đơn vị có tập thể, cá nhân được khen thưởng;", "Lưu: VT, SNV."]
                : ["Như trên;", "Bộ Nội vụ;", "Thường trực Tỉnh ủy;", "Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "Sở Nội vụ;", "Lưu: VT, SNV."],
        };
    }

    private async Task<DecisionDocument> BuildAsync(DecisionSource decision, DecisionPrintForm form, CancellationToken ct)
    {
        var defaults = DefaultHeader(decision);
        var header = form.Applied(defaults);
        var (nominees, sessions) = await NomineesAsync(decision.Id, ct);
        var decides = decision.Kind == AwardDecisionKind.Decision;
        var reference = $"số {(Blank(header.Number) ?? $"\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/{header.TypeCode}-UBND")} ngày {DateText(header.Date, header.BlankYear)}";
        return new DecisionDocument
        {
            Header = header,
            BodyCode = "UBND",
            Kind = decision.Kind,
            AwardFormName = decision.AwardFormName,
            CampaignPhrase = CampaignPhrase(decision.CampaignTitle),
            LegalBases = LegalBases(decision.LegalBasis),
            ProposalReference = $"Tờ trình số {Blank(form.ProposalNumber) ?? "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TTr-SNV"} ngày {DateText(form.ProposalDate, header.BlankYear)}",
            Nominees = nominees,
            Sessions = sessions,
            Annex = new NomineeList
            {
                Title = decides
                    ? "Danh sách tập thể, cá nhân được tặng " + decision.AwardFormName
                    : "Danh sách tập thể, cá nhân đề nghị Thủ tướng Chính phủ tặng Bằng khen",
                Subtitle = decides
                    ? $"(Kèm theo Quyết định {reference} của Chủ tịch UBND tỉnh Lạng Sơn)"
                    : $"(Kèm theo Tờ trình {reference} của UBND tỉnh Lạng Sơn)",
                Rows = nominees.Select(n => new NomineeListRow(decision.AwardFormName, decision.AwardFormOrder, n.Kind, n.Name, n.Position, n.Workplace,
                    n.UnitName, decides || n.Agree is null ? null : $"{n.Agree}/{n.Present} phiếu đồng ý")).ToList(),
            },
        };
    }

    /// <summary>
    /// The campaign's legal basis, one instrument per line: split at a ";" followed by a capital ("…; Kế hoạch …"), not at
    /// one inside a title ("… của Đảng; tăng tốc, bứt phá …").
    /// </summary>
    private static List<string> LegalBases(string text) =>
        InstrumentSeparator().Split(text.Trim())
            .Select(b => b.Trim().TrimEnd('.', ';').Trim()).Where(b => b.Length > 0).ToList();

    [System.Text.RegularExpressions.GeneratedRegex(@";\s*(?=\p{Lu})", System.Text.RegularExpressions.RegexOptions.CultureInvariant, 1000)]
    private static partial System.Text.RegularExpressions.Regex InstrumentSeparator();

    /// <summary>"phong trào thi đua lập thành tích …": the campaign's title with a lower-case first letter, to follow "trong".</summary>
    private static string CampaignPhrase(string title) =>
        string.IsNullOrWhiteSpace(title) ? "phong trào thi đua" : Vietnamese.LowerFirst(title).TrimEnd('.');

    private static string DateText(DateOnly? date, int blankYear) =>
        date is { } d ? Vietnamese.Date(d) : $"\u00a0\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0\u00a0/{blankYear}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
