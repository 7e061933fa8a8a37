using ClosedXML.Excel;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Web.Features.PlanImport;
using LangSon.ThiDua.Web.Features.Targets;
using static LangSon.ThiDua.UnitTests.Documents.PlanWorkbookTests;

namespace LangSon.ThiDua.UnitTests.Documents;

/// <summary>The rows of an uploaded template, checked by the target form's rules (issue 19, item 4).</summary>
public sealed class PlanImportCheckTests
{
    private const string Numeric = "Chỉ tiêu định lượng";

    private static readonly ContentAreaInfo[] Areas =
    [
        new(11, 1, "Phát triển kinh tế, tăng trưởng GRDP"),
        new(12, 2, "Giải ngân vốn đầu tư công"),
        new(13, 3, "Thu ngân sách"),
        new(14, 4, "Cải cách hành chính, chuyển đổi số"),
        new(15, 5, "Văn hóa, xã hội"),
    ];

    private static readonly ImportPlanHeader Plan = new()
    {
        Id = 7,
        UnitName = "Sở Y tế",
        CampaignTitle = "Phong trào thi đua",
        CampaignStart = new DateOnly(2025, 10, 1),
        CampaignEnd = new DateOnly(2026, 6, 30),
        Status = PlanStatus.Draft,
        Areas = Areas,
    };

    [Fact]
    public void A_filled_template_round_trips_into_targets()
    {
        var check = Check(sheet =>
        {
            Row(sheet, 2, "1. Phát triển kinh tế, tăng trưởng GRDP", "Tăng trưởng GRDP", "Chỉ tiêu định lượng", "%",
                "Càng cao càng tốt", "7,5", "1.234,5", "Nguyễn Văn An", "Giám đốc", null);
            sheet.Cell(2, 10).SetValue(new DateTime(2025, 12, 31));
            Row(sheet, 3, null, "Số hồ sơ trễ hạn", "Chỉ tiêu định lượng", "hồ sơ", "Càng thấp càng tốt", null, "1234",
                "Trần Thị Bình", null, "15/11/2025");
            sheet.Cell(3, 1).SetValue(4);
            Row(sheet, 5, "2", "Hoàn thành đề án cửa khẩu thông minh", "Nhiệm vụ", null, null, null, null,
                "Lê Văn Cường", "Phó Giám đốc", "30/06/2026");
        });

        Assert.Empty(check.Errors);
        Assert.True(check.IsValid);
        Assert.Equal([2, 3, 5], check.Preview.Select(r => r.RowNumber));
        var growth = check.Targets[0].ToTarget();
        Assert.Equal((11, "Tăng trưởng GRDP", MeasureKind.Numeric, "%"),
            (growth.ContentAreaId, growth.Title, growth.MeasureKind, growth.UnitOfMeasure));
        Assert.Equal((7.5m, 1234.5m, new DateOnly(2025, 12, 31)),
            (growth.Baseline, growth.TargetValue, growth.Deadline));
        Assert.Equal(("Nguyễn Văn An", "Giám đốc"), (growth.ResponsibleName, growth.ResponsiblePosition));
        var late = check.Targets[1].ToTarget();
        Assert.Equal((14, MeasureDirection.LowerIsBetter, (decimal?)null, 1234m),
            (late.ContentAreaId, late.Direction, late.Baseline, late.TargetValue!.Value));
        var milestone = check.Targets[2].ToTarget();
        Assert.Equal((12, MeasureKind.Milestone, (string?)null, (decimal?)null),
            (milestone.ContentAreaId, milestone.MeasureKind, milestone.UnitOfMeasure, milestone.TargetValue));
        Assert.Equal(new DateOnly(2026, 6, 30), milestone.Deadline);
    }

    [Fact]
    public void A_bad_row_is_reported_at_its_cell_and_no_target_of_the_file_is_kept()
    {
        var check = Check(sheet =>
        {
            Row(sheet, 2, "1", "Chỉ tiêu đúng", Numeric, "%", null, null, "100", "An", null, "31/12/2025");
            Row(sheet, 3, "1", "Thiếu giá trị mục tiêu", Numeric, "%", null, null, null, "An", null, "31/12/2025");
            Row(sheet, 4, "2", "Ngày không có thật", "Nhiệm vụ", null, null, null, null, "An", null, "31/02/2025");
            Row(sheet, 5, "9", "Nội dung không có", "Nhiệm vụ", null, null, null, null, "An", null, "31/12/2025");
        });

        Assert.False(check.IsValid);
        Assert.Equal(
            [
                "Ô G3 (Giá trị mục tiêu): Hãy nhập giá trị mục tiêu cần đạt.",
                "Ô J4 (Thời hạn): Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 04/12/2026. "
                    + "Ô đang ghi \"31/02/2025\".",
                "Ô A5 (Nội dung thi đua): Phong trào không có nội dung thi đua số 9; chỉ chọn từ 1–5.",
            ],
            check.Errors.Select(e => e.ToString()));
        Assert.Equal(4, check.Preview.Count);
        Assert.Empty(check.Targets);
    }

    [Fact]
    public void Missing_required_fields_and_over_long_texts_are_reported_per_cell()
    {
        var check = Check(sheet =>
        {
            Row(sheet, 2, null, null, null, null, null, null, null, null, "Trưởng phòng", null);
            Row(sheet, 3, "3", new string('x', 501), Numeric, new string('%', 51), "Càng nhiều", "abc", "10",
                new string('n', 201), null, "01/09/2025");
            Row(sheet, 4, "3", "Sau khi phong trào kết thúc", "Nhiệm vụ", null, null, null, null, "An", null,
                "01/07/2026");
        });

        Assert.Equal(
            ["2A", "2B", "2C", "2H", "2J", "3B", "3D", "3E", "3F", "3H", "3J", "4J"],
            check.Errors.Select(e => e.RowNumber + e.ColumnLetter));
        Assert.Contains(check.Errors, e => e.Message == "Tên mục tiêu tối đa 500 ký tự.");
        Assert.Contains(check.Errors, e =>
            e.Message == "Thời hạn không được trước ngày bắt đầu phong trào (01/10/2025).");
        Assert.Contains(check.Errors, e =>
            e.Message == "Thời hạn không được sau ngày kết thúc phong trào (30/06/2026).");
        Assert.Empty(check.Targets);
    }

    [Fact]
    public void Numbers_typed_as_numbers_percents_or_dates_in_date_cells_are_read()
    {
        var check = Check(sheet =>
        {
            Row(sheet, 2, null, "Tỷ lệ hồ sơ trực tuyến", Numeric, "%", null, null, null, "An", null, null);
            sheet.Cell(2, 1).SetValue(4);
            sheet.Cell(2, 6).SetValue(0.6);
            sheet.Cell(2, 6).Style.NumberFormat.Format = "0%";
            sheet.Cell(2, 7).SetValue(1500.25);
            sheet.Cell(2, 10).SetValue(46022);
        });

        var target = Assert.Single(check.Targets).ToTarget();

        Assert.Equal((60m, 1500.25m, new DateOnly(2025, 12, 31)),
            (target.Baseline, target.TargetValue, target.Deadline));
    }

    [Theory]
    [InlineData("G", "1,234.5", "Giá trị mục tiêu phải là một số viết theo kiểu Việt Nam, ví dụ 1.234,5 "
        + "(dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân). Ô đang ghi \"1,234.5\".")]
    [InlineData("F", "12.5", "Giá trị ban đầu phải là một số viết theo kiểu Việt Nam, ví dụ 1.234,5 "
        + "(dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân). Ô đang ghi \"12.5\".")]
    [InlineData("G", "1,23456", "Giá trị mục tiêu quá lớn hoặc có quá 4 chữ số thập phân.")]
    [InlineData("J", "31-12-2025",
        "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 04/12/2026. Ô đang ghi \"31-12-2025\".")]
    [InlineData("C", "Chỉ tiêu",
        "Loại \"Chỉ tiêu\" không hợp lệ; chỉ chọn \"Chỉ tiêu định lượng\" hoặc \"Nhiệm vụ\".")]
    [InlineData("E", "Càng cao",
        "Chiều đánh giá \"Càng cao\" không hợp lệ; chỉ chọn \"Càng cao càng tốt\" hoặc \"Càng thấp càng tốt\".")]
    public void A_cell_the_target_form_would_refuse_is_refused_and_named(string column, string text, string message)
    {
        var check = Check(sheet =>
        {
            Row(sheet, 7, "1", "Tăng trưởng GRDP", "Chỉ tiêu định lượng", "%", "Càng cao càng tốt", "6,5", "1.234,5",
                "Nguyễn Văn An", null, "31/12/2025");
            sheet.Cell($"{column}7").SetValue(text);
        });

        var error = Assert.Single(check.Errors);
        Assert.Equal((7, column, message), (error.RowNumber, error.ColumnLetter, error.Message));
        Assert.StartsWith($"Ô {column}7 (", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(check.Targets);
    }

    [Theory]
    [InlineData("Càng cao càng tốt", "80",
        "Chiều đánh giá là \"càng cao càng tốt\" nên giá trị mục tiêu không được thấp hơn giá trị ban đầu.")]
    [InlineData("Càng thấp càng tốt", "120",
        "Chiều đánh giá là \"càng thấp càng tốt\" nên giá trị mục tiêu không được cao hơn giá trị ban đầu.")]
    public void A_target_on_the_wrong_side_of_the_baseline_is_refused_at_the_target_cell(
        string direction, string target, string message)
    {
        var check = Check(sheet => Row(sheet, 4, "1", "Tỷ lệ hồ sơ", Numeric, "%", direction, "100", target,
            "Nguyễn Văn An", null, "31/12/2025"));

        Assert.Equal($"Ô G4 (Giá trị mục tiêu): {message}", Assert.Single(check.Errors).ToString());
        Assert.Empty(check.Targets);
    }

    private static ImportCheck Check(Action<IXLWorksheet> fill) =>
        ImportCheck.Of(new PlanWorkbook().Read(new MemoryStream(Filled(Areas, fill))), Plan, new TargetFormValidator());
}
