using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Features.AwardForms;

public sealed record AwardFormListItem(
    int Id, string Code, string Name, DecisionLevel DecisionLevel, bool RequiresCouncilVote,
    decimal? QuorumPercent, decimal? PassThresholdPercent, PassBase PassBase, int SortOrder, bool IsActive);

public static class AwardFormDisplay
{
    /// <summary>"66,67%" in vi-VN, without useless trailing zeros.</summary>
    public static string Percent(decimal? value) => value is { } v ? Vietnamese.Percent(v, decimals: 2) : "—";

    public static string VoteRule(bool requiresVote, decimal? quorum, decimal? threshold, PassBase passBase) =>
        requiresVote
            ? $"Có mặt tối thiểu {Percent(quorum)} thành viên để mở bỏ phiếu và thu về tối thiểu chừng ấy phiếu "
                + $"(kể cả ý kiến bằng văn bản); thông qua khi đạt từ {Percent(threshold)} phiếu đồng ý "
                + $"{passBase.DisplayName()}"
            : "Không cần Hội đồng biểu quyết";

    public static string Flags<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var names = Enum.GetValues<TEnum>()
            .Where(f => Convert.ToInt32(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f))
            .Select(f => f.DisplayName())
            .ToList();
        return names.Count == 0 ? "Không có" : string.Join(", ", names);
    }
}
