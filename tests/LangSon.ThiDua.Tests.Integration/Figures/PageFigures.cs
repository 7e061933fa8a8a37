using System.Globalization;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Figures;

/// <summary>
/// The two figures issue 19 found in disagreement, read as a person reads them on each page and export: every khối and
/// cụm's progress (Tiến độ bình quân) and the number of collectives and individuals awarded.
/// </summary>
internal sealed record PageFigures(IReadOnlyDictionary<string, decimal?> GroupProgress, int? Awarded)
{
    private const string NoGroup = "Chưa xếp khối, cụm";


    /// <summary>The groups' progress, one line per group: an assertion message that shows where they differ.</summary>
    public string GroupLines => string.Join("\n", GroupProgress.OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key}: {g.Value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–"}"));

    /// <summary>
    /// /Dashboard's tab "Theo khối, cụm": the group table's progress (data-percent, invariant); no award count.
    /// </summary>
    public static async Task<PageFigures> DashboardAsync(PortalClient client)
    {
        var page = await client.GetPageAsync("/Dashboard?tab=khoi-cum");
        var groups = page.QuerySelectorAll("tr[data-group-id]").ToDictionary(
            row => row.QuerySelector("th")!.TextContent.Trim(),
            row => Invariant(row.QuerySelector("[data-col=percent]")!.GetAttribute("data-percent")));
        return new PageFigures(groups, null);
    }

    /// <summary>/SummaryReport and /PublicResults: the group table (one partial), the "được khen thưởng" card.</summary>
    public static async Task<PageFigures> SummaryPageAsync(PortalClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        var awarded = page.QuerySelector("[data-card=awarded]")!.TextContent.Trim();
        return new PageFigures(Groups(page), int.Parse(awarded, NumberStyles.AllowThousands, Vietnamese.Culture));
    }

    /// <summary>
    /// The summary's workbook: the khối/cụm sheet's "Tiến độ bình quân (%)", the award sheet's total "Đã khen thưởng".
    /// </summary>
    public static async Task<PageFigures> WorkbookAsync(PortalClient client)
    {
        using var response = await client.GetAsync("/SummaryReport/Export.xlsx");
        response.EnsureSuccessStatusCode();
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var groups = new Dictionary<string, decimal?>();
        var sheet = book.Worksheet("Khối, cụm thi đua");
        for (var row = 4; !sheet.Cell(row, 1).IsEmpty(); row++)
        {
            var cell = sheet.Cell(row, 11);
            groups[sheet.Cell(row, 2).GetString()] = cell.IsEmpty() ? null : Math.Round((decimal)cell.GetDouble(), 1);
        }

        var awards = book.Worksheet("Hình thức khen thưởng");
        var total = awards.Column(2).CellsUsed().Single(c => c.GetString() == "Tổng cộng").Address.RowNumber;
        return new PageFigures(WithoutNoGroup(groups), (int)awards.Cell(total, 10).GetDouble());
    }

    private static Dictionary<string, decimal?> Groups(IHtmlDocument page) => WithoutNoGroup(
        page.QuerySelectorAll("[data-table=groups] tbody tr").ToDictionary(
            row => row.GetAttribute("data-group")!,
            row => FromVietnamese(row.QuerySelector("[data-field=average]")!.TextContent)));

    /// <summary>The dashboard lists the khối and cụm only: the summary's row of units in none is not compared.</summary>
    private static Dictionary<string, decimal?> WithoutNoGroup(Dictionary<string, decimal?> groups)
    {
        groups.Remove(NoGroup);
        return groups;
    }

    private static decimal? Invariant(string? text) =>
        string.IsNullOrEmpty(text) ? null : decimal.Parse(text, CultureInfo.InvariantCulture);

    private static decimal? FromVietnamese(string text)
    {
        var value = text.Replace("%", "", StringComparison.Ordinal).Trim();
        return value is "–" or "" ? null : decimal.Parse(value, NumberStyles.Number, Vietnamese.Culture);
    }
}
