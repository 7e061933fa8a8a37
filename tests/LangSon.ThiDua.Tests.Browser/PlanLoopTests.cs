using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>The whole loop of a unit plan, as its users go through it in the browser.</summary>
public sealed partial class PlanLoopTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly string Deadline = DateTime.Today.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_plan_goes_from_draft_through_return_and_acceptance_to_a_progress_report_with_evidence()
    {
        // The clerk drafts a plan with 3 targets in 2 content areas.
        var clerk = await portal.SignedInPageAsync("canbo.tamthanh");
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Kế hoạch của đơn vị", Exact = true }).ClickAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lập kế hoạch" }).ClickAsync();
        await BrowserPortal.ArrivedAtAsync(clerk, PlanDetails());
        var planUrl = new Uri(clerk.Url).PathAndQuery;

        await AddTargetAsync(clerk, 1, "Thu ngân sách trên địa bàn phường so với dự toán", "%", "40", "80");
        await AddTargetAsync(clerk, 4, "Tỷ lệ hồ sơ trực tuyến", "%", "30", "70");
        await AddTargetAsync(clerk, 4, "Số hóa toàn bộ hồ sơ một cửa năm 2025", null, null, null);
        await Assertions.Expect(clerk.Locator("tr[id^=target-]")).ToHaveCountAsync(3);

        // The head submits; Sở Nội vụ returns it with a comment.
        var head = await portal.SignedInPageAsync("truongdonvi.tamthanh");
        await SubmitAsync(head, planUrl);
        var noivu = await portal.SignedInPageAsync("noivu");
        await noivu.GotoAsync(planUrl);
        await noivu.GetByRole(AriaRole.Link, new() { Name = "Duyệt" }).ClickAsync();
        await noivu.GetByLabel("Ý kiến của Sở Nội vụ").FillAsync("Đề nghị ghi rõ chức vụ người chịu trách nhiệm.");
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync("Bị trả lại");

        // The clerk sees the comment and fixes a target; the head resubmits; Sở Nội vụ accepts.
        await clerk.GotoAsync(planUrl);
        await Assertions.Expect(clerk.Locator("main")).ToContainTextAsync("Đề nghị ghi rõ chức vụ người chịu trách nhiệm.");
        await clerk.Locator("tr[id^=target-]").First.GetByRole(AriaRole.Link, new() { Name = "Sửa" }).ClickAsync();
        await clerk.GetByLabel("Chức vụ").FillAsync("Phó Chủ tịch UBND phường");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await BrowserPortal.ArrivedAtAsync(clerk, PlanDetails());
        await SubmitAsync(head, planUrl);
        await noivu.GotoAsync(planUrl);
        await noivu.GetByRole(AriaRole.Link, new() { Name = "Duyệt" }).ClickAsync();
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Chấp thuận" }).ClickAsync();
        await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync("Đã chấp thuận");
        await BrowserPortal.ScreenshotAsync(noivu, "ke-hoach-da-chap-thuan");

        // The clerk reports progress with an evidence file, and the progress bar shows it.
        await clerk.GotoAsync(planUrl);
        await clerk.Locator("tr[id^=target-]").First.GetByRole(AriaRole.Link, new() { Name = "Tiến độ" }).ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Báo cáo tiến độ" }).ClickAsync();
        await clerk.GetByLabel("Ngày số liệu").FillAsync(DateTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await clerk.GetByLabel("Giá trị đạt được").FillAsync("60");
        await clerk.GetByLabel("Nội dung báo cáo").FillAsync("Đã thu đạt 60 % dự toán nhờ đẩy nhanh thu tiền sử dụng đất.");
        await clerk.GetByLabel("Tệp minh chứng").SetInputFilesAsync(new FilePayload
        {
            Name = "bao-cao-thu-ngan-sach.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
        });
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await Assertions.Expect(clerk.Locator("#target-percent")).ToHaveTextAsync("50%");
        await Assertions.Expect(clerk.GetByRole(AriaRole.Link, new() { Name = "bao-cao-thu-ngan-sach.pdf" })).ToBeVisibleAsync();

        await clerk.GotoAsync(planUrl);
        var bar = clerk.Locator("tr[id^=target-]").First.GetByRole(AriaRole.Progressbar);
        await Assertions.Expect(bar).ToHaveAttributeAsync("aria-valuenow", "50");
        await BrowserPortal.ScreenshotAsync(clerk, "ke-hoach-cua-don-vi");
        await Task.WhenAll(clerk.Context.CloseAsync(), head.Context.CloseAsync(), noivu.Context.CloseAsync());
    }

    private static async Task AddTargetAsync(IPage page, int area, string title, string? unit, string? baseline, string? goal)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Thêm mục tiêu vào nội dung {area}" }).ClickAsync();
        await page.GetByLabel("Mục tiêu, chỉ tiêu, nhiệm vụ").FillAsync(title);
        if (unit is null)
        {
            await page.GetByLabel("Loại chỉ tiêu").SelectOptionAsync(new SelectOptionValue { Label = "Nhiệm vụ (hoàn thành / chưa hoàn thành)" });
        }
        else
        {
            await page.GetByLabel("Đơn vị tính").FillAsync(unit);
            await page.GetByLabel("Giá trị ban đầu").FillAsync(baseline!);
            await page.GetByLabel("Giá trị mục tiêu cần đạt").FillAsync(goal!);
        }

        await page.Locator("#ResponsibleName").FillAsync("Nông Văn Quý");
        await page.GetByLabel("Thời hạn hoàn thành").FillAsync(Deadline);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await BrowserPortal.ArrivedAtAsync(page, PlanDetails());
    }

    private static async Task SubmitAsync(IPage head, string planUrl)
    {
        await head.GotoAsync(planUrl);
        await head.GetByRole(AriaRole.Link, new() { Name = "Trình kế hoạch" }).ClickAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Trình kế hoạch" }).ClickAsync();
        await Assertions.Expect(head.Locator("main")).ToContainTextAsync("Đã trình");
    }

    [GeneratedRegex(@"/Plans/Details/\d+")]
    private static partial Regex PlanDetails();
}
