using System.Globalization;
using System.Text;

namespace LangSon.ThiDua.Web.Features.NominationDocuments;

/// <summary>File names in Vietnamese without diacritics, words joined by dashes: "Bao-cao-thanh-tich-Le-Van-Thang-2025-12-13.pdf".</summary>
internal static class DownloadName
{
    public static string Of(params string[] words)
    {
        var name = new StringBuilder();
        foreach (var c in string.Join(' ', words).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            name.Append(c switch
            {
                'đ' => 'd',
                'Đ' => 'D',
                _ when char.IsAsciiLetterOrDigit(c) => c,
                _ => '-',
            });
        }

        var joined = string.Join('-', name.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return (joined.Length > 120 ? joined[..120].TrimEnd('-') : joined) + ".pdf";
    }
}
