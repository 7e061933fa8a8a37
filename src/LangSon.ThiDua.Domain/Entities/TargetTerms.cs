namespace LangSon.ThiDua.Domain;

/// <summary>
/// What a target commits to, as pages, exports and reports read it: the one declaration of a target's fields for
/// every read model (<see cref="PlanTarget"/> holds them for writing, <see cref="VersionTarget"/> in a plan version).
/// </summary>
public abstract class TargetTerms
{
    public required string Title { get; init; }

    public MeasureKind MeasureKind { get; init; }

    /// <summary>%, tỷ đồng, hồ sơ, km… (numeric measures only).</summary>
    public string? UnitOfMeasure { get; init; }

    public MeasureDirection Direction { get; init; }

    public decimal? Baseline { get; init; }

    /// <summary>The value to reach (numeric measures only).</summary>
    public decimal? TargetValue { get; init; }

    public required string ResponsibleName { get; init; }

    public string? ResponsiblePosition { get; init; }

    public DateOnly Deadline { get; init; }

    public bool IsNumeric => MeasureKind == MeasureKind.Numeric;

    /// <summary>"Nguyễn Văn An, Phó Giám đốc".</summary>
    public string Responsible => ResponsibleText(ResponsibleName, ResponsiblePosition);

    /// <summary>The name, then the position after a comma unless it is empty or repeats the name.</summary>
    public static string ResponsibleText(string name, string? position) =>
        string.IsNullOrWhiteSpace(position) || string.Equals(position.Trim(), name.Trim(), StringComparison.Ordinal)
            ? name
            : $"{name}, {position}";
}
