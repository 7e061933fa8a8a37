using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>One line of a Danh sách đề nghị khen thưởng (or of a decision's list).</summary>
public sealed record NomineeListRow(
    string AwardFormName,
    int AwardFormOrder,
    NomineeKind Kind,
    string Name,
    string? Position,
    string? Workplace,
    string UnitName,
    string? Note = null);

/// <summary>
/// The list annexed to a Tờ trình or a Quyết định: by award form, then tập thể before cá nhân, numbered within each
/// group (rendered by Features/Shared/_NomineeList.cshtml).
/// </summary>
public sealed class NomineeList
{
    public required string Title { get; init; }

    /// <summary>"(Kèm theo Tờ trình số 45/TTr-SYT ngày 15/12/2025 của Sở Y tế)".</summary>
    public string? Subtitle { get; init; }

    public IReadOnlyList<NomineeListRow> Rows { get; init; } = [];

    /// <summary>Award form → kind → rows, in the order they are printed.</summary>
    public IEnumerable<(string AwardForm, IEnumerable<(NomineeKind Kind, IReadOnlyList<NomineeListRow> Rows)> Kinds)> Groups() =>
        Rows.GroupBy(r => (r.AwardFormOrder, r.AwardFormName)).OrderBy(g => g.Key.AwardFormOrder)
            .Select(form => (form.Key.AwardFormName, form.GroupBy(r => r.Kind).OrderBy(k => k.Key)
                .Select(kind => (kind.Key, (IReadOnlyList<NomineeListRow>)kind.OrderBy(r => r.Name, Vietnamese.Order).ToList()))));
}
