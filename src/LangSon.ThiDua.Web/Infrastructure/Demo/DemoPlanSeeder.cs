using System.Security.Cryptography;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: plans of real units in every state (Sở Y tế accepted with months of reports and evidence printed by
/// the portal's own engine,
/// UBND phường Tam Thanh in draft, Sở GD&amp;ĐT returned, UBND xã Thất Khê submitted, Sở Tài chính accepted and
/// asking to amend it). On the demo calendar (<see cref="DemoCalendar"/>) the plans were drawn up the day after the
/// campaign's launch (75 days before the nominal day), submitted and reviewed within days, and Sở Y tế has reported
/// every three weeks since. Idempotent: a unit that already has a plan for the campaign is left alone.
/// </summary>
internal sealed class DemoPlanSeeder(
    AppDbContext db, DemoCalendar calendar, PortalOptions portal, DemoDocuments printer)
{
    /// <summary>Days before the demo's day: plan started, its document signed, submitted, reviewed.</summary>
    private const int Started = 74, Signed = 73, Submitted = 72, Reviewed = 70;

    /// <summary>Days between two progress reports, and before the demo's day for the latest.</summary>
    private const int ReportEvery = 21, LatestReport = 5;

    private static readonly Actor Reviewer = new("noivu", "Hoàng Thị Thu Hà");

    /// <summary>
    /// Share of the way from baseline to target reached at each monthly report (newest last), per target of Sở Y tế.
    /// </summary>
    private static readonly decimal[][] Trajectories =
    [
        [0.3m, 0.55m, 0.8m, 0.92m],
        [0.2m, 0.4m, 0.6m],
        [1m],
        [0.25m, 0.5m, 0.75m],
        [0.985m, 0.992m, 1m],
        [0.2m, 0.45m, 0.7m, 0.9m],
        [0.25m, 0.5m, 0.667m],
        [1m],
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.Include(c => c.ContentAreas).Active().FirstOrDefaultAsync(ct);
        if (campaign is null)
        {
            return;
        }

        var areaIds = campaign.ContentAreas.ToDictionary(a => a.Number, a => a.Id);
        var now = calendar.NowUtc;
        var today = calendar.Today;
        foreach (var seed in DemoPlanData.Plans)
        {
            var unitId = await db.Units.Where(u => u.Code == seed.UnitCode).Select(u => (int?)u.Id).SingleOrDefaultAsync(ct);
            if (unitId is null || await db.UnitPlans.AnyAsync(p => p.CampaignId == campaign.Id && p.UnitId == unitId, ct))
            {
                continue;
            }

            var plan = UnitPlan.Start(campaign.Id, unitId.Value, seed.Clerk, now.AddDays(-Started));
            plan.DocumentNumber = seed.DocumentNumber;
            plan.DocumentDate = today.AddDays(-Signed);
            plan.Summary = seed.Summary;
            foreach (var t in seed.Targets)
            {
                plan.AddTarget(DemoPlanData.Target(
                    areaIds[t.Area], t.Title, t.Unit, t.Direction, t.Baseline, t.Goal, t.Responsible, t.Position,
                    today.AddDays(t.DeadlineDays)));
            }

            if (seed.Status != PlanStatus.Draft)
            {
                plan.Submit(seed.Head, now.AddDays(-Submitted));
            }

            if (seed.Status == PlanStatus.Returned)
            {
                plan.Return(Reviewer, now.AddDays(-Reviewed), seed.Comment!);
            }

            if (seed.Status is PlanStatus.Accepted or PlanStatus.AmendmentRequested)
            {
                plan.Accept(Reviewer, now.AddDays(-Reviewed),
                    "Kế hoạch bám sát 5 nội dung thi đua của tỉnh; đồng ý triển khai.");
            }

            if (seed.Status == PlanStatus.Accepted)
            {
                await ReportAsync(plan, seed, today, now, ct);
            }

            // A request waiting on Sở Nội vụ (its home page lists it); no reports yet, so no evidence files either.
            if (seed.Status == PlanStatus.AmendmentRequested)
            {
                plan.RequestAmendment(seed.Head, now.AddDays(-2), seed.Comment!);
            }

            db.UnitPlans.Add(plan);
            await db.SaveChangesAsync(ct);
            if (seed.Status == PlanStatus.AmendmentRequested)
            {
                var unitName = await db.Units.Where(u => u.Id == plan.UnitId).Select(u => u.Name).SingleAsync(ct);
                await UnitNotifications.AddPlanAmendmentRequestAsync(
                    db, plan.Id, unitName, seed.Comment!, now.AddDays(-2), ct);
                await db.SaveChangesAsync(ct);
            }
        }
    }

    private async Task ReportAsync(UnitPlan plan, DemoPlanData.PlanSeed seed, DateOnly today, DateTime now, CancellationToken ct)
    {
        var latest = new List<(PlanTarget Target, ProgressReport Report)>();
        for (var i = 0; i < seed.Targets.Count; i++)
        {
            var target = plan.Targets[i];
            var steps = Trajectories[i % Trajectories.Length];
            for (var step = 0; step < steps.Length; step++)
            {
                var daysAgo = (steps.Length - 1 - step) * ReportEvery + LatestReport;
                var asOf = today.AddDays(-daysAgo);
                var share = steps[step];
                var report = new ProgressReport
                {
                    AsOfDate = asOf,
                    Value = target.MeasureKind == MeasureKind.Numeric ? Math.Round(target.Baseline!.Value + (target.TargetValue!.Value - target.Baseline.Value) * share, 1) : null,
                    MilestoneDone = target.MeasureKind == MeasureKind.Milestone ? share >= 1m : null,
                    Narrative = Narrative(target, share),
                    Difficulties = share < 0.7m ? "Kinh phí và nhân lực còn hạn chế; một số cơ sở chưa bố trí đủ thiết bị." : null,
                    ReporterUserName = seed.Clerk.UserName,
                    ReporterFullName = seed.Clerk.FullName,
                    CreatedAtUtc = now.AddDays(-daysAgo),
                };
                if (step == steps.Length - 1)
                {
                    latest.Add((target, report));
                }

                target.Report(report, plan.Status);
            }
        }

        // The latest report of each target carries its evidence, printed as the unit's báo cáo.
        var unit = await UnitLetterhead.ForAsync(db, plan.UnitId, ct);
        var code = seed.UnitCode.All(char.IsAsciiLetter) ? seed.UnitCode : null;
        var printed = await printer.PrintAsync(
            latest.Select(l => DemoAttachments.ProgressReport(unit, code, l.Target, l.Report)).ToList(), ct);
        for (var i = 0; i < latest.Count; i++)
        {
            var report = latest[i].Report;
            report.Attachments.Add(await StoreEvidenceAsync(printed[i], report.AsOfDate, seed.Clerk.UserName, now, ct));
        }
    }

    private static string Narrative(PlanTarget target, decimal share) => target.MeasureKind == MeasureKind.Milestone
        ? "Đã hoàn thành nhiệm vụ theo kế hoạch; có văn bản báo cáo kèm theo."
        : share >= 1m
            ? "Đã đạt chỉ tiêu đề ra. Tiếp tục duy trì kết quả."
            : $"Đã triển khai đồng bộ các giải pháp; kết quả đạt khoảng {share * 100:0} % chặng đường đến chỉ tiêu.";

    /// <summary>Writes an evidence PDF where the attachment store keeps files (attachments/yyyy/MM/guid).</summary>
    private async Task<Attachment> StoreEvidenceAsync(
        byte[] content, DateOnly asOf, string userName, DateTime now, CancellationToken ct)
    {
        var relative = Path.Combine(now.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), now.ToString("MM", System.Globalization.CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"));
        var path = Path.Combine(portal.AttachmentsDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, ct);
        return new Attachment
        {
            FileName = $"bao-cao-tien-do-{asOf:yyyy-MM-dd}.pdf",
            ContentType = "application/pdf",
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            StoragePath = relative.Replace('\\', '/'),
            UploadedBy = userName,
            UploadedAtUtc = now,
        };
    }
}
