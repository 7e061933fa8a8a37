namespace LangSon.ThiDua.Domain;

/// <summary>
/// The result of one nomination's vote, measured against its award form's quorum and threshold. Every ballot has a
/// choice for every nomination, so agree + disagree + abstain is the number of ballots received.
/// </summary>
public sealed record VoteOutcome(
    int Members,
    int Present,
    int Agree,
    int Disagree,
    int Abstain,
    int QuorumRequired,
    int PassBaseCount,
    int AgreeRequired)
{
    /// <summary>Ballots received: present members who voted and written opinions.</summary>
    public int Ballots => Agree + Disagree + Abstain;

    /// <summary>
    /// Members whose ballot did not come in (present without voting, or absent without a written opinion).
    /// </summary>
    public int NotVoting => Math.Max(0, Members - Ballots);

    public bool QuorumMet => Ballots >= QuorumRequired;

    public bool Passed => QuorumMet && Agree >= AgreeRequired && Agree > 0;

    public decimal AgreePercentOfBase => PassBaseCount == 0 ? 0 : Math.Round(100m * Agree / PassBaseCount, 2);

    /// <summary>One line for the nomination's history and the minutes: counts only.</summary>
    public string Summary =>
        $"Thành viên {Members}, có mặt {Present}, phiếu thu về {Ballots}; đồng ý {Agree}, không đồng ý {Disagree}, " +
        $"không biểu quyết {Abstain}; " +
        (QuorumMet ? $"cần {AgreeRequired} phiếu đồng ý" : $"không đủ số phiếu tối thiểu ({QuorumRequired})") + ".";
}

/// <summary>
/// Quorum and pass arithmetic. A percentage of people becomes a head count by rounding up; the product is first
/// rounded to one decimal so that a share typed with two decimals (66,67 % for two thirds) does not demand an extra
/// member through its rounding error: two thirds of 9 is 6, of 10 is 7, of 12 is 8.
/// </summary>
public static class VoteRule
{
    public const decimal DefaultQuorumPercent = 66.67m;

    public const decimal DefaultPassPercent = 70m;

    public static int Required(int count, decimal percent) =>
        count <= 0 ? 0 : (int)Math.Ceiling(Math.Round(count * percent / 100m, 1, MidpointRounding.AwayFromZero));

    /// <summary>
    /// The quorum of a session: the largest number of members any award form on its agenda requires (its share of all
    /// members; a form without a share uses the default). Members present to open, ballots received to close.
    /// </summary>
    public static int Quorum(int members, IEnumerable<decimal?> agendaQuorumPercents) =>
        Required(members,
            agendaQuorumPercents.Select(p => p ?? DefaultQuorumPercent).DefaultIfEmpty(DefaultQuorumPercent).Max());

    public static VoteOutcome Evaluate(AwardForm form, int members, int present, int agree, int disagree, int abstain)
    {
        var passBase = form.PassBase == PassBase.AllMembers ? members : agree + disagree + abstain;
        return new VoteOutcome(
            members,
            present,
            agree,
            disagree,
            abstain,
            Required(members, form.QuorumPercent ?? DefaultQuorumPercent),
            passBase,
            Math.Max(1, Required(passBase, form.PassThresholdPercent ?? DefaultPassPercent)));
    }
}
