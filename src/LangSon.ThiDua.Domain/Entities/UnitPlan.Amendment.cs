namespace LangSon.ThiDua.Domain;

/// <summary>
/// Amending an accepted plan (điều chỉnh kế hoạch): the unit head asks with a reason, Sở Nội vụ reopens the plan
/// or refuses with a reason; reopened, the plan is edited and submitted again, then accepted or returned as usual.
/// The accepted version is kept as a <see cref="PlanVersion"/> when the plan is reopened.
/// </summary>
public sealed partial class UnitPlan
{
    /// <summary>How many times the plan was accepted; the live plan is that version while it is accepted.</summary>
    public int AcceptedVersionCount => Transitions.Count(t => t.IsAcceptance);

    /// <summary>
    /// Accepted at least once: the plan is in force (progress is reported, the dashboard counts it) even while it is
    /// being amended. Needs <see cref="Transitions"/> loaded.
    /// </summary>
    public bool HasBeenAccepted => Transitions.Any(t => t.IsAcceptance);

    /// <summary>Why the unit may not ask to amend the plan now (Vietnamese), or null when it may.</summary>
    public string? AmendmentRequestRefusal() => Status == PlanStatus.Accepted
        ? null
        : $"Chỉ đề nghị điều chỉnh được kế hoạch đã được Sở Nội vụ chấp thuận; kế hoạch này đang ở trạng thái "
          + $"\"{Status.DisplayName()}\".";

    /// <summary>Why Sở Nội vụ may not decide on an amendment request now (Vietnamese), or null when it may.</summary>
    public string? AmendmentDecisionRefusal() => Status == PlanStatus.AmendmentRequested
        ? null
        : $"Kế hoạch không có đề nghị điều chỉnh nào đang chờ xem xét; kế hoạch đang ở trạng thái "
          + $"\"{Status.DisplayName()}\".";

    public void RequestAmendment(Actor actor, DateTime nowUtc, string reason)
    {
        Refuse(AmendmentRequestRefusal());
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Hãy ghi rõ lý do đề nghị điều chỉnh kế hoạch.");
        }

        MoveTo(PlanStatus.AmendmentRequested, actor, nowUtc, reason.Trim());
    }

    /// <summary>
    /// Reopens the plan for amendment. The accepted version is kept first, with its targets: it is the plan as it
    /// stands now, since an accepted plan cannot be changed. Needs <see cref="Targets"/>, <see cref="Transitions"/>
    /// and <see cref="Versions"/> loaded, and the targets saved (their ids are kept).
    /// </summary>
    public void ApproveAmendment(Actor actor, DateTime nowUtc, string? comment)
    {
        Refuse(AmendmentDecisionRefusal());
        var accepted = Transitions.Where(t => t.IsAcceptance).OrderBy(t => t.AtUtc).ThenBy(t => t.Id).Last();
        var number = AcceptedVersionCount;
        if (Versions.All(v => v.Number != number))
        {
            Versions.Add(PlanVersion.Of(this, number, accepted));
        }

        MoveTo(PlanStatus.Amending, actor, nowUtc, Blank(comment));
    }

    /// <summary>Refuses the request: the plan stays accepted, unchanged.</summary>
    public void RefuseAmendment(Actor actor, DateTime nowUtc, string reason)
    {
        Refuse(AmendmentDecisionRefusal());
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Hãy ghi rõ lý do không đồng ý điều chỉnh kế hoạch.");
        }

        MoveTo(PlanStatus.Accepted, actor, nowUtc, reason.Trim());
    }

    /// <summary>The last accepted version kept, the one an amended plan is compared with; null before any.</summary>
    public PlanVersion? LastKeptVersion => Versions.OrderBy(v => v.Number).LastOrDefault();

    private static void Refuse(string? refusal)
    {
        if (refusal is not null)
        {
            throw new DomainException(refusal);
        }
    }
}
