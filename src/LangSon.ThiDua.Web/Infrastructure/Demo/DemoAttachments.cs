using System.Globalization;
using LangSon.ThiDua.Documents.Pdf;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: the wording of the demo's attached files, as a unit would have signed and scanned them: the unit's
/// báo cáo thành tích and the biên bản of its own emulation council for a nomination, a báo cáo tiến độ for a target.
/// </summary>
internal static class DemoAttachments
{
    private static readonly CultureInfo Vi = Domain.Text.Vietnamese.Culture;

    public static DemoAttachment AchievementReport(
        UnitLetterhead unit, string? code, NomineeInfo nominee, DateOnly date)
    {
        var who = nominee.Kind == NomineeKind.Individual ? "cá nhân" : "tập thể";
        return new DemoAttachment
        {
            Header = unit.Header("BC", "Báo cáo thành tích", "Đề nghị tặng " + nominee.AwardForm) with
            {
                Date = date, BlankYear = date.Year,
            },
            BodyCode = code,
            Paragraphs =
            [
                nominee.Kind == NomineeKind.Individual
                    ? $"Họ và tên: {nominee.Name}; chức vụ: {nominee.Position}; đơn vị công tác: {nominee.Workplace}."
                    : $"Tên tập thể: {nominee.Name}; cơ quan, đơn vị chủ quản: {nominee.Workplace}.",
                .. nominee.Summary.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                "Kết quả đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2025: "
                    + nominee.Rating.DisplayName().ToLower(Vi) + ".",
                $"Trên đây là báo cáo thành tích của {who} {nominee.Name}, đề nghị cấp có thẩm quyền xem xét, tặng "
                    + nominee.AwardForm + "./.",
            ],
        };
    }

    /// <summary>The biên bản of the unit's own emulation council that voted for the proposal.</summary>
    public static DemoAttachment MeetingMinutes(UnitLetterhead unit, NomineeInfo nominee, DateOnly date)
    {
        var who = nominee.Kind == NomineeKind.Individual ? "cá nhân" : "tập thể";
        var day = Vietnamese.Date(date);
        return new DemoAttachment
        {
            Header = unit.Header(
                "BB", "Biên bản", "Họp Hội đồng Thi đua - Khen thưởng xét đề nghị khen thưởng năm 2025") with
            {
                // The unit's council sits under the unit: "SỞ Y TẾ", "UBND PHƯỜNG TAM THANH".
                IssuingParent = unit.Body.Replace(
                    UnitIssuer.PeoplesCommittee + "\n", "UBND ", StringComparison.Ordinal),
                IssuingBody = "HỘI ĐỒNG THI ĐUA - KHEN\u00a0THƯỞNG",
                Number = $"{date.DayOfYear % 40 + 3:00}/BB-HĐTĐKT",
                Date = date,
                BlankYear = date.Year,
                SignerAuthority = "TM. HỘI ĐỒNG",
                SignerTitle = "Chủ tịch",
                Recipients = ["Sở Nội vụ (Ban Thi đua - Khen thưởng)", "Lưu: VT"],
            },
            Paragraphs =
            [
                $"Hôm nay, ngày {day}, tại trụ sở {unit.FullName}, Hội đồng Thi đua - Khen thưởng của "
                    + $"{unit.FullName} họp xét đề nghị khen thưởng năm 2025 trong phong trào thi đua của tỉnh.",
                "Thành phần: 7/7 thành viên Hội đồng có mặt; chủ trì: đồng chí "
                    + $"{unit.SignerName ?? "Thủ trưởng đơn vị"}, Chủ tịch Hội đồng; thư ký: cán bộ phụ trách công "
                    + "tác thi đua, khen thưởng.",
                $"Hội đồng đã nghe báo cáo thành tích của {who} {nominee.Name} và kết quả thực hiện các chỉ tiêu thi "
                    + "đua của đơn vị; các thành viên thảo luận và bỏ phiếu kín.",
                "Kết quả: 7/7 phiếu đồng ý (100%). Hội đồng thống nhất đề nghị cấp có thẩm quyền tặng "
                    + $"{nominee.AwardForm} cho {nominee.Name}. Biên bản đã được đọc lại cho các thành viên dự họp "
                    + "cùng nghe và thống nhất./.",
            ],
        };
    }

    /// <summary>The report a unit attached to its progress report: the target, its result, the narrative.</summary>
    public static DemoAttachment ProgressReport(
        UnitLetterhead unit, string? code, PlanTarget target, ProgressReport report)
    {
        var asOf = report.AsOfDate;
        var responsible = target.ResponsibleName
            + (string.IsNullOrWhiteSpace(target.ResponsiblePosition) ? "" : ", " + target.ResponsiblePosition);
        return new DemoAttachment
        {
            Header = unit.Header("BC", "Báo cáo", "Kết quả thực hiện chỉ tiêu thi đua đến ngày "
                + Vietnamese.Date(asOf)) with
            {
                Date = asOf, BlankYear = asOf.Year,
            },
            BodyCode = code,
            Paragraphs =
            [
                $"Chỉ tiêu: {target.Title}. Người chịu trách nhiệm: {responsible}.",
                target.MeasureKind == MeasureKind.Milestone
                    ? $"Kết quả: {(report.MilestoneDone == true ? "đã hoàn thành" : "chưa hoàn thành")}."
                    : $"Chỉ tiêu đề ra: {VietnameseNumber.Format(target.TargetValue)} {target.UnitOfMeasure}; "
                        + $"kết quả đạt {VietnameseNumber.Format(report.Value)} {target.UnitOfMeasure}.",
                report.Narrative ?? "",
                report.Difficulties is { } difficulties
                    ? "Khó khăn, vướng mắc: " + difficulties
                    : "Không có khó khăn, vướng mắc phát sinh.",
                "Đơn vị tiếp tục theo dõi, cập nhật kết quả trên Cổng thi đua tỉnh Lạng Sơn./.",
            ],
        };
    }
}

/// <summary>What the demo's nomination attachments say about the nominee.</summary>
internal sealed record NomineeInfo(
    NomineeKind Kind, string Name, string? Position, string Workplace, string AwardForm, TaskRating Rating,
    string Summary);
