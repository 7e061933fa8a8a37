using System.Globalization;
using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>After the nomination deadline a unit submits only when Sở Nội vụ has reopened submission for it.</summary>
public sealed class NominationReopeningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task NoiVu_reopens_submission_for_a_unit_which_then_can_submit_after_the_deadline()
    {
        var today = ReviewNominationBuilder.Today;
        await SetDeadlineAsync(today.AddDays(-1));
        var soYTe = await factory.UnitIdAsync("SYT");
        using var noivu = await factory.SignInAsync("noivu");
        const string reason = "Đơn vị đề nghị bổ sung hồ sơ sau khi hoàn thiện biên bản họp xét.";

        var list = await noivu.GetPageAsync("/NominationReview/Reopenings");
        Assert.Contains(today.AddDays(-1).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), list.QuerySelector(".nomination-deadline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Đã quá hạn", list.QuerySelector(".nomination-deadline")!.TextContent, StringComparison.Ordinal);
        var fields = FormFields.Read(await noivu.GetPageAsync("/NominationReview/CreateReopening"));
        fields["UnitId"] = soYTe.ToString(CultureInfo.InvariantCulture);
        fields["OpenUntil"] = Iso(today.AddDays(7));
        fields["Reason"] = reason;
        var after = await noivu.FollowAsync(await noivu.PostFormAsync("/NominationReview/CreateReopening", fields));

        Assert.Contains("Đã mở lại việc trình hồ sơ đề nghị khen thưởng cho Sở Y tế", after.FlashSuccess(), StringComparison.Ordinal);
        Assert.Contains(reason, after.QuerySelector("table.reopenings")!.TextContent, StringComparison.Ordinal);
        var reopening = await factory.WithDbAsync(db => db.NominationReopenings.AsNoTracking().SingleAsync(r => r.UnitId == soYTe));
        Assert.Equal((today.AddDays(7), reason, "noivu"), (reopening.OpenUntil, reopening.Reason, reopening.ReopenedByUserName));
        var notified = await factory.NotifiedAsync("/Nominations");
        Assert.Equal(new[] { "canbo.soyte", "truongdonvi.soyte" }, notified.Select(n => n.UserName));
        Assert.All(notified, n => Assert.Contains(today.AddDays(7).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), n.Title, StringComparison.Ordinal));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(NominationReopening) && a.Action == AuditActions.Insert && a.UserName == "noivu")));

        // The domain rule the unit's submission goes through: refused without the reopening, accepted with it.
        await factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Active().FirstAsync();
            var form = await db.AwardForms.SingleAsync(f => f.Code == AwardFormSeed.GiayKhen);
            var nomination = Nomination.Draft(campaign.Id, soYTe, form, NomineeKind.Individual, "Bế Văn Muộn", "Thành tích.", TaskRating.Good,
                new Actor("canbo.soyte", "Nguyễn Thị Hương"), DateTime.UtcNow);
            foreach (var document in nomination.MissingDocuments(form).ToList())
            {
                nomination.Attachments.Add(new Attachment
                {
                    FileName = "tai-lieu.pdf", ContentType = "application/pdf", Size = 10, Sha256 = new string('0', 64),
                    StoragePath = "x/" + Guid.NewGuid().ToString("N"), UploadedBy = "canbo.soyte", DocumentKind = document,
                });
            }

            var head = new Actor("truongdonvi.soyte", "Phạm Quốc Khánh");
            var late = Assert.Throws<DomainException>(() =>
                NominationBatch.Submit(campaign, soYTe, "99/TTr-SYT", today, [nomination], null, head, DateTime.UtcNow, today));
            Assert.StartsWith("Đã quá hạn đề nghị khen thưởng", late.Message, StringComparison.Ordinal);
            var stored = await db.NominationReopenings.SingleAsync(r => r.UnitId == soYTe && r.CampaignId == campaign.Id);
            var batch = NominationBatch.Submit(campaign, soYTe, "99/TTr-SYT", today, [nomination], stored, head, DateTime.UtcNow, today);
            Assert.Equal(NominationStatus.UnitDecided, nomination.Status);
            Assert.Throws<DomainException>(() =>
                NominationBatch.Submit(campaign, soYTe, "100/TTr-SYT", today.AddDays(8), [nomination], stored, head, DateTime.UtcNow, today.AddDays(8)));
            return batch;
        });
    }

    [Fact]
    public async Task A_reopening_without_unit_or_reason_or_in_the_past_is_refused_in_Vietnamese_and_nothing_is_saved()
    {
        var before = await factory.WithDbAsync(db => db.NominationReopenings.CountAsync());
        using var noivu = await factory.SignInAsync("noivu");
        var fields = FormFields.Read(await noivu.GetPageAsync("/NominationReview/CreateReopening"));
        fields["UnitId"] = "";
        fields["OpenUntil"] = Iso(ReviewNominationBuilder.Today.AddDays(-1));
        fields["Reason"] = " ";

        var response = await noivu.PostFormAsync("/NominationReview/CreateReopening", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = (await PortalClient.ParseAsync(response)).ValidationMessages();
        Assert.Contains("Hãy chọn đơn vị được mở lại việc trình hồ sơ.", messages);
        Assert.Contains("Ngày mở lại đến phải từ hôm nay trở đi.", messages);
        Assert.Contains("Hãy ghi rõ lý do mở lại việc tiếp nhận hồ sơ.", messages);

        fields["UnitId"] = "999999";
        fields["OpenUntil"] = Iso(ReviewNominationBuilder.Today);
        fields["Reason"] = "Lý do hợp lệ.";
        var unknown = await PortalClient.ParseAsync(await noivu.PostFormAsync("/NominationReview/CreateReopening", fields));
        Assert.Contains("Đơn vị không tồn tại hoặc đã ngừng hoạt động.", unknown.ValidationMessages());
        Assert.Equal("Lý do hợp lệ.", unknown.QuerySelector("textarea[name=Reason]")!.TextContent);
        Assert.Equal(before, await factory.WithDbAsync(db => db.NominationReopenings.CountAsync()));
    }

    private Task<int> SetDeadlineAsync(DateOnly deadline) =>
        factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.Active().FirstAsync();
            campaign.NominationDeadline = deadline;
            return await db.SaveChangesAsync();
        });
}
