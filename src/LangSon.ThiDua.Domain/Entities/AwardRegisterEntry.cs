namespace LangSon.ThiDua.Domain;

/// <summary>
/// Which records a decision recorded in the portal adds to the sổ khen thưởng: one per nomination it awards, never one
/// for a nomination only forwarded to the Prime Minister or not awarded. The caller saves them with the decision.
/// </summary>
public static class AwardRegisterEntry
{
    /// <summary>Who grants the award, by the level that decides the form (Law 06/2022, art. 9 and 74–78).</summary>
    public static string IssuerFor(AwardForm form, string unitName) => form.DecisionLevel switch
    {
        DecisionLevel.Unit => $"Thủ trưởng {unitName}",
        DecisionLevel.Province => "Chủ tịch UBND tỉnh Lạng Sơn",
        _ => "Thủ tướng Chính phủ",
    };

    /// <summary>
    /// The nominations a Quyết định of the province or of the Prime Minister awards (Decided); a Tờ trình awards none.
    /// </summary>
    public static IReadOnlyList<AwardRecord> ForDecision(
        AwardDecision decision, IEnumerable<Nomination> nominations, IReadOnlyDictionary<int, string> unitNames,
        string? campaignName)
    {
        if (decision.Kind == AwardDecisionKind.ForwardingSubmission)
        {
            return [];
        }

        var form = decision.AwardForm ?? throw new InvalidOperationException("Load the decision's award form first.");
        return nominations
            .Where(n => n.Status == NominationStatus.Decided)
            .Select(n => AwardRecord.FromNomination(n, form, unitNames[n.UnitId],
                new AwardRecordDecision(decision.Number, decision.Date, IssuerFor(form, unitNames[n.UnitId])),
                campaignName))
            .ToList();
    }

    /// <summary>The Giấy khen a unit decided itself, under the number and date of the batch it submitted.</summary>
    public static IReadOnlyList<AwardRecord> ForBatch(NominationBatch batch, string unitName, string? campaignName) =>
        batch.Nominations
            .Where(n => n.Status == NominationStatus.UnitDecided)
            .Select(n =>
            {
                var form = n.AwardForm ?? throw new InvalidOperationException("Load the award form first.");
                return AwardRecord.FromNomination(n, form, unitName,
                    new AwardRecordDecision(batch.DocumentNumber, batch.DocumentDate, IssuerFor(form, unitName)),
                    campaignName);
            })
            .ToList();
}
