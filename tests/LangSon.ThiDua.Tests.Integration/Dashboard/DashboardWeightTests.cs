using System.Net;
using LangSon.ThiDua.Tests.Integration.Foundation;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>
/// Issue 24 target 4: the HTML of the heaviest page, Sở Nội vụ's dashboard on the demo data (every unit, the
/// demo's plans, targets and reports), stays within 50 KB as sent by the portal, before any compression on the
/// wire (docs/performance.md "Page weight", measured by scripts/page-weight.sh).
/// </summary>
public sealed class DashboardWeightTests(DemoPlansFactory factory) : IClassFixture<DemoPlansFactory>
{
    private const int Limit = 50 * 1024;

    [Theory]
    [InlineData("/Dashboard")] // the late targets, the tab that opens first
    [InlineData("/Dashboard?tab=bieu-do")]
    [InlineData("/Dashboard?tab=don-vi")]
    [InlineData("/Dashboard?tab=khoi-cum")]
    [InlineData("/Dashboard?tab=ban-do-nhiet")]
    public async Task Each_tab_of_the_dashboard_of_noivu_on_the_demo_data_weighs_at_most_50_KB(string url)
    {
        using var noivu = await factory.SignInAsync("noivu");

        using var response = await noivu.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(bytes.Length <= Limit, $"{url} is {bytes.Length:N0} bytes, over {Limit:N0}");
    }
}
