using FluentValidation;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Infrastructure;

namespace LangSon.ThiDua.Web.Features.Audit;

/// <summary>
/// Filters of the audit log, from the query string. "Operation" rather than "Action": the route
/// value "action" would otherwise bind into it.
/// </summary>
public sealed class AuditFilter
{
    public string? UserName { get; set; }

    public string? Operation { get; set; }

    public string? EntityType { get; set; }

    public string? EntityId { get; set; }

    /// <summary>First day, in Vietnam time.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Last day (inclusive), in Vietnam time.</summary>
    public DateOnly? To { get; set; }
}

public sealed class AuditFilterValidator : AbstractValidator<AuditFilter>
{
    public AuditFilterValidator()
    {
        RuleFor(f => f.UserName).MaximumLength(256).WithMessage("Tên người dùng tối đa 256 ký tự.");
        RuleFor(f => f.EntityId).MaximumLength(100).WithMessage("Mã bản ghi tối đa 100 ký tự.");
        RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From)
            .When(f => f.From is not null && f.To is not null)
            .WithMessage("\"Đến ngày\" không được trước \"Từ ngày\".");
    }
}

public sealed record AuditRow(long Id, DateTime AtUtc, string UserName, string? IpAddress, string Action, string EntityType, string? EntityId);

public sealed class AuditIndexModel
{
    public required AuditFilter Filter { get; init; }

    public required IReadOnlyList<string> EntityTypes { get; init; }

    public required Page<AuditRow> Page { get; init; }
}

public sealed record AuditChange(string Field, string? Old, string? New);

public sealed class AuditDetailsModel
{
    public required AuditEntry Entry { get; init; }

    public required IReadOnlyList<AuditChange> Changes { get; init; }

    /// <summary>The stored text when it is not a JSON object of changes (shown as is).</summary>
    public string? Unparsed { get; init; }
}

/// <summary>How the audit log is shown: Vietnam time, Vietnamese names for actions and entity types.</summary>
public static class AuditDisplay
{
    public static readonly IReadOnlyList<string> Actions =
    [
        AuditActions.Insert, AuditActions.Update, AuditActions.Delete,
        AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignInThrottled, AuditActions.SignOut,
        AuditActions.SessionsEnded, AuditActions.Export, AuditActions.AccessDenied, AuditActions.TwoFactorReset,
        AuditActions.EmailRetried, AuditActions.EmailDiscarded,
    ];

    private static readonly Dictionary<string, string> EntityNames = new(StringComparer.Ordinal)
    {
        [nameof(Campaign)] = "Phong trào thi đua",
        [nameof(ContentArea)] = "Nội dung thi đua",
        [nameof(AwardForm)] = "Hình thức khen thưởng",
        [nameof(Unit)] = "Cơ quan, đơn vị",
        [nameof(EmulationGroup)] = "Khối, cụm thi đua",
        [nameof(AppUser)] = "Người dùng",
        ["IdentityUserRole`1"] = "Vai trò của người dùng",
        ["IdentityRole"] = "Vai trò",
        [nameof(UnitPlan)] = "Kế hoạch của đơn vị",
        [nameof(PlanTarget)] = "Mục tiêu, chỉ tiêu",
        [nameof(ProgressReport)] = "Báo cáo tiến độ",
        [nameof(Attachment)] = "Tệp đính kèm",
        [nameof(Nomination)] = "Hồ sơ đề nghị khen thưởng",
        [nameof(NominationBatch)] = "Tờ trình đề nghị khen thưởng",
        [nameof(CouncilSession)] = "Phiên họp Hội đồng",
        [nameof(AwardDecision)] = "Quyết định khen thưởng",
        [nameof(AwardRecord)] = "Sổ khen thưởng",
        [nameof(Reminder)] = "Đôn đốc",
        [nameof(Feedback)] = "Phản ánh",
        [nameof(ExemplaryModel)] = "Gương điển hình",
        [nameof(AuditEntry)] = "Nhật ký hệ thống",
        [nameof(OutboundEmail)] = "E-mail gửi đi",
        [nameof(SeedRun)] = "Dữ liệu khởi tạo",
        [nameof(PlanTransition)] = "Lịch sử kế hoạch",
        [nameof(PlanVersion)] = "Phiên bản kế hoạch đã chấp thuận",
        [nameof(ReminderRecipient)] = "Đơn vị nhận đôn đốc",
        [nameof(NominationTarget)] = "Chỉ tiêu làm căn cứ đề nghị",
        [nameof(NominationTransition)] = "Lịch sử hồ sơ đề nghị",
        [nameof(NominationYearRating)] = "Xếp loại các năm trước",
        [nameof(NominationReopening)] = "Mở lại hạn đề nghị khen thưởng",
        [nameof(AgendaItem)] = "Hồ sơ trong chương trình phiên họp",
        [nameof(CouncilMember)] = "Thành viên dự phiên họp",
        [nameof(BallotReceipt)] = "Xác nhận đã bỏ phiếu",
        [nameof(AwardEligibilityRule)] = "Điều kiện khen thưởng",
        [nameof(AwardRecipientLink)] = "Đối chiếu trùng người trong sổ khen thưởng",
        [nameof(CertificateBlank)] = "Phôi bằng khen, giấy khen",
        [nameof(EmulationPact)] = "Giao ước thi đua",
        [nameof(PactCommitment)] = "Nội dung cam kết giao ước",
        [nameof(PactSignatory)] = "Đơn vị ký giao ước",
        [nameof(PactMeeting)] = "Cuộc họp bình xét khối, cụm",
        [nameof(PactVote)] = "Kết quả biểu quyết khối, cụm",
        [nameof(CriteriaSection)] = "Nhóm tiêu chí chấm điểm",
        [nameof(Criterion)] = "Tiêu chí chấm điểm",
        [nameof(PointAdjustment)] = "Mục điểm thưởng, điểm trừ",
        [nameof(ScoreSheet)] = "Phiếu chấm điểm thi đua",
        [nameof(ScoreLine)] = "Dòng phiếu chấm điểm",
        ["DigestRun"] = "Thư tổng hợp thông báo hằng ngày",
        ["DataProtectionKey"] = "Khóa bảo vệ dữ liệu",
        ["IdentityUserToken`1"] = "Khóa xác thực của người dùng",
        ["IdentityUserClaim`1"] = "Thuộc tính của người dùng",
        ["IdentityUserLogin`1"] = "Đăng nhập bên ngoài của người dùng",
        ["IdentityRoleClaim`1"] = "Quyền của vai trò",
        ["SummaryReport"] = "Báo cáo tổng kết",
        ["Request"] = "Yêu cầu truy cập",
    };

    public static string Time(DateTime atUtc) => VietnamTime.Format(atUtc, seconds: true);

    public static string EntityName(string entityType) =>
        EntityNames.TryGetValue(entityType, out var name) ? name : entityType;
}
