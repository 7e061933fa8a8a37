using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Features.Dashboard;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Dashboard;

/// <summary>
/// After new progress reports the dashboard's snapshot is made from the previous one's basis with only the reported
/// targets read again; after any other change, from everything read afresh. Either way it must equal the snapshot
/// computed from scratch: each step changes the data, then compares the two.
/// </summary>
public sealed class DashboardBasisTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    private DashboardData.Built Data => factory.Data;

    [Fact]
    public async Task A_snapshot_brought_up_to_date_after_reports_equals_one_computed_from_scratch()
    {
        var basis = (await ComputeAsync(null)).Basis;

        // A report through the app (audited): its target's latest percent, the overdue list, the week's count move.
        basis = await AdvancesAsync(basis, true, db => ReportAsync(db, "T2", new(2026, 3, 4), 100m));
        // A report with an older as-of date: not the target's latest, but the week's count still moves.
        basis = await AdvancesAsync(basis, true, db => ReportAsync(db, "T1", new(2026, 1, 2), 5m));
        // Written by a tool with auditing off: seen in the reports' table itself.
        basis = await AdvancesAsync(basis, true, db =>
        {
            db.AuditEnabled = false;
            return ReportAsync(db, "T7", new(2026, 3, 3), 35m);
        });
        // Several at once, on targets of two units.
        basis = await AdvancesAsync(basis, true, async db =>
        {
            await ReportAsync(db, "T6", new(2026, 3, 4), 90m);
            await ReportAsync(db, "T8", new(2026, 3, 4), 10m);
            await ReportAsync(db, "T6", new(2026, 3, 4), 95m);
        });
        // A percent with a decimal, then a whole one on the same target: the unit's sums take the old one out.
        basis = await AdvancesAsync(basis, true, db => ReportAsync(db, "T8", new(2026, 3, 5), 12.5m));
        basis = await AdvancesAsync(basis, true, db => ReportAsync(db, "T8", new(2026, 3, 6), 60m));
        // Nothing the dashboard reads: a notification.
        basis = await AdvancesAsync(basis, true, async db =>
        {
            var noivu = await db.Users.SingleAsync(u => u.UserName == "noivu");
            db.Notifications.Add(new Notification
            {
                UserId = noivu.Id,
                Title = "Thông báo thử",
                CreatedAtUtc = DashboardData.Now.UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

        // Anything else is read afresh.
        basis = await AdvancesAsync(basis, false, async db =>
        {
            var target = await db.PlanTargets.SingleAsync(t => t.Id == Data.Targets["T5"]);
            target.Deadline = new DateOnly(2026, 3, 1); // now overdue
            await db.SaveChangesAsync();
        });
        basis = await AdvancesAsync(basis, false, async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Id == Data.Units[DashboardData.SoTaiChinh]);
            unit.Deactivate();
            await db.SaveChangesAsync();
        });
        basis = await AdvancesAsync(basis, false, async db =>
        {
            db.AuditEnabled = false;
            var t8 = await db.PlanTargets.SingleAsync(t => t.Id == Data.Targets["T8"]);
            var draft = await db.UnitPlans.Include(p => p.Targets).SingleAsync(p => p.Id == t8.UnitPlanId);
            draft.AddTarget(
                DashboardData.Target(t8.ContentAreaId, "Chỉ tiêu thêm bằng công cụ", new DateOnly(2026, 2, 1)));
            await db.SaveChangesAsync();
        });
        await AdvancesAsync(basis, true, db => ReportAsync(db, "T3", new(2026, 3, 4), 70m));
    }

    [Fact]
    public async Task A_new_day_reads_everything_again()
    {
        var first = await ComputeAsync(null);
        factory.Clock.Now = DashboardData.Now.AddDays(30);
        try
        {
            var next = await ComputeAsync(first.Basis);
            var fresh = await ComputeAsync(null);

            Assert.NotSame(first.Basis.Targets, next.Basis.Targets);
            Assert.Equal(Json(fresh.Snapshot), Json(next.Snapshot));
            Assert.NotEqual(Json(first.Snapshot), Json(next.Snapshot));
        }
        finally
        {
            factory.Clock.Now = DashboardData.Now;
        }
    }

    /// <summary>Changes the data, then checks whether the basis advanced and its snapshot is the fresh one.</summary>
    private async Task<DashboardBasis> AdvancesAsync(
        DashboardBasis basis, bool advances, Func<AppDbContext, Task> change)
    {
        await factory.WithDbAsync(async db =>
        {
            await change(db);
            return 0;
        });
        var next = await ComputeAsync(basis);
        var fresh = await ComputeAsync(null);

        Assert.Equal(advances, ReferenceEquals(basis.Targets, next.Basis.Targets));
        Assert.Equal(advances, ReferenceEquals(basis.Aggregate, next.Basis.Aggregate));
        Assert.Equal(Json(fresh.Snapshot), Json(next.Snapshot));
        return next.Basis;
    }

    private Task<(DashboardSnapshot Snapshot, DashboardBasis Basis)> ComputeAsync(DashboardBasis? previous) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = (await DashboardLists.ActiveCampaignAsync(db, CancellationToken.None))!;
            var today = VietnamTime.Today(factory.Clock);
            return await DashboardQuery.ComputeAsync(
                db, campaign, previous, today, DashboardData.Now.UtcDateTime, CancellationToken.None);
        });

    private async Task ReportAsync(AppDbContext db, string target, DateOnly asOf, decimal percent)
    {
        var entity = await db.PlanTargets.SingleAsync(t => t.Id == Data.Targets[target]);
        await DashboardData.ReportAsync(db, entity, asOf, percent, factory.Clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>What the pages show of a snapshot (all but its identity and the time it was computed).</summary>
    private static string Json(DashboardSnapshot s) => JsonSerializer.Serialize(new
    {
        s.CampaignId, s.CampaignTitle, s.Today, s.Areas, s.UnitCount, s.PlanStatusCounts, s.AreaStates, s.StateTotals,
        s.TargetCount, s.Units, s.Groups, s.Overdue, s.AtRisk, s.Weeks, s.ChartJson,
    });
}
