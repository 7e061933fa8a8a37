using System.Net;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.SummaryReport;

/// <summary>
/// Issue 19, item 6: the year-end summary of any campaign, its PDF and workbook, and two campaigns compared, over
/// the data of <see cref="PastCampaignData"/>.
/// </summary>
public sealed class SummaryCampaignChoiceTests(PastCampaignFactory factory) : IClassFixture<PastCampaignFactory>
{
    private static string Cell(IHtmlDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();

    private static string[] Row(IHtmlDocument page, string table, string figure) =>
        page.QuerySelectorAll($"{table} tr[data-figure='{figure}'] td").Select(td => td.TextContent.Trim()).ToArray();

    [Fact]
    public async Task Choosing_a_past_campaign_shows_its_figures_and_not_the_active_ones()
    {
        var data = await factory.DataAsync();
        using var council = await factory.SignInAsync("hoidong1");

        var page = await council.GetPageAsync($"/SummaryReport?campaignId={data.PastId}");
        var active = await council.GetPageAsync("/SummaryReport");

        Assert.Contains(PastCampaignData.PastTitle, Cell(page, "[data-field=campaign]"), StringComparison.Ordinal);
        Assert.Contains("Đã kết thúc", Cell(page, "[data-field=campaign]"), StringComparison.Ordinal);
        // Its figures are those of its last day, not of today.
        Assert.Contains("Số liệu đến ngày 31/12/2024", Cell(page, "[data-field=campaign]"), StringComparison.Ordinal);
        Assert.Equal(("1", "3", "2"), (
            Cell(page, "[data-card=accepted]"), Cell(page, "[data-card=targets]"), Cell(page, "[data-card=achieved]")));
        Assert.Equal(("0", "0"), (Cell(page, "[data-card=proposed]"), Cell(page, "[data-card=awarded]")));
        var area1 = "[data-table=areaStates] tr[data-area='1']";
        Assert.Equal(("2", "2", "100,0 %"), (Cell(page, $"{area1} [data-state=All]"),
            Cell(page, $"{area1} [data-state=Achieved]"), Cell(page, $"{area1} [data-field=achieved-percent]")));
        // A closed campaign's missed deadline is final: "không đạt", not "quá hạn".
        Assert.Equal("1", Cell(page, "[data-area=All] [data-state=NotAchieved]"));
        Assert.Equal(data.PastId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("#campaignId option[selected]")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector($"#campaignId option[value='{data.DraftId}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/SummaryReport/Export.xlsx?campaignId={data.PastId}']"));
        Assert.Equal("8", Cell(active, "[data-card=targets]"));
    }

    [Fact]
    public async Task The_workbook_and_the_pdf_of_a_chosen_campaign_carry_its_figures()
    {
        var data = await factory.DataAsync();
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.GetAsync($"/SummaryReport/Export.xlsx?campaignId={data.PastId}");
        var preview = await noivu.GetPageAsync($"/SummaryReport/Export.pdf?Preview=true&campaignId={data.PastId}");
        var print = await noivu.GetPageAsync($"/SummaryReport/Print?campaignId={data.PastId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var areas = book.Worksheet("Nội dung thi đua");
        Assert.Contains(PastCampaignData.PastTitle, areas.Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal($"Nội dung 1. {PastCampaignData.PastArea1}", areas.Cell(4, 2).GetString());
        var total = areas.Column(2).CellsUsed().Single(c => c.GetString() == "Tổng cộng").Address.RowNumber;
        Assert.Equal([3d, 2], new[] { areas.Cell(total, 4).GetDouble(), areas.Cell(total, 5).GetDouble() });
        var text = preview.Body!.TextContent;
        Assert.Contains("phong trào thi đua thực hiện nhiệm vụ chính trị năm 2024", text, StringComparison.Ordinal);
        Assert.Contains("Các đơn vị đăng ký 3 mục tiêu", text, StringComparison.Ordinal);
        Assert.Contains("đã trình 0 hồ sơ đề nghị khen thưởng", text, StringComparison.Ordinal);
        Assert.Equal(data.PastId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            print.QuerySelector("form input[name=campaignId]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Comparing_shows_both_campaigns_figures_and_their_difference_in_total_and_by_content_area()
    {
        var data = await factory.DataAsync();
        using var observer = await factory.SignInAsync("mttq");

        var page = await observer.GetPageAsync(
            $"/SummaryReport?campaignId={data.ActiveId}&compareWith={data.PastId}");

        Assert.Equal("So sánh hai đợt thi đua", Cell(page, "h1"));
        Assert.Contains(
            PastCampaignData.PastTitle, Cell(page, $"[data-campaign='{data.PastId}']"), StringComparison.Ordinal);
        const string totals = "[data-table=compare-totals]";
        Assert.Equal(["8", "3", "+5"], Row(page, totals, "targets"));
        Assert.Equal(["1", "2", "−1"], Row(page, totals, "achieved"));
        Assert.Equal(["1", "1", "0"], Row(page, totals, "accepted"));
        Assert.Equal(["7", "0", "+7"], Row(page, totals, "proposed"));
        const string area1 = "[data-table=compare-area][data-area='1']";
        Assert.Equal(["3", "2", "+1"], Row(page, area1, "targets"));
        Assert.Equal(["33,3", "100,0", "−66,7"], Row(page, area1, "achieved-percent"));
        Assert.Contains(PastCampaignData.PastArea1, Cell(page, "#noi-dung-1"), StringComparison.Ordinal);
        Assert.Equal(data.PastId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("#compareWith option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_campaign_not_offered_is_not_found_on_every_route()
    {
        var data = await factory.DataAsync();
        using var noivu = await factory.SignInAsync("noivu");

        foreach (var id in new[] { 987654, data.DraftId })
        {
            foreach (var url in new[]
            {
                $"/SummaryReport?campaignId={id}", $"/SummaryReport?campaignId={data.ActiveId}&compareWith={id}",
                $"/SummaryReport/Print?campaignId={id}", $"/SummaryReport/Export.pdf?campaignId={id}",
                $"/SummaryReport/Export.xlsx?campaignId={id}",
            })
            {
                using var response = await noivu.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.soyte")]
    public async Task Unit_users_are_refused_a_chosen_campaign_and_the_comparison(string user)
    {
        var data = await factory.DataAsync();
        using var client = await factory.SignInAsync(user);

        foreach (var url in new[]
        {
            $"/SummaryReport?campaignId={data.PastId}",
            $"/SummaryReport?campaignId={data.ActiveId}&compareWith={data.PastId}",
            $"/SummaryReport/Export.pdf?campaignId={data.PastId}",
            $"/SummaryReport/Export.xlsx?campaignId={data.PastId}",
        })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }
}
