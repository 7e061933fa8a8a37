using LangSon.ThiDua.Tests.Integration.Foundation;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Figures;

/// <summary>
/// Issue 19, item 5: a khối/cụm's progress and "Tập thể, cá nhân được khen thưởng" are one figure wherever they are
/// shown — /Dashboard, /SummaryReport, its workbook and /PublicResults — on the demo data and on generated data.
/// </summary>
public sealed class FiguresAgreeOnDemoTests(DemoPlansFactory factory) : IClassFixture<DemoPlansFactory>
{
    [Fact]
    public Task Group_progress_and_awarded_count_are_the_same_on_every_page_and_export_of_the_demo() =>
        FiguresAgree.AssertAsync(factory);
}

public sealed class FiguresAgreeOnGeneratedTests(GeneratedProvinceFactory factory)
    : IClassFixture<GeneratedProvinceFactory>
{
    [Fact]
    public Task Group_progress_and_awarded_count_are_the_same_on_every_page_and_export_of_generated_data() =>
        FiguresAgree.AssertAsync(factory);
}

internal static class FiguresAgree
{
    public static async Task AssertAsync(PortalFactory factory)
    {
        using var noivu = await factory.SignInAsync("noivu");
        using var visitor = factory.CreatePortalClient();

        var dashboard = await PageFigures.DashboardAsync(noivu);
        var summary = await PageFigures.SummaryPageAsync(noivu, "/SummaryReport");
        var workbook = await PageFigures.WorkbookAsync(noivu);
        var published = await PageFigures.SummaryPageAsync(visitor, "/PublicResults");

        Assert.NotEmpty(dashboard.GroupProgress);
        Assert.Contains(dashboard.GroupProgress.Values, p => p is not null);
        Assert.Equal(dashboard.GroupLines, summary.GroupLines);
        Assert.Equal(dashboard.GroupLines, workbook.GroupLines);
        Assert.Equal(dashboard.GroupLines, published.GroupLines);
        Assert.True(summary.Awarded > 0);
        Assert.Equal(summary.Awarded, workbook.Awarded);
        Assert.Equal(summary.Awarded, published.Awarded);
    }
}
