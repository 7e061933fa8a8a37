using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: four feedback items of the active campaign, so that Sở Nội vụ finds a queue and the senders a
/// list: two from the Mặt trận (one province-wide, answered; one about UBND phường Tam Thanh), one from Sở Y tế and one
/// from UBND phường Tam Thanh, both waiting; the answer rings the sender's bell. Idempotent: nothing is added once the
/// campaign has any feedback.
/// </summary>
public static class DemoFeedbackSeeder
{
    private sealed record Item(
        string Sender, FeedbackCategory Category, string? UnitCode, int? AreaNumber, int DaysAgo, string Subject, string Text, string? Answer = null);

    private static readonly Item[] Items =
    [
        new("mttq", FeedbackCategory.Procedure, null, null, 12,
            "Đề nghị hướng dẫn thống nhất mẫu báo cáo thành tích cho tập thể, cá nhân ở cơ sở",
            "Qua giám sát tại một số xã, Ủy ban MTTQ tỉnh nhận thấy nhiều tổ dân phố, thôn bản còn lúng túng khi lập báo cáo thành tích đề nghị khen thưởng: mỗi nơi dùng một mẫu khác nhau, chưa nêu được số liệu minh chứng.\nĐề nghị Sở Nội vụ ban hành hướng dẫn thống nhất mẫu báo cáo thành tích theo Nghị định 152/2025/NĐ-CP và tổ chức tập huấn cho cán bộ làm công tác thi đua cấp xã.",
            "Sở Nội vụ tiếp thu ý kiến của Ủy ban MTTQ tỉnh. Mẫu báo cáo thành tích theo Nghị định 152/2025/NĐ-CP đã được đăng trên Cổng thông tin thi đua, khen thưởng (mục Hướng dẫn); Ban Thi đua - Khen thưởng sẽ tổ chức tập huấn trực tuyến cho cán bộ làm công tác thi đua cấp xã trong tháng tới."),
        new("mttq", FeedbackCategory.Implementation, "05986", 3, 4,
            "Phản ánh việc tuyên truyền phong trào thi đua ở khu dân cư chưa sâu rộng",
            "Ban Công tác Mặt trận một số khối phố thuộc phường Tam Thanh phản ánh: nội dung phong trào thi đua chào mừng Đại hội XIV của Đảng mới được phổ biến trong cán bộ, chưa đến được đông đảo hội viên, nhân dân.\nĐề nghị UBND phường bổ sung hình thức tuyên truyền trên hệ thống loa truyền thanh và nhóm Zalo khu dân cư."),
        new("canbo.soyte", FeedbackCategory.Funding, "SYT", 2, 3,
            "Vướng mắc về nguồn kinh phí khen thưởng cho trạm y tế xã sau sắp xếp",
            "Sau khi sắp xếp đơn vị hành chính cấp xã, các trạm y tế xã chưa được giao dự toán kinh phí thi đua, khen thưởng năm 2025. Đơn vị đề nghị Sở Nội vụ hướng dẫn nguồn chi tiền thưởng kèm Giấy khen cho tập thể, cá nhân thuộc trạm y tế xã."),
        new("canbo.tamthanh", FeedbackCategory.Policy, "05986", 4, 1,
            "Đề nghị làm rõ tiêu chí khen thưởng cá nhân có sáng kiến chuyển đổi số ở cơ sở",
            "Phường có nhiều cán bộ, đoàn viên thanh niên tích cực hướng dẫn người dân sử dụng dịch vụ công trực tuyến, VNeID. Đề nghị Sở Nội vụ hướng dẫn tiêu chí, mức độ ảnh hưởng của sáng kiến để làm căn cứ đề nghị khen thưởng."),
    ];

    public static async Task SeedAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        var campaignId = await db.Campaigns.AsNoTracking().Active().Select(c => c.Id).FirstOrDefaultAsync(ct);
        if (campaignId == 0 || await db.Feedbacks.AnyAsync(f => f.CampaignId == campaignId, ct))
        {
            return;
        }

        var senders = Items.Select(i => i.Sender).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => senders.Contains(u.UserName!))
            .Select(u => new { u.Id, UserName = u.UserName!, u.FullName, u.UnitId })
            .ToDictionaryAsync(u => u.UserName, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaignId).ToDictionaryAsync(a => a.Number, a => a.Id, ct);
        var reviewer = await db.Users.AsNoTracking().Where(u => u.UserName == "noivu").Select(u => u.FullName).FirstOrDefaultAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var answered = new List<(Domain.Feedback Feedback, string SenderId)>();
        foreach (var item in Items)
        {
            if (!users.TryGetValue(item.Sender, out var sender))
            {
                continue;
            }

            var sentAt = now.AddDays(-item.DaysAgo);
            var feedback = new Domain.Feedback
            {
                CampaignId = campaignId,
                Category = item.Category,
                UnitId = item.UnitCode is { } code && units.TryGetValue(code, out var unitId) ? unitId : null,
                ContentAreaId = item.AreaNumber is { } number && areas.TryGetValue(number, out var areaId) ? areaId : null,
                Subject = item.Subject,
                Text = item.Text,
                SenderUserName = sender.UserName,
                SenderName = sender.FullName,
                SenderUnitId = sender.UnitId,
                SentAtUtc = sentAt,
            };
            if (item.Answer is not null && reviewer is not null)
            {
                feedback.Reply(new Actor("noivu", reviewer), sentAt.AddDays(3), item.Answer);
                answered.Add((feedback, sender.Id));
            }

            db.Feedbacks.Add(feedback);
        }

        await db.SaveChangesAsync(ct);

        // As the portal's own reply does, the sender is told; left unread, the answer waits on the sender's home page.
        foreach (var (feedback, senderId) in answered)
        {
            UnitNotifications.AddForUsers(db, [senderId], NotificationKind.Feedback,
                $"Sở Nội vụ đã trả lời phản ánh: {feedback.Subject}", feedback.Answer,
                $"/Feedback/Details/{feedback.Id}", feedback.AnsweredAtUtc ?? now);
        }

        await db.SaveChangesAsync(ct);
    }
}
