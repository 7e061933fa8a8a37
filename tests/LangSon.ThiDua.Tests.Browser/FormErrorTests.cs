using Microsoft.Playwright;

namespace LangSon.ThiDua.Tests.Browser;

/// <summary>A form the server refuses speaks: the summary takes the focus, and its links lead to the fields.</summary>
public sealed class FormErrorTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task An_empty_form_comes_back_with_the_focus_on_a_summary_whose_links_reach_the_invalid_fields()
    {
        var page = await portal.SignedInPageAsync("admin", locale: "en-US");
        await page.GotoAsync("/Campaigns/Create");
        // The server's refusal is what is tested, not the browser's own required-field check.
        await page.Locator("form:has(#StartDate)").EvaluateAsync("f => f.noValidate = true");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lưu" }).ClickAsync();

        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Hãy sửa các mục sau");
        var code = page.Locator("#Code");
        await Assertions.Expect(code).ToHaveAttributeAsync("aria-invalid", "true");
        var message = await code.GetAttributeAsync("aria-describedby");
        await Assertions.Expect(page.Locator($"#{message!.Split(' ')[^1]}")).Not.ToBeEmptyAsync();

        await summary.Locator("a[href='#Code']").ClickAsync();
        await Assertions.Expect(code).ToBeFocusedAsync();
        await BrowserPortal.ScreenshotAsync(page, "bieu-mau-bao-loi");
        await page.Context.CloseAsync();
    }
}
