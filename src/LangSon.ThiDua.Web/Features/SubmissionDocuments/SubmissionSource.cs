using System.Globalization;
using System.Text;
using LangSon.ThiDua.Documents.Awards;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.SubmissionDocuments;

/// <summary>A unit's Tờ trình (nomination batch) and its nominees, read for the documents.</summary>
public sealed record SubmissionSource(
    int BatchId, int UnitId, string UnitCode, string UnitName, UnitKind UnitKind, string LegalBasis,
    string DocumentNumber, DateOnly DocumentDate, IReadOnlyList<SubmissionNominee> Nominees)
{
    /// <summary>
    /// Giấy khen (status UnitDecided) are left out of the Tờ trình and its Danh sách: the unit decides them itself and
    /// only records them in the portal, so asking the provincial council to award them would be wrong. The body mentions
    /// their number in one sentence instead.
    /// </summary>
    public IReadOnlyList<SubmissionNominee> Proposed => Nominees.Where(n => n.Status != NominationStatus.UnitDecided).ToList();

    public int UnitDecidedCount => Nominees.Count(n => n.Status == NominationStatus.UnitDecided);

    /// <summary>"Sở Y tế", "Ủy ban nhân dân phường Tam Thanh": the unit as the body text names it.</summary>
    public string UnitFullName => UnitIssuer.FullName(UnitName, UnitKind);

    /// <summary>The unit code in a blank number ("/TTr-SYT"); commune codes are digits and are left out.</summary>
    public string? BodyCode => UnitCode.All(char.IsAsciiLetter) ? UnitCode : null;

    public IReadOnlyList<AwardCount> Counts() =>
        Proposed.GroupBy(n => (n.AwardFormOrder, n.AwardForm, n.Level)).OrderBy(g => g.Key.AwardFormOrder)
            .Select(g => new AwardCount(g.Key.AwardForm, g.Key.Level,
                g.Count(n => n.Kind == NomineeKind.Collective), g.Count(n => n.Kind == NomineeKind.Individual)))
            .ToList();

    /// <summary>"Về việc đề nghị tặng thưởng Bằng khen của Chủ tịch UBND tỉnh và Bằng khen của Thủ tướng Chính phủ".</summary>
    public string Subject()
    {
        var forms = Counts().Select(c => c.AwardForm).ToList();
        return forms.Count switch
        {
            0 => "Về việc đề nghị khen thưởng",
            1 => "Về việc đề nghị tặng thưởng " + forms[0],
            _ => "Về việc đề nghị tặng thưởng " + string.Join(", ", forms[..^1]) + " và " + forms[^1],
        };
    }

    /// <summary>
    /// The default paragraph on the unit's achievements (the campaign is already named in the legal basis above it), well
    /// under the print form's 1.000 characters.
    /// </summary>
    public string DefaultSummary() =>
        $"Thực hiện phong trào thi đua nêu trên, {UnitFullName} đã quán triệt, triển khai đến toàn thể cán bộ, công chức, viên chức "
        + "và người lao động; cụ thể hóa các nội dung thi đua thành mục tiêu, chỉ tiêu, nhiệm vụ của đơn vị, gắn với việc thực hiện "
        + "nhiệm vụ chính trị năm 2025. Qua theo dõi, đánh giá, nhiều tập thể, cá nhân đã có thành tích xuất sắc, tiêu biểu, được "
        + "Hội đồng Thi đua - Khen thưởng của đơn vị họp xét, thống nhất đề nghị khen thưởng.";

    /// <summary>The Danh sách annexed to the Tờ trình (and the rows of its workbook).</summary>
    public NomineeList List(string subtitle) => new()
    {
        Title = ListTitle,
        Subtitle = subtitle,
        Rows = Proposed.Select(n => new NomineeListRow(n.AwardForm, n.AwardFormOrder, n.Kind, n.Name, n.Position, n.Workplace, n.UnitName)).ToList(),
    };

    public NomineeWorkbookModel Workbook(string? parent, string body) => new()
    {
        IssuingParent = parent,
        IssuingBody = body,
        Title = ListTitle,
        Subtitle = Subtitle(DocumentNumber, DocumentDate, 0),
        Rows = Proposed.Select(n => new NomineeWorkbookRow(n.AwardForm, n.AwardFormOrder, n.Kind, n.Name, n.Position, n.Workplace, n.UnitName)).ToList(),
    };

    /// <summary>"(Kèm theo Tờ trình số 45/TTr-SYT ngày 15/12/2025 của Sở Y tế)", with blanks where number or date are left to write by hand.</summary>
    public string Subtitle(string? number, DateOnly? date, int blankYear) =>
        $"(Kèm theo Tờ trình số {(string.IsNullOrWhiteSpace(number) ? "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/TTr" + (BodyCode is null ? "" : "-" + BodyCode) : number.Trim())}"
        + $" ngày {(date is { } d ? Vietnamese.Date(d) : $"\u00a0\u00a0\u00a0/\u00a0\u00a0\u00a0/{blankYear}")} của {UnitFullName})";

    public const string ListTitle = "Danh sách tập thể, cá nhân đề nghị khen thưởng";

    /// <summary>The batch and its nominees (those whose last Tờ trình it is), or null when there is no such batch.</summary>
    public static async Task<SubmissionSource?> LoadAsync(AppDbContext db, int batchId, CancellationToken ct)
    {
        var batch = await db.NominationBatches.AsNoTracking().Where(b => b.Id == batchId)
            .Select(b => new { b.Id, b.UnitId, b.Unit!.Code, b.Unit.Name, b.Unit.Kind, b.CampaignId, b.DocumentNumber, b.DocumentDate })
            .SingleOrDefaultAsync(ct);
        if (batch is null)
        {
            return null;
        }

        var legalBasis = await db.Campaigns.AsNoTracking().Where(c => c.Id == batch.CampaignId)
            .Select(c => c.LegalBasis).SingleAsync(ct);
        var nominees = await db.Nominations.AsNoTracking().Where(n => n.BatchId == batchId)
            .OrderBy(n => n.Id)
            .Select(n => new SubmissionNominee(n.AwardForm!.Name, n.AwardForm.SortOrder, n.AwardForm.DecisionLevel, n.NomineeKind, n.NomineeName,
                n.NomineePosition, n.NomineeWorkplace, n.Unit!.Name, n.Status))
            .ToListAsync(ct);
        return new SubmissionSource(batch.Id, batch.UnitId, batch.Code, batch.Name, batch.Kind, legalBasis,
            batch.DocumentNumber, batch.DocumentDate, nominees);
    }
}

public sealed record SubmissionNominee(
    string AwardForm, int AwardFormOrder, DecisionLevel Level, NomineeKind Kind, string Name, string? Position, string? Workplace,
    string UnitName, NominationStatus Status);
