using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.AwardDecisions;
using LangSon.ThiDua.Tests.Integration.DecisionDocuments;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Nominations;
using LangSon.ThiDua.Tests.Integration.Reports;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.SummaryReport;

/// <summary>A portal with the data of <see cref="SummaryData"/>, built once per test class.</summary>
public sealed class SummaryFactory : PortalFactory
{
    private readonly Lazy<Task<SummaryData>> data;

    public SummaryFactory()
    {
        data = new Lazy<Task<SummaryData>>(() => SummaryData.BuildAsync(this));
    }

    public Task<SummaryData> DataAsync() => data.Value;
}

/// <summary>
/// The five units and eight targets of <see cref="ReportsDataSet"/> (1 achieved, 1 on track, 1 at risk, 1 overdue, 4 not
/// started; Sở Y tế's plan accepted, the others draft, submitted, returned or none), plus, all proposed by Sở Y tế:
/// <list type="bullet">
/// <item>Bằng khen CT UBND tỉnh: an issued decision awarding a collective and an individual; one failed at the council,
/// one passed waiting for a decision, one eligible collective, one ineligible, one draft (not counted);</item>
/// <item>Bằng khen TTg: one individual forwarded under the province's Tờ trình (not an issued decision);</item>
/// <item>three feedbacks (one answered) and two exemplary models (one published).</item>
/// </list>
/// </summary>
public sealed record SummaryData(DateOnly Today, int IssuedDecisionId, int SubmissionId)
{
    public const string AwardedCollective = "Khoa Dược, Bệnh viện Đa khoa tỉnh";
    public const string AwardedIndividual = "Trần Thị Khen";
    public const string FailedName = "Nông Văn Trượt";
    public const string PassedName = "Hà Thị Chờ";
    public const string EligibleName = "Phòng Đủ Điều Kiện Sở Y tế";
    public const string IneligibleName = "Lục Văn Thiếu";
    public const string DraftName = "Lý Thị Nháp";
    public const string ForwardedName = "Đỗ Văn Trình";
    public const string IssuedNumber = "1501/QĐ-UBND";

    public static async Task<SummaryData> BuildAsync(PortalFactory factory)
    {
        var reports = await ReportsDataSet.BuildAsync(factory);
        var issued = await factory.DecisionAsync(DecisionDocumentScenario.Province, IssuedNumber, new DateOnly(2025, 12, 20), "Chủ tịch",
            [(NomineeKind.Collective, AwardedCollective), (NomineeKind.Individual, AwardedIndividual)]);
        var submission = await factory.DecisionAsync(DecisionDocumentScenario.PrimeMinister, "88/TTr-UBND", new DateOnly(2025, 12, 22), "Chủ tịch",
            [(NomineeKind.Individual, ForwardedName)]);
        var ids = await factory.NominateAsync(DecisionScenario.SoYte, DecisionScenario.Province,
            new Nominee(NomineeKind.Individual, FailedName, Stage.Failed),
            new Nominee(NomineeKind.Individual, PassedName, Stage.Passed),
            new Nominee(NomineeKind.Collective, EligibleName, Stage.Eligible),
            new Nominee(NomineeKind.Individual, IneligibleName, Stage.Eligible));
        await factory.DraftAsync(DraftName);

        await factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var ineligible = await db.Nominations.SingleAsync(n => n.Id == ids[3]);
            ineligible.MarkIneligible(NominationBuilder.NoiVu, now, "Chưa đủ thời gian công tác theo quy định.");

            var campaign = await db.Campaigns.Active().FirstAsync();
            var area = await db.ContentAreas.Where(a => a.CampaignId == campaign.Id).OrderBy(a => a.Number).Select(a => a.Id).FirstAsync();
            var unit = await db.Units.Where(u => u.Code == "SYT").Select(u => u.Id).SingleAsync();
            for (var i = 0; i < 3; i++)
            {
                var feedback = new LangSon.ThiDua.Domain.Feedback
                {
                    CampaignId = campaign.Id,
                    Category = i == 0 ? FeedbackCategory.Procedure : FeedbackCategory.Funding,
                    UnitId = unit,
                    Subject = $"Phản ánh số {i + 1}",
                    Text = "Khó khăn trong triển khai phong trào ở cơ sở.",
                    SenderUserName = "mttq",
                    SenderName = "Người gửi phản ánh",
                    SentAtUtc = now,
                };
                if (i == 0)
                {
                    feedback.Reply(NominationBuilder.NoiVu, now, "Sở Nội vụ đã hướng dẫn.");
                }

                db.Feedbacks.Add(feedback);
            }

            foreach (var publish in new[] { true, false })
            {
                var model = new LangSon.ThiDua.Domain.ExemplaryModel
                {
                    CampaignId = campaign.Id,
                    Kind = NomineeKind.Individual,
                    Name = publish ? "Gương đã công bố" : "Gương chờ duyệt",
                    ContentAreaId = area,
                    Title = "Tấm gương tiêu biểu",
                    Story = "Câu chuyện về tấm gương.",
                    ProposedBy = "mttq",
                    ProposedByName = "Người đề xuất",
                    ProposedAtUtc = now,
                };
                model.Index();
                if (publish)
                {
                    model.Publish(NominationBuilder.NoiVu, now);
                }

                db.ExemplaryModels.Add(model);
            }

            await db.SaveChangesAsync();
            return true;
        });

        return new SummaryData(reports.Today, issued, submission);
    }
}
