using System.Globalization;
using System.Text.RegularExpressions;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Features.Targets;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Documents.Import;

namespace LangSon.ThiDua.Web.Features.PlanImport;

/// <summary>
/// Reads one row of the "Mục tiêu" sheet into the <see cref="TargetForm"/> the web page would post, the way the form
/// reads its fields: numbers as typed on the form (1.234,5) or real Excel numbers, dates as dd/MM/yyyy or real Excel
/// dates, the area, type and direction only from their lists. What cannot be read is refused at its cell and left
/// empty on the form. One message per cell: the first problem found is the one to fix.
/// </summary>
internal sealed partial class ImportRowReader(ImportRow row, IReadOnlyList<ContentAreaInfo> areas)
{
    private readonly Dictionary<ImportColumn, string> refusals = [];

    /// <summary>The refused cells of the row, from column A to J.</summary>
    public IEnumerable<ImportError> Errors => refusals.OrderBy(r => r.Key.Number)
        .Select(r => new ImportError(row.RowNumber, r.Key.Letter, r.Key.Name, r.Value));

    public TargetForm Read()
    {
        foreach (var column in TargetColumns.All.Where(c => Cell(c).Unreadable))
        {
            Refuse(column, "Không đọc được giá trị của ô (công thức không tính được?). Hãy nhập trực tiếp giá trị.");
        }

        var kind = ReadKind();
        var numeric = kind == MeasureKind.Numeric;
        return new TargetForm
        {
            ContentAreaId = ReadArea(),
            Title = Text(TargetColumns.Title),
            MeasureKind = kind,
            UnitOfMeasure = numeric ? Text(TargetColumns.UnitOfMeasure) : null,
            Direction = numeric ? ReadDirection() : null,
            Baseline = numeric ? ReadNumber(TargetColumns.Baseline) : null,
            TargetValue = numeric ? ReadNumber(TargetColumns.TargetValue) : null,
            ResponsibleName = Text(TargetColumns.ResponsibleName),
            ResponsiblePosition = Text(TargetColumns.ResponsiblePosition),
            Deadline = ReadDeadline(),
        };
    }

    public void Refuse(ImportColumn column, string message) => refusals.TryAdd(column, message);

    private CellText Cell(ImportColumn column) => row.Values[column.Number - 1];

    private string? Text(ImportColumn column) => Cell(column).IsBlank ? null : Cell(column).Text.Trim();

    private int? ReadArea()
    {
        var column = TargetColumns.Area;
        var cell = Cell(column);
        if (cell.IsBlank)
        {
            return null;
        }

        var number = cell.Number is { } n && decimal.Truncate(n) == n && Math.Abs(n) < 1000 ? (int)n : (int?)null;
        if (number is null && AreaPrefix().Match(cell.Text) is { Success: true } match)
        {
            number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var area = areas.FirstOrDefault(a => a.Number == number)
            ?? areas.FirstOrDefault(a => TextFolding.Fold(a.ShortTitle) == TextFolding.Fold(cell.Text));
        if (area is null)
        {
            var range = areas.Count == 0 ? "" : $"{areas.Min(a => a.Number)}–{areas.Max(a => a.Number)}";
            Refuse(column, number is null
                ? $"\"{cell.Text}\" không phải là nội dung thi đua; hãy chọn trong danh sách hoặc gõ số thứ tự "
                    + $"({range})."
                : $"Phong trào không có nội dung thi đua số {number}; chỉ chọn từ {range}.");
        }

        return area?.Id;
    }

    /// <summary>Only the two values of the drop-down; anything else ("Chỉ tiêu") is refused, never guessed.</summary>
    private MeasureKind? ReadKind()
    {
        var cell = Cell(TargetColumns.Kind);
        var folded = TextFolding.Fold(cell.Text);
        if (folded.Length == 0)
        {
            return null;
        }

        if (folded == TextFolding.Fold(TargetColumns.NumericKind))
        {
            return MeasureKind.Numeric;
        }

        if (folded == TextFolding.Fold(TargetColumns.MilestoneKind))
        {
            return MeasureKind.Milestone;
        }

        Refuse(TargetColumns.Kind, $"Loại \"{cell.Text}\" không hợp lệ; chỉ chọn \"{TargetColumns.NumericKind}\" hoặc "
            + $"\"{TargetColumns.MilestoneKind}\".");
        return null;
    }

    /// <summary>The two values of the drop-down; left blank, "càng cao càng tốt" as the template says.</summary>
    private MeasureDirection? ReadDirection()
    {
        var cell = Cell(TargetColumns.Direction);
        var folded = TextFolding.Fold(cell.Text);
        if (folded.Length == 0 || folded == TextFolding.Fold(TargetColumns.HigherIsBetter))
        {
            return MeasureDirection.HigherIsBetter;
        }

        if (folded == TextFolding.Fold(TargetColumns.LowerIsBetter))
        {
            return MeasureDirection.LowerIsBetter;
        }

        Refuse(TargetColumns.Direction, $"Chiều đánh giá \"{cell.Text}\" không hợp lệ; chỉ chọn "
            + $"\"{TargetColumns.HigherIsBetter}\" hoặc \"{TargetColumns.LowerIsBetter}\".");
        return null;
    }

    /// <summary>A number cell as it is; a text cell only written the Vietnamese way, as on the form.</summary>
    private decimal? ReadNumber(ImportColumn column)
    {
        var cell = Cell(column);
        if (cell.IsBlank)
        {
            return null;
        }

        if (cell.Number is { } number)
        {
            return number;
        }

        if (VietnameseNumber.TryParse(cell.Text, out var value))
        {
            return value;
        }

        Refuse(column, VietnameseNumber.IsWellFormed(cell.Text)
            ? $"{column.Name} quá lớn hoặc có quá 4 chữ số thập phân."
            : $"{VietnameseNumber.Refusal(column.Name)} Ô đang ghi \"{cell.Text}\".");
        return null;
    }

    /// <summary>A date cell as it is; a text cell only as the form reads a date (<see cref="VietnameseDate"/>).
    /// </summary>
    private DateOnly? ReadDeadline()
    {
        var cell = Cell(TargetColumns.Deadline);
        if (cell.IsBlank)
        {
            return null;
        }

        if (cell.Date is { } moment)
        {
            return DateOnly.FromDateTime(moment);
        }

        if (cell.Number is null && VietnameseDate.TryParse(cell.Text, out var date))
        {
            return date;
        }

        Refuse(TargetColumns.Deadline, $"{VietnameseDate.Message} Ô đang ghi \"{cell.Text}\".");
        return null;
    }

    [GeneratedRegex(@"^\s*(\d{1,3})\s*(?:[.):\-–]|$|\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AreaPrefix();
}
