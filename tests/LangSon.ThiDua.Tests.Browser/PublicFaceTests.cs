using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>
/// Issue 10 as a newcomer tries it on the demo data: the Mặt trận's account proposes an exemplary model and sends a
/// feedback, Sở Nội vụ publishes the model and answers, an anonymous visitor finds the model on the public pages, and
/// the year-end summary downloads as PDF and Excel.
/// </summary>
public sealed partial class PublicFaceTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string ModelName = "Hoàng Thị Mai Lan";
    private const string Answer = "Sở Nội vụ sẽ ban hành mẫu báo cáo thành tích rút gọn cho cấp thôn trong tháng 12.";

    [Fact]
    public async Task An_observer_proposes_and_asks_Noi_Vu_publishes_and_answers_and_a_visitor_finds_the_model()
    {
        var mttq = await portal.SignedInPageAsync("mttq");
        await mttq.GotoAsync("/ExemplaryModels/Create");
        await mttq.GetByLabel("Cá nhân hay tập thể").SelectOptionAsync(new SelectOptionValue { Label = "Cá nhân" });
        await mttq.GetByLabel("Họ và tên cá nhân hoặc tên tập thể").FillAsync(ModelName);
        await mttq.GetByLabel("Nội dung thi đua").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await mttq.GetByLabel("Nơi công tác, sinh sống").FillAsync("Thôn Nà Lừa, xã Hoàng Văn Thụ");
        await mttq.GetByLabel("Tiêu đề câu chuyện").FillAsync("Người phụ nữ Tày đưa cây hồi ra khỏi thôn bản");
        await mttq.GetByLabel("Câu chuyện, thành tích").FillAsync(
            "Chị Lan vận động 32 hộ trong thôn liên kết trồng và sơ chế hồi theo tiêu chuẩn, lập tổ hợp tác, đưa thu nhập " +
            "bình quân của các hộ tham gia tăng gần gấp đôi sau hai năm và giúp 5 hộ thoát nghèo bền vững.");
        await mttq.GetByRole(AriaRole.Button, new() { Name = "Gửi đề xuất" }).ClickAsync();
        await mttq.WaitForURLAsync(DetailsUrl());
        var modelId = IdOf(mttq.Url);

        await mttq.GotoAsync("/Feedback/Create");
        await mttq.GetByLabel("Lĩnh vực").SelectOptionAsync(new SelectOptionValue { Label = "Thủ tục, hồ sơ khen thưởng" });
        await mttq.GetByLabel("Tiêu đề").FillAsync("Mẫu báo cáo thành tích cho cá nhân ở thôn, bản");
        await mttq.GetByLabel("Nội dung phản ánh").FillAsync("Nhiều trưởng thôn chưa biết viết báo cáo thành tích theo mẫu hiện hành; đề nghị có mẫu rút gọn.");
        await mttq.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh" }).ClickAsync();
        await mttq.WaitForURLAsync(DetailsUrl());
        var feedbackId = IdOf(mttq.Url);
        await BrowserPortal.ScreenshotAsync(mttq, "phan-anh");

        // Sở Nội vụ publishes the model and answers the feedback.
        var noivu = await portal.SignedInPageAsync("noivu");
        await noivu.GotoAsync($"/ExemplaryModels/Publish/{modelId}");
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Công bố" }).ClickAsync();
        await Assertions.Expect(noivu.Locator("main")).ToContainTextAsync("Đã công bố");
        await noivu.GotoAsync($"/Feedback/Details/{feedbackId}");
        await noivu.GetByLabel("Nội dung trả lời").FillAsync(Answer);
        await noivu.GetByRole(AriaRole.Button, new() { Name = "Gửi trả lời" }).ClickAsync();
        await mttq.GotoAsync($"/Feedback/Details/{feedbackId}");
        await Assertions.Expect(mttq.Locator("main")).ToContainTextAsync(Answer);

        // A visitor who never signs in finds the model by typing without diacritics.
        var visitor = await portal.Browser.NewPageAsync(new() { BaseURL = portal.BaseUrl, Locale = "vi-VN" });
        await visitor.GotoAsync("/PublicModels?q=hoang+thi+mai+lan");
        await visitor.GetByRole(AriaRole.Link, new() { Name = ModelName }).ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync(ModelName);
        await Assertions.Expect(visitor.Locator("main")).Not.ToContainTextAsync("Đàm Văn Lợi"); // the proposer stays private
        await BrowserPortal.ScreenshotAsync(visitor, "guong-dien-hinh-cong-khai");
        var scriptErrors = new List<string>();
        visitor.Console += (_, message) => { if (message.Type == "error") scriptErrors.Add(message.Text); };
        await visitor.GotoAsync("/PublicResults");
        await Assertions.Expect(visitor.Locator("h1")).ToContainTextAsync("Kết quả phong trào");
        await Assertions.Expect(visitor.Locator("[data-chart] canvas").First).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(visitor, "ket-qua-cong-khai");

        // The year-end summary downloads in both formats.
        noivu.Console += (_, message) => { if (message.Type == "error") scriptErrors.Add(message.Text); };
        await noivu.GotoAsync("/SummaryReport");
        await Assertions.Expect(noivu.Locator("[data-chart] canvas").First).ToBeVisibleAsync();
        Assert.Empty(scriptErrors);
        await BrowserPortal.ScreenshotAsync(noivu, "bao-cao-tong-ket");
        var pdf = await noivu.Context.APIRequest.GetAsync(portal.BaseUrl + "/SummaryReport/Export.pdf");
        var xlsx = await noivu.Context.APIRequest.GetAsync(portal.BaseUrl + "/SummaryReport/Export.xlsx");
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);
        Assert.Equal(200, xlsx.Status);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.BodyAsync())[..2]);

        await mttq.Context.CloseAsync();
        await noivu.Context.CloseAsync();
        await visitor.CloseAsync();
    }

    private static Regex DetailsUrl() => DetailsPattern();

    private static int IdOf(string url) => int.Parse(DetailsPattern().Match(url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Details/(\d+)")]
    private static partial Regex DetailsPattern();
}
