using System.Globalization;
using System.Text;

namespace LangSon.ThiDua.Web.Infrastructure.Documents;

/// <summary>
/// Every document's file name: Vietnamese without diacritics, with the number (or a name) and the date:
/// "Quyet-dinh-1234-QD-UBND-2025-12-20.pdf", "Bao-cao-thanh-tich-Hoang-Thi-Mai-2025-12-15.pdf".
/// </summary>
public static class DocumentFileName
{
    public static string For(string prefix, string? number, DateOnly? date, string extension)
    {
        var parts = new List<string> { prefix };
        if (Ascii(number) is { Length: > 0 } safeNumber)
        {
            parts.Add(safeNumber);
        }

        if (date is { } d)
        {
            parts.Add(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return string.Join('-', parts) + "." + extension;
    }

    /// <summary>Diacritics removed (case kept, Đ → D), anything but letters and digits turned into single dashes.</summary>
    public static string Ascii(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var plain = c switch { 'đ' => 'd', 'Đ' => 'D', _ => c };
            if (char.IsAsciiLetterOrDigit(plain))
            {
                builder.Append(plain);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().Trim('-');
    }
}
