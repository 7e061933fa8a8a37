using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.CouncilDocuments;

/// <summary>
/// An invited member (name and position are public, as are attendance and whether his ballot came in — in the room or
/// as a written opinion). Nothing here says how anyone voted.
/// </summary>
public sealed record SessionMember(string FullName, string? Position, bool IsPresent, bool HasVoted = false)
{
    public string Describe() => string.IsNullOrWhiteSpace(Position) ? FullName : $"{FullName}, {Position}";
}

/// <summary>A person who signs: name and position (chủ trì, thư ký, trưởng ban kiểm phiếu).</summary>
public sealed record Signer(string? Name, string? Position);

/// <summary>One agenda nomination with the counts recorded at closing, measured with its award form's rule.</summary>
public sealed record VoteLine(
    NomineeKind Kind,
    string NomineeName,
    string? NomineePosition,
    string UnitName,
    string AwardFormName,
    int AwardFormOrder,
    decimal QuorumPercent,
    decimal PassPercent,
    PassBase PassBase,
    VoteOutcome Outcome,
    bool QuorumMet,
    bool Passed);

/// <summary>The rule applied to one award form at this session, and how many of its nominations passed.</summary>
public sealed record AwardFormTally(
    string AwardFormName,
    decimal QuorumPercent,
    decimal PassPercent,
    PassBase PassBase,
    int QuorumRequired,
    int AgreeRequired,
    int Considered,
    int CollectivesPassed,
    int IndividualsPassed)
{
    public int Passed => CollectivesPassed + IndividualsPassed;
}

/// <summary>A closed council session as its documents need it: counts only, read from the agenda items.</summary>
public sealed class SessionRecord
{
    public int Id { get; init; }

    public required string CampaignTitle { get; init; }

    public required string Title { get; init; }

    public DateOnly MeetingDate { get; init; }

    public required string Place { get; init; }

    public CouncilSessionStatus Status { get; init; }

    public DateTime? ClosedAtUtc { get; init; }

    public IReadOnlyList<SessionMember> Members { get; init; } = [];

    public IReadOnlyList<VoteLine> Lines { get; init; } = [];

    /// <summary>The number of ballot receipts (who voted is not read, only how many).</summary>
    public int BallotsReceived { get; init; }

    public int PresentCount => Members.Count(m => m.IsPresent);

    public IEnumerable<SessionMember> Present => Members.Where(m => m.IsPresent);

    public IEnumerable<SessionMember> Absent => Members.Where(m => !m.IsPresent);

    /// <summary>Ballots of members present.</summary>
    public int PresentVoted => Members.Count(m => m.IsPresent && m.HasVoted);

    /// <summary>Written opinions: ballots of absent members.</summary>
    public int Written => Members.Count(m => !m.IsPresent && m.HasVoted);

    /// <summary>Absent members who sent no opinion.</summary>
    public int NotReturned => Members.Count(m => !m.IsPresent && !m.HasVoted);

    /// <summary>Award forms in their configured order, with the quorum and threshold applied and the counts passed.</summary>
    public IReadOnlyList<AwardFormTally> ByAwardForm() =>
        Lines.GroupBy(l => (l.AwardFormOrder, l.AwardFormName)).OrderBy(g => g.Key.AwardFormOrder).Select(g =>
        {
            var first = g.First();
            return new AwardFormTally(
                g.Key.AwardFormName, first.QuorumPercent, first.PassPercent, first.PassBase, first.Outcome.QuorumRequired,
                first.Outcome.AgreeRequired, g.Count(), g.Count(l => l.Passed && l.Kind == NomineeKind.Collective),
                g.Count(l => l.Passed && l.Kind == NomineeKind.Individual));
        }).ToList();
}

/// <summary>Biên bản họp Hội đồng: the layout prints the header; the template prints two signatures (thư ký, chủ trì).</summary>
public sealed class MinutesDocument : IOfficialDocument
{
    public required OfficialHeader Header { get; init; }

    public string? BodyCode => CouncilText.BodyCode;

    public required SessionRecord Session { get; init; }

    public TimeOnly? StartTime { get; init; }

    public TimeOnly? EndTime { get; init; }

    public required Signer Chair { get; init; }

    public required Signer Secretary { get; init; }

    public IReadOnlyList<string> MissingSigners =>
        new[] { ("Thư ký", Secretary.Name), ("Chủ trì", Chair.Name) }
            .Where(s => string.IsNullOrWhiteSpace(s.Item2)).Select(s => s.Item1).ToList();
}

/// <summary>Biên bản kiểm phiếu: counts per nomination; the committee signs (members left, head right).</summary>
public sealed class TallyDocument : IOfficialDocument
{
    public required OfficialHeader Header { get; init; }

    public string? BodyCode => CouncilText.BodyCode;

    public required SessionRecord Session { get; init; }

    public required Signer CommitteeHead { get; init; }

    public IReadOnlyList<string> CommitteeMembers { get; init; } = [];

    public IReadOnlyList<string> MissingSigners =>
        string.IsNullOrWhiteSpace(CommitteeHead.Name) ? ["Trưởng ban kiểm phiếu"] : [];
}

/// <summary>Wording shared by the council's documents.</summary>
public static class CouncilText
{
    public const string Parent = UnitIssuer.ProvincialParent;
    /// <summary>A no-break space keeps "KHEN THƯỞNG" together: the line breaks after the dash.</summary>
    public const string Body = "HỘI ĐỒNG THI ĐUA - KHEN\u00a0THƯỞNG";
    public const string BodyCode = "HĐTĐKT";

    /// <summary>"ngày 05 tháng 02 năm 2026" (NĐ 30 leading zeros, as in the header's date line).</summary>
    public static string LongDate(DateOnly d) =>
        $"ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}";

    /// <summary>"08 giờ 30 phút", or dots for the văn thư to fill in by hand.</summary>
    public static string Clock(TimeOnly? time) =>
        time is { } t ? $"{t.Hour:00} giờ {t.Minute:00} phút" : "…… giờ …… phút";

    /// <summary>"66,67" — a percentage as typed on the award form, without trailing zeros.</summary>
    public static string Percent(decimal value) => value.ToString("0.##", Vietnamese.Culture);

    /// <summary>"70,00" — a vote share with two decimals.</summary>
    public static string Share(decimal value) => value.ToString("N2", Vietnamese.Culture);

    /// <summary>"2 tập thể, 3 cá nhân", "1 cá nhân", "0 hồ sơ".</summary>
    public static string Counted(int collectives, int individuals)
    {
        var parts = new List<string>();
        if (collectives > 0)
        {
            parts.Add($"{collectives} tập thể");
        }

        if (individuals > 0)
        {
            parts.Add($"{individuals} cá nhân");
        }

        return parts.Count == 0 ? "0 hồ sơ" : string.Join(", ", parts);
    }

    /// <summary>The campaign's name up to its first clause, starting in lower case: "phong trào thi đua lập thành tích …".</summary>
    public static string CampaignPhrase(string campaignTitle)
    {
        var head = campaignTitle.Split(';')[0].Trim();
        return Vietnamese.LowerFirst(head);
    }
}

/// <summary>
/// The two signature columns of a biên bản (thư ký left, chủ trì right; or the counting committee's members left, its
/// head right). The layout's single signature and Nơi nhận are hidden by document.css when this block is present.
/// </summary>
public sealed record SignatureColumns(string LeftTitle, IReadOnlyList<string?> LeftNames, string RightTitle, string? RightName);
