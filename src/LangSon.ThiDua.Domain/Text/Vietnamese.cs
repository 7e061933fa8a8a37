using System.Globalization;

namespace LangSon.ThiDua.Domain.Text;

/// <summary>
/// The portal's one culture, vi-VN: pages, documents, workbooks and log lines format dates as 04/12/2026 (day first)
/// and numbers as 1.234,5 with it, whatever the server's own culture.
/// </summary>
public static class Vietnamese
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"04/12/2026": a day as every page, export and log line of the portal writes it.</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
