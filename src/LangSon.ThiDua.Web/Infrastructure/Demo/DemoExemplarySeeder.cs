using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: six published exemplary models across the five content areas and several units (so that the public
/// page has something to show) and two proposals waiting for Sở Nội vụ, from mttq and canbo.soyte. The people and
/// collectives are invented, in the manner of Lạng Sơn. No photos. Idempotent: nothing is added once the active
/// campaign has exemplary models.
/// </summary>
public static class DemoExemplarySeeder
{
    private static readonly Actor Reviewer = new("noivu", "Hoàng Thị Thu Hà");

    private sealed record Seed(
        string ProposedBy, string ProposedByName, string ProposerUnit, NomineeKind Kind, string Name, string? Position, string? UnitCode,
        string? Place, int Area, string Title, string Story, int DaysAgo, bool Publish);

    private static readonly Seed[] Models =
    [
        new("canbo.tamthanh", "Lý Thị Ngọc", "05986", NomineeKind.Individual, "Nguyễn Văn Thắng", "Công chức Tư pháp - Hộ tịch", "05986", null, 4,
            "Không để hồ sơ nào của người dân phải chờ quá hạn",
            "Từ khi phường Tam Thanh đi vào hoạt động theo mô hình chính quyền địa phương hai cấp, anh Nguyễn Văn Thắng đã tiếp nhận và giải quyết hơn 2.300 hồ sơ hộ tịch, chứng thực; 100% hồ sơ được trả đúng và trước hạn.\nAnh chủ động hướng dẫn người cao tuổi cài đặt VNeID, nộp hồ sơ trực tuyến ngay tại bộ phận một cửa; tỷ lệ hồ sơ nộp trực tuyến của phường tăng từ 41% lên 78% sau ba tháng.\nAnh được người dân phường ghi nhận là \"cán bộ một cửa tận tụy\", được Chủ tịch UBND phường tặng Giấy khen năm 2025.",
            40, true),
        new("mttq", "Đàm Văn Lợi", "MTTQ", NomineeKind.Collective, "Hợp tác xã Nông nghiệp Hồng Phong", "Hợp tác xã sản xuất, tiêu thụ hồi và na", "06079", "Thôn Khuổi Hẩu, xã Hồng Phong", 1,
            "Liên kết trồng hồi, na theo chuỗi giá trị, nâng thu nhập cho 120 hộ",
            "Hợp tác xã Nông nghiệp Hồng Phong liên kết 120 hộ dân, trong đó 85 hộ đồng bào Tày, Nùng, trồng và chăm sóc 260 ha hồi, 40 ha na theo tiêu chuẩn VietGAP.\nNăm 2025, hợp tác xã ký hợp đồng bao tiêu với hai doanh nghiệp chế biến tinh dầu hồi, đưa sản phẩm hoa hồi khô đạt chứng nhận OCOP 4 sao; thu nhập bình quân của các hộ thành viên tăng 18% so với năm trước.\nHợp tác xã ủng hộ 150 ngày công và 60 triệu đồng làm đường bê tông vào thôn.",
            35, true),
        new("canbo.soyte", "Nguyễn Thị Hương", "SYT", NomineeKind.Individual, "Hoàng Thị Nhung", "Bác sĩ, Trạm Y tế xã Mẫu Sơn", "SYT", "Xã Mẫu Sơn", 2,
            "Mười năm gắn bó với bản vùng cao, đưa y tế cơ sở đến từng thôn",
            "Bác sĩ Hoàng Thị Nhung đã gắn bó mười năm với Trạm Y tế xã Mẫu Sơn, nơi nhiều thôn cách trạm hơn 15 km đường đèo.\nChị tổ chức 46 buổi khám, cấp thuốc lưu động tại các thôn xa, lập hồ sơ sức khỏe điện tử cho 96% người dân trong xã và vận động 100% phụ nữ mang thai khám thai định kỳ.\nTrong đợt mưa lũ tháng 9/2025, chị trực liên tục tại điểm sơ tán, sơ cứu kịp thời cho 23 người bị thương, không để xảy ra dịch bệnh sau lũ.",
            30, true),
        new("noivu", "Hoàng Thị Thu Hà", "SNV", NomineeKind.Individual, "Vi Văn Quý", "Bí thư Chi bộ, Trưởng thôn Khòn Pổ", "06541", "Thôn Khòn Pổ, xã Mẫu Sơn", 3,
            "Người trưởng thôn đưa tinh thần Đại hội đến từng nóc nhà",
            "Ông Vi Văn Quý, người Dao, ba nhiệm kỳ là Bí thư Chi bộ kiêm Trưởng thôn Khòn Pổ.\nÔng tổ chức 12 buổi sinh hoạt chuyên đề tuyên truyền văn kiện Đại hội XIV của Đảng bằng tiếng Dao, lồng ghép trong các buổi họp thôn và ngày hội đại đoàn kết; 100% hộ gia đình trong thôn được phổ biến nội dung.\nThôn Khòn Pổ ba năm liền không có khiếu kiện, không có tội phạm và tệ nạn xã hội, hoàn thành sớm nhất xã việc thu quỹ xây dựng nhà văn hóa.",
            25, true),
        new("mttq", "Đàm Văn Lợi", "MTTQ", NomineeKind.Collective, "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị", "Bộ đội Biên phòng tỉnh Lạng Sơn", null, "Cửa khẩu Quốc tế Hữu Nghị, xã Đồng Đăng", 5,
            "Giữ vững đường biên, giúp dân bản vững lòng trong mùa thông quan cao điểm",
            "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị phối hợp với lực lượng chức năng tuần tra 240 lượt, bảo vệ an toàn tuyệt đối đường biên, mốc quốc giới được giao quản lý; không để xảy ra vụ việc phức tạp trong thời gian diễn ra Đại hội XIV của Đảng.\nTrong mùa thu hoạch nông sản, đơn vị bố trí tổ công tác 24/7, góp phần thông quan hơn 1.000 xe hàng mỗi ngày, không để ùn tắc kéo dài.\nĐơn vị duy trì mô hình \"Nâng bước em tới trường\", nhận đỡ đầu 15 học sinh nghèo ở các thôn biên giới.",
            20, true),
        new("noivu", "Hoàng Thị Thu Hà", "SNV", NomineeKind.Collective, "Tổ công tác giải phóng mặt bằng cao tốc Hữu Nghị - Chi Lăng", "Tổ công tác liên ngành", "SXD", "Xã Chi Lăng và các xã dọc tuyến", 1,
            "Bàn giao mặt bằng đúng cam kết cho dự án cao tốc trọng điểm",
            "Tổ công tác liên ngành đã phối hợp với các xã dọc tuyến kiểm đếm, lập phương án bồi thường cho 1.146 hộ dân, bàn giao 98% mặt bằng cao tốc Hữu Nghị - Chi Lăng trước thời hạn cam kết.\nTổ duy trì đối thoại trực tiếp với người dân mỗi tuần, giải quyết dứt điểm 37 trường hợp vướng mắc mà không phải cưỡng chế; tái định cư cho 64 hộ tại khu mới có đủ điện, nước, đường.\nKết quả góp phần đưa tỷ lệ giải ngân vốn đầu tư công của tỉnh năm 2025 vượt kế hoạch.",
            15, true),
        new("mttq", "Đàm Văn Lợi", "MTTQ", NomineeKind.Individual, "Nông Văn Tài", "Hội viên Hội Nông dân, chủ trang trại", null, "Thôn Pác Ve, xã Vũ Lăng", 1,
            "Từ đồi trọc thành trang trại cây ăn quả, tạo việc làm cho người trong thôn",
            "Anh Nông Văn Tài cải tạo 12 ha đồi trọc thành trang trại trồng na, hồng không hạt và nuôi gà thả đồi, doanh thu năm 2025 đạt 1,8 tỷ đồng.\nTrang trại tạo việc làm thường xuyên cho 15 lao động là người dân tộc thiểu số trong thôn; anh hướng dẫn miễn phí kỹ thuật ghép, tỉa cành cho hơn 40 hộ và hiến 600 m² đất làm đường liên thôn.",
            3, false),
        new("canbo.soyte", "Nguyễn Thị Hương", "SYT", NomineeKind.Collective, "Khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh", "Khoa lâm sàng", "SYT", null, 2,
            "Giành lại sự sống cho bệnh nhân nặng ngay tại tuyến tỉnh",
            "Năm 2025, Khoa Hồi sức tích cực - Chống độc tiếp nhận, điều trị hơn 1.400 ca bệnh nặng; triển khai thành công kỹ thuật lọc máu liên tục và ECMO tại tuyến tỉnh, giảm 35% số ca phải chuyển tuyến trung ương.\nKhoa tổ chức 8 lớp đào tạo cấp cứu cơ bản cho y tế xã, phường, bảo đảm trực cấp cứu 24/7 phục vụ Đại hội XIV của Đảng.",
            2, false),
    ];

    public static async Task SeedAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(time);
        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is null || await db.ExemplaryModels.AnyAsync(m => m.CampaignId == campaign.Id, ct))
        {
            return;
        }

        var areas = await db.ContentAreas.AsNoTracking().Where(a => a.CampaignId == campaign.Id).ToDictionaryAsync(a => a.Number, a => a.Id, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var seed in Models)
        {
            if (!areas.TryGetValue(seed.Area, out var areaId))
            {
                continue;
            }

            var proposedAt = now.AddDays(-seed.DaysAgo);
            var model = new ExemplaryModel
            {
                CampaignId = campaign.Id,
                Kind = seed.Kind,
                Name = seed.Name,
                Position = seed.Position,
                UnitId = seed.UnitCode is not null && units.TryGetValue(seed.UnitCode, out var unitId) ? unitId : null,
                Place = seed.Place,
                ContentAreaId = areaId,
                Title = seed.Title,
                Story = seed.Story,
                ProposedBy = seed.ProposedBy,
                ProposedByName = seed.ProposedByName,
                ProposerUnitId = units.TryGetValue(seed.ProposerUnit, out var proposerUnitId) ? proposerUnitId : null,
                ProposedAtUtc = proposedAt,
            };
            model.Index();
            if (seed.Publish)
            {
                model.Publish(Reviewer, proposedAt.AddDays(2));
            }

            db.ExemplaryModels.Add(model);
        }

        await db.SaveChangesAsync(ct);
    }
}
