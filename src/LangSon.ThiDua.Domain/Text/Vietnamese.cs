using System.Globalization;

namespace LangSon.ThiDua.Domain.Text;

/// <summary>
/// The portal's one culture, vi-VN: pages, documents, workbooks and log lines format dates as 04/12/2026 (day first)
/// and numbers as 1.234,5 with it, whatever the server's own culture; names sort in its alphabet (Đ after D).
/// </summary>
public static class Vietnamese
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Names in the Vietnamese alphabet order, case counted.</summary>
    public static readonly StringComparer Order = StringComparer.Create(Culture, ignoreCase: false);

    /// <summary>Names in the Vietnamese alphabet order, case ignored.</summary>
    public static readonly StringComparer OrderIgnoringCase = StringComparer.Create(Culture, ignoreCase: true);

    /// <summary>"04/12/2026": a day as every page, export and log line of the portal writes it.</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A day that may be missing: empty when it is.</summary>
    public static string Date(DateOnly? day) => day is { } d ? Date(d) : "";

    /// <summary>The day of a local (Vietnam) time, as <see cref="Date(DateOnly)"/> writes it.</summary>
    public static string Date(DateTime local) => Date(DateOnly.FromDateTime(local));

    /// <summary>"0,2 KB", "12,3 KB", "4,5 MB": rounded up to a tenth, so that a small file never reads 0.</summary>
    public static string FileSize(long bytes) => bytes < 1024 * 1024
        ? (Math.Ceiling(bytes / 102.4m) / 10m).ToString("#,##0.#", Culture) + " KB"
        : (Math.Ceiling(bytes / 104857.6m) / 10m).ToString("#,##0.#", Culture) + " MB";

    /// <summary>"94,8%", "66,67%": a share the Vietnamese way, the sign right after the number, no trailing zeros.</summary>
    public static string Percent(decimal value, int decimals = 1) =>
        value.ToString("#,##0." + new string('#', decimals), Culture) + "%";

    /// <summary>A title as the middle of a sentence reads it: "Phong trào…" → "phong trào…".</summary>
    public static string LowerFirst(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], Culture) + text[1..];
}
