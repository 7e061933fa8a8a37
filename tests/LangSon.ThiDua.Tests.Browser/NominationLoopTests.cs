using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// Issue 6 end to end with the demo accounts: a unit submits two nominations, Sở Nội vụ finds them eligible and opens
/// a council session, three members vote by secret ballot, Sở Nội vụ closes it, results and the unit's view agree,
/// and the decision on the one that passed reaches the unit.
/// Runs on the demo data, where Sở Nội vụ has reopened submission for Sở Y tế after the campaign's deadline.
/// </summary>
public sealed partial class NominationLoopTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string Passing = "Nguyễn Thị Thu Trang";
    private const string Failing = "Khoa Hồi sức tích cực – Chống độc";

    [Fact]
    public async Task Two_nominations_go_from_the_unit_through_review_and_a_secret_vote_to_their_results()
    {
        // The clerk drafts two dossiers and attaches their documents; the head submits them under a Tờ trình.
        var clerk = await portal.SignedInPageAsync("canbo.soyte");
        var passingId = await DraftAsync(clerk, "Cá nhân", Passing, "Trưởng khoa Nội tổng hợp");
        var failingId = await DraftAsync(clerk, "Tập thể", Failing, null);
        var head = await portal.SignedInPageAsync("truongdonvi.soyte");
        await head.GotoAsync("/Nominations/Submit");
        await head.Locator($"input[name=NominationIds][value='{passingId}']").CheckAsync();
        await head.Locator($"input[name=NominationIds][value='{failingId}']").CheckAsync();
        await head.GetByLabel("Số Tờ trình của đơn vị").FillAsync("415/TTr-SYT");
        await head.GetByLabel("Ngày Tờ trình").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await head.GetByRole(AriaRole.Button, new() { Name = "Trình các hồ sơ đã chọn" }).ClickAsync();
        await head.GotoAsync($"/Nominations/Details/{passingId}");
        await Assertions.Expect(head.Locator("#batch")).ToContainTextAsync("415/TTr-SYT");
        await BrowserPortal.ScreenshotAsync(head, "ho-so-de-nghi-khen-thuong");

        // Sở Nội vụ checks both dossiers and finds them eligible.
        var noivu = await portal.SignedInPageAsync("noivu");
        foreach (var id in new[] { passingId, failingId })
        {
            await noivu.GotoAsync($"/NominationReview/Review/{id}");
            await BrowserPortal.ScreenshotAsync(noivu, "tham-dinh-ho-so");
            await noivu.GetByRole(AriaRole.Button, new() { Name = "Đủ điều kiện" }).ClickAsync();
            await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync("Đủ điều kiện");
        }

        // Sở Nội vụ creates a session of three members, puts both on the agenda, records attendance and opens voting.
        await noivu.GotoAsync("/Council/Create");
        var members = noivu.Locator("input[type=checkbox][name$='.Selected']");
        for (var i = 0; i < await members.CountAsync(); i++)
        {
            await members.Nth(i).UncheckAsync();
        }

        foreach (var name in new[] { "Lương Văn Bình", "Vi Thị Hồng", "Hoàng Văn Sơn" })
        {
            await noivu.GetByLabel(name).CheckAsync();
        }

        await noivu.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await BrowserPortal.ArrivedAtAsync(noivu, SessionDetails());
        var sessionUrl = new Uri(noivu.Url).PathAndQuery;
        var sessionId = sessionUrl.Split('/')[^1];
        var attendance = noivu.Locator("#attendance-form input[type=checkbox]");
        for (var i = 0; i < await attendance.CountAsync(); i++)
        {
            await attendance.Nth(i).CheckAsync();
        }

        await noivu.GetByRole(AriaRole.Button, new() { Name = "Lưu điểm danh" }).ClickAsync();
        foreach (var name in new[] { Passing, Failing })
        {
            await noivu.Locator("#add-form").GetByLabel(name).CheckAsync();
        }

        await noivu.GetByRole(AriaRole.Button, new() { Name = "Đưa vào chương trình" }).ClickAsync();
        await noivu.GetByRole(AriaRole.Link, new() { Name = "Mở bỏ phiếu" }).ClickAsync();
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Mở bỏ phiếu" }).ClickAsync();
        await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync("Đang bỏ phiếu");
        await noivu.GotoAsync("/NominationReview?status=all");
        await BrowserPortal.ScreenshotAsync(noivu, "hang-doi-tham-dinh");

        // Three members vote: all agree on the first; agree, disagree, abstain on the second.
        await VoteAsync("hoidong1", sessionId, "Đồng ý", "Đồng ý");
        await VoteAsync("hoidong2", sessionId, "Đồng ý", "Không đồng ý");
        await VoteAsync("hoidong3", sessionId, "Đồng ý", "Không biểu quyết");

        // Sở Nội vụ closes the session; results: 3/3 agree passes, 1/3 fails (70 % of 3 present needs 3).
        await noivu.GotoAsync(sessionUrl);
        await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync("3/3");
        await noivu.GetByRole(AriaRole.Link, new() { Name = "Kết thúc phiếu" }).ClickAsync();
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Kết thúc phiếu" }).ClickAsync();
        await noivu.GotoAsync($"/Council/Results/{sessionId}");
        var passed = noivu.Locator($"tr[data-nomination='{passingId}']");
        var failed = noivu.Locator($"tr[data-nomination='{failingId}']");
        await Assertions.Expect(passed.Locator("[data-col=agree]")).ToHaveTextAsync("3");
        await Assertions.Expect(failed.Locator("[data-col=agree]")).ToHaveTextAsync("1");
        await Assertions.Expect(failed.Locator("[data-col=disagree]")).ToHaveTextAsync("1");
        await Assertions.Expect(failed.Locator("[data-col=abstain]")).ToHaveTextAsync("1");
        await Assertions.Expect(passed.Locator("[data-col=outcome]")).ToContainTextAsync("Thông qua");
        await Assertions.Expect(failed.Locator("[data-col=outcome]")).ToContainTextAsync("Không");
        await BrowserPortal.ScreenshotAsync(noivu, "ket-qua-bo-phieu");

        // The unit sees each outcome on its dossiers.
        await head.GotoAsync($"/Nominations/Details/{passingId}");
        await Assertions.Expect(head.Locator("main")).ToContainTextAsync("Được Hội đồng thông qua");

        // Sở Nội vụ records the Chairman's decision; the unit sees it and is notified.
        await noivu.GotoAsync("/AwardDecisions/Create?form=BANG-KHEN-CT-UBND");
        await noivu.GetByLabel("Số quyết định").FillAsync("2890/QĐ-UBND");
        await noivu.GetByLabel("Họ tên người ký").FillAsync("Hồ Tiến Thiệu");
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Ghi nhận quyết định" }).ClickAsync();
        await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync(Passing);
        await head.GotoAsync($"/Nominations/Details/{passingId}");
        await Assertions.Expect(head.Locator("main")).ToContainTextAsync("Đã có quyết định khen thưởng");
        await Assertions.Expect(head.Locator("main")).ToContainTextAsync("2890/QĐ-UBND");
        await head.GotoAsync("/Notifications");
        await Assertions.Expect(head.Locator("main")).ToContainTextAsync("quyết định");
        await head.GotoAsync($"/Nominations/Details/{failingId}");
        await Assertions.Expect(head.Locator("main")).ToContainTextAsync("Không được thông qua");
        await Task.WhenAll(clerk.Context.CloseAsync(), head.Context.CloseAsync(), noivu.Context.CloseAsync());
    }

    private async Task VoteAsync(string member, string sessionId, string first, string second)
    {
        var page = await portal.SignedInPageAsync(member);
        await page.GotoAsync($"/Council/Vote/{sessionId}");
        var lines = page.Locator("fieldset.ballot-line");
        await Assertions.Expect(lines).ToHaveCountAsync(2);
        await BrowserPortal.ScreenshotAsync(page, "phieu-bau");
        await lines.Filter(new() { HasText = Passing }).GetByLabel(first, new() { Exact = true }).CheckAsync();
        await lines.Filter(new() { HasText = Failing }).GetByLabel(second, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Xem lại phiếu" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("phiếu");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(second);
        await page.Context.CloseAsync();
    }

    private static async Task<string> DraftAsync(IPage clerk, string kind, string name, string? position)
    {
        await clerk.GotoAsync("/Nominations/Create");
        await clerk.GetByLabel("Đối tượng đề nghị").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await clerk.GetByLabel("Xếp loại, đánh giá nhiệm vụ năm 2025").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành xuất sắc nhiệm vụ" });
        await clerk.GetByLabel("Bằng khen của Chủ tịch UBND tỉnh").CheckAsync();
        await clerk.GetByLabel("Tên tập thể hoặc họ và tên cá nhân").FillAsync(name);
        if (position is not null)
        {
            await clerk.GetByLabel("Chức vụ (cá nhân)").FillAsync(position);
        }

        await clerk.GetByLabel("Tóm tắt thành tích").FillAsync("Hoàn thành xuất sắc nhiệm vụ năm 2025; dẫn đầu ngành y tế tỉnh về khám chữa bệnh bằng căn cước công dân gắn chip.");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lưu dự thảo" }).ClickAsync();
        await BrowserPortal.ArrivedAtAsync(clerk, NominationDetails());
        var id = new Uri(clerk.Url).AbsolutePath.Split('/')[^1];
        foreach (var document in new[] { "Báo cáo thành tích", "Biên bản họp xét của đơn vị" })
        {
            await clerk.GotoAsync($"/Nominations/Attach/{id}");
            await clerk.GetByLabel("Loại tài liệu").SelectOptionAsync(new SelectOptionValue { Label = document + " (bắt buộc)" });
            await clerk.GetByLabel("Tệp").SetInputFilesAsync(new FilePayload
            {
                Name = "ho-so.pdf",
                MimeType = "application/pdf",
                Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
            });
            await clerk.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
            await Assertions.Expect(clerk.Locator("main")).ToContainTextAsync($"({document})");
        }

        await Assertions.Expect(clerk.Locator("#submission-ready")).ToBeVisibleAsync();
        return id;
    }

    [GeneratedRegex(@"/Nominations/Details/\d+")]
    private static partial Regex NominationDetails();

    [GeneratedRegex(@"/Council/Details/\d+$")]
    private static partial Regex SessionDetails();
}
