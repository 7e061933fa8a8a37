using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

/// <summary>
/// Tờ trình đề nghị khen thưởng của đơn vị: the unit head submits the unit's nominations together under the unit's own
/// document number and date. Giấy khen in the batch are recorded as decided by the unit.
/// </summary>
public sealed class NominationBatch
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The unit's Tờ trình number, e.g. "45/TTr-SYT".</summary>
    public required string DocumentNumber { get; set; }

    public DateOnly DocumentDate { get; set; }

    public required string SubmittedByUserName { get; set; }

    public required string SubmittedByFullName { get; set; }

    public DateTime SubmittedAtUtc { get; set; }

    public List<Nomination> Nominations { get; set; } = [];

    /// <summary>
    /// Submits the given nominations of one unit as a batch. Refuses after the campaign's nomination deadline unless Sở
    /// Nội vụ has reopened submission for the unit until <paramref name="today"/> or later; refuses the whole batch when
    /// one nomination breaks a rule of its award form, naming each problem.
    /// </summary>
    public static NominationBatch Submit(
        Campaign campaign, int unitId, string documentNumber, DateOnly documentDate, IReadOnlyCollection<Nomination> nominations,
        NominationReopening? reopening, Actor actor, DateTime nowUtc, DateOnly today)
    {
        if (campaign.Status != CampaignStatus.Active)
        {
            throw new DomainException($"Phong trào đang ở trạng thái \"{campaign.Status.DisplayName()}\" nên không nhận hồ sơ đề nghị khen thưởng.");
        }

        if (nominations.Count == 0)
        {
            throw new DomainException("Hãy chọn ít nhất một hồ sơ để trình.");
        }

        if (string.IsNullOrWhiteSpace(documentNumber))
        {
            throw new DomainException("Hãy nhập số Tờ trình của đơn vị.");
        }

        if (campaign.NominationDeadline is { } deadline && today > deadline && !(reopening?.IsOpenOn(today) ?? false))
        {
            throw new DomainException(
                $"Đã quá hạn đề nghị khen thưởng ({Vietnamese.Date(deadline)}). Đơn vị chỉ trình được khi Sở Nội vụ mở lại việc tiếp nhận hồ sơ cho đơn vị.");
        }

        if (nominations.Any(n => n.UnitId != unitId || n.CampaignId != campaign.Id))
        {
            throw new DomainException("Chỉ trình được hồ sơ của chính đơn vị trong phong trào này.");
        }

        var problems = nominations
            .SelectMany(n => n.SubmissionProblems(n.AwardForm ?? throw new InvalidOperationException("Load the award form first."))
                .Select(p => $"\"{n.NomineeName}\": {p}"))
            .ToList();
        if (problems.Count > 0)
        {
            throw new DomainException("Chưa thể trình. " + string.Join(" ", problems));
        }

        var batch = new NominationBatch
        {
            CampaignId = campaign.Id,
            UnitId = unitId,
            DocumentNumber = documentNumber.Trim(),
            DocumentDate = documentDate,
            SubmittedByUserName = actor.UserName,
            SubmittedByFullName = actor.FullName,
            SubmittedAtUtc = nowUtc,
        };
        foreach (var nomination in nominations)
        {
            nomination.SubmitIn(batch, nomination.AwardForm!, actor, nowUtc);
            batch.Nominations.Add(nomination);
        }

        return batch;
    }
}

/// <summary>Sở Nội vụ reopens the submission of nominations for one unit after the campaign's deadline.</summary>
public sealed class NominationReopening
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The last day (inclusive) the unit may submit.</summary>
    public DateOnly OpenUntil { get; set; }

    public required string Reason { get; set; }

    public required string ReopenedByUserName { get; set; }

    public DateTime ReopenedAtUtc { get; set; }

    public bool IsOpenOn(DateOnly day) => day <= OpenUntil;
}
