using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.CouncilDocuments;

/// <summary>The closed council session the documents' tests print.</summary>
internal static class CouncilDocumentsData
{
    /// <summary>
    /// Nine invited, seven present; of two nominations the first gets 7 agree (passes: 70 % of the nine members), the
    /// second 4 (fails).
    /// </summary>
    public static Task<int> ClosedSessionAsync(
        this PortalFactory factory, string first = "Nông Văn Bảy", string second = "Hứa Thị Sáu") =>
        factory.SessionAsync(9, 7, [first, second],
        [
            [VoteChoice.Agree, VoteChoice.Agree], [VoteChoice.Agree, VoteChoice.Agree],
            [VoteChoice.Agree, VoteChoice.Disagree], [VoteChoice.Agree, VoteChoice.Agree],
            [VoteChoice.Agree, VoteChoice.Abstain], [VoteChoice.Agree, VoteChoice.Disagree],
            [VoteChoice.Agree, VoteChoice.Agree],
        ]);
}
