using System.ComponentModel.DataAnnotations;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

/// <summary>
/// Hồ sơ đề nghị khen thưởng: a unit proposes a collective or an individual for an award form. Drafted by the unit's
/// staff, submitted by its head in a batch under the unit's Tờ trình, checked by Sở Nội vụ, voted on by the council,
/// then decided (Bằng khen CT UBND tỉnh) or forwarded (Bằng khen TTg). Giấy khen is decided by the unit itself.
/// </summary>
public sealed partial class Nomination : IVersioned
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public Campaign? Campaign { get; set; }

    /// <summary>The proposing unit.</summary>
    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    public int AwardFormId { get; set; }

    public AwardForm? AwardForm { get; set; }

    public NomineeKind NomineeKind { get; set; }

    /// <summary>Full name of the person, or name of the collective.</summary>
    public required string NomineeName { get; set; }

    /// <summary><see cref="NomineeName"/> without diacritics and in lower case: finds likely duplicates.</summary>
    public string NomineeSearchName { get; private set; } = "";

    /// <summary>Chức vụ of an individual.</summary>
    public string? NomineePosition { get; set; }

    /// <summary>Where the nominee works (phòng, đơn vị), as written in the dossier.</summary>
    public string? NomineeWorkplace { get; set; }

    public required string AchievementSummary { get; set; }

    /// <summary>Kết quả xếp loại / đánh giá mức độ hoàn thành nhiệm vụ năm 2025.</summary>
    public TaskRating TaskRating { get; set; }

    public NominationStatus Status { get; private set; } = NominationStatus.Draft;

    /// <summary>The reviewer's last comment: why it was returned or found ineligible.</summary>
    public string? ReviewComment { get; private set; }

    /// <summary>The unit's Tờ trình it was last submitted under.</summary>
    public int? BatchId { get; private set; }

    public NominationBatch? Batch { get; set; }

    /// <summary>The award decision (or the province's Tờ trình to the Prime Minister) that covers it.</summary>
    public int? AwardDecisionId { get; private set; }

    public AwardDecision? AwardDecision { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<NominationTarget> Targets { get; set; } = [];

    public List<Attachment> Attachments { get; set; } = [];

    public List<NominationTransition> Transitions { get; set; } = [];

    public bool IsEditable => Status is NominationStatus.Draft or NominationStatus.Returned;

    public static Nomination Draft(
        int campaignId, int unitId, AwardForm form, NomineeKind kind, string nomineeName, string achievementSummary, TaskRating rating,
        Actor actor, DateTime nowUtc)
    {
        var nomination = new Nomination
        {
            CampaignId = campaignId,
            UnitId = unitId,
            AwardFormId = form.Id,
            AwardForm = form,
            NomineeKind = kind,
            NomineeName = nomineeName,
            AchievementSummary = achievementSummary,
            TaskRating = rating,
            CreatedAtUtc = nowUtc,
        };
        nomination.Rename(nomineeName);
        nomination.EnsureFormAccepts(form);
        nomination.Transitions.Add(new NominationTransition { From = null, To = NominationStatus.Draft, UserName = actor.UserName, FullName = actor.FullName, AtUtc = nowUtc });
        return nomination;
    }

    /// <summary>Sets the nominee's name and its folded form used to find duplicates.</summary>
    public void Rename(string nomineeName)
    {
        NomineeName = nomineeName.Trim();
        NomineeSearchName = TextFolding.Fold(NomineeName);
    }

    public void ChangeAwardForm(AwardForm form)
    {
        EnsureEditable();
        AwardFormId = form.Id;
        AwardForm = form;
        EnsureFormAccepts(form);
    }

    /// <summary>
    /// Why the dossier may not be changed now (Vietnamese), or null when it may: the guard and the page ask it.
    /// </summary>
    public string? EditRefusal() => IsEditable
        ? null
        : $"Hồ sơ đang ở trạng thái \"{Status.DisplayName()}\" nên không thể sửa. "
          + "Chỉ sửa được hồ sơ dự thảo hoặc bị trả lại.";

    public void EnsureEditable()
    {
        if (EditRefusal() is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    /// <summary>Links the nomination to the unit's own targets whose latest results are its evidence.</summary>
    public void LinkTargets(IEnumerable<int> planTargetIds)
    {
        EnsureEditable();
        var wanted = planTargetIds.Distinct().ToHashSet();
        Targets.RemoveAll(t => !wanted.Contains(t.PlanTargetId));
        foreach (var id in wanted.Where(id => Targets.TrueForAll(t => t.PlanTargetId != id)))
        {
            Targets.Add(new NominationTarget { PlanTargetId = id });
        }
    }

    /// <summary>What stops this nomination from being submitted, in Vietnamese; empty when it may go.</summary>
    public IReadOnlyList<string> SubmissionProblems(AwardForm form)
    {
        var problems = new List<string>();
        if (!form.IsActive)
        {
            problems.Add($"Hình thức \"{form.Name}\" đã ngừng áp dụng.");
        }

        if (!Accepts(form, NomineeKind))
        {
            problems.Add($"Hình thức \"{form.Name}\" không áp dụng cho {NomineeKind.DisplayName().ToLowerInvariant()}.");
        }

        if (TaskRating < form.MinimumTaskRating)
        {
            problems.Add($"Mức xếp loại \"{TaskRating.DisplayName()}\" chưa đạt yêu cầu của {form.Name}: cần \"{form.MinimumTaskRating.DisplayName()}\" trở lên.");
        }

        problems.AddRange(MissingDocuments(form).Select(d => $"Thiếu tài liệu bắt buộc: {d.DisplayName()}."));
        return problems;
    }

    /// <summary>
    /// The required documents not attached. The unit's Tờ trình is the batch it is submitted under (number and date), so
    /// it is never missing here.
    /// </summary>
    public IEnumerable<DossierDocuments> MissingDocuments(AwardForm form) =>
        Enum.GetValues<DossierDocuments>()
            .Where(d => d is not DossierDocuments.None and not DossierDocuments.Submission && form.RequiredDocuments.HasFlag(d))
            .Where(d => !Attachments.Exists(a => a.DocumentKind == d));

    /// <summary>Called by <see cref="NominationBatch.Submit"/>: the batch has checked the deadline and the problems.</summary>
    internal void SubmitIn(NominationBatch batch, AwardForm form, Actor actor, DateTime nowUtc)
    {
        EnsureEditable();
        var problems = SubmissionProblems(form);
        if (problems.Count > 0)
        {
            throw new DomainException($"Hồ sơ \"{NomineeName}\" chưa thể trình: {string.Join(" ", problems)}");
        }

        Batch = batch;
        ReviewComment = null;
        MoveTo(form.DecisionLevel == DecisionLevel.Unit ? NominationStatus.UnitDecided : NominationStatus.Submitted, actor, nowUtc, null);
    }

    public void StartReview(Actor actor, DateTime nowUtc)
    {
        Require("tiếp nhận thẩm định", NominationStatus.Submitted);
        MoveTo(NominationStatus.UnderReview, actor, nowUtc, null);
    }

    public void Return(Actor actor, DateTime nowUtc, string comment)
    {
        Require("trả lại", NominationStatus.Submitted, NominationStatus.UnderReview, NominationStatus.Eligible);
        ReviewComment = Required(comment, "Hãy ghi rõ nội dung cần bổ sung, chỉnh sửa để đơn vị hoàn thiện hồ sơ.");
        MoveTo(NominationStatus.Returned, actor, nowUtc, ReviewComment);
    }

    public void MarkIneligible(Actor actor, DateTime nowUtc, string reason)
    {
        Require("kết luận không đủ điều kiện", NominationStatus.Submitted, NominationStatus.UnderReview, NominationStatus.Eligible);
        ReviewComment = Required(reason, "Hãy ghi rõ lý do hồ sơ không đủ điều kiện.");
        MoveTo(NominationStatus.Ineligible, actor, nowUtc, ReviewComment);
    }

    public void MarkEligible(Actor actor, DateTime nowUtc, string? comment)
    {
        Require("kết luận đủ điều kiện", NominationStatus.Submitted, NominationStatus.UnderReview);
        ReviewComment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        MoveTo(NominationStatus.Eligible, actor, nowUtc, ReviewComment);
    }

    /// <summary>Put on a council session's agenda (only eligible dossiers of forms the council votes on).</summary>
    internal void PutOnAgenda(Actor actor, DateTime nowUtc)
    {
        Require("đưa vào phiên họp", NominationStatus.Eligible);
        if (AwardForm is { RequiresCouncilVote: false })
        {
            throw new DomainException($"Hình thức \"{AwardForm.Name}\" không cần Hội đồng bỏ phiếu.");
        }

        MoveTo(NominationStatus.InSession, actor, nowUtc, null);
    }

    /// <summary>Taken off an agenda before voting opens: back to the eligible pool.</summary>
    internal void TakeOffAgenda(Actor actor, DateTime nowUtc, string? comment = null)
    {
        Require("rút khỏi phiên họp", NominationStatus.InSession);
        MoveTo(NominationStatus.Eligible, actor, nowUtc, comment);
    }

    internal void RecordVoteResult(bool passed, Actor actor, DateTime nowUtc, string summary)
    {
        Require("ghi kết quả bỏ phiếu", NominationStatus.InSession);
        MoveTo(passed ? NominationStatus.Passed : NominationStatus.Failed, actor, nowUtc, summary);
    }

    internal void CoverBy(AwardDecision decision, Actor actor, DateTime nowUtc)
    {
        Require("đưa vào quyết định khen thưởng", NominationStatus.Passed);
        AwardDecision = decision;
        MoveTo(decision.Kind == AwardDecisionKind.Decision ? NominationStatus.Decided : NominationStatus.Forwarded, actor, nowUtc, decision.Number);
    }

    /// <summary>The Prime Minister's decision on a forwarded nomination: awarded (Decided) or not.</summary>
    internal void RecordCentralDecision(bool awarded, string decisionNumber, Actor actor, DateTime nowUtc)
    {
        Require("ghi nhận quyết định của Thủ tướng Chính phủ", NominationStatus.Forwarded);
        MoveTo(awarded ? NominationStatus.Decided : NominationStatus.NotAwarded, actor, nowUtc, decisionNumber);
    }

    private void EnsureFormAccepts(AwardForm form)
    {
        if (!Accepts(form, NomineeKind))
        {
            throw new DomainException($"Hình thức \"{form.Name}\" không áp dụng cho {NomineeKind.DisplayName().ToLowerInvariant()}.");
        }
    }

    private static bool Accepts(AwardForm form, NomineeKind kind) =>
        form.NomineeKinds.HasFlag(kind == NomineeKind.Collective ? NomineeKinds.Collective : NomineeKinds.Individual);

    private void Require(string verb, params NominationStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(
                $"Không thể {verb} hồ sơ \"{NomineeName}\" khi đang ở trạng thái \"{Status.DisplayName()}\".");
        }
    }

    private static string Required(string? text, string message) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException(message) : text.Trim();

    private void MoveTo(NominationStatus target, Actor actor, DateTime nowUtc, string? comment)
    {
        Transitions.Add(new NominationTransition { From = Status, To = target, UserName = actor.UserName, FullName = actor.FullName, AtUtc = nowUtc, Comment = comment });
        Status = target;
    }
}
