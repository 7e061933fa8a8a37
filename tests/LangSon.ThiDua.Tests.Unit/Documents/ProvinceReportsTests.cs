using ClosedXML.Excel;
using LangSon.ThiDua.Documents;
using LangSon.ThiDua.Domain;

namespace LangSon.ThiDua.UnitTests.Documents;

public sealed class ProvinceReportsTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    private readonly ProvinceReports reports = new();

    [Fact]
    public void The_progress_summary_counts_each_units_targets_by_state_with_the_average_percent()
    {
        using var book = Open(reports.Progress(Snapshot()));

        Assert.Equal(["Tổng hợp", "ND1", "ND2"], book.Worksheets.Select(s => s.Name));
        var sheet = book.Worksheet("Tổng hợp");
        Assert.Equal("TIẾN ĐỘ THỰC HIỆN PHONG TRÀO THI ĐUA – số liệu đến ngày 25/11/2026", sheet.Cell(1, 1).GetString());
        Assert.Equal("Phong trào thi đua chào mừng Đại hội XIV", sheet.Cell(2, 1).GetString());
        Assert.Equal(
            ["STT", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối, cụm thi đua", "Trạng thái kế hoạch", "Số mục tiêu", "Đã đạt",
                "Đúng tiến độ", "Có nguy cơ chậm", "Quá hạn", "Không đạt", "Chưa triển khai", "Tiến độ bình quân (%)"],
            Enumerable.Range(1, 14).Select(c => sheet.Cell(3, c).GetString()));
        AssertHeaderLayout(sheet, "A3:N6");

        // Units in the snapshot's order; Sở Y tế: achieved (100), overdue (40), milestone not done yet at risk (0), no report (0).
        Assert.Equal(["SYT", "05986", "SGDDT"], new[] { 4, 5, 6 }.Select(r => sheet.Cell(r, 2).GetString()));
        Assert.Equal(("Sở Y tế", "Sở, ban, ngành tỉnh", "Khối các cơ quan văn hóa – xã hội", "Đã chấp thuận"),
            (sheet.Cell(4, 3).GetString(), sheet.Cell(4, 4).GetString(), sheet.Cell(4, 5).GetString(), sheet.Cell(4, 6).GetString()));
        Assert.Equal([4d, 1, 0, 1, 1, 0, 1], Enumerable.Range(7, 7).Select(c => sheet.Cell(4, c).GetDouble()));
        Assert.Equal(35d, sheet.Cell(4, 14).GetDouble());
        Assert.Equal("[$-42A]0.0", sheet.Cell(4, 14).Style.NumberFormat.Format);
        // Tam Thanh has no plan: "Chưa lập", no targets, no average.
        Assert.Equal("Chưa lập", sheet.Cell(5, 6).GetString());
        Assert.Equal(0d, sheet.Cell(5, 7).GetDouble());
        Assert.True(sheet.Cell(5, 14).IsEmpty());
        Assert.Equal("Chưa xếp khối, cụm", sheet.Cell(6, 5).GetString());
        Assert.Equal([1d, 0, 0, 1, 0, 0, 0], Enumerable.Range(7, 7).Select(c => sheet.Cell(6, c).GetDouble()));

        // The total row sits below the filtered range: 5 targets, (100 + 40 + 0 + 0 + 30) / 5 = 34 %.
        Assert.StartsWith("Tổng cộng (3 đơn vị)", sheet.Cell(7, 3).GetString(), StringComparison.Ordinal);
        Assert.Equal([5d, 1, 0, 2, 1, 0, 1], Enumerable.Range(7, 7).Select(c => sheet.Cell(7, c).GetDouble()));
        Assert.Equal(34d, sheet.Cell(7, 14).GetDouble());
        Assert.True(sheet.Cell(7, 3).Style.Font.Bold);
    }

    [Fact]
    public void Each_content_area_sheet_lists_its_targets_with_latest_result_and_state()
    {
        using var book = Open(reports.Progress(Snapshot()));

        var area = book.Worksheet("ND1");
        Assert.Equal("NỘI DUNG 1. PHÁT TRIỂN KINH TẾ", area.Cell(1, 1).GetString());
        Assert.Contains("số liệu đến ngày 25/11/2026", area.Cell(2, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["STT", "Mã đơn vị", "Đơn vị", "Mục tiêu, chỉ tiêu, nhiệm vụ", "Đơn vị tính", "Giá trị ban đầu", "Giá trị mục tiêu",
                "Thời hạn", "Kết quả mới nhất", "Ngày số liệu", "Tỷ lệ đạt (%)", "Tình trạng", "Người chịu trách nhiệm"],
            Enumerable.Range(1, 13).Select(c => area.Cell(3, c).GetString()));
        AssertHeaderLayout(area, "A3:M6");

        // Row 4: the achieved target with a decimal baseline; row 5: overdue; row 6: SGDDT's at-risk target.
        Assert.Equal(("SYT", "Sở Y tế", "Giải ngân vốn đầu tư công", "%"),
            (area.Cell(4, 2).GetString(), area.Cell(4, 3).GetString(), area.Cell(4, 4).GetString(), area.Cell(4, 5).GetString()));
        Assert.Equal(12.5, area.Cell(4, 6).GetDouble());
        Assert.Equal("[$-42A]#,##0.##", area.Cell(4, 6).Style.NumberFormat.Format);
        Assert.Equal(1234.75, area.Cell(4, 7).GetDouble());
        Assert.Equal(new DateTime(2026, 6, 30), area.Cell(4, 8).GetDateTime());
        Assert.Equal("[$-42A]dd/mm/yyyy", area.Cell(4, 8).Style.NumberFormat.Format);
        Assert.Equal(1234.75, area.Cell(4, 9).GetDouble());
        Assert.Equal(new DateTime(2026, 5, 31), area.Cell(4, 10).GetDateTime());
        Assert.Equal(100d, area.Cell(4, 11).GetDouble());
        Assert.Equal("[$-42A]0.0", area.Cell(4, 11).Style.NumberFormat.Format);
        Assert.Equal("Đã đạt", area.Cell(4, 12).GetString());
        Assert.Equal("Nguyễn Văn An, Phó Giám đốc", area.Cell(4, 13).GetString());
        Assert.Equal(("Quá hạn", 40d), (area.Cell(5, 12).GetString(), area.Cell(5, 11).GetDouble()));
        Assert.Equal(("SGDDT", "Có nguy cơ chậm"), (area.Cell(6, 2).GetString(), area.Cell(6, 12).GetString()));

        var second = book.Worksheet("ND2");
        Assert.Equal("NỘI DUNG 2. CẢI CÁCH HÀNH CHÍNH", second.Cell(1, 1).GetString());
        var milestone = second.Column(4).CellsUsed().Single(c => c.GetString() == "Ban hành quy chế một cửa").Address.RowNumber;
        Assert.Equal(("Nhiệm vụ", "Chưa hoàn thành"), (second.Cell(milestone, 5).GetString(), second.Cell(milestone, 9).GetString()));
        Assert.True(second.Cell(milestone, 7).IsEmpty());
        var unreported = second.Column(4).CellsUsed().Single(c => c.GetString() == "Số hồ sơ trực tuyến toàn trình").Address.RowNumber;
        Assert.Equal(1000d, second.Cell(unreported, 7).GetDouble());
        Assert.Equal("[$-42A]#,##0", second.Cell(unreported, 7).Style.NumberFormat.Format);
        Assert.True(second.Cell(unreported, 9).IsEmpty());
        Assert.Equal("Chưa triển khai", second.Cell(unreported, 12).GetString());
    }

    [Fact]
    public void Units_without_a_submitted_plan_are_listed_by_group_then_name_with_reminders_received()
    {
        using var book = Open(reports.UnitsWithoutPlan(Snapshot(withExtraUnits: true)));

        var sheet = book.Worksheet("Chưa trình kế hoạch");
        Assert.StartsWith("DANH SÁCH ĐƠN VỊ CHƯA TRÌNH KẾ HOẠCH", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["STT", "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối, cụm thi đua", "Trạng thái kế hoạch", "Ngày thay đổi gần nhất", "Số lần được đôn đốc"],
            Enumerable.Range(1, 8).Select(c => sheet.Cell(3, c).GetString()));
        AssertHeaderLayout(sheet, "A3:H7");

        // Accepted (SYT) and submitted (06040) plans are left out; "Cụm…" before "Khối…", "Xã Ái Quốc" before "Xã Bắc Sơn"
        // the Vietnamese way, units without a group last.
        Assert.Equal(["06100", "06200", "05986", "SGDDT"], Enumerable.Range(4, 4).Select(r => sheet.Cell(r, 2).GetString()));
        Assert.Equal(["Chưa lập", "Dự thảo", "Chưa lập", "Bị trả lại"], Enumerable.Range(4, 4).Select(r => sheet.Cell(r, 6).GetString()));
        Assert.True(sheet.Cell(4, 7).IsEmpty());
        Assert.Equal(new DateTime(2026, 11, 2), sheet.Cell(7, 7).GetDateTime());
        Assert.Equal("[$-42A]dd/mm/yyyy", sheet.Cell(7, 7).Style.NumberFormat.Format);
        Assert.Equal([0d, 0, 2, 1], Enumerable.Range(4, 4).Select(r => sheet.Cell(r, 8).GetDouble()));
        Assert.Equal([1d, 2, 3, 4], Enumerable.Range(4, 4).Select(r => sheet.Cell(r, 1).GetDouble()));
    }

    [Fact]
    public void Overdue_targets_are_listed_most_overdue_first_with_days_overdue()
    {
        var snapshot = Snapshot();
        var extra = Target(3, "SGDDT", "Sở Giáo dục và Đào tạo", 2, "Phổ cập bơi cho học sinh", new DateOnly(2026, 9, 30), null, TargetState.Overdue);
        snapshot = new ProvinceSnapshot
        {
            CampaignTitle = snapshot.CampaignTitle, AsOf = snapshot.AsOf, Units = snapshot.Units, Areas = snapshot.Areas,
            Targets = [.. snapshot.Targets, extra],
        };

        using var book = Open(reports.OverdueTargets(snapshot));

        var sheet = book.Worksheet("Mục tiêu quá hạn");
        Assert.Equal(
            ["STT", "Mã đơn vị", "Đơn vị", "Khối, cụm thi đua", "Nội dung thi đua", "Mục tiêu, chỉ tiêu, nhiệm vụ", "Thời hạn",
                "Số ngày quá hạn", "Tỷ lệ đạt gần nhất (%)", "Ngày số liệu gần nhất", "Người chịu trách nhiệm"],
            Enumerable.Range(1, 11).Select(c => sheet.Cell(3, c).GetString()));
        AssertHeaderLayout(sheet, "A3:K5");
        Assert.Equal(["Phổ cập bơi cho học sinh", "Tỷ lệ tiêm chủng mở rộng"], new[] { 4, 5 }.Select(r => sheet.Cell(r, 6).GetString()));
        Assert.Equal("2. Cải cách hành chính", sheet.Cell(4, 5).GetString());
        Assert.Equal("Chưa xếp khối, cụm", sheet.Cell(4, 4).GetString());
        Assert.Equal(56d, sheet.Cell(4, 8).GetDouble());
        Assert.True(sheet.Cell(4, 9).IsEmpty());
        Assert.Equal("Chưa báo cáo", sheet.Cell(4, 10).GetString());
        // 25/11/2026 − 31/10/2026 = 25 days; the latest report said 40 %.
        Assert.Equal(("SYT", new DateTime(2026, 10, 31), 25d), (sheet.Cell(5, 2).GetString(), sheet.Cell(5, 7).GetDateTime(), sheet.Cell(5, 8).GetDouble()));
        Assert.Equal((40d, "[$-42A]0.0"), (sheet.Cell(5, 9).GetDouble(), sheet.Cell(5, 9).Style.NumberFormat.Format));
        Assert.Equal("1. Phát triển kinh tế", sheet.Cell(5, 5).GetString());
    }

    [Fact]
    public void Without_a_campaign_or_rows_each_report_says_so_in_Vietnamese()
    {
        var empty = new ProvinceSnapshot { AsOf = Today };

        using var progress = Open(reports.Progress(empty));
        using var units = Open(reports.UnitsWithoutPlan(empty));
        using var overdue = Open(reports.OverdueTargets(empty));

        Assert.Equal("Tổng hợp", progress.Worksheets.Single().Name);
        Assert.Equal("Hiện không có phong trào thi đua nào đang triển khai.", progress.Worksheet(1).Cell(2, 1).GetString());
        Assert.Equal("Không có đơn vị nào đang hoạt động.", progress.Worksheet(1).Cell(4, 3).GetString());
        Assert.Equal("Tất cả các đơn vị đã trình kế hoạch.", units.Worksheet(1).Cell(4, 3).GetString());
        Assert.Equal("Không có mục tiêu, chỉ tiêu nào quá hạn.", overdue.Worksheet(1).Cell(4, 6).GetString());
        Assert.Equal(3, overdue.Worksheet(1).SheetView.SplitRow);
    }

    [Fact]
    public void A_units_average_counts_a_target_without_report_as_zero_and_is_empty_without_targets()
    {
        var targets = Snapshot().Targets.Where(t => t.UnitCode == "SYT").ToList();

        var summary = ProvinceUnitSummary.Of(targets);

        Assert.Equal(new ProvinceUnitSummary(4, 1, 0, 1, 1, 0, 1, 35m), summary);
        Assert.Null(ProvinceUnitSummary.Of([]).AveragePercent);
    }

    [Fact]
    public void The_responsible_person_shows_the_position_unless_it_repeats_the_name()
    {
        var target = Snapshot().Targets[0];

        Assert.Equal("Nguyễn Văn An, Phó Giám đốc", target.Responsible);
        Assert.Equal("Trưởng Công an xã", new ProvinceTarget
        {
            UnitCode = "06040", UnitName = "UBND xã Thất Khê", Title = "Bảo đảm an ninh", ResponsibleName = "Trưởng Công an xã",
            ResponsiblePosition = "Trưởng Công an xã",
        }.Responsible);
    }

    private static void AssertHeaderLayout(IXLWorksheet sheet, string filterRange)
    {
        Assert.Equal(3, sheet.SheetView.SplitRow);
        Assert.True(sheet.AutoFilter.IsEnabled);
        Assert.Equal(filterRange, sheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.True(sheet.Cell(3, 1).Style.Font.Bold);
        Assert.Equal(XLColor.FromHtml("#DDEBF7"), sheet.Cell(3, 1).Style.Fill.BackgroundColor);
        Assert.All(Enumerable.Range(1, sheet.LastColumnUsed().ColumnNumber()), c => Assert.InRange(sheet.Column(c).Width, 5, 50));
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(XLPaperSize.A4Paper, sheet.PageSetup.PaperSize);
        Assert.Equal((1, 0), (sheet.PageSetup.PagesWide, sheet.PageSetup.PagesTall));
    }

    private static XLWorkbook Open(byte[] content) => new(new MemoryStream(content));

    private static readonly Dictionary<string, string?> Groups = new()
    {
        ["SYT"] = "Khối các cơ quan văn hóa – xã hội",
        ["05986"] = "Khối các phường",
        ["SGDDT"] = null,
        ["06040"] = "Cụm thi đua số 1",
        ["06200"] = "Cụm thi đua số 1",
        ["06100"] = "Cụm thi đua số 1",
    };

    /// <summary>
    /// Sở Y tế (accepted: achieved, overdue, milestone at risk, one without report), Tam Thanh (no plan),
    /// Sở GD&amp;ĐT (returned, no khối/cụm, one target at risk); optionally three communes of one cụm.
    /// </summary>
    private static ProvinceSnapshot Snapshot(bool withExtraUnits = false)
    {
        List<ProvinceUnit> units =
        [
            Unit(1, "SYT", "Sở Y tế", UnitKind.ProvincialAgency, PlanStatus.Accepted, 0, new DateOnly(2026, 10, 20)),
            Unit(2, "05986", "UBND phường Tam Thanh", UnitKind.Ward, null, 2, null),
            Unit(3, "SGDDT", "Sở Giáo dục và Đào tạo", UnitKind.ProvincialAgency, PlanStatus.Returned, 1, new DateOnly(2026, 11, 2)),
        ];
        if (withExtraUnits)
        {
            units.Add(Unit(4, "06040", "Xã Thất Khê", UnitKind.Commune, PlanStatus.Submitted, 0, new DateOnly(2026, 11, 20)));
            units.Add(Unit(5, "06200", "Xã Bắc Sơn", UnitKind.Commune, PlanStatus.Draft, 0, new DateOnly(2026, 11, 21)));
            units.Add(Unit(6, "06100", "Xã Ái Quốc", UnitKind.Commune, null, 0, null));
        }

        return new ProvinceSnapshot
        {
            CampaignTitle = "Phong trào thi đua chào mừng Đại hội XIV",
            AsOf = Today,
            Units = units,
            Areas = [new(1, "Phát triển kinh tế"), new(2, "Cải cách hành chính")],
            Targets =
            [
                Target(1, "SYT", "Sở Y tế", 1, "Giải ngân vốn đầu tư công", new DateOnly(2026, 6, 30),
                    new(new DateOnly(2026, 5, 31), 1234.75m, null, 100m), TargetState.Achieved, baseline: 12.5m, targetValue: 1234.75m),
                Target(1, "SYT", "Sở Y tế", 1, "Tỷ lệ tiêm chủng mở rộng", new DateOnly(2026, 10, 31),
                    new(new DateOnly(2026, 9, 30), 40m, null, 40m), TargetState.Overdue),
                Target(1, "SYT", "Sở Y tế", 2, "Ban hành quy chế một cửa", new DateOnly(2027, 3, 31),
                    new(new DateOnly(2026, 10, 1), null, false, 0m), TargetState.AtRisk, kind: MeasureKind.Milestone),
                Target(1, "SYT", "Sở Y tế", 2, "Số hồ sơ trực tuyến toàn trình", new DateOnly(2027, 6, 30),
                    null, TargetState.NotStarted, targetValue: 1000m),
                Target(3, "SGDDT", "Sở Giáo dục và Đào tạo", 1, "Tỷ lệ trường đạt chuẩn quốc gia", new DateOnly(2026, 12, 31),
                    new(new DateOnly(2026, 11, 1), 30m, null, 30m), TargetState.AtRisk),
            ],
        };
    }

    private static ProvinceUnit Unit(int id, string code, string name, UnitKind kind, PlanStatus? status, int reminders, DateOnly? changed) => new()
    {
        Id = id,
        Code = code,
        Name = name,
        Kind = kind,
        GroupName = Groups[code],
        PlanStatus = status,
        PlanChangedOn = changed,
        RemindersReceived = reminders,
    };

    private static ProvinceTarget Target(
        int unitId, string code, string unitName, int area, string title, DateOnly deadline, ProvinceLatest? latest, TargetState state,
        MeasureKind kind = MeasureKind.Numeric, decimal? baseline = null, decimal? targetValue = 100m) => new()
    {
        UnitId = unitId,
        UnitCode = code,
        UnitName = unitName,
        GroupName = Groups[code],
        AreaNumber = area,
        Title = title,
        MeasureKind = kind,
        UnitOfMeasure = kind == MeasureKind.Numeric ? "%" : null,
        Baseline = baseline,
        TargetValue = kind == MeasureKind.Numeric ? targetValue : null,
        Deadline = deadline,
        ResponsibleName = "Nguyễn Văn An",
        ResponsiblePosition = "Phó Giám đốc",
        Latest = latest,
        State = state,
    };
}
