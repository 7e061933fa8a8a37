using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only, after <see cref="DemoPactSeeder"/>: the khối's scoring is open — two members submitted (the first
/// of them reviewed by the lead with an adjustment), one is still scoring, Sở Y tế's sheet is scored but not sent,
/// for truongdonvi.soyte and canbo.soyte to change and submit — and the Cụm thi đua khu vực huyện Văn Lãng (cũ) has
/// its year's pact signed, every sheet submitted, scoring closed and a ranking with a tie ordered by the table's rule.
/// Deterministic
/// (times from the campaign's start, points from fixed lists), idempotent (the khối once its scoring is open, the cụm
/// once it has a pact that year).
/// </summary>
public static class DemoScoringSeeder
{
    public const string ClusterName = "Cụm thi đua khu vực huyện Văn Lãng (cũ)";

    private static readonly Actor Lead = new("demo", "Đơn vị trưởng khối, cụm");

    /// <summary>Self scores of the khối's members, as shares of each criterion's maximum, in table order.</summary>
    private static readonly decimal[][] KhoiShares =
    [
        [0.9m, 0.8m, 1m, 0.9m, 0.7m, 1m, 0.9m],
        [0.8m, 0.9m, 0.9m, 1m, 0.8m, 0.9m, 1m],
        [0.9m, 0.7m, 0.8m],
    ];

    /// <summary>The cụm's points per criterion (units in name order): the 2nd and 4th tie on 92.</summary>
    private static readonly decimal[][] ClusterPoints =
    [
        [36m, 18m, 18m, 14m, 9m],
        [38m, 19m, 17m, 13m, 5m],
        [33m, 17m, 16m, 12m, 8m],
        [36m, 17m, 17m, 13m, 9m],
        [39m, 20m, 19m, 14m, 10m],
    ];

    private static readonly (string Section, (string Title, decimal Points)[] Criteria)[] ClusterTable =
    [
        ("Phát triển kinh tế - xã hội, xây dựng nông thôn mới",
        [
            ("Hoàn thành các chỉ tiêu kinh tế - xã hội năm được giao", 40m),
            ("Thu ngân sách trên địa bàn, giải ngân vốn đầu tư công", 20m),
        ]),
        ("Cải cách hành chính, chuyển đổi số",
        [
            ("Giải quyết thủ tục hành chính đúng hạn, tỷ lệ hồ sơ trực tuyến", 20m),
            ("Xây dựng chính quyền số, cơ sở dữ liệu đất đai", 15m),
        ]),
        ("Thực hiện giao ước của cụm", [("Tham gia đầy đủ các hoạt động của cụm", 10m)]),
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var campaign = await db.Campaigns.Active().Include(c => c.ContentAreas).FirstOrDefaultAsync(ct);
        if (campaign is null)
        {
            return;
        }

        var start = campaign.StartDate.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        await KhoiAsync(db, campaign, start, ct);
        await ClusterAsync(db, campaign, start, ct);
    }

    private static async Task KhoiAsync(AppDbContext db, Campaign campaign, DateTime start, CancellationToken ct)
    {
        var pact = await db.EmulationPacts.WithScoring()
            .SingleOrDefaultAsync(p => p.EmulationGroup!.Name == DemoPactSeeder.GroupName
                && p.Year == campaign.ReviewYear, ct);
        if (pact is not { Status: PactStatus.AllSigned })
        {
            return;
        }

        pact.OpenScoring(start.AddDays(20));
        var codes = await db.Units.AsNoTracking().Where(u => pact.Signatories.Select(s => s.UnitId).Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var health = pact.Signatories.FirstOrDefault(s => codes.GetValueOrDefault(s.UnitId) == "SYT");
        var others = pact.Signatories.Where(s => s != health).OrderBy(s => s.UnitId == pact.LeadUnitId ? 0 : 1)
            .ThenBy(s => s.UnitName, StringComparer.Ordinal).ToList();
        var criteria = Criteria(pact);
        for (var i = 0; i < Math.Min(KhoiShares.Length, others.Count); i++)
        {
            var shares = KhoiShares[i];
            pact.SelfAssess(others[i].UnitId, criteria.Take(shares.Length).Select((c, k) => new SelfScore(
                c.Id, null, Points(c.MaxPoints, shares[k]), "Đạt theo báo cáo tổng kết của đơn vị", null)).ToList());
            if (shares.Length == criteria.Count)
            {
                pact.SubmitSheet(others[i].UnitId, new Actor("demo", "Thủ trưởng đơn vị"), start.AddDays(22 + i));
            }
        }

        if (health is not null)
        {
            // every criterion scored, nothing claimed, not submitted: the head can still change it and submit
            pact.SelfAssess(health.UnitId, criteria.Select((c, k) => new SelfScore(c.Id, null,
                Points(c.MaxPoints, k == 0 ? 0.9m : 0.8m), k == 0 ? "Hoàn thành phần lớn chỉ tiêu y tế của kế hoạch"
                    : null, k == 0 ? "Báo cáo số 215/BC-SYT" : null)).ToList());
        }

        await db.SaveChangesAsync(ct); // lines get their ids
        var reviewed = others[0].UnitId;
        var line = pact.SheetOf(reviewed)!.Lines.Single(l => l.CriterionId == criteria[1].Id);
        pact.Review(reviewed, [new(line.Id, line.SelfPoints - 2m,
            "Tỷ lệ giải ngân vốn đầu tư công của lĩnh vực chưa đạt kế hoạch quý III")], Lead, start.AddDays(25));
        await db.SaveChangesAsync(ct);
    }

    private static async Task ClusterAsync(AppDbContext db, Campaign campaign, DateTime start, CancellationToken ct)
    {
        var group = await db.EmulationGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Name == ClusterName, ct);
        if (group?.LeadUnitId is not { } leadId
            || await db.EmulationPacts.AnyAsync(
                p => p.EmulationGroupId == group.Id && p.Year == campaign.ReviewYear, ct))
        {
            return;
        }

        var members = await db.Units.AsNoTracking().Where(u => u.EmulationGroupId == group.Id && u.IsActive)
            .OrderBy(u => u.SearchName).Select(u => new { u.Id, u.Name, u.HeadName, u.HeadTitle }).ToListAsync(ct);
        var admin = new Actor("admin", "Quản trị hệ thống");
        var pact = EmulationPact.Draft(group.Id, campaign, campaign.ReviewYear, leadId, null, admin, start.AddDays(4));
        foreach (var (title, criteria) in ClusterTable)
        {
            var section = pact.AddSection(title);
            foreach (var (criterion, points) in criteria)
            {
                pact.AddCriterion(section, new CriterionTerms(criterion, points, null, null));
            }
        }

        pact.SetTieBreakRule("Khi bằng tổng điểm, đơn vị có điểm nhóm I cao hơn xếp trên; nếu vẫn bằng, cụm họp " +
            "bình xét bằng biểu quyết.");
        pact.OpenForSigning(members.Select(m => new PactMember(m.Id, m.Name)).ToList(), admin, start.AddDays(6));
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            pact.Sign(m.Id, new Actor("demo", m.HeadName ?? "Thủ trưởng đơn vị"), m.HeadTitle, start.AddDays(7 + i));
        }

        pact.OpenScoring(start.AddDays(15));
        db.EmulationPacts.Add(pact);
        await db.SaveChangesAsync(ct); // criteria get their ids
        var criteriaList = Criteria(pact);
        for (var i = 0; i < members.Count; i++)
        {
            var points = ClusterPoints[i % ClusterPoints.Length];
            pact.SelfAssess(members[i].Id, criteriaList.Select((c, k) => new SelfScore(
                c.Id, null, points[k], "Theo báo cáo tổng kết năm của xã", null)).ToList());
            pact.SubmitSheet(members[i].Id, new Actor("demo", members[i].HeadName ?? "Thủ trưởng đơn vị"),
                start.AddDays(16 + i));
        }

        await db.SaveChangesAsync(ct);
        var first = pact.SheetOf(members[0].Id)!.Lines.Single(l => l.CriterionId == criteriaList[4].Id);
        pact.Review(members[0].Id, [new(first.Id, 7m, "Vắng một buổi sinh hoạt cụm không có lý do")],
            Lead, start.AddDays(24));
        var order = new Dictionary<int, int>();
        foreach (var tie in pact.Ties())
        {
            // the table's rule: the higher points of group I (its first two criteria) first
            var ordered = tie.OrderByDescending(s => pact.SheetOf(s.UnitId)!.Lines
                .Where(l => l.CriterionId == criteriaList[0].Id || l.CriterionId == criteriaList[1].Id)
                .Sum(l => l.Points)).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                order[ordered[k].UnitId] = k + 1;
            }
        }

        pact.CloseScoring(order, "Các đơn vị bằng điểm được xếp theo điểm nhóm I (nguyên tắc của bảng tiêu chí).",
            Lead, start.AddDays(26));
        await db.SaveChangesAsync(ct);
    }

    private static List<Criterion> Criteria(EmulationPact pact) =>
        pact.Sections.OrderBy(s => s.Number).SelectMany(s => s.Criteria.OrderBy(c => c.Number)).ToList();

    private static decimal Points(decimal max, decimal share) => Math.Round(max * share * 2, 0) / 2;
}
