using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Domain;

/// <summary>
/// Giao ước thi đua of one khối/cụm for one year, with its criteria table: the year's lead (khối/cụm trưởng) and
/// deputy, the commitments per content area of the campaign, the member units' signatures and the table that scoring
/// counts on. Draft → OpenForSigning → Signed (every signatory signed) → ScoringOpen.
/// </summary>
public sealed partial class EmulationPact : IVersioned
{
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    public int Id { get; set; }

    public int EmulationGroupId { get; set; }

    public EmulationGroup? EmulationGroup { get; set; }

    public int CampaignId { get; set; }

    public Campaign? Campaign { get; set; }

    public int Year { get; set; }

    /// <summary>Khối/cụm trưởng of the year (rotating): its users edit the pact and the criteria table.</summary>
    public int LeadUnitId { get; set; }

    public Unit? LeadUnit { get; set; }

    /// <summary>Khối/cụm phó of the year.</summary>
    public int? DeputyUnitId { get; set; }

    public Unit? DeputyUnit { get; set; }

    public PactStatus Status { get; private set; } = PactStatus.Draft;

    public required string DraftedBy { get; set; }

    public DateTime DraftedAtUtc { get; set; }

    public string? OpenedBy { get; private set; }

    public DateTime? OpenedAtUtc { get; private set; }

    /// <summary>When the last signatory signed.</summary>
    public DateTime? SignedAtUtc { get; private set; }

    public DateTime? ScoringOpenedAtUtc { get; private set; }

    public int Version { get; set; }

    public List<PactCommitment> Commitments { get; set; } = [];

    public List<PactSignatory> Signatories { get; set; } = [];

    /// <summary>
    /// A new draft whose text commits to each content area of the campaign, in order: the area's title and its
    /// suggested indicators, for the lead unit to rewrite.
    /// </summary>
    public static EmulationPact Draft(
        int groupId, Campaign campaign, int year, int leadUnitId, int? deputyUnitId, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(actor);
        if (year is < MinYear or > MaxYear)
        {
            throw new DomainException($"Năm giao ước phải từ {MinYear} đến {MaxYear}.");
        }

        if (deputyUnitId == leadUnitId)
        {
            throw new DomainException("Đơn vị phó phải khác đơn vị trưởng.");
        }

        var pact = new EmulationPact
        {
            EmulationGroupId = groupId,
            CampaignId = campaign.Id,
            Year = year,
            LeadUnitId = leadUnitId,
            DeputyUnitId = deputyUnitId,
            DraftedBy = actor.UserName,
            DraftedAtUtc = nowUtc,
        };
        var number = 0;
        foreach (var area in campaign.ContentAreas.OrderBy(a => a.Number))
        {
            pact.Commitments.Add(new PactCommitment
            {
                Number = ++number,
                ContentAreaId = area.Id,
                ContentArea = area,
                Text = DraftCommitment(area),
            });
        }

        return pact;
    }

    public bool IsFullySigned => Signatories.Count > 0 && Signatories.All(s => s.HasSigned);

    public string? TextEditRefusal() => Status == PactStatus.Draft
        ? null
        : $"Giao ước đang ở trạng thái \"{Status.DisplayName()}\": chỉ sửa được nội dung khi còn là dự thảo.";

    /// <summary>Replaces the commitments' texts (by commitment id); an empty text is refused.</summary>
    public void EditCommitments(IReadOnlyDictionary<int, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Refuse(TextEditRefusal());
        foreach (var commitment in Commitments)
        {
            if (texts.TryGetValue(commitment.Id, out var text))
            {
                commitment.Text = string.IsNullOrWhiteSpace(text)
                    ? throw new DomainException($"Hãy nhập nội dung cam kết {commitment.Number}.")
                    : text.Trim();
            }
        }
    }

    public string? OpenForSigningRefusal(IReadOnlyCollection<PactMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (Status != PactStatus.Draft)
        {
            return $"Giao ước đang ở trạng thái \"{Status.DisplayName()}\": chỉ mở ký kết được một dự thảo.";
        }

        if (Commitments.Count == 0)
        {
            return "Giao ước chưa có nội dung cam kết nào.";
        }

        if (members.Count == 0)
        {
            return "Khối, cụm chưa có đơn vị thành viên nào đang hoạt động.";
        }

        return members.Any(m => m.UnitId == LeadUnitId)
            ? null
            : "Đơn vị trưởng của năm không còn là thành viên của khối, cụm: hãy chọn lại đơn vị trưởng.";
    }

    /// <summary>Opens the draft for signing: the members given are asked to sign, fixed from now on.</summary>
    public void OpenForSigning(IReadOnlyCollection<PactMember> members, Actor actor, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Refuse(OpenForSigningRefusal(members));
        Signatories.AddRange(members.DistinctBy(m => m.UnitId)
            .Select(m => new PactSignatory { UnitId = m.UnitId, UnitName = m.UnitName }));
        Status = PactStatus.OpenForSigning;
        OpenedBy = actor.UserName;
        OpenedAtUtc = nowUtc;
    }

    public string? SignRefusal(int unitId)
    {
        if (Status != PactStatus.OpenForSigning)
        {
            return $"Giao ước đang ở trạng thái \"{Status.DisplayName()}\": không thể ký.";
        }

        var signatory = Signatories.SingleOrDefault(s => s.UnitId == unitId);
        if (signatory is null)
        {
            return "Đơn vị không thuộc danh sách ký kết giao ước này.";
        }

        return signatory.HasSigned ? $"{signatory.UnitName} đã ký giao ước này." : null;
    }

    /// <summary>The unit's head confirms the pact for the unit; the last signature makes the pact signed.</summary>
    public void Sign(int unitId, Actor head, string? headTitle, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(head);
        Refuse(SignRefusal(unitId));
        var signatory = Signatories.Single(s => s.UnitId == unitId);
        signatory.SignedBy = head.UserName;
        signatory.SignerName = head.FullName;
        signatory.SignerTitle = string.IsNullOrWhiteSpace(headTitle) ? null : headTitle.Trim();
        signatory.SignedAtUtc = nowUtc;
        if (IsFullySigned)
        {
            Status = PactStatus.AllSigned;
            SignedAtUtc = nowUtc;
        }
    }

    public string? OpenScoringRefusal()
    {
        if (Status != PactStatus.AllSigned)
        {
            return $"Giao ước đang ở trạng thái \"{Status.DisplayName()}\": chỉ mở chấm điểm khi mọi đơn vị đã ký.";
        }

        return Sections.Any(s => s.Criteria.Count > 0) ? null : "Bảng tiêu chí chưa có tiêu chí nào.";
    }

    public void OpenScoring(DateTime nowUtc)
    {
        Refuse(OpenScoringRefusal());
        Status = PactStatus.ScoringOpen;
        ScoringOpenedAtUtc = nowUtc;
    }

    private static string DraftCommitment(ContentArea area)
    {
        var text = $"Thi đua {Vietnamese.LowerFirst(area.ShortTitle.Trim().TrimEnd('.'))}.";
        var indicators = (area.SuggestedIndicators ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return indicators.Length == 0 ? text : $"{text} Phấn đấu: {string.Join("; ", indicators)}.";
    }

    private static void Refuse(string? refusal)
    {
        if (refusal is not null)
        {
            throw new DomainException(refusal);
        }
    }
}
