using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.NominationReview;

/// <summary>Sở Nội vụ's decisions on a dossier: each changes the status, the history and the audit log, and tells the unit.</summary>
public sealed class NominationReviewDecisionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] SoYTeUsers = ["canbo.soyte", "truongdonvi.soyte"];

    [Fact]
    public async Task NoiVu_takes_up_a_submitted_dossier_and_the_unit_is_told()
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Vy Thị Tiếp Nhận"));
        using var noivu = await factory.SignInAsync("noivu");

        var after = await DecideAsync(noivu, built.Id, "StartReview", "form.start-form", []);

        Assert.Equal("Đã tiếp nhận thẩm định hồ sơ \"Vy Thị Tiếp Nhận\".", after.FlashSuccess());
        Assert.Equal(NominationStatus.UnderReview, (await factory.StateAsync(built.Id)).Status);
        var last = await factory.LastTransitionAsync(built.Id);
        Assert.Equal(("noivu", "Hoàng Thị Thu Hà", (NominationStatus?)NominationStatus.Submitted, NominationStatus.UnderReview), (last.UserName, last.FullName, last.From, last.To));
        Assert.Equal(1, await factory.AuditedUpdatesAsync(built.Id, "noivu"));
        var notified = await factory.NotifiedAsync($"/Nominations/Details/{built.Id}");
        Assert.Equal(SoYTeUsers, notified.Select(n => n.UserName));
        Assert.All(notified, n => Assert.Equal("Hồ sơ \"Vy Thị Tiếp Nhận\" đang được thẩm định", n.Title));
        Assert.Null(after.QuerySelector("form.start-form"));
        Assert.NotNull(after.QuerySelector("form.eligible-form"));
    }

    [Fact]
    public async Task NoiVu_marks_a_dossier_eligible_with_a_comment()
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Vy Văn Đủ Điều Kiện") { State = NominationStatus.UnderReview });
        using var noivu = await factory.SignInAsync("noivu");
        const string comment = "Thành tích có số liệu kiểm chứng; đủ điều kiện trình Hội đồng.";

        var after = await DecideAsync(noivu, built.Id, "Eligible", "form.eligible-form", new() { ["Eligible.Comment"] = comment });

        Assert.Contains("đủ điều kiện; hồ sơ có thể đưa vào phiên họp Hội đồng", after.FlashSuccess(), StringComparison.Ordinal);
        var state = await factory.StateAsync(built.Id);
        Assert.Equal((NominationStatus.Eligible, comment, 4), (state.Status, state.ReviewComment, state.TransitionCount));
        var last = await factory.LastTransitionAsync(built.Id);
        Assert.Equal(("noivu", (NominationStatus?)NominationStatus.UnderReview, NominationStatus.Eligible, comment), (last.UserName, last.From, last.To, last.Comment));
        Assert.Equal(1, await factory.AuditedUpdatesAsync(built.Id, "noivu"));
        var notified = await factory.NotifiedAsync($"/Nominations/Details/{built.Id}");
        Assert.Equal(SoYTeUsers, notified.Select(n => n.UserName));
        Assert.All(notified, n => Assert.Contains(comment, n.Body, StringComparison.Ordinal));
        Assert.Contains(comment, after.QuerySelector(".review-comment")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoiVu_returns_a_dossier_with_a_comment_that_the_unit_reads_in_its_notification()
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("05986", "Vy Thị Bổ Sung"));
        using var noivu = await factory.SignInAsync("noivu");
        const string comment = "Đề nghị bổ sung biên bản họp xét có chữ ký của chủ trì và thư ký cuộc họp.";

        var after = await DecideAsync(noivu, built.Id, "Return", "form.return-form", new() { ["Return.Comment"] = comment });

        Assert.Contains("Đã trả lại hồ sơ \"Vy Thị Bổ Sung\"", after.FlashSuccess(), StringComparison.Ordinal);
        var state = await factory.StateAsync(built.Id);
        Assert.Equal((NominationStatus.Returned, comment), (state.Status, state.ReviewComment));
        var last = await factory.LastTransitionAsync(built.Id);
        Assert.Equal((NominationStatus.Returned, comment, "noivu"), (last.To, last.Comment, last.UserName));
        Assert.Equal(1, await factory.AuditedUpdatesAsync(built.Id, "noivu"));
        var notified = await factory.NotifiedAsync($"/Nominations/Details/{built.Id}");
        Assert.Equal(new[] { "canbo.tamthanh", "truongdonvi.tamthanh" }, notified.Select(n => n.UserName));
        Assert.All(notified, n => Assert.Equal($"Nội dung cần bổ sung, chỉnh sửa: {comment}", n.Body));
    }

    [Fact]
    public async Task A_return_without_a_comment_shows_the_Vietnamese_message_and_changes_nothing()
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Vy Văn Thiếu Ý Kiến") { State = NominationStatus.UnderReview });
        var before = await factory.StateAsync(built.Id);
        using var noivu = await factory.SignInAsync("noivu");
        var url = $"/NominationReview/Review/{built.Id}";
        var fields = FormFields.Read(await noivu.GetPageAsync(url), "form.return-form");
        fields["Return.Comment"] = "   ";

        var response = await noivu.PostFormAsync($"/NominationReview/Return/{built.Id}", fields, url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Hãy ghi rõ nội dung cần bổ sung, chỉnh sửa để đơn vị hoàn thiện hồ sơ.",
            page.QuerySelector("form.return-form .field-validation-error:not(:empty)")!.TextContent.Trim());
        Assert.DoesNotContain(page.QuerySelector("form.eligible-form")!.QuerySelectorAll(".field-validation-error"), e => e.TextContent.Trim().Length > 0);
        Assert.Equal(before, await factory.StateAsync(built.Id));
        Assert.Equal(0, await factory.AuditedUpdatesAsync(built.Id, "noivu"));
        Assert.Empty(await factory.NotifiedAsync($"/Nominations/Details/{built.Id}"));
    }

    [Fact]
    public async Task Ineligible_is_confirmed_on_its_own_page_and_needs_a_reason()
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Vy Thị Không Đạt") { State = NominationStatus.UnderReview });
        using var noivu = await factory.SignInAsync("noivu");
        var url = $"/NominationReview/Ineligible/{built.Id}";

        var review = await noivu.GetPageAsync($"/NominationReview/Review/{built.Id}");
        Assert.NotNull(review.QuerySelector($"a[href='{url}']"));
        var confirm = await noivu.GetPageAsync(url);
        Assert.Contains("Bạn có chắc muốn kết luận hồ sơ đề nghị Bằng khen của Chủ tịch UBND tỉnh của Vy Thị Không Đạt", confirm.MainText(), StringComparison.Ordinal);
        var fields = FormFields.Read(confirm);
        var refused = await noivu.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Hãy ghi rõ lý do hồ sơ không đủ điều kiện.", (await PortalClient.ParseAsync(refused)).ValidationMessages());
        Assert.Equal(NominationStatus.UnderReview, (await factory.StateAsync(built.Id)).Status);

        const string reason = "Thành tích chủ yếu thuộc năm 2023, không thuộc phạm vi phong trào.";
        fields["Reason"] = reason;
        var after = await noivu.FollowAsync(await noivu.PostFormAsync(url, fields));

        Assert.Contains("không đủ điều kiện và báo cho đơn vị", after.FlashSuccess(), StringComparison.Ordinal);
        var state = await factory.StateAsync(built.Id);
        Assert.Equal((NominationStatus.Ineligible, reason), (state.Status, state.ReviewComment));
        Assert.Equal((NominationStatus.Ineligible, reason), ((await factory.LastTransitionAsync(built.Id)).To, (await factory.LastTransitionAsync(built.Id)).Comment));
        Assert.Equal(1, await factory.AuditedUpdatesAsync(built.Id, "noivu"));
        var notified = await factory.NotifiedAsync($"/Nominations/Details/{built.Id}");
        Assert.Equal(SoYTeUsers, notified.Select(n => n.UserName));
        Assert.All(notified, n => Assert.Equal($"Lý do: {reason}", n.Body));
        Assert.Contains("không còn thao tác thẩm định", after.QuerySelector(".review-actions")!.TextContent, StringComparison.Ordinal);
        Assert.Null(after.QuerySelector(".review-actions form"));
    }

    [Fact]
    public async Task A_decision_made_on_a_stale_page_is_refused_with_a_Vietnamese_message()
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Vy Văn Cùng Lúc"));
        using var noivu = await factory.SignInAsync("noivu");
        var url = $"/NominationReview/Review/{built.Id}";
        var fields = FormFields.Read(await noivu.GetPageAsync(url), "form.eligible-form");
        var token = await noivu.AntiforgeryTokenAsync(url, $"/NominationReview/Eligible/{built.Id}");

        // Another reviewer takes the dossier up in the meantime.
        await factory.WithDbAsync(async db =>
        {
            var nomination = await db.Nominations.SingleAsync(n => n.Id == built.Id);
            nomination.StartReview(new Actor("noivu2", "Cán bộ khác"), DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        fields["__RequestVerificationToken"] = token;
        var response = await noivu.PostWithoutTokenAsync($"/NominationReview/Eligible/{built.Id}", fields);
        var after = await noivu.FollowAsync(response);

        Assert.StartsWith("Hồ sơ vừa được người khác xử lý hoặc thay đổi", after.FlashError(), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.UnderReview, (await factory.StateAsync(built.Id)).Status);
        Assert.Empty(await factory.NotifiedAsync($"/Nominations/Details/{built.Id}"));
    }

    [Fact]
    public async Task A_transition_the_status_does_not_allow_is_refused_by_the_domain_rule()
    {
        var built = await factory.CreateNominationAsync(new ReviewSpec("SYT", "Vy Thị Đã Xong") { State = NominationStatus.Eligible });
        using var noivu = await factory.SignInAsync("noivu");
        var version = built.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await noivu.PostAsSignedInUserAsync($"/NominationReview/StartReview/{built.Id}", new Dictionary<string, string> { ["Start.Version"] = version });
        var after = await noivu.FollowAsync(response);

        Assert.Equal("Không thể tiếp nhận thẩm định hồ sơ \"Vy Thị Đã Xong\" khi đang ở trạng thái \"Đủ điều kiện\".", after.FlashError());
        Assert.Equal(NominationStatus.Eligible, (await factory.StateAsync(built.Id)).Status);
        Assert.Empty(await factory.NotifiedAsync($"/Nominations/Details/{built.Id}"));
    }

    /// <summary>Reads the decision form as rendered on the dossier, fills it in, posts it and follows the redirect.</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> DecideAsync(
        PortalClient noivu, int id, string action, string formSelector, Dictionary<string, string> values)
    {
        var url = $"/NominationReview/Review/{id}";
        var fields = FormFields.Read(await noivu.GetPageAsync(url), formSelector);
        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        return await noivu.FollowAsync(await noivu.PostFormAsync($"/NominationReview/{action}/{id}", fields, url));
    }
}
