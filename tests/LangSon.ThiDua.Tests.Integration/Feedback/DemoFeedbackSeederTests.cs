using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Features.Feedback;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Feedbacks;

public sealed class DemoFeedbackSeederTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_demo_feedback_shows_each_reader_what_his_role_allows_and_seeding_twice_adds_nothing()
    {
        var time = factory.Services.GetRequiredService<TimeProvider>();
        await factory.WithDbAsync(async db =>
        {
            await DemoFeedbackSeeder.SeedAsync(db, time);
            await DemoFeedbackSeeder.SeedAsync(db, time);
            return 0;
        });

        var all = await factory.WithDbAsync(db => db.Feedbacks.AsNoTracking().Select(f => new { f.SenderUserName, f.Status, f.Answer }).ToListAsync());
        Assert.Equal(4, all.Count);
        Assert.Equal(2, all.Count(f => f.SenderUserName == "mttq"));
        var answered = Assert.Single(all, f => f.Status == FeedbackStatus.Answered);
        Assert.Equal("mttq", answered.SenderUserName);
        Assert.False(string.IsNullOrWhiteSpace(answered.Answer));

        foreach (var (user, expected) in new[] { ("noivu", 4), ("mttq", 2), ("canbo.soyte", 1), ("canbo.tamthanh", 2), ("truongdonvi.tamthanh", 2) })
        {
            using var client = await factory.SignInAsync(user);
            var page = await client.GetPageAsync("/Feedback");
            Assert.True(expected == page.ListedIds().Count, $"{user} sees {page.ListedIds().Count} feedback, not {expected}");
        }

        using var noivu = await factory.SignInAsync("noivu");
        var queue = await noivu.GetPageAsync("/Feedback");
        Assert.Equal("3", queue.QuerySelector("#feedback-summary [data-summary=open]")!.TextContent.Trim());
        Assert.Equal("1", queue.QuerySelector("#feedback-summary [data-summary=answered]")!.TextContent.Trim());
    }
}
