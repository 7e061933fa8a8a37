using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Council;

/// <summary>Single vote under a race: the same member's ballot sent 1,000 times at once over the real SQLite database.</summary>
public sealed class CouncilConcurrencyTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Submissions = 1000;

    [Fact]
    public async Task A_thousand_parallel_sends_of_one_ballot_store_exactly_one_and_never_fail()
    {
        var ids = await factory.EligibleAsync(CouncilBuilder.BangKhenTinh, "Lục Văn Đồng", "Vy Thị Thời");
        var sessionId = await factory.SessionAsync(9, 9, ids);
        using var member = await factory.SignInAsync("hoidong5");
        var review = await member.ReviewAsync(sessionId, VoteChoice.Agree, VoteChoice.Disagree);
        var fields = FormFields.Read(review, "#cast-form");
        fields["__RequestVerificationToken"] = Token(review);

        // Same client, same cookies, same token, same ballot: all in flight together.
        var answers = await Task.WhenAll(Enumerable.Range(0, Submissions).Select(async _ =>
        {
            using var content = new FormUrlEncodedContent(fields);
            using var response = await member.Http.PostAsync(new Uri($"/Council/Cast/{sessionId}", UriKind.Relative), content);
            return (response.StatusCode, Location: response.Headers.Location?.OriginalString);
        }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(answers, a => a.Location == $"/Council/Thanks/{sessionId}");
        Assert.Equal(Submissions - 1, answers.Count(a => a.Location == "/Council"));
        Assert.Equal((1, 1, 0), await factory.BallotCountsAsync(sessionId));
        var ballot = Assert.Single(await factory.OpenSealedAsync(sessionId));
        Assert.Equal(VoteChoice.Agree, ballot.Choices[ids[0]]);
        Assert.Equal(VoteChoice.Disagree, ballot.Choices[ids[1]]);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityType == nameof(BallotReceipt))));

        var list = await member.GetPageAsync("/Council");
        Assert.Contains("Đã bỏ phiếu", list.QuerySelector($"tr[data-session='{sessionId}']")!.TextContent, StringComparison.Ordinal);
    }

    private static string Token(AngleSharp.Html.Dom.IHtmlDocument review)
    {
        var token = (review.QuerySelector("#cast-form input[name=__RequestVerificationToken]") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value;
        Assert.False(string.IsNullOrEmpty(token));
        return token;
    }
}
