using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Targets;

/// <summary>A target lies on the good side of its baseline (issue 19, item 4): the form's rule, the import's
/// too.</summary>
public sealed class TargetBaselineTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(MeasureDirection.HigherIsBetter, "90", "80",
        "Chiều đánh giá là \"càng cao càng tốt\" nên giá trị mục tiêu không được thấp hơn giá trị ban đầu.")]
    [InlineData(MeasureDirection.LowerIsBetter, "5", "7,5",
        "Chiều đánh giá là \"càng thấp càng tốt\" nên giá trị mục tiêu không được cao hơn giá trị ban đầu.")]
    public async Task The_form_refuses_a_target_on_the_wrong_side_of_the_baseline_beside_the_target_value(
        MeasureDirection direction, string baseline, string target, string message)
    {
        var built = await factory.CreatePlanAsync("SYT", PlanStatus.Draft);
        using var staff = await factory.SignInAsync("canbo.soyte");
        var createUrl = $"/Targets/Create?planId={built.PlanId}&areaId={built.AreaIds[1]}";
        var fields = FormFields.Read(await staff.GetPageAsync(createUrl));
        fields["Title"] = "Tỷ lệ hồ sơ giải quyết đúng hạn";
        fields["MeasureKind"] = ((int)MeasureKind.Numeric).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["UnitOfMeasure"] = "%";
        fields["Direction"] = ((int)direction).ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Baseline"] = baseline;
        fields["TargetValue"] = target;
        fields["ResponsibleName"] = "Nguyễn Văn An";
        fields["Deadline"] = "31/12/2026";

        var response = await staff.PostFormAsync($"/Targets/Create?planId={built.PlanId}", fields, createUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(message, page.QuerySelector("#TargetValue")!.ParentElement!
            .QuerySelector(".field-validation-error")?.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.PlanTargets.AnyAsync(t => t.UnitPlanId == built.PlanId)));
    }
}
