using System.Globalization;
using System.Text.RegularExpressions;
using LangSon.ThiDua.Domain.Text;

namespace LangSon.ThiDua.Documents;

/// <summary>What a cell holds, as the reader needs it: the text the user sees, and a number or date when the cell is one.</summary>
internal readonly record struct CellText(string Text, decimal? Number, DateTime? Date, bool Unreadable)
{
    public bool IsBlank => !Unreadable && string.IsNullOrWhiteSpace(Text);

    public static CellText OfDate(DateTime date) =>
        new(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), null, date, false);

    /// <summary>A number as the user sees it ("1.234,5"); with a percent format, 0,95 is the 95 % the user
    /// typed.</summary>
    public static CellText OfNumber(double number, bool percent)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > 1e15)
        {
            return new CellText(number.ToString(CultureInfo.InvariantCulture), null, null, false);
        }

        var amount = (decimal)number * (percent ? 100m : 1m);
        var shown = amount.ToString("#,##0.##########", Vietnamese.Culture) + (percent ? "%" : string.Empty);
        return new CellText(shown, amount, null, false);
    }
}

/// <summary>Numbers and dates typed as text, the Vietnamese way ("1.234,5", "31/12/2025") or plainly ("1234.5").</summary>
internal static partial class TextValues
{
    public const decimal MaxMagnitude = 99_999_999_999_999m;

    private static readonly string[] DateFormats =
        ["d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>
    /// Reads a number written as text. With both separators, the last one is the decimal separator. With only commas:
    /// one comma is decimal ("1,5"), several group thousands. With only dots: several group thousands ("1.234.567"),
    /// one dot followed by exactly three digits groups thousands as in vi-VN ("1.234"), otherwise it is decimal ("1234.5").
    /// A trailing % is dropped (the unit of measure says it).
    /// </summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00A0", string.Empty, StringComparison.Ordinal).Replace("\u202F", string.Empty, StringComparison.Ordinal)
            .TrimEnd('%');
        if (!NumberShape().IsMatch(s))
        {
            return false;
        }

        var lastDot = s.LastIndexOf('.');
        var lastComma = s.LastIndexOf(',');
        string normalized;
        if (lastDot >= 0 && lastComma >= 0)
        {
            var (group, point) = lastComma > lastDot ? ('.', ',') : (',', '.');
            var parts = s.Split(point);
            if (parts.Length != 2 || parts[1].Contains(group, StringComparison.Ordinal) || !Grouped(parts[0], group))
            {
                return false;
            }

            normalized = parts[0].Replace(group.ToString(), string.Empty, StringComparison.Ordinal) + "." + parts[1];
        }
        else if (lastComma >= 0)
        {
            normalized = Separated(s, ',');
        }
        else if (lastDot >= 0)
        {
            normalized = Separated(s, '.');
        }
        else
        {
            normalized = s;
        }

        return normalized.Length > 0
            && decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Looks like a day/month/year but is not a real date (31/02/2025).</summary>
    public static bool LooksLikeDate(string? text) => text is not null && DateShape().IsMatch(text.Trim());

    private static string Separated(string s, char separator)
    {
        var count = s.Count(c => c == separator);
        if (count > 1)
        {
            return Grouped(s, separator) ? s.Replace(separator.ToString(), string.Empty, StringComparison.Ordinal) : string.Empty;
        }

        var thousands = separator == '.' && ThousandsWithDot().IsMatch(s);
        return thousands ? s.Replace(".", string.Empty, StringComparison.Ordinal) : s.Replace(separator, '.');
    }

    private static bool Grouped(string integerPart, char group) =>
        !integerPart.Contains(group, StringComparison.Ordinal)
        || new Regex($"^-?\\d{{1,3}}(\\{group}\\d{{3}})+$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).IsMatch(integerPart);

    [GeneratedRegex(@"^-?[0-9][0-9.,]*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NumberShape();

    [GeneratedRegex(@"^-?\d{1,3}\.\d{3}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ThousandsWithDot();

    [GeneratedRegex(@"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DateShape();
}
