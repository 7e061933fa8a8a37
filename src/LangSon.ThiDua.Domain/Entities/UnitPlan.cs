using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum PlanStatus
{
    [Display(Name = "Dự thảo")]
    Draft = 0,

    [Display(Name = "Đã trình")]
    Submitted = 1,

    [Display(Name = "Đã chấp thuận")]
    Accepted = 2,

    [Display(Name = "Bị trả lại")]
    Returned = 3,

    /// <summary>Accepted, and the unit head asked Sở Nội vụ to reopen it: in force while the request waits.</summary>
    [Display(Name = "Đề nghị điều chỉnh")]
    AmendmentRequested = 4,

    /// <summary>Reopened by Sở Nội vụ: the unit edits its targets and submits the amended plan again.</summary>
    [Display(Name = "Đang điều chỉnh")]
    Amending = 5,
}

/// <summary>Who did something, as recorded on the plan's history.</summary>
public sealed record Actor(string UserName, string FullName);

/// <summary>
/// Kế hoạch triển khai của đơn vị: one per unit per campaign. Drafted by the unit, submitted by its head,
/// accepted or returned by Sở Nội vụ; a returned plan is edited and submitted again. An accepted plan is amended
/// (UnitPlan.Amendment.cs): the head asks, Sở Nội vụ reopens it, the unit edits and submits it again.
/// </summary>
public sealed partial class UnitPlan : IVersioned
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public Campaign? Campaign { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The unit's own document number, e.g. "125/KH-SYT".</summary>
    public string? DocumentNumber { get; set; }

    public DateOnly? DocumentDate { get; set; }

    public string? Summary { get; set; }

    public PlanStatus Status { get; private set; } = PlanStatus.Draft;

    /// <summary>The reviewer's comment of the last return or acceptance.</summary>
    public string? ReviewComment { get; private set; }

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<PlanTarget> Targets { get; set; } = [];

    public List<PlanTransition> Transitions { get; set; } = [];

    /// <summary>The accepted versions kept when the plan was reopened for amendment, oldest first.</summary>
    public List<PlanVersion> Versions { get; set; } = [];

    public bool IsEditable => IsEditableStatus(Status);

    /// <summary>A draft, a returned plan and a plan reopened for amendment may be changed; nothing else.</summary>
    public static bool IsEditableStatus(PlanStatus status) =>
        status is PlanStatus.Draft or PlanStatus.Returned or PlanStatus.Amending;

    public static UnitPlan Start(int campaignId, int unitId, Actor actor, DateTime nowUtc)
    {
        var plan = new UnitPlan { CampaignId = campaignId, UnitId = unitId, CreatedAtUtc = nowUtc };
        plan.Transitions.Add(new PlanTransition { From = null, To = PlanStatus.Draft, UserName = actor.UserName, FullName = actor.FullName, AtUtc = nowUtc });
        return plan;
    }

    /// <summary>
    /// Why the plan may not be changed now (Vietnamese), or null when it may: the guard and the page ask it.
    /// </summary>
    public string? EditRefusal() => IsEditable
        ? null
        : $"Kế hoạch đang ở trạng thái \"{Status.DisplayName()}\" nên không thể sửa. "
          + "Chỉ sửa được kế hoạch dự thảo, bị trả lại hoặc đang điều chỉnh"
          + (Status == PlanStatus.Accepted ? "; muốn sửa, Thủ trưởng đơn vị đề nghị điều chỉnh kế hoạch." : ".");

    public void EnsureEditable()
    {
        if (EditRefusal() is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    public void Submit(Actor actor, DateTime nowUtc)
    {
        EnsureEditable();
        if (Targets.Count == 0)
        {
            throw new DomainException("Kế hoạch chưa có mục tiêu, chỉ tiêu nào nên chưa thể trình.");
        }

        MoveTo(PlanStatus.Submitted, actor, nowUtc, null);
    }

    /// <summary>
    /// Accepts the submitted plan: it becomes version <see cref="AcceptedVersionCount"/> + 1. The version is kept as
    /// a snapshot only when the plan is reopened (see RequestAmendment): until then the live plan is that version.
    /// </summary>
    public void Accept(Actor actor, DateTime nowUtc, string? comment)
    {
        RequireSubmitted("chấp thuận");
        ReviewComment = Blank(comment);
        MoveTo(PlanStatus.Accepted, actor, nowUtc, ReviewComment);
    }

    public void Return(Actor actor, DateTime nowUtc, string comment)
    {
        RequireSubmitted("trả lại");
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Hãy ghi rõ lý do trả lại kế hoạch để đơn vị chỉnh sửa.");
        }

        ReviewComment = comment.Trim();
        MoveTo(PlanStatus.Returned, actor, nowUtc, ReviewComment);
    }

    /// <summary>Adds a target at the end of its content area.</summary>
    public PlanTarget AddTarget(PlanTarget target)
    {
        EnsureEditable();
        target.SortOrder = Targets.Where(t => t.ContentAreaId == target.ContentAreaId).Select(t => t.SortOrder).DefaultIfEmpty(0).Max() + 1;
        Targets.Add(target);
        return target;
    }

    public void RemoveTarget(PlanTarget target)
    {
        EnsureEditable();
        Targets.Remove(target);
    }

    /// <summary>Moves a target one place up (-1) or down (+1) within its content area.</summary>
    public void MoveTarget(PlanTarget target, int direction)
    {
        EnsureEditable();
        var siblings = Targets.Where(t => t.ContentAreaId == target.ContentAreaId).OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToList();
        var index = siblings.IndexOf(target);
        var other = index + Math.Sign(direction);
        if (index < 0 || other < 0 || other >= siblings.Count)
        {
            return;
        }

        (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = i + 1;
        }
    }

    private void RequireSubmitted(string verb)
    {
        if (Status != PlanStatus.Submitted)
        {
            throw new DomainException($"Chỉ {verb} được kế hoạch đã trình; kế hoạch này đang ở trạng thái \"{Status.DisplayName()}\".");
        }
    }

    private void MoveTo(PlanStatus target, Actor actor, DateTime nowUtc, string? comment)
    {
        Transitions.Add(new PlanTransition { From = Status, To = target, UserName = actor.UserName, FullName = actor.FullName, AtUtc = nowUtc, Comment = comment });
        Status = target;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>One step of a plan's history: who moved it from what to what, when, with what comment.</summary>
public sealed class PlanTransition
{
    public long Id { get; set; }

    public int UnitPlanId { get; set; }

    public PlanStatus? From { get; set; }

    public PlanStatus To { get; set; }

    public required string UserName { get; set; }

    public required string FullName { get; set; }

    public DateTime AtUtc { get; set; }

    public string? Comment { get; set; }

    /// <summary>
    /// Sở Nội vụ accepted the submitted plan (refusing an amendment returns to accepted too, but is not one).
    /// </summary>
    public bool IsAcceptance => From == PlanStatus.Submitted && To == PlanStatus.Accepted;
}

/// <summary>An entity whose concurrent edits are detected: the version is checked and incremented on every save.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
