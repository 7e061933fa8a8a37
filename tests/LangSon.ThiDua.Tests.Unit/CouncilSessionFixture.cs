using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests;

/// <summary>The actors, award forms, nominations and ballots the council session's tests share.</summary>
internal static class CouncilSessionFixture
{
    internal static readonly Actor Clerk = new("canbo.soyte", "Nguyễn Thị Hương");
    internal static readonly Actor Head = new("truongdonvi.soyte", "Phạm Quốc Khánh");
    internal static readonly Actor NoiVu = new("noivu", "Hoàng Thị Thu Hà");
    internal static readonly DateTime Now = new(2025, 12, 20, 2, 0, 0, DateTimeKind.Utc);
    internal static readonly DateOnly Today = new(2025, 12, 15);

    internal static readonly AwardForm Province = new()
    {
        Id = 2,
        Code = "BANG-KHEN-CT-UBND",
        Name = "Bằng khen của Chủ tịch UBND tỉnh",
        DecisionLevel = DecisionLevel.Province,
        RequiresCouncilVote = true,
        QuorumPercent = VoteRule.DefaultQuorumPercent,
        PassThresholdPercent = VoteRule.DefaultPassPercent,
        Eligibility = "Hoàn thành tốt nhiệm vụ năm 2025 trở lên.",
        RequiredDocuments = DossierDocuments.Submission | DossierDocuments.AchievementReport | DossierDocuments.MeetingMinutes,
    };

    internal static readonly AwardForm UnitLevel = new()
    {
        Id = 1,
        Code = "GIAY-KHEN",
        Name = "Giấy khen",
        DecisionLevel = DecisionLevel.Unit,
        RequiresCouncilVote = false,
        Eligibility = "Hoàn thành tốt nhiệm vụ năm 2025 trở lên.",
    };

    internal static Nomination Eligible(int id, string name)
    {
        var campaign = new Campaign { Id = 1, Code = "PT-2025", Title = "Phong trào thi đua", LegalBasis = "QĐ 2437/QĐ-TTg" };
        campaign.Activate();
        var nomination = Nomination.Draft(1, 11, Province, NomineeKind.Individual, name, "Thành tích xuất sắc.", TaskRating.Excellent, Clerk, Now);
        nomination.Id = id;
        foreach (var kind in new[] { DossierDocuments.AchievementReport, DossierDocuments.MeetingMinutes })
        {
            nomination.Attachments.Add(new Attachment
            {
                FileName = "tai-lieu.pdf", ContentType = "application/pdf", Sha256 = "00", StoragePath = "x", UploadedBy = Clerk.UserName, DocumentKind = kind,
            });
        }

        NominationBatch.Submit(campaign, 11, "45/TTr-SYT", Today, [nomination], null, Head, Now, Today);
        nomination.MarkEligible(NoiVu, Now, null);
        return nomination;
    }

    /// <summary>A session of <paramref name="members"/> invited (u1…), the first <paramref name="present"/> present, two nominations on the agenda.</summary>
    internal static (CouncilSession Session, Nomination A, Nomination B) Prepared(int members = 9, int present = 9)
    {
        var session = new CouncilSession { Id = 5, CampaignId = 1, Title = "Phiên họp", Place = "Phòng họp số 1", CreatedByUserName = NoiVu.UserName };
        session.InviteMembers(Enumerable.Range(1, members).Select(i => ($"u{i}", $"Thành viên {i}")));
        session.RecordAttendance(Enumerable.Range(1, present).Select(i => $"u{i}").ToList());
        var a = Eligible(101, "Nguyễn Văn An");
        var b = Eligible(102, "Trần Thị Bình");
        session.AddToAgenda(a, NoiVu, Now);
        session.AddToAgenda(b, NoiVu, Now);
        return (session, a, b);
    }

    internal static Dictionary<int, VoteChoice> Choices(VoteChoice a, VoteChoice b) => new() { [101] = a, [102] = b };

    internal static List<Ballot> Ballots(params (VoteChoice A, VoteChoice B)[] ballots) =>
        ballots.Select(b => new Ballot(Choices(b.A, b.B))).ToList();

    internal static List<Ballot> Same(int count, VoteChoice a, VoteChoice b) =>
        Enumerable.Range(0, count).Select(_ => new Ballot(Choices(a, b))).ToList();

}
