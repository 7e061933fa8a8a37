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

        if (string.IsNullOrWhiteSpace(number) || string.IsNullOrWhiteSpace(signerName) || string.IsNullOrWhiteSpace(signerTitle))
        {
            throw new DomainException("Hãy nhập số văn bản, người ký và chức vụ người ký.");
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

        var decision = new AwardDecision
        {
            CampaignId = campaignIds[0],
            AwardFormId = form.Id,
            AwardForm = form,
            Kind = KindFor(form),
            Number = number.Trim(),
            Date = date,
            SignerName = signerName.Trim(),
            SignerTitle = signerTitle.Trim(),
            RecordedByUserName = actor.UserName,
            RecordedAtUtc = nowUtc,
        };
        foreach (var nomination in nominations)
        {
            nomination.CoverBy(decision, actor, nowUtc);
            decision.Nominations.Add(nomination);
        }

        return decision;
    }
}
