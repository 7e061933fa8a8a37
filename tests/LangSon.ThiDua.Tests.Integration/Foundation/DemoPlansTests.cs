using System.Security.Cryptography;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>The portal as a newcomer finds it in demo mode: plans of real units in every state.</summary>
public sealed class DemoPlansFactory : PortalFactory
{
    protected override bool SeedDemoPlans => true;
}

public sealed class DemoPlansTests(DemoPlansFactory factory) : IClassFixture<DemoPlansFactory>
{
    [Fact]
    public async Task Demo_mode_seeds_plans_of_real_units_in_every_state()
    {
        var states = await factory.WithDbAsync(db => db.UnitPlans.AsNoTracking()
            .Select(p => new { p.Unit!.Code, p.Status, p.ReviewComment }).ToListAsync());

        Assert.Equal(PlanStatus.Accepted, states.Single(s => s.Code == "SYT").Status);
        Assert.Equal(PlanStatus.Draft, states.Single(s => s.Code == "05986").Status);
        Assert.Equal(PlanStatus.Submitted, states.Single(s => s.Code == "06040").Status);
        var returned = states.Single(s => s.Code == "SGDDT");
        Assert.Equal(PlanStatus.Returned, returned.Status);
        Assert.False(string.IsNullOrWhiteSpace(returned.ReviewComment));
    }

    [Fact]
    public async Task So_Y_te_has_months_of_reports_whose_evidence_files_are_on_disk_with_their_hash()
    {
        var targets = await factory.WithDbAsync(db => db.PlanTargets.AsNoTracking()
            .Where(t => t.UnitPlan!.Unit!.Code == "SYT")
            .Select(t => new { t.Deadline, Reports = t.Reports.Select(r => new { r.AsOfDate, r.Percent }).ToList() })
            .ToListAsync());
        var files = await factory.WithDbAsync(db => db.Attachments.AsNoTracking().Where(a => a.ProgressReportId != null).ToListAsync());
        var campaignStart = await factory.WithDbAsync(db => db.Campaigns.Where(c => c.Status == CampaignStatus.Active).Select(c => c.StartDate).SingleAsync());
        var today = VietnamTime.Today(TimeProvider.System);

        Assert.True(targets.Count >= 8);
        Assert.All(targets, t => Assert.NotEmpty(t.Reports));
        Assert.True(targets.Max(t => t.Reports.Count) >= 4);
        Assert.True(targets.SelectMany(t => t.Reports).Select(r => new { r.AsOfDate.Year, r.AsOfDate.Month }).Distinct().Count() >= 3);
        var derived = targets.Select(t => TargetProgress.State(t.Reports.MaxBy(r => r.AsOfDate)!.Percent, t.Deadline, campaignStart, false, today)).ToHashSet();
        Assert.Contains(TargetState.Achieved, derived);
        Assert.Contains(TargetState.AtRisk, derived);
        Assert.Contains(TargetState.Overdue, derived);

        Assert.Equal(targets.Count, files.Count);
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(factory.DataDirectory, "attachments", file.StoragePath));
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);
            Assert.Equal(file.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            Assert.Equal(bytes.Length, file.Size);
        }
    }

    [Fact]
    public async Task Seeding_demo_plans_again_changes_nothing()
    {
        async Task<string> CountsAsync() => await factory.WithDbAsync(async db => string.Join(",",
            await db.UnitPlans.CountAsync(), await db.PlanTargets.CountAsync(), await db.ProgressReports.CountAsync(),
            await db.PlanTransitions.CountAsync(), await db.Attachments.CountAsync(), await db.AuditEntries.CountAsync()));
        var before = await CountsAsync();

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            await services.GetRequiredService<DemoPlanSeeder>().SeedAsync();
        }

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(Directory.GetFiles(Path.Combine(factory.DataDirectory, "attachments"), "*", SearchOption.AllDirectories).Length,
            await factory.WithDbAsync(db => db.Attachments.CountAsync()));
    }

    [Fact]
    public async Task The_demo_has_a_closed_campaign_of_the_previous_year_to_compare_the_summary_with()
    {
        var past = await factory.WithDbAsync(db => db.Campaigns.AsNoTracking()
            .SingleAsync(c => c.Code == DemoPastCampaignSeeder.Code));
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync($"/SummaryReport?compareWith={past.Id}");

        Assert.Equal(CampaignStatus.Closed, past.Status);
        var targets = page.QuerySelectorAll("[data-table=compare-totals] tr[data-figure=targets] td")
            .Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(3, targets.Count);
        Assert.NotEqual("0", targets[1]);
        Assert.Equal(5, page.QuerySelectorAll("[data-table=compare-area]").Length);
    }
}
