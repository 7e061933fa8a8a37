namespace LangSon.ThiDua.Domain;

/// <summary>
/// The criteria table of the pact's year: sections of criteria, bonus and penalty items, the tie-break rule.
/// </summary>
public sealed partial class EmulationPact
{
    public const decimal MaxPointsLimit = 1_000m;

    public List<CriteriaSection> Sections { get; set; } = [];

    public List<PointAdjustment> Adjustments { get; set; } = [];

    /// <summary>How a tie in the ranking is broken, as the table writes it.</summary>
    public string? TieBreakRule { get; private set; }

    /// <summary>The most points the criteria give (bonus items not counted).</summary>
    public decimal TotalMaxPoints => Sections.SelectMany(s => s.Criteria).Sum(c => c.MaxPoints);

    public bool HasCriteria => Sections.Count > 0 || Adjustments.Count > 0;

    /// <summary>Why the criteria table may not change now, or null: it changes until scoring opens.</summary>
    public string? EditRefusal() => Status < PactStatus.ScoringOpen
        ? null
        : $"Giao ước đang ở trạng thái \"{Status.DisplayName()}\": bảng tiêu chí không sửa được sau khi đã " +
            "mở chấm điểm.";

    public CriteriaSection AddSection(string title)
    {
        Refuse(EditRefusal());
        var section = new CriteriaSection { Number = Sections.Count + 1, Title = Required(title, "tên nhóm tiêu chí") };
        Sections.Add(section);
        return section;
    }

    public void RenameSection(CriteriaSection section, string title)
    {
        Refuse(EditRefusal());
        Own(section).Title = Required(title, "tên nhóm tiêu chí");
    }

    /// <summary>Removes the section with its criteria, and numbers the sections after it again.</summary>
    public void RemoveSection(CriteriaSection section)
    {
        Refuse(EditRefusal());
        Sections.Remove(Own(section));
        Renumber(Sections, (s, n) => s.Number = n);
    }

    public Criterion AddCriterion(CriteriaSection section, CriterionTerms terms)
    {
        Refuse(EditRefusal());
        var criterion = new Criterion { Title = string.Empty, Number = Own(section).Criteria.Count + 1 };
        Apply(criterion, terms);
        section.Criteria.Add(criterion);
        return criterion;
    }

    /// <summary>Changes the criterion, moving it to the end of another section when it changes section.</summary>
    public void EditCriterion(Criterion criterion, CriteriaSection section, CriterionTerms terms)
    {
        Refuse(EditRefusal());
        var from = SectionOf(criterion);
        Own(section);
        Apply(criterion, terms);
        if (from != section)
        {
            from.Criteria.Remove(criterion);
            Renumber(from.Criteria, (c, n) => c.Number = n);
            criterion.Number = section.Criteria.Count + 1;
            section.Criteria.Add(criterion);
        }
    }

    public void RemoveCriterion(Criterion criterion)
    {
        Refuse(EditRefusal());
        var section = SectionOf(criterion);
        section.Criteria.Remove(criterion);
        Renumber(section.Criteria, (c, n) => c.Number = n);
    }

    public PointAdjustment AddAdjustment(AdjustmentKind kind, string reason, decimal maxPoints)
    {
        Refuse(EditRefusal());
        var item = new PointAdjustment { Kind = kind, Reason = string.Empty };
        ApplyAdjustment(item, kind, reason, maxPoints);
        Adjustments.Add(item);
        return item;
    }

    public void EditAdjustment(PointAdjustment item, AdjustmentKind kind, string reason, decimal maxPoints)
    {
        Refuse(EditRefusal());
        ApplyAdjustment(OwnAdjustment(item), kind, reason, maxPoints);
    }

    public void RemoveAdjustment(PointAdjustment item)
    {
        Refuse(EditRefusal());
        Adjustments.Remove(OwnAdjustment(item));
    }

    public void SetTieBreakRule(string? rule)
    {
        Refuse(EditRefusal());
        TieBreakRule = string.IsNullOrWhiteSpace(rule) ? null : rule.Trim();
    }

    public string? CopyCriteriaRefusal(EmulationPact? source)
    {
        if (EditRefusal() is { } refusal)
        {
            return refusal;
        }

        if (HasCriteria)
        {
            return "Bảng tiêu chí năm nay đã có nội dung: chỉ sao chép được vào một bảng trống.";
        }

        if (source is null || source.EmulationGroupId != EmulationGroupId || source.Year >= Year)
        {
            return "Khối, cụm chưa có bảng tiêu chí của năm trước.";
        }

        return source.HasCriteria ? null : $"Bảng tiêu chí năm {source.Year} không có nội dung nào.";
    }

    /// <summary>
    /// Copies an earlier year's table: sections, criteria, items and the tie-break rule. A criterion's content area is
    /// matched by number in this year's campaign (<paramref name="areaIdsByNumber"/>); without a match the link is
    /// dropped.
    /// </summary>
    public void CopyCriteriaFrom(EmulationPact source, IReadOnlyDictionary<int, int> areaIdsByNumber)
    {
        ArgumentNullException.ThrowIfNull(areaIdsByNumber);
        Refuse(CopyCriteriaRefusal(source));
        foreach (var old in source.Sections.OrderBy(s => s.Number))
        {
            var section = new CriteriaSection { Number = old.Number, Title = old.Title };
            section.Criteria.AddRange(old.Criteria.OrderBy(c => c.Number).Select(c => new Criterion
            {
                Number = c.Number,
                Title = c.Title,
                MaxPoints = c.MaxPoints,
                Guidance = c.Guidance,
                ContentAreaId = c.ContentArea is { } area && areaIdsByNumber.TryGetValue(area.Number, out var id)
                    ? id
                    : null,
            }));
            Sections.Add(section);
        }

        Adjustments.AddRange(source.Adjustments.Select(a => new PointAdjustment
        {
            Kind = a.Kind,
            Reason = a.Reason,
            MaxPoints = a.MaxPoints,
        }));
        TieBreakRule = source.TieBreakRule;
    }

    private static void Apply(Criterion criterion, CriterionTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        criterion.Title = Required(terms.Title, "tên tiêu chí");
        criterion.MaxPoints = Points(terms.MaxPoints);
        criterion.ContentAreaId = terms.ContentAreaId;
        criterion.Guidance = string.IsNullOrWhiteSpace(terms.Guidance) ? null : terms.Guidance.Trim();
    }

    private static void ApplyAdjustment(PointAdjustment item, AdjustmentKind kind, string reason, decimal maxPoints)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Loại điểm thưởng, điểm trừ không hợp lệ.");
        }

        item.Kind = kind;
        item.Reason = Required(reason, "lý do");
        item.MaxPoints = Points(maxPoints);
    }

    private static decimal Points(decimal points) => points is > 0 and <= MaxPointsLimit
        ? points
        : throw new DomainException("Điểm tối đa phải lớn hơn 0 và không quá 1.000.");

    private static string Required(string? text, string what) => string.IsNullOrWhiteSpace(text)
        ? throw new DomainException($"Hãy nhập {what}.")
        : text.Trim();

    private CriteriaSection Own(CriteriaSection section) => Sections.Contains(section)
        ? section
        : throw new DomainException("Nhóm tiêu chí không thuộc bảng tiêu chí này.");

    private PointAdjustment OwnAdjustment(PointAdjustment item) => Adjustments.Contains(item)
        ? item
        : throw new DomainException("Mục điểm thưởng, điểm trừ không thuộc bảng tiêu chí này.");

    private CriteriaSection SectionOf(Criterion criterion) =>
        Sections.SingleOrDefault(s => s.Criteria.Contains(criterion))
        ?? throw new DomainException("Tiêu chí không thuộc bảng tiêu chí này.");

    private static void Renumber<T>(List<T> items, Action<T, int> number)
    {
        for (var i = 0; i < items.Count; i++)
        {
            number(items[i], i + 1);
        }
    }
}
