using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Domain.Text;
using LangSon.ThiDua.Web.Infrastructure.Files;
using LangSon.ThiDua.Web.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure.Demo;

/// <summary>
/// Demo mode only: year-end nominations of Sở Y tế and UBND phường Tam Thanh in every state of the review (draft,
/// submitted in a batch under the unit's Tờ trình, under review, eligible, returned with a comment; Giấy khen recorded
/// as decided by the unit), made through the domain's own methods so that their history is real, with their required
/// documents (the unit's báo cáo thành tích and biên bản họp xét) printed by the portal's own engine into the
/// attachment store. Five eligible Bằng khen CT UBND tỉnh: the demo council round (DemoCouncilSeeder) takes four, one
/// stays for a session to be tried at once. Dates follow the demo calendar (<see cref="DemoCalendar"/>): the batches
/// went in five days before the demo's day, before the campaign's deadline. A campaign whose deadline has passed
/// all the same (its dates were not moved, as in a database made before the calendar) takes the batches under a
/// reopening by Sở Nội vụ (open two more months, so the drafts can be submitted). Idempotent: a unit that already has
/// nominations in the active campaign is left alone.
/// </summary>
internal sealed class DemoNominationSeeder(
    AppDbContext db, DemoCalendar calendar, AttachmentStore store, EvidenceInspector inspector, DemoDocuments printer)
{
    private static readonly Actor Reviewer = new("noivu", "Hoàng Thị Thu Hà");

    private const string BkTinh = AwardFormSeed.BangKhenTinh;
    private const string BkTtg = AwardFormSeed.BangKhenThuTuong;
    private const string GiayKhen = AwardFormSeed.GiayKhen;

    private sealed record Proposal(
        string Form, NomineeKind Kind, string Name, string? Position, string Workplace, TaskRating Rating, NominationStatus State,
        string Summary, string[] TargetHints, string? Comment = null);

    private sealed record UnitProposals(string UnitCode, string BatchNumber, Actor Clerk, Actor Head, Proposal[] Proposals);

    private const NomineeKind Collective = NomineeKind.Collective;
    private const NomineeKind Individual = NomineeKind.Individual;

    private static readonly UnitProposals[] Units =
    [
        new("SYT", "312/TTr-SYT", new("canbo.soyte", "Nguyễn Thị Hương"), new("truongdonvi.soyte", "Phạm Quốc Khánh"),
        [
            new(BkTinh, Collective, "Phòng Nghiệp vụ Y, Sở Y tế", null, "Sở Y tế tỉnh Lạng Sơn", TaskRating.Excellent, NominationStatus.Eligible,
                "Tham mưu triển khai liên thông dữ liệu khám, chữa bệnh trên ứng dụng VNeID: 92% cơ sở khám, chữa bệnh trên địa bàn tỉnh đã kết nối (chỉ tiêu năm 2025 là 100%).\nChủ trì xây dựng và triển khai phương án bảo đảm y tế phục vụ Đại hội XIV của Đảng; không để xảy ra sự cố y khoa nghiêm trọng.",
                ["VNeID", "Đại hội XIV"], "Hồ sơ đầy đủ thành phần; thành tích có số liệu kiểm chứng từ báo cáo tiến độ của đơn vị."),
            new(BkTinh, Individual, "Lê Văn Thắng", "Trưởng phòng Nghiệp vụ Y", "Sở Y tế tỉnh Lạng Sơn", TaskRating.Excellent, NominationStatus.Eligible,
                "Trực tiếp chỉ đạo kết nối dữ liệu khám, chữa bệnh của 100% bệnh viện tuyến tỉnh với Cơ sở dữ liệu quốc gia về dân cư; hướng dẫn các trạm y tế xã triển khai sổ sức khỏe điện tử. Hoàn thành xuất sắc nhiệm vụ năm 2025.",
                ["VNeID"]),
            new(BkTinh, Collective, "Khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh Lạng Sơn", null, "Bệnh viện Đa khoa tỉnh Lạng Sơn", TaskRating.Good, NominationStatus.Eligible,
                "Tiếp nhận, cứu chữa thành công trên 1.200 ca bệnh nặng trong năm 2025; làm chủ kỹ thuật lọc máu liên tục và ECMO tại tuyến tỉnh, giảm chuyển tuyến trung ương; tỷ lệ người bệnh hài lòng đạt 93%.",
                ["hài lòng"], "Đủ điều kiện; đề nghị Hội đồng lưu ý thành tích chuyên môn kỹ thuật cao."),
            new(BkTtg, Individual, "Hoàng Thị Mai", "Phó Giám đốc Sở Y tế", "Sở Y tế tỉnh Lạng Sơn", TaskRating.Excellent, NominationStatus.UnderReview,
                "Ba năm liên tục hoàn thành xuất sắc nhiệm vụ. Chỉ đạo nâng tỷ lệ người bệnh hài lòng tại các bệnh viện tuyến tỉnh từ 85% lên 91%; giải quyết 10/12 kiến nghị của cử tri về y tế còn tồn đọng.",
                ["hài lòng", "kiến nghị"]),
            new(BkTinh, Individual, "Đinh Văn Toàn", "Phụ trách công nghệ thông tin, Văn phòng Sở", "Sở Y tế tỉnh Lạng Sơn", TaskRating.Good, NominationStatus.Returned,
                "Tham mưu đưa dịch vụ công trực tuyến toàn trình của ngành y tế vào vận hành; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến tăng từ 40% lên 64%.",
                ["trực tuyến"], "Báo cáo thành tích chưa có xác nhận của Thủ trưởng đơn vị và chưa đối chiếu kết quả với chỉ tiêu 80% hồ sơ nộp trực tuyến; đề nghị bổ sung, hoàn thiện."),
            new(BkTinh, Individual, "Lương Thị Hạnh", "Trưởng phòng Kế hoạch - Tài chính", "Sở Y tế tỉnh Lạng Sơn", TaskRating.Good, NominationStatus.Submitted,
                "Tham mưu phân bổ, giải ngân vốn đầu tư nâng cấp trạm y tế xã; 58/60 trạm y tế xã đạt chuẩn quốc gia về y tế; quyết toán đúng hạn các dự án của ngành.",
                ["trạm y tế"]),
            new(GiayKhen, Individual, "Nguyễn Thị Hương", "Chuyên viên Văn phòng Sở", "Sở Y tế tỉnh Lạng Sơn", TaskRating.Good, NominationStatus.UnitDecided,
                "Tiếp nhận, trả kết quả 100% hồ sơ thủ tục hành chính đúng và trước hạn; số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của Sở.",
                ["đúng hạn"]),
            new(BkTinh, Individual, "Vi Văn Nam", "Chánh Văn phòng Sở", "Sở Y tế tỉnh Lạng Sơn", TaskRating.Good, NominationStatus.Draft,
                "Tổ chức chu đáo việc thăm hỏi, tặng quà người có công, đối tượng bảo trợ xã hội dịp Tết Bính Ngọ 2026; bảo đảm công tác hậu cần, văn thư, lưu trữ của Sở.",
                ["Tết Bính Ngọ"]),
        ]),
        new("05986", "27/TTr-UBND", new("canbo.tamthanh", "Lý Thị Ngọc"), new("truongdonvi.tamthanh", "Hoàng Văn Minh"),
        [
            new(BkTinh, Collective, "Trung tâm Phục vụ hành chính công phường Tam Thanh", null, "UBND phường Tam Thanh", TaskRating.Excellent, NominationStatus.Eligible,
                "Giải quyết 100% hồ sơ thủ tục hành chính đúng và trước hạn từ khi vận hành chính quyền địa phương hai cấp; tỷ lệ hồ sơ nộp trực tuyến đạt 78%; không có hồ sơ tồn đọng; người dân đánh giá hài lòng 98%.",
                ["Trung tâm phục vụ"], "Đủ điều kiện."),
            new(BkTinh, Individual, "Hoàng Thị Thu", "Trưởng phòng Văn hóa - Xã hội", "UBND phường Tam Thanh",
                TaskRating.Excellent, NominationStatus.Eligible,
                "Tham mưu xóa nhà tạm, nhà dột nát cho 14 hộ nghèo, cận nghèo trên địa bàn phường trước thời hạn; " +
                "chi trả đầy đủ, kịp thời chế độ cho người có công và đối tượng bảo trợ xã hội; " +
                "không để xảy ra khiếu nại.",
                ["nhà tạm"], "Đủ điều kiện."),
            new(BkTinh, Individual, "Nông Văn Quý", "Phó Chủ tịch UBND phường", "UBND phường Tam Thanh", TaskRating.Good, NominationStatus.Submitted,
                "Chỉ đạo thu ngân sách nhà nước trên địa bàn phường vượt 18% dự toán; hoàn thành giải phóng mặt bằng các dự án chỉnh trang đô thị đúng tiến độ.",
                ["ngân sách"]),
            new(BkTinh, Individual, "Dương Thị Thu Trang", "Công chức Địa chính - Xây dựng", "UBND phường Tam Thanh", TaskRating.Good, NominationStatus.Returned,
                "Hoàn thành chỉnh lý, cập nhật cơ sở dữ liệu đất đai \"đúng – đủ – sạch – sống\" cho 100% thửa đất trên địa bàn phường; giải quyết dứt điểm 14 vụ việc tranh chấp đất đai.",
                [], "Biên bản họp xét của đơn vị chưa ghi kết quả bỏ phiếu (số phiếu đồng ý trên tổng số); đề nghị bổ sung biên bản có chữ ký của chủ trì và thư ký cuộc họp."),
            new(GiayKhen, Individual, "Lý Thị Ngọc", "Công chức Văn phòng - Thống kê", "UBND phường Tam Thanh", TaskRating.Good, NominationStatus.UnitDecided,
                "Tham mưu tổ chức tiếp nhận và trả kết quả hồ sơ tại Trung tâm Phục vụ hành chính công phường; tổng hợp số liệu thống kê kịp thời, chính xác.",
                ["hồ sơ giải quyết đúng hạn"]),
            new(BkTinh, Collective, "Tổ dân phố số 3, phường Tam Thanh", null, "Phường Tam Thanh", TaskRating.Good, NominationStatus.Draft,
                "Vận động nhân dân hiến trên 1.500 m² đất mở rộng đường ngõ; duy trì mô hình \"Tổ dân phố an toàn về an ninh, trật tự\"; 100% hộ gia đình đạt danh hiệu gia đình văn hóa.",
                []),
        ]),
    ];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var campaign = await db.ActiveCampaignAsync(ct);
        if (campaign is null)
        {
            return;
        }

        var forms = await db.AwardForms.ToDictionaryAsync(f => f.Code, ct);
        var today = calendar.Today;
        // Dates follow the demo calendar, as the demo plans do: the batches went in five days ago.
        var submittedOn = today.AddDays(-5);
        var late = campaign.NominationDeadline is { } deadline && deadline < submittedOn;
        foreach (var seed in Units)
        {
            var unitId = await db.Units.Where(u => u.Code == seed.UnitCode).Select(u => (int?)u.Id).SingleOrDefaultAsync(ct);
            if (unitId is null || await db.Nominations.AnyAsync(n => n.CampaignId == campaign.Id && n.UnitId == unitId, ct))
            {
                continue;
            }

            var targets = await db.PlanTargets.AsNoTracking()
                .Where(t => t.UnitPlan!.CampaignId == campaign.Id && t.UnitPlan.UnitId == unitId)
                .Select(t => new { t.Id, t.Title }).ToListAsync(ct);
            var stored = new List<string>();
            try
            {
                var nominations = new List<(Nomination Nomination, Proposal Proposal)>();
                foreach (var proposal in seed.Proposals)
                {
                    var nomination = Nomination.Draft(campaign.Id, unitId.Value, forms[proposal.Form], proposal.Kind, proposal.Name, proposal.Summary,
                        proposal.Rating, seed.Clerk, At(submittedOn.AddDays(-12), 8));
                    nomination.NomineePosition = proposal.Position;
                    nomination.NomineeWorkplace = proposal.Workplace;
                    DemoNomineeHistory.Declare(nomination, campaign.ReviewYear);
                    nomination.LinkTargets(targets
                        .Where(t => proposal.TargetHints.Any(h => t.Title.Contains(h, StringComparison.OrdinalIgnoreCase)))
                        .Select(t => t.Id));
                    nominations.Add((nomination, proposal));
                }

                await AttachAsync(unitId.Value, seed, nominations, forms, submittedOn, stored, ct);

                // Past the campaign's deadline the unit submits under a reopening by Sở Nội vụ, as the rule requires.
                var reopening = late ? Reopen(campaign.Id, unitId.Value, submittedOn, today) : null;
                if (reopening is not null)
                {
                    db.NominationReopenings.Add(reopening);
                }

                var toSubmit = nominations.Where(n => n.Proposal.State != NominationStatus.Draft).Select(n => n.Nomination).ToList();
                var batch = NominationBatch.Submit(campaign, unitId.Value, seed.BatchNumber, submittedOn, toSubmit, reopening, seed.Head, At(submittedOn, 9), submittedOn);
                foreach (var (nomination, proposal) in nominations)
                {
                    Review(nomination, proposal, submittedOn);
                }

                db.NominationBatches.Add(batch);
                db.Nominations.AddRange(nominations.Where(n => n.Proposal.State == NominationStatus.Draft).Select(n => n.Nomination));
                await db.SaveChangesAsync(ct);

                // The Giấy khen the unit decided enter the register once their nominations have ids.
                await db.AddAwardRecordsAsync(batch, ct);
                await db.SaveChangesAsync(ct);
            }
            catch
            {
                stored.ForEach(store.Delete);
                throw;
            }
        }
    }

    /// <summary>
    /// Open until two months after seeding, so that the drafts can still be submitted while the demo is tried.
    /// </summary>
    private static NominationReopening Reopen(int campaignId, int unitId, DateOnly submittedOn, DateOnly today) => new()
    {
        CampaignId = campaignId,
        UnitId = unitId,
        OpenUntil = today.AddDays(60),
        Reason = "Đơn vị đề nghị được trình hồ sơ sau hạn do chờ kết quả đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2025; Sở Nội vụ đồng ý.",
        ReopenedByUserName = Reviewer.UserName,
        ReopenedAtUtc = At(submittedOn.AddDays(-2), 15),
    };

    /// <summary>Sở Nội vụ's steps after submission, as the proposal's state needs them.</summary>
    private static void Review(Nomination nomination, Proposal proposal, DateOnly submittedOn)
    {
        if (proposal.State is NominationStatus.UnderReview or NominationStatus.Eligible or NominationStatus.Returned)
        {
            nomination.StartReview(Reviewer, At(submittedOn.AddDays(2), 8));
        }

        if (proposal.State == NominationStatus.Eligible)
        {
            nomination.MarkEligible(Reviewer, At(submittedOn.AddDays(4), 10), proposal.Comment);
        }
        else if (proposal.State == NominationStatus.Returned)
        {
            nomination.Return(Reviewer, At(submittedOn.AddDays(4), 10), proposal.Comment!);
        }
    }

    /// <summary>
    /// The award form's required documents (the Tờ trình is the batch; a draft has only its achievement report so far),
    /// printed as the unit signed them: its báo cáo thành tích a week before the batch, its council's biên bản three
    /// days before.
    /// </summary>
    private async Task AttachAsync(
        int unitId, UnitProposals seed, List<(Nomination Nomination, Proposal Proposal)> nominations,
        Dictionary<string, AwardForm> forms, DateOnly submittedOn, List<string> stored, CancellationToken ct)
    {
        var unit = await UnitLetterhead.ForAsync(db, unitId, ct);
        var code = seed.UnitCode.All(char.IsAsciiLetter) ? seed.UnitCode : null;
        var files = nominations.SelectMany(n => (n.Proposal.State == NominationStatus.Draft
                ? [DossierDocuments.AchievementReport]
                : n.Nomination.MissingDocuments(forms[n.Proposal.Form]).ToList())
            .Select(kind => (n.Nomination, n.Proposal, Kind: kind)))
            .ToList();
        var printed = await printer.PrintAsync(files.Select(f =>
        {
            var nominee = new NomineeInfo(f.Proposal.Kind, f.Proposal.Name, f.Proposal.Position, f.Proposal.Workplace,
                forms[f.Proposal.Form].Name, f.Proposal.Rating, f.Proposal.Summary);
            return f.Kind == DossierDocuments.MeetingMinutes
                ? DemoAttachments.MeetingMinutes(unit, nominee, submittedOn.AddDays(-3))
                : DemoAttachments.AchievementReport(unit, code, nominee, submittedOn.AddDays(-7));
        }).ToList(), ct);
        for (var i = 0; i < files.Count; i++)
        {
            var (nomination, proposal, kind) = files[i];
            var prefix = kind == DossierDocuments.MeetingMinutes ? "bien-ban-hop-xet" : "bao-cao-thanh-tich";
            await using var stream = new MemoryStream(printed[i]);
            var check = await inspector.InspectAsync($"{prefix}-{Slug(proposal.Name)}.pdf", stream, ct);
            var attachment = await store.SaveAsync(stream, check, seed.Clerk.UserName, ct);
            stored.Add(attachment.StoragePath);
            attachment.DocumentKind = kind;
            nomination.Attachments.Add(attachment);
        }
    }

    /// <summary>09:00 (or another hour) Vietnam time on a day, in UTC.</summary>
    private static DateTime At(DateOnly day, int hour) => VietnamTime.StartOfDayUtc(day).AddHours(hour);

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in TextFolding.Fold(name))
        {
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
