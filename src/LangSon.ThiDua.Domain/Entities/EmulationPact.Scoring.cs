namespace LangSon.ThiDua.Domain;

/// <summary>
/// Scoring of the pact's year: each signatory self-assesses on its sheet and its head submits it; the lead unit reviews
/// (adjusting a line needs a reason) and closes; totals and the ranking are derived, ties ordered by the lead at close.
/// </summary>
public sealed partial class EmulationPact
{
    public List<ScoreSheet> ScoreSheets { get; set; } = [];

    public string? ClosedBy { get; private set; }

    public DateTime? ScoringClosedAtUtc { get; private set; }

    /// <summary>How the lead applied the tie-break rule at close, when units were tied.</summary>
    public string? TieBreakNote { get; private set; }

    public ScoreSheet? SheetOf(int unitId) => ScoreSheets.SingleOrDefault(s => s.UnitId == unitId);

    /// <summary>Why the unit may not change its self-assessment now, or null.</summary>
    public string? ScoreRefusal(int unitId)
    {
        if (ScoringStateRefusal() is { } state)
        {
            return state;
        }

        if (Signatories.All(s => s.UnitId != unitId))
        {
            return "Đơn vị không thuộc danh sách ký kết giao ước này: không có phiếu chấm điểm.";
        }

        return SheetOf(unitId) is { IsSubmitted: true }
            ? "Phiếu tự chấm của đơn vị đã gửi: không sửa được nữa."
            : null;
    }

    /// <summary>Records the self scores (criteria 0..max; a bonus or penalty claimed needs a reason).</summary>
    public ScoreSheet SelfAssess(int unitId, IReadOnlyCollection<SelfScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        Refuse(ScoreRefusal(unitId));
        var sheet = SheetOf(unitId) ?? AddSheet(unitId);
        foreach (var score in scores)
        {
            var (what, max, isItem) = LineTerms(score.CriterionId, score.AdjustmentId);
            CheckPoints(score.Points, max, what);
            var comment = Trimmed(score.Comment);
            if (isItem && score.Points > 0 && comment is null)
            {
                throw new DomainException($"Hãy nêu lý do đề nghị {what}.");
            }

            var line = sheet.Lines.SingleOrDefault(l =>
                l.CriterionId == score.CriterionId && l.AdjustmentId == score.AdjustmentId);
            if (line is null)
            {
                line = new ScoreLine { CriterionId = score.CriterionId, AdjustmentId = score.AdjustmentId };
                sheet.Lines.Add(line);
            }

            line.SelfPoints = score.Points;
            line.Comment = comment;
            line.Evidence = Trimmed(score.Evidence);
        }

        return sheet;
    }

    public string? SubmitRefusal(int unitId)
    {
        if (ScoreRefusal(unitId) is { } refusal)
        {
            return refusal;
        }

        var scored = SheetOf(unitId)?.Lines.Where(l => l.CriterionId is not null).Select(l => l.CriterionId!.Value)
            .ToHashSet() ?? [];
        var missing = AllCriteria().FirstOrDefault(c => !scored.Contains(c.Id));
        return missing is null ? null : $"Chưa tự chấm tiêu chí \"{missing.Title}\".";
    }

    /// <summary>The unit's head sends the self-assessment to the lead unit; the member cannot change it then.</summary>
    public void SubmitSheet(int unitId, Actor head, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(head);
        Refuse(SubmitRefusal(unitId));
        var sheet = SheetOf(unitId)!;
        sheet.Status = SheetStatus.Submitted;
        sheet.SubmittedBy = head.UserName;
        sheet.SubmittedAtUtc = nowUtc;
    }

    public string? ReviewRefusal(int unitId)
    {
        if (ScoringStateRefusal() is { } state)
        {
            return state;
        }

        return SheetOf(unitId) is { IsSubmitted: true }
            ? null
            : "Đơn vị chưa gửi phiếu tự chấm: chưa thẩm định được.";
    }

    /// <summary>
    /// The lead's review of a submitted sheet: the points that count per line; points other than the member's need a
    /// reason each, the same points (without a reason) clear an earlier adjustment.
    /// </summary>
    public void Review(int unitId, IReadOnlyCollection<ScoreReview> reviews, Actor reviewer, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(reviewer);
        Refuse(ReviewRefusal(unitId));
        var sheet = SheetOf(unitId)!;
        foreach (var review in reviews)
        {
            var line = sheet.Lines.SingleOrDefault(l => l.Id == review.LineId)
                ?? throw new DomainException("Dòng điểm không thuộc phiếu chấm này.");
            var (what, max, _) = LineTerms(line.CriterionId, line.AdjustmentId);
            CheckPoints(review.Points, max, what);
            var reason = Trimmed(review.Reason);
            if (review.Points == line.SelfPoints)
            {
                if (reason is not null)
                {
                    throw new DomainException($"Điểm {what} giữ nguyên điểm tự chấm: xóa lý do điều chỉnh, hoặc " +
                        "nhập điểm thẩm định khác.");
                }

                (line.AdjustedPoints, line.AdjustmentReason) = (null, null);
                continue;
            }

            line.AdjustedPoints = review.Points;
            line.AdjustmentReason = reason ?? throw new DomainException(
                $"Hãy nêu lý do điều chỉnh điểm {what} (đơn vị tự chấm {line.SelfPoints:0.##}).");
        }

        sheet.Status = SheetStatus.Reviewed;
        sheet.ReviewedBy = reviewer.UserName;
        sheet.ReviewedAtUtc = nowUtc;
    }

    /// <summary>The unit's total: criteria (each capped at its maximum) + bonus − penalty; 0 without a sheet.</summary>
    public decimal TotalOf(int unitId)
    {
        var sheet = SheetOf(unitId);
        if (sheet is null)
        {
            return 0m;
        }

        var criteria = AllCriteria().ToDictionary(c => c.Id, c => c.MaxPoints);
        var kinds = Adjustments.ToDictionary(a => a.Id, a => (a.Kind, a.MaxPoints));
        return sheet.Lines.Sum(l => l switch
        {
            { CriterionId: { } c } when criteria.TryGetValue(c, out var max) => Math.Min(l.Points, max),
            { AdjustmentId: { } a } when kinds.TryGetValue(a, out var item) =>
                (item.Kind == AdjustmentKind.Bonus ? 1 : -1) * Math.Min(l.Points, item.MaxPoints),
            _ => 0m,
        });
    }

    /// <summary>The groups of signatories with the same total (two or more each), highest total first.</summary>
    public IReadOnlyList<IReadOnlyList<PactSignatory>> Ties() => Signatories
        .GroupBy(s => TotalOf(s.UnitId))
        .Where(g => g.Count() > 1)
        .OrderByDescending(g => g.Key)
        .Select(g => (IReadOnlyList<PactSignatory>)g.OrderBy(s => s.UnitName, StringComparer.Ordinal).ToList())
        .ToList();

    /// <summary>
    /// Why scoring may not close whatever the order of the tied units: not open, or a sheet not submitted.
    /// </summary>
    public string? ClosingRefusal()
    {
        if (ScoringStateRefusal() is { } state)
        {
            return state;
        }

        var waiting = Signatories.Where(s => SheetOf(s.UnitId) is not { IsSubmitted: true }).ToList();
        return waiting.Count == 0
            ? null
            : "Còn đơn vị chưa gửi phiếu tự chấm: " + string.Join(", ", waiting.Select(s => s.UnitName)) + ".";
    }

    /// <summary>
    /// Why scoring may not close with this order of the tied units (unit id → place 1..n within its tie), or null:
    /// every member must have submitted, and every tie must be ordered, with a note on how the rule was applied.
    /// </summary>
    public string? CloseRefusal(IReadOnlyDictionary<int, int> tieOrder, string? note)
    {
        ArgumentNullException.ThrowIfNull(tieOrder);
        if (ClosingRefusal() is { } refusal)
        {
            return refusal;
        }

        foreach (var tie in Ties())
        {
            var places = tie.Select(s => tieOrder.TryGetValue(s.UnitId, out var p) ? p : 0).ToList();
            if (!places.Order().SequenceEqual(Enumerable.Range(1, tie.Count)))
            {
                return $"Các đơn vị {string.Join(", ", tie.Select(s => s.UnitName))} bằng điểm " +
                    $"({TotalOf(tie[0].UnitId):0.##}): hãy xếp thứ tự của họ (1 đến {tie.Count}) theo nguyên tắc " +
                    "xếp hạng của bảng tiêu chí.";
            }
        }

        return Ties().Count > 0 && Trimmed(note) is null
            ? "Hãy ghi cách áp dụng nguyên tắc xếp hạng cho các đơn vị bằng điểm."
            : null;
    }

    /// <summary>Closes scoring: scores and ranking are final; every scoring change is refused from now on.</summary>
    public void CloseScoring(IReadOnlyDictionary<int, int> tieOrder, string? note, Actor lead, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(lead);
        Refuse(CloseRefusal(tieOrder, note));
        var tied = Ties().SelectMany(t => t).Select(s => s.UnitId).ToHashSet();
        foreach (var sheet in ScoreSheets)
        {
            sheet.TiePosition = tied.Contains(sheet.UnitId) ? tieOrder[sheet.UnitId] : null;
        }

        TieBreakNote = tied.Count > 0 ? Trimmed(note) : null;
        Status = PactStatus.ScoringClosed;
        ClosedBy = lead.UserName;
        ScoringClosedAtUtc = nowUtc;
    }

    /// <summary>The signatories by total, highest first; tied units in the order the lead gave them at close.</summary>
    public IReadOnlyList<RankedUnit> Ranking()
    {
        var totals = Signatories.Select(s => (s, Total: TotalOf(s.UnitId))).ToList();
        return totals
            .OrderByDescending(t => t.Total)
            .ThenBy(t => SheetOf(t.s.UnitId)?.TiePosition ?? int.MaxValue)
            .ThenBy(t => t.s.UnitName, StringComparer.Ordinal)
            .Select((t, i) => new RankedUnit(
                i + 1, t.s.UnitId, t.s.UnitName, t.Total, totals.Count(o => o.Total == t.Total) > 1))
            .ToList();
    }

    private string? ScoringStateRefusal() => Status switch
    {
        PactStatus.ScoringOpen => null,
        PactStatus.ScoringClosed => "Khối, cụm đã chốt điểm và xếp hạng: không thay đổi được điểm nữa.",
        _ => $"Giao ước đang ở trạng thái \"{Status.DisplayName()}\": chưa mở chấm điểm.",
    };

    private ScoreSheet AddSheet(int unitId)
    {
        var sheet = new ScoreSheet { UnitId = unitId };
        ScoreSheets.Add(sheet);
        return sheet;
    }

    private IEnumerable<Criterion> AllCriteria() =>
        Sections.OrderBy(s => s.Number).SelectMany(s => s.Criteria.OrderBy(c => c.Number));

    private (string What, decimal Max, bool IsItem) LineTerms(int? criterionId, int? adjustmentId)
    {
        if (criterionId is { } c && adjustmentId is null
            && AllCriteria().SingleOrDefault(x => x.Id == c) is { } criterion)
        {
            return ($"tiêu chí \"{criterion.Title}\"", criterion.MaxPoints, false);
        }

        if (adjustmentId is { } a && criterionId is null && Adjustments.SingleOrDefault(x => x.Id == a) is { } item)
        {
            return ($"{item.Kind.DisplayName().ToLowerInvariant()} \"{item.Reason}\"", item.MaxPoints, true);
        }

        throw new DomainException("Dòng điểm không thuộc bảng tiêu chí của giao ước này.");
    }

    private static void CheckPoints(decimal points, decimal max, string what)
    {
        if (points < 0 || points > max)
        {
            throw new DomainException($"Điểm {what} phải từ 0 đến {max:0.##}.");
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
