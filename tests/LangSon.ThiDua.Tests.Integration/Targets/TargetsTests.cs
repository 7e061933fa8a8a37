using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Targets;

/// <summary>Adding and editing a plan's targets (reordering and deleting: <see cref="TargetOrderTests"/>).</summary>
public sealed class TargetsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Dictionary<string, string> NoFields = [];

    [Fact]
    public async Task The_clerk_adds_a_target_typed_the_Vietnamese_way_and_sees_it_under_its_area()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft);
        using var staff = await factory.SignInAsync("canbo.soyte");
        var createUrl = $"/Targets/Create?planId={built.PlanId}&areaId={built.AreaIds[4]}";
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "canbo.soyte").Select(u => u.Id).SingleAsync());

        var form = await staff.GetPageAsync(createUrl);
        Assert.Equal(Id(built.AreaIds[4]), ((IHtmlSelectElement)form.QuerySelector("#ContentAreaId")!).Value);
        var fields = FormFields.Read(form);
        fields["Title"] = "Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn";
        fields["UnitOfMeasure"] = "hồ sơ";
        fields["Baseline"] = "1.234,5";
        fields["TargetValue"] = "2.000";
        fields["ResponsibleName"] = "Nguyễn Thị Hương";
        fields["ResponsiblePosition"] = "Chuyên viên Văn phòng Sở";
        fields["ResponsibleUserId"] = userId;
        fields["Deadline"] = "2026-12-31";
        var response = await staff.PostFormAsync($"/Targets/Create?planId={built.PlanId}", fields, createUrl);

        var target = await factory.WithDbAsync(db => db.PlanTargets.AsNoTracking().SingleAsync(t => t.UnitPlanId == built.PlanId));
        Assert.Equal((1234.5m, 2000m, "hồ sơ", MeasureKind.Numeric), (target.Baseline, target.TargetValue, target.UnitOfMeasure, target.MeasureKind));
        Assert.Equal((built.AreaIds[4], userId, new DateOnly(2026, 12, 31), 1), (target.ContentAreaId, target.ResponsibleUserId, target.Deadline, target.SortOrder));
        Assert.Equal($"/Plans/Details/{built.PlanId}#target-{target.Id}", response.Headers.Location?.OriginalString);
        var details = await staff.FollowAsync(response);
        Assert.Equal("Đã thêm mục tiêu \"Tỷ lệ hồ sơ giải quyết đúng hạn và trước hạn\".", details.FlashSuccess());
        Assert.NotNull(details.QuerySelector($"section#area-4 tr#target-{target.Id}"));
        var edit = await staff.GetPageAsync($"/Targets/Edit/{target.Id}");
        Assert.Equal(("1.234,5", "2.000"), (Value(edit, "#Baseline"), Value(edit, "#TargetValue")));
        Assert.Equal("decimal", edit.QuerySelector("#Baseline")!.GetAttribute("inputmode"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PlanTarget)
            && a.EntityId == Id(target.Id) && a.Action == AuditActions.Insert && a.UserName == "canbo.soyte")));
    }

    [Fact]
    public async Task Save_and_add_next_returns_to_a_fresh_form_for_the_same_area()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft);
        using var staff = await factory.SignInAsync("canbo.soyte");
        var createUrl = $"/Targets/Create?planId={built.PlanId}&areaId={built.AreaIds[2]}";

        var fields = Filled(FormFields.Read(await staff.GetPageAsync(createUrl)), "Tiến độ trường phổ thông nội trú liên cấp");
        fields["next"] = "new";
        var response = await staff.PostFormAsync($"/Targets/Create?planId={built.PlanId}", fields, createUrl);

        Assert.Equal(createUrl, response.Headers.Location?.OriginalString);
        var fresh = await staff.FollowAsync(response);
        Assert.Equal("Đã thêm mục tiêu \"Tiến độ trường phổ thông nội trú liên cấp\".", fresh.FlashSuccess());
        Assert.Equal(Id(built.AreaIds[2]), ((IHtmlSelectElement)fresh.QuerySelector("#ContentAreaId")!).Value);
        Assert.Equal(string.Empty, ((IHtmlTextAreaElement)fresh.QuerySelector("#Title")!).Value);
        Assert.Equal(["Tiến độ trường phổ thông nội trú liên cấp"], fresh.QuerySelectorAll(".area-targets li").Select(li => li.TextContent));

        var second = await staff.PostFormAsync($"/Targets/Create?planId={built.PlanId}", Filled(FormFields.Read(fresh), "Tỷ lệ đối tượng chính sách được tặng quà"), createUrl);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal([1, 2], await factory.WithDbAsync(db => db.PlanTargets.Where(t => t.UnitPlanId == built.PlanId).OrderBy(t => t.Id).Select(t => t.SortOrder).ToListAsync()));
    }

    [Fact]
    public async Task A_milestone_is_saved_without_unit_baseline_or_target_value()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft);
        using var staff = await factory.SignInAsync("canbo.soyte");
        var createUrl = $"/Targets/Create?planId={built.PlanId}&areaId={built.AreaIds[5]}";

        var fields = Filled(FormFields.Read(await staff.GetPageAsync(createUrl)), "Tổ chức đối thoại của người đứng đầu với Nhân dân");
        fields["MeasureKind"] = ((int)MeasureKind.Milestone).ToString(CultureInfo.InvariantCulture);
        fields["UnitOfMeasure"] = "cuộc";
        fields["TargetValue"] = "";
        var response = await staff.PostFormAsync($"/Targets/Create?planId={built.PlanId}", fields, createUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var target = await factory.WithDbAsync(db => db.PlanTargets.AsNoTracking().SingleAsync(t => t.UnitPlanId == built.PlanId));
        Assert.Equal((MeasureKind.Milestone, (string?)null, (decimal?)null, (decimal?)null), (target.MeasureKind, target.UnitOfMeasure, target.Baseline, target.TargetValue));
    }

    [Theory]
    [InlineData("Title", "", "Hãy nhập tên mục tiêu, chỉ tiêu, nhiệm vụ.")]
    [InlineData("UnitOfMeasure", "", "Hãy nhập đơn vị tính của chỉ tiêu (ví dụ: %, tỷ đồng, hồ sơ, km).")]
    [InlineData("TargetValue", "", "Hãy nhập giá trị mục tiêu cần đạt.")]
    [InlineData("TargetValue", "0.5", "Giá trị mục tiêu phải là một số viết theo kiểu Việt Nam, ví dụ 1.234,5 (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân).")]
    [InlineData("Baseline", "mười", "Giá trị ban đầu phải là một số viết theo kiểu Việt Nam, ví dụ 1.234,5 (dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân).")]
    [InlineData("Baseline", "1,23456", "Giá trị ban đầu quá lớn hoặc có quá 4 chữ số thập phân.")]
    [InlineData("ResponsibleName", " ", "Hãy nhập họ tên người chịu trách nhiệm.")]
    [InlineData("Deadline", "", "Hãy nhập thời hạn hoàn thành.")]
    [InlineData("Deadline", "2025-09-30", "Thời hạn không được trước ngày bắt đầu phong trào (01/10/2025).")]
    [InlineData("ContentAreaId", "", "Hãy chọn nội dung thi đua.")]
    public async Task Invalid_input_is_refused_with_a_Vietnamese_message_beside_the_field_keeps_the_input_and_saves_nothing(string field, string value, string message)
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft);
        using var staff = await factory.SignInAsync("canbo.soyte");
        var createUrl = $"/Targets/Create?planId={built.PlanId}&areaId={built.AreaIds[1]}";

        var fields = Filled(FormFields.Read(await staff.GetPageAsync(createUrl)), "Mục tiêu phải giữ nguyên");
        fields[field] = value;
        var response = await staff.PostFormAsync($"/Targets/Create?planId={built.PlanId}", fields, createUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var beside = page.QuerySelector($"#{field}")!.ParentElement!.QuerySelector(".field-validation-error")!.TextContent.Trim();
        Assert.Equal(message, beside);
        if (field != "Title")
        {
            Assert.Equal("Mục tiêu phải giữ nguyên", ((IHtmlTextAreaElement)page.QuerySelector("#Title")!).Value);
        }

        if (field is "Baseline" or "TargetValue")
        {
            Assert.Equal(value, Value(page, $"#{field}"));
        }

        Assert.False(await factory.WithDbAsync(db => db.PlanTargets.AnyAsync(t => t.UnitPlanId == built.PlanId)));
    }

    [Fact]
    public async Task A_deadline_after_the_campaign_end_is_refused_once_the_end_is_known()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft);
        await factory.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
            campaign.EndDate = new DateOnly(2027, 3, 31);
            return await db.SaveChangesAsync();
        });
        try
        {
            using var staff = await factory.SignInAsync("canbo.soyte");
            var createUrl = $"/Targets/Create?planId={built.PlanId}&areaId={built.AreaIds[1]}";
            var fields = Filled(FormFields.Read(await staff.GetPageAsync(createUrl)), "Sau ngày kết thúc");
            fields["Deadline"] = "2027-04-01";

            var response = await staff.PostFormAsync($"/Targets/Create?planId={built.PlanId}", fields, createUrl);

            Assert.Contains("Thời hạn không được sau ngày kết thúc phong trào (31/03/2027).", (await PortalClient.ParseAsync(response)).ValidationMessages());
        }
        finally
        {
            await factory.WithDbAsync(async db =>
            {
                var campaign = await db.Campaigns.SingleAsync(c => c.Status == CampaignStatus.Active);
                campaign.EndDate = null;
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task An_account_of_another_unit_cannot_be_made_responsible()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft);
        using var staff = await factory.SignInAsync("canbo.soyte");
        var createUrl = $"/Targets/Create?planId={built.PlanId}&areaId={built.AreaIds[1]}";
        var otherUnitUser = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == "canbo.tamthanh").Select(u => u.Id).SingleAsync());

        var form = await staff.GetPageAsync(createUrl);
        var offered = form.QuerySelectorAll("#ResponsibleUserId option").Select(o => o.TextContent).ToList();
        var fields = Filled(FormFields.Read(form), "Mục tiêu thử");
        fields["ResponsibleUserId"] = otherUnitUser;
        var response = await staff.PostFormAsync($"/Targets/Create?planId={built.PlanId}", fields, createUrl);

        Assert.Contains(offered, o => o.StartsWith("Phạm Quốc Khánh (truongdonvi.soyte)", StringComparison.Ordinal));
        Assert.DoesNotContain(offered, o => o.Contains("tamthanh", StringComparison.Ordinal));
        Assert.Contains("Tài khoản người chịu trách nhiệm phải là một tài khoản đang hoạt động của đơn vị.", (await PortalClient.ParseAsync(response)).ValidationMessages());
        Assert.False(await factory.WithDbAsync(db => db.PlanTargets.AnyAsync(t => t.UnitPlanId == built.PlanId)));
    }

    [Fact]
    public async Task Two_people_save_the_same_target_the_second_is_told_keeps_the_input_and_saves_on_the_next_try()
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft, PlanBuilder.SomeTargets());
        var id = built.TargetIds[0];
        using var staff = await factory.SignInAsync("canbo.soyte");
        using var head = await factory.SignInAsync("truongdonvi.soyte");
        var mine = FormFields.Read(await staff.GetPageAsync($"/Targets/Edit/{id}"));
        var theirs = FormFields.Read(await head.GetPageAsync($"/Targets/Edit/{id}"));

        mine["Title"] = "Giải ngân 95% vốn đầu tư công";
        await staff.FollowAsync(await staff.PostFormAsync($"/Targets/Edit/{id}", mine));
        theirs["Title"] = "Giải ngân 100% vốn đầu tư công trước 31/12";
        theirs["TargetValue"] = "99,5";
        var second = await head.PostFormAsync($"/Targets/Edit/{id}", theirs);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        var message = Assert.Single(page.ValidationMessages());
        Assert.StartsWith("Mục tiêu này vừa được người khác sửa (canbo.soyte, lúc ", message, StringComparison.Ordinal);
        Assert.EndsWith("Dữ liệu bạn nhập vẫn còn dưới đây; hãy xem lại và lưu lần nữa.", message, StringComparison.Ordinal);
        Assert.Equal("Giải ngân 100% vốn đầu tư công trước 31/12", ((IHtmlTextAreaElement)page.QuerySelector("#Title")!).Value);
        Assert.Equal("99,5", Value(page, "#TargetValue"));
        Assert.Equal("Giải ngân 95% vốn đầu tư công", await TitleAsync(id));

        var retry = await head.PostFormAsync($"/Targets/Edit/{id}", FormFields.Read(page));
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        var saved = await factory.WithDbAsync(db => db.PlanTargets.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal(("Giải ngân 100% vốn đầu tư công trước 31/12", 99.5m), (saved.Title, saved.TargetValue));
    }

    private Task<string> TitleAsync(int id) =>
        factory.WithDbAsync(db => db.PlanTargets.AsNoTracking().Where(t => t.Id == id).Select(t => t.Title).SingleAsync());

    private static Dictionary<string, string> Filled(Dictionary<string, string> fields, string title)
    {
        fields["Title"] = title;
        fields["MeasureKind"] = ((int)MeasureKind.Numeric).ToString(CultureInfo.InvariantCulture);
        fields["UnitOfMeasure"] = "%";
        fields["TargetValue"] = "100";
        fields["ResponsibleName"] = "Nguyễn Văn An";
        fields["Deadline"] = "2026-12-31";
        return fields;
    }

    private static string Value(IHtmlDocument page, string selector) => ((IHtmlInputElement)page.QuerySelector(selector)!).Value;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
