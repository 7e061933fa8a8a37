using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.ExemplaryModels;

/// <summary>Gương điển hình: proposed by observers and units, reviewed by Sở Nội vụ, published on the public pages.</summary>
public sealed class ExemplaryModelsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Observer_proposes_with_a_photo_which_waits_unpublished_until_NoiVu_publishes_it_for_everyone_to_find_without_diacritics()
    {
        var areas = await factory.AreasAsync();
        using var mttq = await factory.SignInAsync("mttq");
        var id = await mttq.ProposeAsync(ExemplaryPosts.Fields(areas[4], name: "Nguyễn Văn Khởi Sắc", title: "Đưa dịch vụ công trực tuyến về bản"), ExemplaryPosts.Png);

        var mine = await mttq.GetPageAsync("/ExemplaryModels");
        var row = mine.QuerySelector($"tr[data-id='{Id(id)}']");
        Assert.NotNull(row);
        Assert.Contains("Nguyễn Văn Khởi Sắc", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Chờ duyệt", row.QuerySelector("[data-status]")!.TextContent.Trim());

        using var anonymous = factory.CreatePortalClient();
        Assert.Null((await anonymous.GetPageAsync("/PublicModels?q=khoi sac")).QuerySelector($"article[data-id='{Id(id)}']"));
        using (var hidden = await anonymous.GetAsync($"/PublicModels/Details/{id}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using var noivu = await factory.SignInAsync("noivu");
        var queue = await noivu.GetPageAsync("/ExemplaryModels/Review?q=khoi sac");
        Assert.NotNull(queue.QuerySelector($"tr[data-id='{Id(id)}']"));
        using (var publish = await noivu.PostFormAsync($"/ExemplaryModels/Publish/{id}", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        Assert.Equal(ExemplaryStatus.Published, await factory.WithDbAsync(db => db.ExemplaryModels.Where(m => m.Id == id).Select(m => m.Status).SingleAsync()));
        var found = await anonymous.GetPageAsync("/PublicModels?q=NGUYEN van khoi");
        var card = found.QuerySelector($"article[data-id='{Id(id)}']");
        Assert.NotNull(card);
        Assert.Contains("Nguyễn Văn Khởi Sắc", card.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await anonymous.GetPageAsync($"/PublicModels?area={areas[4]}")).QuerySelector($"article[data-id='{Id(id)}']"));
        Assert.Null((await anonymous.GetPageAsync($"/PublicModels?area={areas[2]}")).QuerySelector($"article[data-id='{Id(id)}']"));

        var details = await anonymous.GetPageAsync($"/PublicModels/Details/{id}");
        string Meta(string property) => details.QuerySelector($"meta[property='{property}']")?.GetAttribute("content") ?? "";
        Assert.Equal("article", Meta("og:type"));
        Assert.Contains("Nguyễn Văn Khởi Sắc", Meta("og:title"), StringComparison.Ordinal);
        Assert.StartsWith("Anh đã vận động 45 hộ dân", Meta("og:description"), StringComparison.Ordinal);
        Assert.True(Meta("og:description").Length <= 201);
        Assert.Equal($"http://localhost/PublicModels/Details/{id}", Meta("og:url"));
        Assert.Equal($"http://localhost/PublicModels/Photo/{id}", Meta("og:image"));
        Assert.Equal($"http://localhost/PublicModels/Details/{id}", details.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.NotNull(details.QuerySelector("[data-print]"));
        Assert.DoesNotContain("Đàm Văn Lợi", details.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("mttq", details.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Đàm Văn Lợi", found.DocumentElement.OuterHtml, StringComparison.Ordinal);

        using var photo = await anonymous.GetAsync($"/PublicModels/Photo/{id}");
        Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
        Assert.Equal("image/png", photo.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", photo.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(ExemplaryPosts.Png, await photo.Content.ReadAsByteArrayAsync());

        var notified = await factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ExemplaryModel && n.UserId == db.Users.Single(u => u.UserName == "mttq").Id)
            .Select(n => n.Title).ToListAsync());
        Assert.Contains(notified, t => t.Contains("Nguyễn Văn Khởi Sắc", StringComparison.Ordinal) && t.Contains("đã được công bố", StringComparison.Ordinal));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ExemplaryModel) && a.EntityId == Id(id))
            .Select(a => new { a.Action, a.UserName }).ToListAsync());
        Assert.Contains(audit, a => a.Action == AuditActions.Insert && a.UserName == "mttq");
        Assert.Contains(audit, a => a.Action == AuditActions.Update && a.UserName == "noivu");
    }

    [Fact]
    public async Task Waiting_rejected_and_taken_down_models_are_not_found_publicly_nor_their_photos()
    {
        var areas = await factory.AreasAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var waiting = await clerk.ProposeAsync(ExemplaryPosts.Fields(areas[2], name: "Lương Thị Chờ Duyệt"), ExemplaryPosts.Png);
        var rejected = await clerk.ProposeAsync(ExemplaryPosts.Fields(areas[2], name: "Hà Văn Không Đăng"), ExemplaryPosts.Png);
        var takenDown = await clerk.ProposeAsync(ExemplaryPosts.Fields(areas[2], name: "Mã Thị Gỡ Xuống"), ExemplaryPosts.Png);

        using var noivu = await factory.SignInAsync("noivu");
        using (var refused = await noivu.PostFormAsync($"/ExemplaryModels/Reject/{rejected}", new Dictionary<string, string> { ["Reason"] = "" }))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Hãy ghi rõ lý do để người đề xuất biết.", (await PortalClient.ParseAsync(refused)).ValidationMessages());
        }

        using (var reject = await noivu.PostFormAsync($"/ExemplaryModels/Reject/{rejected}", new Dictionary<string, string> { ["Reason"] = "Câu chuyện chưa có số liệu kiểm chứng." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);
        }

        using (var publish = await noivu.PostFormAsync($"/ExemplaryModels/Publish/{takenDown}", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        }

        using var anonymous = factory.CreatePortalClient();
        using (var shown = await anonymous.GetAsync($"/PublicModels/Photo/{takenDown}"))
        {
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }

        using (var down = await noivu.PostFormAsync($"/ExemplaryModels/Reject/{takenDown}", new Dictionary<string, string> { ["Reason"] = "Gia đình đề nghị không đăng ảnh." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, down.StatusCode);
        }

        foreach (var id in new[] { waiting, rejected, takenDown, 999999 })
        {
            foreach (var url in new[] { $"/PublicModels/Details/{id}", $"/PublicModels/Photo/{id}" })
            {
                using var response = await anonymous.GetAsync(url);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
            }
        }

        var list = (await anonymous.GetPageAsync("/PublicModels")).DocumentElement.TextContent;
        Assert.DoesNotContain("Chờ Duyệt", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Không Đăng", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Gỡ Xuống", list, StringComparison.Ordinal);

        var page = await clerk.GetPageAsync($"/ExemplaryModels/Details/{rejected}");
        Assert.Contains("Câu chuyện chưa có số liệu kiểm chứng.", page.QuerySelector("#review-note")!.TextContent, StringComparison.Ordinal);
        var bodies = await factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ExemplaryModel && n.UserId == db.Users.Single(u => u.UserName == "canbo.soyte").Id)
            .Select(n => n.Title + " " + n.Body).ToListAsync());
        Assert.Contains(bodies, b => b.Contains("Hà Văn Không Đăng", StringComparison.Ordinal) && b.Contains("chưa có số liệu kiểm chứng", StringComparison.Ordinal));
        Assert.Contains(bodies, b => b.Contains("Mã Thị Gỡ Xuống", StringComparison.Ordinal) && b.Contains("gỡ khỏi trang công khai", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pdf_named_jpg_or_a_pdf_photo_is_refused_in_Vietnamese_and_nothing_is_saved()
    {
        var areas = await factory.AreasAsync();
        using var mttq = await factory.SignInAsync("mttq");
        var before = await factory.WithDbAsync(db => db.ExemplaryModels.CountAsync());
        using (var disguised = await mttq.PostModelAsync("/ExemplaryModels/Create", ExemplaryPosts.Fields(areas[1], name: "Tệp Giả Ảnh"), "chan-dung.jpg", ExemplaryPosts.Pdf))
        {
            Assert.Equal(HttpStatusCode.OK, disguised.StatusCode);
            Assert.Contains("Tệp \"chan-dung.jpg\" không phải là tệp ảnh JPEG hợp lệ.", (await PortalClient.ParseAsync(disguised)).ValidationMessages());
        }

        using (var pdf = await mttq.PostModelAsync("/ExemplaryModels/Create", ExemplaryPosts.Fields(areas[1], name: "Tệp Giả Ảnh"), "chan-dung.pdf", ExemplaryPosts.Pdf))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            var document = await PortalClient.ParseAsync(pdf);
            Assert.Contains(document.ValidationMessages(), m => m.Contains("chỉ nhận ảnh PNG, JPG, WEBP", StringComparison.Ordinal));
            Assert.Equal("Tệp Giả Ảnh", document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Name")?.Value);
        }

        Assert.Equal(before, await factory.WithDbAsync(db => db.ExemplaryModels.CountAsync()));
    }

    [Fact]
    public async Task An_empty_or_too_short_proposal_is_refused_with_Vietnamese_messages_and_nothing_is_saved()
    {
        var areas = await factory.AreasAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var form = await clerk.GetPageAsync("/ExemplaryModels/Create");
        var ownUnit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "SYT").Select(u => u.Id).SingleAsync());
        Assert.Equal(Id(ownUnit), form.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#UnitId")?.Value);
        Assert.Equal(5, form.QuerySelectorAll("#ContentAreaId option[value]:not([value=''])").Length);

        var before = await factory.WithDbAsync(db => db.ExemplaryModels.CountAsync());
        var empty = new Dictionary<string, string> { ["Kind"] = "", ["Name"] = "", ["UnitId"] = "", ["Place"] = "", ["ContentAreaId"] = "", ["Title"] = "", ["Story"] = "", ["Version"] = "0" };
        using (var response = await clerk.PostModelAsync("/ExemplaryModels/Create", empty))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var messages = (await PortalClient.ParseAsync(response)).ValidationMessages();
            Assert.Contains("Hãy chọn gương điển hình là cá nhân hay tập thể.", messages);
            Assert.Contains("Hãy nhập họ và tên cá nhân hoặc tên tập thể.", messages);
            Assert.Contains("Hãy chọn cơ quan, đơn vị hoặc ghi nơi công tác, sinh sống (thôn, xã, hợp tác xã…).", messages);
            Assert.Contains("Hãy chọn nội dung thi đua.", messages);
            Assert.Contains("Hãy nhập tiêu đề câu chuyện.", messages);
            Assert.Contains("Hãy kể câu chuyện về gương điển hình: đã làm gì, kết quả ra sao.", messages);
        }

        using (var response = await clerk.PostModelAsync("/ExemplaryModels/Create", ExemplaryPosts.Fields(areas[2], story: "Làm việc rất tốt.")))
        {
            var document = await PortalClient.ParseAsync(response);
            Assert.Contains("Câu chuyện cần ít nhất 100 ký tự (hiện có 17); hãy kể cụ thể việc làm và kết quả.",
                document.QuerySelector("#group-story .field-validation-error")?.TextContent.Trim());
        }

        using (var response = await clerk.PostModelAsync("/ExemplaryModels/Create", ExemplaryPosts.Fields(999999, unitId: 999999)))
        {
            var messages = (await PortalClient.ParseAsync(response)).ValidationMessages();
            Assert.Contains("Nội dung thi đua đã chọn không thuộc phong trào; hãy chọn lại.", messages);
            Assert.Contains("Cơ quan, đơn vị đã chọn không tồn tại hoặc đã ngừng hoạt động; hãy chọn lại.", messages);
        }

        Assert.Equal(before, await factory.WithDbAsync(db => db.ExemplaryModels.CountAsync()));
    }

    [Fact]
    public async Task A_proposer_edits_a_waiting_proposal_which_shows_in_the_list_and_a_stale_edit_is_refused()
    {
        var areas = await factory.AreasAsync();
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var id = await clerk.ProposeAsync(ExemplaryPosts.Fields(areas[2], name: "Đặng Thị Cũ"));
        var fields = FormFields.Read(await clerk.GetPageAsync($"/ExemplaryModels/Edit/{id}"));
        fields["Name"] = "Đặng Thị Mới";
        using (var saved = await clerk.PostModelAsync($"/ExemplaryModels/Edit/{id}", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains("Đặng Thị Mới", (await clerk.GetPageAsync("/ExemplaryModels")).QuerySelector($"tr[data-id='{Id(id)}']")!.TextContent, StringComparison.Ordinal);

        // The head of the unit may fix a colleague's proposal; the old version is refused with a Vietnamese message.
        fields["Name"] = "Đặng Thị Cũ Hơn";
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        using (var stale = await head.PostModelAsync($"/ExemplaryModels/Edit/{id}", fields))
        {
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Contains((await PortalClient.ParseAsync(stale)).ValidationMessages(), m => m.StartsWith("Đề xuất này vừa được người khác sửa", StringComparison.Ordinal));
        }

        Assert.Equal("Đặng Thị Mới", await factory.WithDbAsync(db => db.ExemplaryModels.Where(m => m.Id == id).Select(m => m.Name).SingleAsync()));
    }

    [Fact]
    public async Task Users_cannot_read_or_change_another_proposers_model_nor_reach_the_review()
    {
        var areas = await factory.AreasAsync();
        using var mttq = await factory.SignInAsync("mttq");
        var observers = await mttq.ProposeAsync(ExemplaryPosts.Fields(areas[3], name: "Lò Văn Riêng"), ExemplaryPosts.Png);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        var units = await clerk.ProposeAsync(ExemplaryPosts.Fields(areas[2], name: "Hứa Thị Sở Y"));

        using var tamThanh = await factory.SignInAsync("canbo.tamthanh");
        foreach (var (client, id) in new[] { (clerk, observers), (tamThanh, units), (mttq, units) })
        {
            foreach (var url in new[] { $"/ExemplaryModels/Details/{id}", $"/ExemplaryModels/Edit/{id}", $"/ExemplaryModels/Photo/{id}" })
            {
                using var get = await client.GetAsync(url);
                Assert.True(get.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{url} answered {(int)get.StatusCode}");
            }

            using var post = await client.PostAsSignedInUserAsync($"/ExemplaryModels/Edit/{id}", ExemplaryPosts.Fields(areas[1], name: "Bị Sửa Trộm"));
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        Assert.DoesNotContain("Lò Văn Riêng", (await clerk.GetPageAsync("/ExemplaryModels")).DocumentElement.TextContent, StringComparison.Ordinal);
        foreach (var url in new[] { "/ExemplaryModels/Review", $"/ExemplaryModels/ReviewDetails/{units}", $"/ExemplaryModels/Publish/{units}", $"/ExemplaryModels/Reject/{units}" })
        {
            using var get = await clerk.GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        }

        using (var publish = await clerk.PostAsSignedInUserAsync($"/ExemplaryModels/Publish/{units}", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        }

        using var admin = await factory.SignInAsync("admin");
        using (var adminList = await admin.GetAsync("/ExemplaryModels"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, adminList.StatusCode);
        }

        Assert.Equal(ExemplaryStatus.Proposed, await factory.WithDbAsync(db => db.ExemplaryModels.Where(m => m.Id == units).Select(m => m.Status).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ExemplaryModels.CountAsync(m => m.Name == "Bị Sửa Trộm")));
    }
}
