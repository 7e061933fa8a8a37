using System.Net;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.PlanImport;

/// <summary>
/// The Excel import refuses what the target form refuses (issue 19, item 4): the cell is named, the file is not
/// offered for confirmation and nothing is saved, not even the good rows.
/// </summary>
public sealed class ImportFollowsTheFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NotVietnamese = "Giá trị mục tiêu phải là một số viết theo kiểu Việt Nam, ví dụ 1.234,5 "
        + "(dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân). Ô đang ghi \"1,234.5\".";

    private const string NotADate = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 04/12/2026. "
        + "Ô đang ghi \"31-12-2026\".";

    private const string UnknownKind =
        "Loại \"Chỉ tiêu\" không hợp lệ; chỉ chọn \"Chỉ tiêu định lượng\" hoặc \"Nhiệm vụ\".";

    private const string BelowBaseline =
        "Chiều đánh giá là \"càng cao càng tốt\" nên giá trị mục tiêu không được thấp hơn giá trị ban đầu.";

    private static readonly string?[] Good =
        ["1", "Tăng trưởng GRDP của ngành y tế", "Chỉ tiêu định lượng", "%", "Càng cao càng tốt", "6,5", "1.234,5",
         "Nguyễn Văn An", "Giám đốc", "31/12/2025"];

    [Theory]
    [InlineData(6, "1,234.5", "G (Giá trị mục tiêu)", NotVietnamese)]
    [InlineData(9, "31-12-2026", "J (Thời hạn)", NotADate)]
    [InlineData(2, "Chỉ tiêu", "C (Loại)", UnknownKind)]
    [InlineData(6, "5", "G (Giá trị mục tiêu)", BelowBaseline)]
    public async Task A_row_the_target_form_would_refuse_is_refused_at_its_cell_and_nothing_is_saved(
        int column, string typed, string cell, string message)
    {
        var planId = await ImportPlanBuilder.DraftPlanAsync(factory);
        using var clerk = await factory.SignInAsync("canbo.soyte");
        string?[] bad = [.. Good];
        bad[column] = typed;
        var file = ImportPlanBuilder.Fill(await clerk.TemplateAsync(planId), Good, bad);

        using var uploaded = await clerk.UploadAsync(planId, "muc-tieu.xlsx", file);

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var preview = await PortalClient.ParseAsync(uploaded);
        var letter = cell[..1];
        Assert.Equal([$"Ô {letter}3{cell[1..]}: {message}"],
            preview.QuerySelectorAll("#import-errors li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["3" + letter], preview.QuerySelectorAll("td.cell-error")
            .Select(td => td.ParentElement!.GetAttribute("data-row") + td.GetAttribute("data-column")));
        Assert.DoesNotContain(preview.Forms,
            f => (f.GetAttribute("action") ?? "").StartsWith("/PlanImport/Confirm", StringComparison.Ordinal));
        Assert.Empty(await ImportPlanBuilder.TargetsAsync(factory, planId));
    }
}
