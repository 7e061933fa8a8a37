using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

/// <summary>Who is nominated, as the history rules need it: identity, the form, the review year, the ratings.</summary>
public sealed record EligibilityCandidate(
    int NominationId,
    NomineeKind Kind,
    string Name,
    DateOnly? DateOfBirth,
    int UnitId,
    int AwardFormId,
    int ReviewYear,
    IReadOnlyDictionary<int, TaskRating> Ratings);

/// <summary>One rule's outcome: met or not, in Vietnamese, with the register lines that count for it.</summary>
public sealed record RuleOutcome(AwardEligibilityRule Rule, bool Met, string Text, IReadOnlyList<AwardRecord> Records);

/// <summary>The verdict on a nomination's history: every rule's outcome and the lines that may be the nominee's.</summary>
public sealed record EligibilityVerdict(IReadOnlyList<RuleOutcome> Outcomes, IReadOnlyList<AwardRecord> Unconfirmed)
{
    public bool IsEligible => Outcomes.All(o => o.Met);

    /// <summary>"Đủ điều kiện" or "Thiếu: …" with each unmet condition.</summary>
    public string Summary => IsEligible
        ? "Đủ điều kiện"
        : "Thiếu: " + string.Join("; ", Outcomes.Where(o => !o.Met).Select(o => o.Text));
}

/// <summary>
/// Evaluates an award form's history rules (<see cref="AwardEligibilityRule"/>) for a nomination against the sổ khen
/// thưởng. Pure: the caller passes the register's lines and the rules, so a change of the register shows at the next
/// read. A person's lines are their history as the register page shows it (<see cref="AwardRecipientIdentity"/>): the
/// same folded name and date of birth, joined by the lines Sở Nội vụ confirmed as the same person; a namesake without
/// a date of birth counts only once confirmed and is listed until then, one split off is neither. A collective's
/// lines are the proposing unit's lines of the same folded name. Revoked lines and the nomination's own line never count.
/// </summary>
public static class AwardEligibility
{
    public static EligibilityVerdict Evaluate(
        EligibilityCandidate candidate,
        IEnumerable<AwardEligibilityRule> rules,
        IEnumerable<AwardRecord> register,
        IReadOnlyCollection<AwardRecipientLink> links,
        IReadOnlyDictionary<int, string> formNames)
    {
        var (confirmed, unconfirmed) = Lines(candidate, register.ToList(), links);
        var ordered = rules.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToList();
        var outcomes = ordered.Select(rule => Outcome(rule, candidate, confirmed, formNames)).ToList();
        var relevantForms = ordered.Select(r => r.Kind == EligibilityRuleKind.EarlierAward
            ? r.RequiredAwardFormId : candidate.AwardFormId).ToHashSet();
        return new EligibilityVerdict(
            outcomes, unconfirmed.Where(r => relevantForms.Contains(r.AwardFormId)).ToList());
    }

    /// <summary>
    /// The nominee's lines and the namesakes still in doubt. Identity is read over every line — a revoked line still
    /// says who someone is — and only then are revoked lines and the nomination's own line left out of the count.
    /// </summary>
    private static (List<AwardRecord> Confirmed, List<AwardRecord> Unconfirmed) Lines(
        EligibilityCandidate candidate, List<AwardRecord> register, IReadOnlyCollection<AwardRecipientLink> links)
    {
        var key = TextFolding.Fold(candidate.Name);
        var counting = register.Where(r => !r.IsRevoked && r.NominationId != candidate.NominationId).ToList();
        if (candidate.Kind == NomineeKind.Collective)
        {
            return (counting.Where(r => r.RecipientKind == NomineeKind.Collective && r.UnitId == candidate.UnitId
                && r.RecipientSearchName == key).ToList(), []);
        }

        var history = AwardRecipientIdentity.History(key, candidate.DateOfBirth, register, links);
        return (
            counting.Where(r => history.Same.Contains(r.Id)).ToList(),
            counting.Where(r => history.Possible.Contains(r.Id)).OrderByDescending(r => r.DecisionDate).ToList());
    }

    private static RuleOutcome Outcome(
        AwardEligibilityRule rule, EligibilityCandidate candidate, List<AwardRecord> lines,
        IReadOnlyDictionary<int, string> formNames)
    {
        var year = candidate.ReviewYear;
        switch (rule.Kind)
        {
            case EligibilityRuleKind.EarlierAward:
            {
                var name = rule.RequiredAwardFormId is { } id && formNames.TryGetValue(id, out var n) ? n : null;
                var counting = Newest(lines.Where(r => r.AwardFormId == rule.RequiredAwardFormId
                    && r.DecisionDate.Year <= year && (rule.Years is not { } y || r.DecisionDate.Year >= year - y)));
                return new RuleOutcome(rule, counting.Count > 0, rule.Describe(name), counting);
            }

            case EligibilityRuleKind.ConsecutiveRatings:
            {
                var wanted = rule.Years ?? 1;
                var minimum = rule.MinimumRating ?? TaskRating.Excellent;
                var run = 0;
                while (candidate.Ratings.TryGetValue(year - run, out var rating) && rating >= minimum)
                {
                    run++;
                }

                var text = rule.Describe();
                if (run < wanted)
                {
                    text += run == 0 ? $" (năm {year} chưa đạt)" : $" (hồ sơ khai {run} năm: {year - run + 1}–{year})";
                }

                return new RuleOutcome(rule, run >= wanted, text, []);
            }

            case EligibilityRuleKind.MinimumInterval:
            {
                var interval = rule.Years ?? 0;
                var sameForm = Newest(lines.Where(r => r.AwardFormId == candidate.AwardFormId
                    && r.DecisionDate.Year <= year));
                var blocking = sameForm.Where(r => year - r.DecisionDate.Year < interval).ToList();
                var text = rule.Describe();
                if (blocking.Count > 0)
                {
                    text += $" (đã được tặng năm {blocking[0].DecisionDate.Year}, "
                        + $"quyết định số {blocking[0].DecisionNumber})";
                }

                return new RuleOutcome(rule, blocking.Count == 0, text, blocking.Count > 0 ? blocking : sameForm.Take(1).ToList());
            }

            default:
                return new RuleOutcome(rule, true, rule.Describe(), []);
        }
    }

    private static List<AwardRecord> Newest(IEnumerable<AwardRecord> records) =>
        records.OrderByDescending(r => r.DecisionDate).ThenByDescending(r => r.Id).ToList();
}
