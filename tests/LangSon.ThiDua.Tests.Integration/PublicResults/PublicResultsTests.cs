using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using LangSon.ThiDua.Tests.Integration.SummaryReport;

namespace LangSon.ThiDua.Tests.Integration.PublicResults;

/// <summary>
/// The public results page and a decision's page, read without signing in, over the data of <see cref="SummaryData"/>:
/// aggregates only, and names only of those an issued Quyết định awards.
/// </summary>
public sealed class PublicResultsTests(SummaryFactory factory) : IClassFixture<SummaryFactory>
{
    /// <summary>Names that must never appear publicly: nominees not awarded, portal users, target owners, the recorder.</summary>
    private static readonly string[] Private =
    [
        SummaryData.FailedName, SummaryData.PassedName, SummaryData.EligibleName, SummaryData.IneligibleName, SummaryData.DraftName,
        SummaryData.ForwardedName,
        PlanBuilder.Staff.FullName, "Hoàng Thị Thu Hà", "Phạm Quốc Khánh", "Lê Thị Mai", "noivu", "canbo.soyte", "truongdonvi.soyte",
        "Người gửi phản ánh", "Chưa đủ thời gian công tác",
    ];

    [Fact]
    public async Task An_anonymous_visitor_sees_aggregates_and_issued_decisions_without_any_private_name()
    {
        await factory.DataAsync();
        using var visitor = factory.CreatePortalClient();

        using var response = await visitor.GetAsync("/PublicResults");
        var html = await response.Content.ReadAsStringAsync();
        var page = await visitor.GetPageAsync("/PublicResults");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("5", "1"), (page.QuerySelector("[data-card=units]")!.TextContent.Trim(), page.QuerySelector("[data-card=accepted]")!.TextContent.Trim()));
        Assert.StartsWith("1/8", page.QuerySelector("[data-card=achieved]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("33,3 %", page.QuerySelector("[data-table=areaStates] tr[data-area='1'] [data-field=achieved-percent]")!.TextContent.Trim());
        Assert.NotEmpty(page.QuerySelectorAll("[data-table=groups] tbody tr"));
        Assert.Null(page.QuerySelector("[data-table=units]"));
        Assert.DoesNotContain("Sở Y tế", page.Body!.TextContent, StringComparison.Ordinal);

        // Only the issued Quyết định is listed, not the province's Tờ trình to the Prime Minister.
        var rows = page.QuerySelectorAll("[data-table=decisions] tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal(SummaryData.IssuedNumber, row.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal($"/PublicResults/Decision/{(await factory.DataAsync()).IssuedDecisionId}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2", page.QuerySelector("[data-card=awarded]")!.TextContent.Trim());

        Assert.Equal("Kết quả phong trào thi đua tỉnh Lạng Sơn", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Contains("1/8 mục tiêu đã đạt", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.All(Private, name => Assert.DoesNotContain(name, html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_page_lists_only_the_names_it_awards()
    {
        var data = await factory.DataAsync();
        using var visitor = factory.CreatePortalClient();

        using var response = await visitor.GetAsync($"/PublicResults/Decision/{data.IssuedDecisionId}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SummaryData.IssuedNumber, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([SummaryData.AwardedCollective], page.QuerySelectorAll("#collectives .awardee").Select(c => c.TextContent.Trim()));
        Assert.Equal([SummaryData.AwardedIndividual], page.QuerySelectorAll("#individuals .awardee").Select(c => c.TextContent.Trim()));
        Assert.Contains(SummaryData.IssuedNumber, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.All(Private, name => Assert.DoesNotContain(name, html, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(int.MaxValue)]
    public async Task A_decision_that_does_not_exist_is_not_found(int id)
    {
        using var visitor = factory.CreatePortalClient();

        using var response = await visitor.GetAsync($"/PublicResults/Decision/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_provinces_submission_to_the_Prime_Minister_is_not_an_issued_decision_and_is_not_found()
    {
        var data = await factory.DataAsync();
        using var visitor = factory.CreatePortalClient();

        using var response = await visitor.GetAsync($"/PublicResults/Decision/{data.SubmissionId}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(SummaryData.ForwardedName, html, StringComparison.Ordinal);
    }
}
