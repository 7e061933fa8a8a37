using System.Net.Http.Headers;
using ClosedXML.Excel;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.PlanImport;

/// <summary>
/// Plans for the import and export tests, made through the domain. Each plan gets a campaign of its own (a copy of the
/// seeded one's five content areas), so that tests sharing one database never meet the one-plan-per-unit rule.
/// </summary>
internal static class ImportPlanBuilder
{
    public static readonly DateOnly CampaignStart = new(2025, 10, 1);

    private static readonly Actor Clerk = new("canbo.soyte", "Cán bộ Sở Y tế");

    public static Task<int> DraftPlanAsync(PortalFactory factory, string unitCode = "SYT") =>
        PlanAsync(factory, unitCode, _ => { });

    /// <summary>A plan with one numeric target, submitted and accepted, with the given progress reports on it.</summary>
    public static Task<int> AcceptedPlanAsync(PortalFactory factory, string unitCode = "SYT", params (DateOnly AsOf, decimal Value, string Narrative)[] reports) =>
        PlanAsync(factory, unitCode, plan =>
        {
            var target = plan.AddTarget(new PlanTarget
            {
                ContentAreaId = plan.Campaign!.ContentAreas.Single(a => a.Number == 3).Id,
                Title = "Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn",
                MeasureKind = MeasureKind.Numeric,
                UnitOfMeasure = "%",
                Baseline = 80m,
                TargetValue = 100m,
                ResponsibleName = "Nguyễn Thị Hoa",
                ResponsiblePosition = "Chánh Văn phòng",
                Deadline = new DateOnly(2026, 6, 30),
            });
            plan.Submit(new Actor("truongdonvi.soyte", "Thủ trưởng Sở Y tế"), DateTime.UtcNow);
            plan.Accept(new Actor("noivu", "Cán bộ Sở Nội vụ"), DateTime.UtcNow, null);
            foreach (var (asOf, value, narrative) in reports)
            {
                target.Report(new ProgressReport
                {
                    AsOfDate = asOf,
                    Value = value,
                    Narrative = narrative,
                    Difficulties = "Thiếu nhân lực tiếp nhận hồ sơ",
                    ReporterUserName = Clerk.UserName,
                    ReporterFullName = Clerk.FullName,
                    CreatedAtUtc = DateTime.UtcNow,
                }, plan.Status);
            }
        });

    public static Task<List<PlanTarget>> TargetsAsync(PortalFactory factory, int planId) =>
        factory.WithDbAsync(db => db.PlanTargets.AsNoTracking().Include(t => t.ContentArea)
            .Where(t => t.UnitPlanId == planId).OrderBy(t => t.ContentArea!.Number).ThenBy(t => t.SortOrder).ToListAsync());

    /// <summary>The import template of the plan, as the user downloads it.</summary>
    public static async Task<byte[]> TemplateAsync(this PortalClient client, int planId)
    {
        using var response = await client.GetAsync($"/PlanImport/Template/{planId}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Posts a file to the upload form as a browser would (multipart, with the form's antiforgery token).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient client, int planId, string fileName, byte[] content, string? tokenPage = null)
    {
        var url = $"/PlanImport/Upload/{planId}";
        var token = tokenPage is null
            ? await client.AntiforgeryTokenAsync(url, url)
            : await client.AntiforgeryTokenAsync(tokenPage, "/Account/Logout");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "File", fileName);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    /// <summary>The downloaded template, filled in as a user would in Excel.</summary>
    public static byte[] Fill(byte[] template, params string?[][] rows)
    {
        using var book = new XLWorkbook(new MemoryStream(template));
        var sheet = book.Worksheet("Mục tiêu");
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is { } value)
                {
                    sheet.Cell(r + 2, c + 1).SetValue(value);
                }
            }
        }

        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static async Task<int> PlanAsync(PortalFactory factory, string unitCode, Action<UnitPlan> shape) =>
        await factory.WithDbAsync(async db =>
        {
            var seeded = await db.Campaigns.AsNoTracking().Include(c => c.ContentAreas).SingleAsync(c => c.Status == CampaignStatus.Active);
            var campaign = new Campaign
            {
                Code = "IMP-" + Guid.NewGuid().ToString("N")[..8],
                Title = seeded.Title,
                LegalBasis = seeded.LegalBasis,
                StartDate = CampaignStart,
                EndDate = new DateOnly(2026, 12, 31),
                ContentAreas = seeded.ContentAreas.Select(a => new ContentArea { Number = a.Number, ShortTitle = a.ShortTitle, FullText = a.FullText }).ToList(),
            };
            db.Campaigns.Add(campaign);
            var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            var plan = UnitPlan.Start(campaign.Id, unitId, Clerk, DateTime.UtcNow);
            plan.Campaign = campaign;
            plan.DocumentNumber = "125/KH-SYT";
            plan.DocumentDate = new DateOnly(2025, 10, 20);
            db.UnitPlans.Add(plan);
            await db.SaveChangesAsync();
            shape(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });
}
