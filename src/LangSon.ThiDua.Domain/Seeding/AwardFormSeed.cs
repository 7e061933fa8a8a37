namespace LangSon.ThiDua.Domain.Seeding;

/// <summary>
/// The three award forms of plan section IV with their rules as data. The vote thresholds are
/// defaults chosen for the portal (see docs/reference-data.md); Admin edits them.
/// </summary>
public static class AwardFormSeed
{
    public const string GiayKhen = "GIAY-KHEN";
    public const string BangKhenTinh = "BANG-KHEN-CT-UBND";
    public const string BangKhenThuTuong = "BANG-KHEN-TTG";

    private const DossierDocuments AllDocuments =
        DossierDocuments.Submission | DossierDocuments.AchievementReport | DossierDocuments.MeetingMinutes;

    public static IReadOnlyList<AwardForm> Create() =>
    [
        new AwardForm
        {
            Code = GiayKhen,
            Name = "Giấy khen",
            DecisionLevel = DecisionLevel.Unit,
            RequiresCouncilVote = false,
            MinimumTaskRating = TaskRating.Good,
            Eligibility = "Các cơ quan, tổ chức, đơn vị xét, khen thưởng theo thẩm quyền cho các tập thể, cá nhân hoàn thành tốt nhiệm vụ công tác năm 2025 trở lên, có thành tích tiêu biểu trong phong trào thi đua (Kế hoạch, mục IV.1). Đơn vị tự quyết định; kết quả được ghi nhận để thống kê.",
            RequiredDocuments = DossierDocuments.AchievementReport | DossierDocuments.MeetingMinutes,
            SortOrder = 1,
        },
        new AwardForm
        {
            Code = BangKhenTinh,
            Name = "Bằng khen của Chủ tịch UBND tỉnh",
            DecisionLevel = DecisionLevel.Province,
            RequiresCouncilVote = true,
            QuorumPercent = VoteRule.DefaultQuorumPercent,
            PassThresholdPercent = VoteRule.DefaultPassPercent,
            PassBase = PassBase.AllMembers,
            MinimumTaskRating = TaskRating.Good,
            Eligibility = "Tập thể, cá nhân hoàn thành tốt nhiệm vụ công tác năm 2025 trở lên, có thành tích tiêu biểu, xuất sắc, trực tiếp tham mưu hoàn thành các nhiệm vụ trọng tâm của tỉnh thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng (Kế hoạch, mục IV.1; Luật Thi đua, khen thưởng 2022, Điều 74).",
            RequiredDocuments = AllDocuments,
            SortOrder = 2,
        },
        new AwardForm
        {
            Code = BangKhenThuTuong,
            Name = "Bằng khen của Thủ tướng Chính phủ",
            DecisionLevel = DecisionLevel.PrimeMinister,
            RequiresCouncilVote = true,
            QuorumPercent = VoteRule.DefaultQuorumPercent,
            PassThresholdPercent = VoteRule.DefaultPassPercent,
            PassBase = PassBase.AllMembers,
            MinimumTaskRating = TaskRating.Excellent,
            Eligibility = "Thực hiện theo Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ; trên cơ sở thành tích đạt được, Hội đồng Thi đua - Khen thưởng tỉnh xem xét, đề nghị Thủ tướng Chính phủ khen thưởng (Kế hoạch, mục IV.2; Luật Thi đua, khen thưởng 2022, Điều 73).",
            RequiredDocuments = AllDocuments,
            SortOrder = 3,
        },
    ];
}
