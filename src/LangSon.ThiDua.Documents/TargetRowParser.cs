using System.Globalization;
using System.Text.RegularExpressions;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>Checks one row of the "Mục tiêu" sheet, cell by cell, against the domain's rules and lengths.</summary>
internal sealed partial class TargetRowParser(int rowNumber, IReadOnlyList<CellText> cells, ImportRules rules, List<ImportError> errors)
{
    private const int TitleMax = 500;
    private const int UnitMax = 50;
    private const int NameMax = 200;

    private bool failed;

    public ImportedTarget? Parse()
    {
        foreach (var column in TargetColumns.All.Where(c => Cell(c).Unreadable))
        {
            Fail(column, "Không đọc được giá trị của ô (công thức không tính được?). Hãy nhập trực tiếp giá trị.");
        }

        var area = ReadArea();
        var title = Required(TargetColumns.Title, TitleMax, "Chưa nhập tên mục tiêu, chỉ tiêu, nhiệm vụ.");
        var kind = ReadKind();
        string? unit = null;
        var direction = MeasureDirection.HigherIsBetter;
        decimal? baseline = null;
        decimal? targetValue = null;
        if (kind == MeasureKind.Numeric)
        {
            unit = Required(TargetColumns.UnitOfMeasure, UnitMax, "Chỉ tiêu định lượng phải có đơn vị tính (ví dụ %, tỷ đồng, hồ sơ, km).");
            direction = ReadDirection();
            baseline = ReadNumber(TargetColumns.Baseline, required: false);
            targetValue = ReadNumber(TargetColumns.TargetValue, required: true);
        }

        var responsible = Required(TargetColumns.ResponsibleName, NameMax, "Chưa nhập người chịu trách nhiệm.");
        var position = Optional(TargetColumns.ResponsiblePosition, NameMax);
        var deadline = ReadDeadline();

        if (failed || area is null || title is null || kind is null || responsible is null || deadline is null)
        {
            return null;
        }

        return new ImportedTarget(rowNumber, area.Id, area.Number, title, kind.Value, unit, direction, baseline, targetValue,
            responsible, position, deadline.Value);
    }

    private CellText Cell(TargetColumn column) => cells[column.Number - 1];

    private void Fail(TargetColumn column, string message)
    {
        // One message per cell: the first problem found (an unreadable formula, say) is the one to fix.
        if (errors.All(e => e.RowNumber != rowNumber || e.ColumnLetter != column.Letter))
        {
            errors.Add(new ImportError(rowNumber, column.Letter, column.Name, message));
        }

        failed = true;
    }

    private ContentAreaInfo? ReadArea()
    {
        var column = TargetColumns.Area;
        var cell = Cell(column);
        var range = rules.Areas.Count == 0 ? "" : $"{rules.Areas.Min(a => a.Number)}–{rules.Areas.Max(a => a.Number)}";
        if (cell.IsBlank)
        {
            Fail(column, $"Chưa chọn nội dung thi đua (số {range}).");
            return null;
        }

        var number = cell.Number is { } n && decimal.Truncate(n) == n && Math.Abs(n) < 1000 ? (int)n : (int?)null;
        if (number is null && AreaPrefix().Match(cell.Text) is { Success: true } match)
        {
            number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        }

        var area = rules.Areas.FirstOrDefault(a => a.Number == number)
            ?? rules.Areas.FirstOrDefault(a => TextFolding.Fold(a.ShortTitle) == TextFolding.Fold(cell.Text));
        if (area is null)
        {
            Fail(column, number is null
                ? $"\"{cell.Text}\" không phải là nội dung thi đua; hãy chọn trong danh sách hoặc gõ số thứ tự ({range})."
                : $"Phong trào không có nội dung thi đua số {number}; chỉ chọn từ {range}.");
        }

        return area;
    }

    private MeasureKind? ReadKind()
    {
        var column = TargetColumns.Kind;
        var folded = TextFolding.Fold(Cell(column).Text);
        var choices = $"\"{TargetColumns.NumericKind}\" hoặc \"{TargetColumns.MilestoneKind}\"";
        if (folded.Length == 0)
        {
            Fail(column, $"Chưa chọn loại: {choices}.");
            return null;
        }

        if (folded.StartsWith("chi tieu", StringComparison.Ordinal) || folded == "dinh luong")
        {
            return MeasureKind.Numeric;
        }

        if (folded.StartsWith("nhiem vu", StringComparison.Ordinal))
        {
            return MeasureKind.Milestone;
        }

        Fail(column, $"Loại \"{Cell(column).Text}\" không hợp lệ; chỉ chọn {choices}.");
        return null;
    }

    private MeasureDirection ReadDirection()
    {
        var column = TargetColumns.Direction;
        var folded = TextFolding.Fold(Cell(column).Text);
        if (folded.Length == 0 || folded.Contains("cao", StringComparison.Ordinal))
        {
            return MeasureDirection.HigherIsBetter;
        }

        if (folded.Contains("thap", StringComparison.Ordinal))
        {
            return MeasureDirection.LowerIsBetter;
        }

        Fail(column, $"Chiều đánh giá \"{Cell(column).Text}\" không hợp lệ; chỉ chọn \"{TargetColumns.HigherIsBetter}\" hoặc \"{TargetColumns.LowerIsBetter}\".");
        return MeasureDirection.HigherIsBetter;
    }

    private decimal? ReadNumber(TargetColumn column, bool required)
    {
        var cell = Cell(column);
        if (cell.IsBlank)
        {
            if (required)
            {
                Fail(column, "Chỉ tiêu định lượng phải có giá trị mục tiêu.");
            }

            return null;
        }

        decimal? value = cell.Number ?? (TextValues.TryParseNumber(cell.Text, out var parsed) ? parsed : null);
        if (value is null)
        {
            Fail(column, $"\"{cell.Text}\" không phải là số. Hãy viết số theo kiểu 1.234,5 (dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân).");
            return null;
        }

        if (Math.Abs(value.Value) > TextValues.MaxMagnitude)
        {
            Fail(column, "Số quá lớn (tối đa 14 chữ số phần nguyên).");
            return null;
        }

        return Math.Round(value.Value, 4);
    }

    private DateOnly? ReadDeadline()
    {
        var column = TargetColumns.Deadline;
        var cell = Cell(column);
        if (cell.IsBlank)
        {
            Fail(column, "Chưa nhập thời hạn (ngày/tháng/năm).");
            return null;
        }

        DateOnly? deadline = cell.Date is { } moment ? DateOnly.FromDateTime(moment)
            : cell.Number is { } serial && serial == decimal.Truncate(serial) && serial is >= 1 and <= 2_958_465 ? DateOnly.FromDateTime(DateTime.FromOADate((double)serial))
            : TextValues.TryParseDate(cell.Text, out var typed) ? typed
            : null;
        if (deadline is not { } date)
        {
            Fail(column, TextValues.LooksLikeDate(cell.Text)
                ? $"Ngày \"{cell.Text}\" không có thật trên lịch."
                : $"\"{cell.Text}\" không phải là ngày. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 31/12/2025.");
            return null;
        }

        if (date < rules.CampaignStart)
        {
            Fail(column, $"Thời hạn {Show(date)} trước ngày bắt đầu phong trào ({Show(rules.CampaignStart)}).");
        }
        else if (rules.CampaignEnd is { } end && date > end)
        {
            Fail(column, $"Thời hạn {Show(date)} sau ngày kết thúc phong trào ({Show(end)}).");
        }

        return date;
    }

    private string? Required(TargetColumn column, int max, string missing)
    {
        var text = Cell(column).Text.Trim();
        if (text.Length == 0)
        {
            Fail(column, missing);
            return null;
        }

        return Limited(column, text, max);
    }

    private string? Optional(TargetColumn column, int max)
    {
        var text = Cell(column).Text.Trim();
        return text.Length == 0 ? null : Limited(column, text, max);
    }

    private string? Limited(TargetColumn column, string text, int max)
    {
        if (text.Length > max)
        {
            Fail(column, $"Dài {text.Length} ký tự, vượt quá {max} ký tự cho phép.");
            return null;
        }

        return text;
    }

    private static string Show(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(\d{1,3})\s*(?:[.):\-–]|$|\s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AreaPrefix();
}
