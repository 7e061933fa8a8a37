using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Plans;

/// <summary>A plan submitted or resubmitted by the unit head rings the bell of every active Sở Nội vụ user.</summary>
public sealed class PlanSubmissionNotificationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> NoFields = [];

    [Fact]
    public async Task A_submitted_plan_notifies_every_active_noivu_user_with_a_link_to_its_review()
    {
        await EnsureNoiVuAsync("noivu.hai", active: true);
        await EnsureNoiVuAsync("noivu.nghi", active: false);
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        using var noivu = await factory.SignInAsync("noivu");
        var before = (await NotifiedAsync(built.PlanId)).Select(n => n.Id).ToList();

        await head.PostFormAsync($"/Plans/Submit/{built.PlanId}", NoFields);

        Assert.Equal(PlanStatus.Submitted, await factory.StatusAsync(built.PlanId));
        var fresh = (await NotifiedAsync(built.PlanId)).Where(n => !before.Contains(n.Id)).ToList();
        Assert.Equal(["noivu", "noivu.hai"], fresh.Select(n => n.UserName).Order(StringComparer.Ordinal));
        var told = fresh.Single(n => n.UserName == "noivu");
        Assert.Null(told.ReadAtUtc);
        Assert.Contains("Sở Y tế", told.Title, StringComparison.Ordinal);
        Assert.Contains("trình kế hoạch triển khai", told.Title, StringComparison.Ordinal);
        var bell = (await noivu.GetPageAsync("/")).QuerySelector("#notification-bell")!;
        Assert.NotNull(bell.QuerySelector("#notification-count"));
        Assert.Contains(told.Title, bell.TextContent, StringComparison.Ordinal);
        var open = await noivu.GetAsync($"/Notifications/Open/{told.Id}");
        Assert.Equal($"/Plans/Review/{built.PlanId}", open.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_resubmitted_plan_notifies_noivu_again_saying_it_was_resubmitted()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Returned, PlanBuilder.SomeTargets());
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        var before = (await NotifiedAsync(built.PlanId)).Select(n => n.Id).ToList();

        await head.PostFormAsync($"/Plans/Submit/{built.PlanId}", NoFields);

        Assert.Equal(PlanStatus.Submitted, await factory.StatusAsync(built.PlanId));
        var told = Assert.Single(
            await NotifiedAsync(built.PlanId), n => !before.Contains(n.Id) && n.UserName == "noivu");
        Assert.Contains("trình lại kế hoạch", told.Title, StringComparison.Ordinal);
    }

    /// <summary>Every notification pointing to the plan's review page: to whom, its title, whether read.</summary>
    private Task<List<(long Id, string UserName, string Title, DateTime? ReadAtUtc)>> NotifiedAsync(int planId) =>
        factory.WithDbAsync(async db =>
        {
            var link = $"/Plans/Review/{planId}";
            return (await db.Notifications.AsNoTracking().Where(n => n.Link == link)
                    .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new { n.Id, u.UserName, n.Title, n.ReadAtUtc })
                    .ToListAsync())
                .Select(n => (n.Id, n.UserName!, n.Title, n.ReadAtUtc)).ToList();
        });

    /// <summary>A second Sở Nội vụ account, active or disabled (once per test class).</summary>
    private async Task EnsureNoiVuAsync(string userName, bool active)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }

        var user = new AppUser { UserName = userName, FullName = "Cán bộ Sở Nội vụ", CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.NoiVu)).Succeeded);
        if (!active)
        {
            user.Disable();
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        }
    }
}
