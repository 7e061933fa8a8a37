using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>A file field speaks Vietnamese in a browser whose only language is English.</summary>
public sealed class FilePickerTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_file_field_says_Chon_tep_and_names_the_chosen_files_in_an_English_browser()
    {
        var page = await portal.SignedInPageAsync("mttq", locale: "en-US");
        await page.GotoAsync("/Feedback/Create");

        var picker = page.Locator(".file-picker");
        await Assertions.Expect(picker.GetByText("Chọn tệp", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(picker).ToContainTextAsync("Chưa chọn tệp nào");
        // The browser's own English button is not what the user sees.
        Assert.Equal(1, await picker.Locator("input[type=file]").EvaluateAsync<int>(
            "e => e.getBoundingClientRect().width"));

        await picker.Locator("input[type=file]").SetInputFilesAsync(
        [
            new FilePayload { Name = "bien-ban.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%%EOF"u8.ToArray() },
            new FilePayload { Name = "anh-hien-truong.jpg", MimeType = "image/jpeg", Buffer = [0xFF, 0xD8, 0xFF] },
        ]);

        await Assertions.Expect(picker).ToContainTextAsync("2 tệp: bien-ban.pdf, anh-hien-truong.jpg");
        await BrowserPortal.ScreenshotAsync(page, "chon-tep");
        await page.Context.CloseAsync();
    }
}
