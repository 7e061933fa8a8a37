using FluentValidation;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.Web.Features.AwardForms;

/// <summary>
/// Every field of a hình thức khen thưởng. The [Flags] enums are edited as one checkbox per flag
/// and mapped back in <see cref="ApplyTo"/>.
/// </summary>
public sealed class AwardFormForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public DecisionLevel? DecisionLevel { get; set; }

    public bool NomineeCollective { get; set; }

    public bool NomineeIndividual { get; set; }

    public bool RequiresCouncilVote { get; set; }

    public decimal? QuorumPercent { get; set; }

    public decimal? PassThresholdPercent { get; set; }

    public PassBase? PassBase { get; set; }

    /// <summary>Khối/cụm vote rule: empty when khối/cụm do not propose this form.</summary>
    public decimal? GroupVotePercent { get; set; }

    public int? GroupQuota { get; set; }

    public TaskRating? MinimumTaskRating { get; set; }

    public string? Eligibility { get; set; }

    public bool DocSubmission { get; set; }

    public bool DocAchievementReport { get; set; }

    public bool DocMeetingMinutes { get; set; }

    public int? SortOrder { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The checked nominee kinds as flags (read-only: not bound).</summary>
    public NomineeKinds NomineeKinds =>
        (NomineeCollective ? NomineeKinds.Collective : NomineeKinds.None)
        | (NomineeIndividual ? NomineeKinds.Individual : NomineeKinds.None);

    public DossierDocuments RequiredDocuments =>
        (DocSubmission ? DossierDocuments.Submission : DossierDocuments.None)
        | (DocAchievementReport ? DossierDocuments.AchievementReport : DossierDocuments.None)
        | (DocMeetingMinutes ? DossierDocuments.MeetingMinutes : DossierDocuments.None);

    public static AwardFormForm From(AwardForm f) => new()
    {
        Code = f.Code,
        Name = f.Name,
        DecisionLevel = f.DecisionLevel,
        NomineeCollective = f.NomineeKinds.HasFlag(NomineeKinds.Collective),
        NomineeIndividual = f.NomineeKinds.HasFlag(NomineeKinds.Individual),
        RequiresCouncilVote = f.RequiresCouncilVote,
        QuorumPercent = f.QuorumPercent,
        PassThresholdPercent = f.PassThresholdPercent,
        PassBase = f.PassBase,
        GroupVotePercent = f.GroupVotePercent,
        GroupQuota = f.GroupQuota,
        MinimumTaskRating = f.MinimumTaskRating,
        Eligibility = f.Eligibility,
        DocSubmission = f.RequiredDocuments.HasFlag(DossierDocuments.Submission),
        DocAchievementReport = f.RequiredDocuments.HasFlag(DossierDocuments.AchievementReport),
        DocMeetingMinutes = f.RequiredDocuments.HasFlag(DossierDocuments.MeetingMinutes),
        SortOrder = f.SortOrder,
        IsActive = f.IsActive,
    };

    public void ApplyTo(AwardForm f)
    {
        f.Code = Code!.Trim();
        f.Name = Name!.Trim();
        f.DecisionLevel = DecisionLevel!.Value;
        f.NomineeKinds = NomineeKinds;
        f.RequiresCouncilVote = RequiresCouncilVote;

        // Without a council vote there is no quorum or threshold: keep none rather than stale numbers.
        f.QuorumPercent = RequiresCouncilVote ? QuorumPercent : null;
        f.PassThresholdPercent = RequiresCouncilVote ? PassThresholdPercent : null;
        f.PassBase = PassBase!.Value;

        // A quota without a share to reach means nothing: none rather than a stale number.
        f.GroupVotePercent = GroupVotePercent;
        f.GroupQuota = GroupVotePercent is null ? null : GroupQuota;
        f.MinimumTaskRating = MinimumTaskRating!.Value;
        f.Eligibility = Eligibility!.Trim();
        f.RequiredDocuments = RequiredDocuments;
        f.SortOrder = SortOrder!.Value;
        f.IsActive = IsActive;
    }
}

public sealed class AwardFormFormValidator : AbstractValidator<AwardFormForm>
{
    public AwardFormFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Hãy nhập mã hình thức khen thưởng.")
            .MaximumLength(50).WithMessage("Mã tối đa 50 ký tự.");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Hãy nhập tên hình thức khen thưởng.")
            .MaximumLength(300).WithMessage("Tên tối đa 300 ký tự.");
        RuleFor(f => f.DecisionLevel).NotNull().WithMessage("Hãy chọn thẩm quyền quyết định.")
            .IsInEnum().WithMessage("Thẩm quyền quyết định không hợp lệ.");
        RuleFor(f => f.NomineeKinds).NotEqual(NomineeKinds.None)
            .WithMessage("Hãy chọn ít nhất một đối tượng được khen thưởng (tập thể hoặc cá nhân).");
        RuleFor(f => f.PassBase).NotNull().WithMessage("Hãy chọn cách tính tỷ lệ thông qua.")
            .IsInEnum().WithMessage("Cách tính tỷ lệ thông qua không hợp lệ.");
        RuleFor(f => f.MinimumTaskRating).NotNull().WithMessage("Hãy chọn mức xếp loại nhiệm vụ tối thiểu.")
            .IsInEnum().WithMessage("Mức xếp loại nhiệm vụ không hợp lệ.");
        RuleFor(f => f.Eligibility).NotEmpty().WithMessage("Hãy nhập tiêu chuẩn, đối tượng xét khen thưởng.")
            .MaximumLength(4000).WithMessage("Tiêu chuẩn tối đa 4.000 ký tự.");
        RuleFor(f => f.SortOrder).NotNull().WithMessage("Hãy nhập thứ tự hiển thị.")
            .InclusiveBetween(0, 9999).WithMessage("Thứ tự hiển thị phải từ 0 đến 9.999.");

        RuleFor(f => f.GroupVotePercent)
            .GreaterThan(0).WithMessage("Tỷ lệ biểu quyết của khối, cụm phải lớn hơn 0%.")
            .LessThanOrEqualTo(100).WithMessage("Tỷ lệ biểu quyết của khối, cụm không được quá 100%.")
            .PrecisionScale(5, 2, ignoreTrailingZeros: true)
            .WithMessage("Tỷ lệ biểu quyết của khối, cụm chỉ được có tối đa 2 chữ số thập phân.");
        RuleFor(f => f.GroupQuota).InclusiveBetween(1, 100)
            .WithMessage("Số đơn vị mỗi khối, cụm được đề nghị phải từ 1 đến 100.");
        RuleFor(f => f.GroupVotePercent).NotNull().When(f => f.GroupQuota is not null)
            .WithMessage("Hãy nhập tỷ lệ biểu quyết của khối, cụm, hoặc để trống cả số lượng.");
        RuleFor(f => f.NomineeCollective).Equal(true).When(f => f.GroupVotePercent is not null)
            .WithMessage(
                "Khối, cụm chỉ đề nghị tập thể: hãy chọn đối tượng tập thể, hoặc để trống tỷ lệ của khối, cụm.");

        When(f => f.RequiresCouncilVote, () =>
        {
            RuleFor(f => f.QuorumPercent).NotNull()
                .WithMessage("Hãy nhập tỷ lệ thành viên có mặt tối thiểu (%) khi cần Hội đồng biểu quyết.")
                .GreaterThan(0).WithMessage("Tỷ lệ có mặt tối thiểu phải lớn hơn 0%.")
                .LessThanOrEqualTo(100).WithMessage("Tỷ lệ có mặt tối thiểu không được quá 100%.")
                .PrecisionScale(5, 2, ignoreTrailingZeros: true)
                .WithMessage("Tỷ lệ có mặt tối thiểu chỉ được có tối đa 2 chữ số thập phân.");
            RuleFor(f => f.PassThresholdPercent).NotNull()
                .WithMessage("Hãy nhập tỷ lệ phiếu đồng ý để thông qua (%) khi cần Hội đồng biểu quyết.")
                .GreaterThan(0).WithMessage("Tỷ lệ thông qua phải lớn hơn 0%.")
                .LessThanOrEqualTo(100).WithMessage("Tỷ lệ thông qua không được quá 100%.")
                .PrecisionScale(5, 2, ignoreTrailingZeros: true)
                .WithMessage("Tỷ lệ thông qua chỉ được có tối đa 2 chữ số thập phân.");
        });
    }
}
