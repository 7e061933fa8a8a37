using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.CouncilDocuments;

/// <summary>Who may have a council session's documents, and when: refusals, checks of the form, the download links.</summary>
public sealed class CouncilDocumentsAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const VoteChoice Agree = VoteChoice.Agree;

    [Theory]
    [InlineData("canbo.soyte")]
    [InlineData("truongdonvi.tamthanh")]
    [InlineData("mttq")]
    public async Task Unit_users_and_observers_get_403_on_every_route(string userName)
    {
        var id = await factory.ClosedSessionAsync();
        using var user = await factory.SignInAsync(userName);

        foreach (var route in new[] { "Minutes", "MinutesPdf", "Tally", "TallyPdf", "Excel" })
        {
            using var response = await user.GetAsync($"/CouncilDocuments/{route}/{id}?Preview=true");
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Before_the_session_closes_every_route_refuses_with_a_Vietnamese_message_and_writes_nothing()
    {
        var id = await factory.SessionAsync(9, 7, ["Hoàng Thị Bốn"], [[Agree], [Agree]], close: false);
        using var noivu = await factory.SignInAsync("noivu");

        foreach (var route in new[] { "Minutes", "MinutesPdf", "Tally", "TallyPdf", "Excel" })
        {
            using var response = await noivu.GetAsync($"/CouncilDocuments/{route}/{id}?Preview=true");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal($"/Council/Results/{id}", response.Headers.Location?.OriginalString);
        }

        using var last = await noivu.GetAsync($"/CouncilDocuments/Excel/{id}");
        var results = await noivu.GetPageAsync(last.Headers.Location!.OriginalString);
        Assert.Contains("Biên bản và kết quả bỏ phiếu chỉ lập được sau khi phiên họp kết thúc.", results.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(results.QuerySelectorAll("a[href^='/CouncilDocuments/']"));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditActions.Export && a.EntityType == nameof(CouncilSession) && a.EntityId == id.ToString())));
    }

    [Fact]
    public async Task An_end_time_before_the_start_is_refused_with_a_Vietnamese_message()
    {
        var id = await factory.ClosedSessionAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/CouncilDocuments/MinutesPdf/{id}?StartTime=10%3A00&EndTime=09%3A00");

        Assert.Contains("Giờ kết thúc phải sau giờ bắt đầu cuộc họp.", page.ValidationMessages());
        Assert.Equal("09:00", page.QuerySelector("#EndTime")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_closed_session_offers_the_three_downloads_on_its_results_page()
    {
        var id = await factory.ClosedSessionAsync();
        using var noivu = await factory.SignInAsync("noivu");

        var results = await noivu.GetPageAsync($"/Council/Results/{id}");

        var links = results.QuerySelectorAll("a[href^='/CouncilDocuments/']").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Equal(
            [($"/CouncilDocuments/Minutes/{id}", "Biên bản họp (PDF)"), ($"/CouncilDocuments/Tally/{id}", "Biên bản kiểm phiếu (PDF)"), ($"/CouncilDocuments/Excel/{id}", "Kết quả (Excel)")],
            links);
    }
}
