using System.ComponentModel.DataAnnotations;

namespace LangSon.ThiDua.Domain;

public enum AwardDecisionKind
{
    /// <summary>Quyết định khen thưởng của Chủ tịch UBND tỉnh (Bằng khen CT UBND tỉnh).</summary>
    [Display(Name = "Quyết định khen thưởng")]
    Decision = 0,

    /// <summary>Tờ trình của UBND tỉnh đề nghị Thủ tướng Chính phủ tặng Bằng khen.</summary>
    [Display(Name = "Tờ trình đề nghị Thủ tướng Chính phủ")]
    ForwardingSubmission = 1,

    /// <summary>
    /// Quyết định của Thủ tướng Chính phủ answering the province's Tờ trình, as Sở Nội vụ records it.
    /// </summary>
    [Display(Name = "Quyết định của Thủ tướng Chính phủ")]
    PrimeMinisterDecision = 2,
}

public static class AwardDecisionQueries
{
    /// <summary>
    /// Who a decision awards: the nominations of a province's Quyết định; for the Prime Minister's decision, the
    /// nominations of the Tờ trình it answers that it awarded (Decided). One definition for every page that lists them.
    /// </summary>
    public static IQueryable<Nomination> AwardedBy(
        this IQueryable<Nomination> nominations, int decisionId, int? forwardingId) =>
        nominations.Where(n => n.Status == NominationStatus.Decided
            && n.AwardDecisionId == (forwardingId ?? decisionId));
}

/// <summary>
/// Quyết định khen thưởng (number, date, signer) covering nominations the council passed for an award the province
/// decides; or the province's Tờ trình forwarding those passed for the Prime Minister's Bằng khen.
/// </summary>
public sealed class AwardDecision
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int AwardFormId { get; set; }

    public AwardForm? AwardForm { get; set; }

    public AwardDecisionKind Kind { get; set; }

    /// <summary>E.g. "1234/QĐ-UBND" or "56/TTr-UBND".</summary>
    public required string Number { get; set; }

    public DateOnly Date { get; set; }

    public required string SignerName { get; set; }

    /// <summary>E.g. "Chủ tịch", "Phó Chủ tịch".</summary>
    public required string SignerTitle { get; set; }

    public required string RecordedByUserName { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public List<Nomination> Nominations { get; set; } = [];

    /// <summary>
    /// For a Prime Minister's decision, the province's Tờ trình it answers. Its awardees are that Tờ trình's
    /// nominations now Decided (the others are NotAwarded): derived, not stored twice.
    /// </summary>
    public int? ForwardingId { get; set; }

    public static AwardDecisionKind KindFor(AwardForm form) => form.DecisionLevel switch
    {
        DecisionLevel.Province => AwardDecisionKind.Decision,
        DecisionLevel.PrimeMinister => AwardDecisionKind.ForwardingSubmission,
        _ => throw new DomainException($"Hình thức \"{form.Name}\" do đơn vị tự quyết định, không cần quyết định của tỉnh."),
    };

    /// <summary>Records the decision and moves every covered nomination to Decided (or Forwarded).</summary>
    public static AwardDecision Record(
        AwardForm form, string number, DateOnly date, string signerName, string signerTitle, IReadOnlyCollection<Nomination> nominations,
        Actor actor, DateTime nowUtc)
    {
        if (nominations.Count == 0)
        {
            throw new DomainException("Hãy chọn ít nhất một hồ sơ đã được Hội đồng thông qua.");
        }

        var other = nominations.FirstOrDefault(n => n.AwardFormId != form.Id);
        if (other is not null)
        {
            throw new DomainException($"Hồ sơ \"{other.NomineeName}\" đề nghị hình thức khác, không thể đưa vào văn bản về \"{form.Name}\".");
        }

        var campaignIds = nominations.Select(n => n.CampaignId).Distinct().ToList();
        if (campaignIds.Count != 1)
        {
            throw new DomainException("Các hồ sơ phải thuộc cùng một phong trào.");
        }

        var decision = New(campaignIds[0], form, KindFor(form), number, date, signerName, signerTitle, actor, nowUtc);
        foreach (var nomination in nominations)
        {
            nomination.CoverBy(decision, actor, nowUtc);
            decision.Nominations.Add(nomination);
        }

        return decision;
    }

    /// <summary>
    /// Records the Prime Minister's decision on a Tờ trình: every nomination still waiting on it is either awarded
    /// (Decided) or not (NotAwarded), so that the Tờ trình is answered in full; the units are told by the caller.
    /// </summary>
    public static AwardDecision RecordPrimeMinisterDecision(
        AwardDecision forwarding, string number, DateOnly date, string signerName, string signerTitle,
        IReadOnlyCollection<Nomination> waiting, IReadOnlySet<int> awardedIds, Actor actor, DateTime nowUtc)
    {
        if (forwarding.Kind != AwardDecisionKind.ForwardingSubmission)
        {
            throw new DomainException("Chỉ ghi nhận quyết định của Thủ tướng Chính phủ cho một tờ trình của tỉnh.");
        }

        if (waiting.Count == 0
            || waiting.Any(n => n.AwardDecisionId != forwarding.Id || n.Status != NominationStatus.Forwarded))
        {
            throw new DomainException(
                $"Tờ trình số {forwarding.Number} không còn hồ sơ nào chờ quyết định của Thủ tướng Chính phủ.");
        }

        if (!waiting.Any(n => awardedIds.Contains(n.Id)))
        {
            throw new DomainException(
                "Hãy đánh dấu các tập thể, cá nhân được tặng Bằng khen theo quyết định của Thủ tướng Chính phủ.");
        }

        var decision = New(
            forwarding.CampaignId, forwarding.AwardForm!, AwardDecisionKind.PrimeMinisterDecision, number, date,
            signerName, signerTitle, actor, nowUtc);
        decision.ForwardingId = forwarding.Id;
        foreach (var nomination in waiting)
        {
            nomination.RecordCentralDecision(awardedIds.Contains(nomination.Id), decision.Number, actor, nowUtc);
        }

        return decision;
    }

    /// <summary>A document's number, date and signer, checked, with who recorded it and when.</summary>
    private static AwardDecision New(
        int campaignId, AwardForm form, AwardDecisionKind kind, string number, DateOnly date, string signerName,
        string signerTitle, Actor actor, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(signerName)
            || string.IsNullOrWhiteSpace(signerTitle))
        {
            throw new DomainException("Hãy nhập số văn bản, người ký và chức vụ người ký.");
        }

        return new AwardDecision
        {
            CampaignId = campaignId,
            AwardFormId = form.Id,
            AwardForm = form,
            Kind = kind,
            Number = number.Trim(),
            Date = date,
            SignerName = signerName.Trim(),
            SignerTitle = signerTitle.Trim(),
            RecordedByUserName = actor.UserName,
            RecordedAtUtc = nowUtc,
        };
    }
}
