namespace LangSon.ThiDua.Domain.Seeding;

/// <summary>
/// The three award forms of plan section IV, and the Cờ thi đua của UBND tỉnh that khối/cụm propose (issue 23), with
/// their rules as data. The vote thresholds and the khối/cụm vote rule are defaults chosen for the portal (see
/// docs/reference-data.md); Admin edits them.
/// </summary>
public static class AwardFormSeed
{
    public const string GiayKhen = "GIAY-KHEN";
    public const string BangKhenTinh = "BANG-KHEN-CT-UBND";
    public const string BangKhenThuTuong = "BANG-KHEN-TTG";
    public const string CoThiDuaTinh = "CO-THI-DUA-UBND";

    /// <summary>
    /// A khối/cụm proposes a unit when at least this share of the member units present vote for it (portal default,
    /// to be set from the province's quy chế of khối/cụm).
    /// </summary>
    public const decimal DefaultGroupVotePercent = 70m;

    private const DossierDocuments AllDocuments =
        DossierDocuments.Submission | DossierDocuments.AchievementReport | DossierDocuments.MeetingMinutes;

    /// <summary>Where the Prime Minister's Bằng khen's history rules come from (checked in docs/awards.md).</summary>
    public const string PrimeMinisterBasis =
        "Luật Thi đua, khen thưởng 2022 (điều về Bằng khen của Thủ tướng Chính phủ) và nghị định hướng dẫn: "
        + "\"Đã được tặng Bằng khen cấp bộ, ngành, tỉnh…, 05 năm tiếp theo liên tục hoàn thành xuất sắc nhiệm vụ\" "
        + "(cùng tiêu chuẩn tại Nghị định 65/2014/NĐ-CP, Điều 23 khoản 1 điểm c) — cần đối chiếu văn bản hiện hành.";

    /// <summary>The interval rules are the province's choice, not a quoted article (docs/awards.md).</summary>
    public const string IntervalBasis =
        "Quy ước của tỉnh (mặc định của cổng, chưa đối chiếu được văn bản): không khen cùng hình thức "
        + "cho thành tích của cùng một khoảng thời gian.";

    /// <summary>The forms with their history rules (<see cref="AwardEligibilityRule"/>).</summary>
    public static IReadOnlyList<AwardForm> Create()
    {
        var forms = Forms();
        var province = forms.Single(f => f.Code == BangKhenTinh);
        province.EligibilityRules.Add(new AwardEligibilityRule
        {
            Kind = EligibilityRuleKind.MinimumInterval, Years = 1, LegalBasis = IntervalBasis, SortOrder = 1,
        });
        forms.Single(f => f.Code == BangKhenThuTuong).EligibilityRules.AddRange(
        [
            new AwardEligibilityRule
            {
                Kind = EligibilityRuleKind.EarlierAward, RequiredAwardForm = province, LegalBasis = PrimeMinisterBasis,
                SortOrder = 1,
            },
            new AwardEligibilityRule
            {
                Kind = EligibilityRuleKind.ConsecutiveRatings, Years = 5, MinimumRating = TaskRating.Excellent,
                LegalBasis = PrimeMinisterBasis, SortOrder = 2,
            },
            new AwardEligibilityRule
            {
                Kind = EligibilityRuleKind.MinimumInterval, Years = 5, LegalBasis = IntervalBasis, SortOrder = 3,
            },
        ]);
        return forms;
    }

    private static List<AwardForm> Forms() =>
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
            Code = CoThiDuaTinh,
            Name = "Cờ thi đua của UBND tỉnh",
            DecisionLevel = DecisionLevel.Province,
            NomineeKinds = NomineeKinds.Collective,
            RequiresCouncilVote = true,
            QuorumPercent = VoteRule.DefaultQuorumPercent,
            PassThresholdPercent = VoteRule.DefaultPassPercent,
            PassBase = PassBase.AllMembers,
            MinimumTaskRating = TaskRating.Excellent,
            Eligibility = "Tập thể hoàn thành xuất sắc, toàn diện nhiệm vụ công tác trong năm, là tập thể tiêu biểu "
                + "xuất sắc dẫn đầu khối, cụm thi đua của tỉnh, được khối, cụm suy tôn tại hội nghị tổng kết (Luật "
                + "Thi đua, khen thưởng 2022, Điều 26). Mỗi khối, cụm đề nghị theo tỷ lệ biểu quyết và số lượng "
                + "quy định.",
            RequiredDocuments = AllDocuments,
            GroupVotePercent = DefaultGroupVotePercent,
            GroupQuota = 1,
            SortOrder = 2,
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
            GroupVotePercent = DefaultGroupVotePercent,
            GroupQuota = 2,
            SortOrder = 3,
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
            SortOrder = 4,
        },
    ];
}
