using System.Net;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Seeding;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.SubmissionDocuments;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// One rule for every way to read a nominee (issue 20, item 3): for a nominee at each stage of review, every route that
/// shows it — the dossier page and file, the Báo cáo thành tích, the whole dossier, the unit's Tờ trình (page, PDF,
/// Excel)
/// — answers each principal as <see cref="AccessRules.MayReadNominee"/> declares.
/// </summary>
public sealed class NomineeReadRuleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Actor NoiVu = new("noivu", "Cán bộ Sở Nội vụ");
    private static int counter;

    public static TheoryData<NominationStatus> Stages =>
    [
        NominationStatus.Submitted, NominationStatus.UnderReview, NominationStatus.Returned, NominationStatus.Ineligible,
        NominationStatus.Eligible,
    ];

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task Every_way_to_read_a_nominee_answers_as_the_one_rule_says(NominationStatus stage)
    {
        var batchId = await factory.BatchAsync(NextNumber(), "SYT",
            new NomineeSpec(AwardFormSeed.BangKhenTinh, NomineeKind.Individual, $"Nguyễn Văn Thẩm Định {stage}", "Trưởng phòng"));
        var (nominationId, attachmentId) = await MoveAsync(batchId, stage);
        var wrong = new StringBuilder();

        foreach (var principal in AccessRules.Users.Append(AccessRules.OtherUnitUser).Prepend(AccessRules.Anonymous))
        {
            using var client = principal == AccessRules.Anonymous ? factory.CreatePortalClient() : await factory.SignInAsync(principal);
            foreach (var url in AccessRules.NomineeReadRoutes(nominationId, attachmentId, batchId))
            {
                using var response = await client.GetAsync(url);
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{url} as {principal}: 500");
                var read = response.StatusCode != HttpStatusCode.Forbidden
                    && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) != true;
                if (read != AccessRules.MayReadNominee(principal, stage))
                {
                    wrong.AppendLine($"{stage}: {url} as {principal} answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    [Fact]
    public async Task A_council_member_reads_the_eligible_nominee_but_not_the_Tờ_trình_that_also_names_one_under_review()
    {
        var batchId = await factory.BatchAsync(NextNumber(), "SYT",
            new NomineeSpec(AwardFormSeed.BangKhenTinh, NomineeKind.Individual, "Lê Thị Đủ Điều Kiện"),
            new NomineeSpec(AwardFormSeed.BangKhenTinh, NomineeKind.Individual, "Hà Văn Đang Thẩm Định"));
        var eligibleId = await factory.WithDbAsync(async db =>
        {
            var nominations = await db.Nominations.Where(n => n.BatchId == batchId).OrderBy(n => n.Id).ToListAsync();
            nominations[0].MarkEligible(NoiVu, DateTime.UtcNow, null);
            nominations[1].StartReview(NoiVu, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return nominations[0].Id;
        });
        using var member = await factory.SignInAsync("hoidong1");

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/Nominations/Details/{eligibleId}")).StatusCode);
        foreach (var url in new[] { "Print", "Pdf", "Excel" }.Select(a => $"/SubmissionDocuments/{a}/{batchId}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
        }
    }

    private static string NextNumber() => $"{Interlocked.Increment(ref counter) + 700}/TTr-SYT";

    /// <summary>Takes the batch's one nominee to <paramref name="stage"/> as Sở Nội vụ would; returns it and one of
    /// its files.</summary>
    private Task<(int NominationId, long AttachmentId)> MoveAsync(int batchId, NominationStatus stage) =>
        factory.WithDbAsync(async db =>
        {
            var nomination = await db.Nominations.Include(n => n.Attachments).SingleAsync(n => n.BatchId == batchId);
            var now = DateTime.UtcNow;
            if (stage != NominationStatus.Submitted)
            {
                nomination.StartReview(NoiVu, now);
            }

            switch (stage)
            {
                case NominationStatus.Returned:
                    nomination.Return(NoiVu, now, "Bổ sung biên bản họp xét.");
                    break;
                case NominationStatus.Ineligible:
                    nomination.MarkIneligible(NoiVu, now, "Chưa đủ thời gian công tác.");
                    break;
                case NominationStatus.Eligible:
                    nomination.MarkEligible(NoiVu, now, null);
                    break;
            }

            await db.SaveChangesAsync();
            Assert.Equal(stage, nomination.Status);
            return (nomination.Id, nomination.Attachments.First().Id);
        });
}
