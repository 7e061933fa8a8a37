using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: the Khối các cơ quan văn hóa - xã hội (Sở Y tế's) has its pact of the active campaign's year,
/// drafted by its lead (Sở Dân tộc và Tôn giáo), signed by every member's head in the campaign's first weeks (Sở Y
/// tế by truongdonvi.soyte; the units without a demo account by their head as set on the unit, else "Thủ trưởng đơn
/// vị", user "demo"), and a criteria table of three groups, a bonus and a penalty item and a tie-break rule (its
/// scoring is seeded by DemoScoringSeeder); the Khối các cơ quan kinh tế has the same, its scoring not open (its table
/// can still be edited). Deterministic (times from the campaign's start), idempotent: nothing is added once the group
/// has a pact that year.
/// </summary>
public static class DemoPactSeeder
{
    public const string GroupName = "Khối các cơ quan văn hóa - xã hội";

    private static readonly (string Section, (string Title, decimal Points, int? Area)[] Criteria)[] Table =
    [
        ("Thực hiện nhiệm vụ chính trị, chuyên môn được giao",
        [
            ("Hoàn thành các chỉ tiêu về giáo dục, y tế, văn hóa và an sinh xã hội của kế hoạch đơn vị", 30m, 2),
            ("Đóng góp vào tăng trưởng kinh tế, giải ngân vốn đầu tư công thuộc lĩnh vực", 10m, 1),
            ("Giải quyết hồ sơ thủ tục hành chính đúng hạn, tỷ lệ hồ sơ trực tuyến", 15m, 4),
        ]),
        ("Công tác thi đua, khen thưởng và tuyên truyền",
        [
            ("Ban hành kế hoạch triển khai phong trào đúng hạn, báo cáo tiến độ đầy đủ", 10m, 3),
            ("Phát hiện, bồi dưỡng, nhân rộng gương điển hình tiên tiến", 10m, null),
        ]),
        ("Xây dựng Đảng, đoàn thể và thực hiện giao ước",
        [
            ("Xây dựng tổ chức đảng, đoàn thể trong sạch, vững mạnh; bảo đảm an ninh, trật tự cơ quan", 15m, 5),
            ("Tham gia đầy đủ các hoạt động của khối, thực hiện nghiêm các nội dung giao ước", 10m, null),
        ]),
    ];

    /// <summary>
    /// A second khối, signed with the same table and scoring not open: the table can still be edited.
    /// </summary>
    public const string SignedGroupName = "Khối các cơ quan kinh tế";

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        await SeedAsync(db, GroupName, ct);
        await SeedAsync(db, SignedGroupName, ct);
    }

    private static async Task SeedAsync(AppDbContext db, string groupName, CancellationToken ct)
    {
        var campaign = await db.Campaigns.Active().Include(c => c.ContentAreas).FirstOrDefaultAsync(ct);
        var group = await db.EmulationGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Name == groupName, ct);
        if (campaign is null || group?.LeadUnitId is not { } leadId
            || await db.EmulationPacts.AnyAsync(
                p => p.EmulationGroupId == group.Id && p.Year == campaign.ReviewYear, ct))
        {
            return;
        }

        var start = campaign.StartDate.ToDateTime(new TimeOnly(2, 0), DateTimeKind.Utc);
        var members = await db.Units.AsNoTracking().Where(u => u.EmulationGroupId == group.Id && u.IsActive)
            .OrderBy(u => u.SearchName).Select(u => new { u.Id, u.Code, u.Name, u.HeadName, u.HeadTitle })
            .ToListAsync(ct);
        var deputy = members.FirstOrDefault(m => m.Code == "SYT")?.Id;
        var pact = EmulationPact.Draft(
            group.Id, campaign, campaign.ReviewYear, leadId, deputy == leadId ? null : deputy,
            new Actor("admin", "Quản trị hệ thống"), start.AddDays(3));
        foreach (var (title, criteria) in Table)
        {
            var section = pact.AddSection(title);
            foreach (var (criterion, points, area) in criteria)
            {
                var areaId = campaign.ContentAreas.SingleOrDefault(a => a.Number == area)?.Id;
                pact.AddCriterion(section, new CriterionTerms(criterion, points, areaId, null));
            }
        }

        pact.AddAdjustment(AdjustmentKind.Bonus, "Có mô hình, sáng kiến được cấp tỉnh công nhận và nhân rộng", 5m);
        pact.AddAdjustment(AdjustmentKind.Penalty, "Để xảy ra vi phạm bị cơ quan có thẩm quyền kết luận, xử lý", 10m);
        pact.SetTieBreakRule("Khi bằng tổng điểm, đơn vị có điểm nhóm I cao hơn xếp trên; nếu vẫn bằng, khối họp " +
            "bình xét bằng biểu quyết.");
        pact.OpenForSigning(members.Select(m => new PactMember(m.Id, m.Name)).ToList(),
            new Actor("admin", "Quản trị hệ thống"), start.AddDays(7));
        var soYteHead = await db.Users.AsNoTracking().Where(u => u.UserName == "truongdonvi.soyte")
            .Select(u => new { u.FullName, u.Position }).SingleOrDefaultAsync(ct);
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            var (user, name, title) = m.Code == "SYT" && soYteHead is not null
                ? ("truongdonvi.soyte", soYteHead.FullName, m.HeadTitle ?? soYteHead.Position)
                : ("demo", m.HeadName ?? "Thủ trưởng đơn vị", m.HeadTitle);
            pact.Sign(m.Id, new Actor(user, name), title, start.AddDays(8 + i).AddHours(i));
        }

        db.EmulationPacts.Add(pact);
        await db.SaveChangesAsync(ct);
    }
}
