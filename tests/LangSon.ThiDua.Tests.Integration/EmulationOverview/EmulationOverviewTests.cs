using System.Net;
using AngleSharp.Html.Dom;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.EmulationPacts;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.EmulationOverview;

/// <summary>
/// Sở Nội vụ's overview of every khối/cụm's year on the demo: the khối mid-scoring, the khối signed, the cụm closed
/// with its ranking, the groups without a pact; the counts are those of the pacts' signatories and score sheets.
/// </summary>
public sealed class EmulationOverviewTests(DemoPactFactory factory) : IClassFixture<DemoPactFactory>
{
    private const string Khoi = "Khối các cơ quan văn hóa - xã hội";
    private const string SignedKhoi = "Khối các cơ quan kinh tế";
    private const string Cum = "Cụm thi đua khu vực huyện Văn Lãng (cũ)";

    [Fact]
    public async Task Noi_vu_sees_every_khoi_and_cum_including_those_without_a_pact()
    {
        using var noiVu = await factory.SignInAsync("noivu");
        var groups = await factory.WithDbAsync(db =>
            db.EmulationGroups.Select(g => new { g.Id, g.Kind }).ToListAsync());
        var year = await DemoYearAsync();
        var withPact = await factory.WithDbAsync(db => db.EmulationPacts.Where(p => p.Year == year)
            .Select(p => p.EmulationGroupId).ToListAsync());

        var page = await noiVu.GetPageAsync("/EmulationOverview");

        var rows = page.QuerySelectorAll("#overview tbody tr").ToList();
        Assert.Equal(groups.Select(g => g.Id.ToString()).Order(), rows.Select(r => r.GetAttribute("data-group-id")!)
            .Order());
        Assert.Equal(4, groups.Count(g => g.Kind == EmulationGroupKind.Sector)); // the province's 4 khối, 11 cụm
        Assert.Equal(11, groups.Count(g => g.Kind == EmulationGroupKind.Territory));
        var withoutPact = groups.Where(g => !withPact.Contains(g.Id)).ToList();
        Assert.NotEmpty(withoutPact);
        Assert.All(withoutPact, g => Assert.Equal("Chưa lập giao ước", Cell(page, g.Id, "state")));
        Assert.Contains($"năm {year}", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_khoi_shows_its_signatures_and_its_sheets_submitted_and_reviewed()
    {
        using var noiVu = await factory.SignInAsync("noivu");
        var khoi = await GroupIdAsync(Khoi);
        var signedKhoi = await GroupIdAsync(SignedKhoi);
        var counts = await factory.WithDbAsync(async db =>
        {
            var pact = db.EmulationPacts.Where(p => p.EmulationGroupId == khoi);
            return (Signatories: await pact.SelectMany(p => p.Signatories).CountAsync(),
                Signed: await pact.SelectMany(p => p.Signatories).CountAsync(s => s.SignedAtUtc != null),
                Submitted: await pact.SelectMany(p => p.ScoreSheets).CountAsync(s => s.Status >= SheetStatus.Submitted),
                Reviewed: await pact.SelectMany(p => p.ScoreSheets).CountAsync(s => s.Status == SheetStatus.Reviewed));
        });

        var page = await noiVu.GetPageAsync("/EmulationOverview");

        Assert.Equal((6, 6, 2, 1), counts); // the demo: all six signed, two sheets sent, the lead's reviewed
        Assert.Equal("Đang chấm điểm", Cell(page, khoi, "state"));
        Assert.Equal($"đã ký {counts.Signed}/{counts.Signatories}", Cell(page, khoi, "signed"));
        Assert.StartsWith($"đã gửi {counts.Submitted}/{counts.Signatories}, đã thẩm định {counts.Reviewed}/" +
            $"{counts.Signatories}", Cell(page, khoi, "scoring"), StringComparison.Ordinal);
        Assert.Equal("—", Cell(page, khoi, "first")); // no ranking before closing
        Assert.Equal("Đã ký kết", Cell(page, signedKhoi, "state"));
        Assert.Equal("—", Cell(page, signedKhoi, "scoring"));
        var year = await DemoYearAsync();
        Assert.NotNull(Row(page, khoi).QuerySelector($"a[href='/EmulationPacts/Group/{khoi}?year={year}']"));
    }

    [Fact]
    public async Task The_closed_demo_cum_shows_its_first_ranked_unit_with_its_total_and_leads_to_its_ranking()
    {
        using var noiVu = await factory.SignInAsync("noivu");
        var cum = await GroupIdAsync(Cum);
        var pactId = await factory.WithDbAsync(db => db.EmulationPacts.Where(p => p.EmulationGroupId == cum)
            .Select(p => p.Id).SingleAsync());
        var ranking = await noiVu.GetPageAsync($"/EmulationScoring/Ranking/{pactId}");
        var firstRow = ranking.QuerySelector("#ranking tbody tr")!;

        var page = await noiVu.GetPageAsync("/EmulationOverview");

        Assert.Equal("Đã chốt điểm, xếp hạng", Cell(page, cum, "state"));
        Assert.StartsWith("đã gửi 5/5, đã thẩm định 1/5", Cell(page, cum, "scoring"), StringComparison.Ordinal);
        var first = Cell(page, cum, "first");
        Assert.Equal($"{firstRow.QuerySelector("a")!.TextContent.Trim()} (102 điểm)", first);
        Assert.Equal("102", firstRow.QuerySelector("td.total")!.TextContent.Trim());
        Assert.NotNull(Row(page, cum).QuerySelector($"a[href='/EmulationScoring/Ranking/{pactId}']"));
    }

    [Fact]
    public async Task The_list_filters_by_kind_state_and_name_without_accents()
    {
        using var admin = await factory.SignInAsync("admin");
        var cum = await GroupIdAsync(Cum);

        var noPactClusters = await admin.GetPageAsync("/EmulationOverview?kind=Territory&state=none");
        var byName = await admin.GetPageAsync("/EmulationOverview?q=van%20lang");

        var rows = noPactClusters.QuerySelectorAll("#overview tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Cụm thi đua", r.Children[1].TextContent.Trim()));
        Assert.All(rows, r =>
            Assert.Equal("Chưa lập giao ước", r.QuerySelector("[data-col=state]")!.TextContent.Trim()));
        Assert.Equal([cum.ToString()], byName.QuerySelectorAll("#overview tbody tr")
            .Select(r => r.GetAttribute("data-group-id")!));
    }

    [Fact]
    public async Task The_export_has_a_row_per_group_with_the_counts_as_numbers()
    {
        using var noiVu = await factory.SignInAsync("noivu");
        var groupCount = await factory.WithDbAsync(db => db.EmulationGroups.CountAsync());

        var response = await noiVu.GetAsync("/EmulationOverview/Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        var sheet = book.Worksheets.First();
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > 3).ToList();
        Assert.Equal(groupCount, rows.Count);
        var khoi = rows.Single(r => r.Cell(2).GetString() == Khoi);
        Assert.Equal([6, 6, 2, 1], Enumerable.Range(6, 4).Select(c => khoi.Cell(c).GetValue<int>()));
        var cum = rows.Single(r => r.Cell(2).GetString() == Cum);
        Assert.Equal(102m, cum.Cell(11).GetValue<decimal>());
    }

    [Fact]
    public async Task The_dashboard_links_noi_vu_to_the_overview_and_not_an_observer()
    {
        using var noiVu = await factory.SignInAsync("noivu");
        using var observer = await factory.SignInAsync("mttq");

        var forNoiVu = await noiVu.GetPageAsync("/Dashboard");
        var forObserver = await observer.GetPageAsync("/Dashboard"); // same cached body: the link is outside it

        Assert.Equal("/EmulationOverview", forNoiVu.QuerySelector("#overview-link")?.GetAttribute("href"));
        Assert.Null(forObserver.QuerySelector("a[href='/EmulationOverview']"));
    }

    [Theory]
    [InlineData("truongdonvi.soyte")]
    [InlineData("canbo.soyte")]
    [InlineData("hoidong1")]
    [InlineData("mttq")]
    public async Task Unit_users_council_members_and_observers_get_403(string userName)
    {
        using var user = await factory.SignInAsync(userName);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/EmulationOverview")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/EmulationOverview/Export")).StatusCode);
    }

    private Task<int> DemoYearAsync() => factory.WithDbAsync(db => db.EmulationPacts
        .Where(p => p.EmulationGroup!.Name == Khoi).Select(p => p.Year).SingleAsync());

    private Task<int> GroupIdAsync(string name) =>
        factory.WithDbAsync(db => db.EmulationGroups.Where(g => g.Name == name).Select(g => g.Id).SingleAsync());

    private static AngleSharp.Dom.IElement Row(IHtmlDocument page, int groupId) =>
        page.QuerySelector($"#overview tr[data-group-id='{groupId}']")
        ?? throw new Xunit.Sdk.XunitException($"No row for group {groupId}.");

    private static string Cell(IHtmlDocument page, int groupId, string column) => string.Join(' ',
        Row(page, groupId).QuerySelector($"[data-col={column}]")!.TextContent
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
