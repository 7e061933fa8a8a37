using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Tests.Integration.Plans;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Reminders;

/// <summary>
/// Reminders by several rules on the active campaign, through the form: each rule at its boundary, the units a rule
/// does not apply to refused, and each unit's message naming only what applies to it.
/// </summary>
public sealed class ReminderRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static DateOnly Today => PlanBuilder.Today;

    [Fact]
    public async Task A_target_ten_points_behind_the_time_elapsed_is_on_track_and_just_below_is_at_risk()
    {
        // Deadline at twice the time elapsed since the campaign start: half the time has gone, 50 % is expected.
        var halfway = await HalfwayDeadlineAsync();
        await factory.CreatePlanAsync(ReminderSteps.SoYte, PlanStatus.Accepted,
            new TargetSpec(1, "Chỉ tiêu đạt 39,9 %", halfway) { ReportedValue = 39.9m },
            new TargetSpec(1, "Chỉ tiêu đạt 40 %", halfway) { ReportedValue = 40m });
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Reminders/Create?rules=AtRiskTargets");

        Assert.Equal("1 mục tiêu có nguy cơ chậm", page.QuerySelector($"#candidates tr[data-unit='{soYte}'] .reason")?.TextContent.Trim());
    }

    [Fact]
    public async Task Not_reported_for_N_days_applies_from_the_Nth_day_after_the_last_report()
    {
        var soYte = await PlanReportedOnAsync(ReminderSteps.SoYte, Today.AddDays(-45));
        var tamThanh = await PlanReportedOnAsync(ReminderSteps.TamThanh, Today.AddDays(-44));
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Reminders/Create?rules=NotReported&notReportedDays=45");

        var reason = page.QuerySelector($"#candidates tr[data-unit='{soYte}'] .reason")?.TextContent.Trim();
        Assert.Equal("Báo cáo gần nhất " + Today.AddDays(-45).ToString("dd/MM/yyyy"), reason);
        Assert.Null(page.QuerySelector($"#candidates tr[data-unit='{tamThanh}']"));
    }

    [Fact]
    public async Task A_plan_returned_during_its_amendment_is_still_reminded_to_report_and_not_as_not_submitted()
    {
        var soYte = await PlanReportedOnAsync(ReminderSteps.SoYte, Today.AddDays(-60));
        var planId = await factory.WithDbAsync(db => db.UnitPlans.Where(p => p.UnitId == soYte).Select(p => p.Id).SingleAsync());
        await factory.RequestAmendmentAsync(planId, reopen: true);
        await factory.WithDbAsync(async db =>
        {
            // The amended plan is submitted and returned: still in force, not a plan "not submitted".
            var plan = await db.UnitPlans.Include(p => p.Targets).SingleAsync(p => p.Id == planId);
            plan.Submit(PlanBuilder.Head, DateTime.UtcNow);
            plan.Return(PlanBuilder.NoiVu, DateTime.UtcNow, PlanBuilder.ReturnComment);
            return await db.SaveChangesAsync();
        });
        using var noivu = await factory.SignInAsync("noivu");

        var notReported = await noivu.GetPageAsync("/Reminders/Create?rules=NotReported&notReportedDays=45");
        var notSubmitted = await noivu.GetPageAsync("/Reminders/Create?rules=NoPlanSubmitted");

        Assert.NotNull(notReported.QuerySelector($"#candidates tr[data-unit='{soYte}']"));
        Assert.Null(notSubmitted.QuerySelector($"#candidates tr[data-unit='{soYte}']"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("366")]
    [InlineData("abc")]
    public async Task A_number_of_days_outside_1_to_365_is_refused_in_Vietnamese(string days)
    {
        using var noivu = await factory.SignInAsync("noivu");

        var page = await noivu.GetPageAsync("/Reminders/Create?rules=NotReported&notReportedDays=" + days);

        Assert.Contains("Số ngày chưa báo cáo phải là số nguyên từ 1 đến 365.", page.ValidationMessages());
        Assert.Empty(page.QuerySelectorAll("#candidates tbody tr"));
    }

    [Fact]
    public async Task A_unit_ticked_by_hand_with_nothing_overdue_is_refused_and_gets_no_overdue_claim()
    {
        await factory.CreatePlanAsync(ReminderSteps.TamThanh, PlanStatus.Accepted,
            new TargetSpec(1, "Chỉ tiêu còn hạn", Today.AddMonths(3)) { ReportedValue = 90m });
        var tamThanh = await factory.UnitIdAsync(ReminderSteps.TamThanh);
        using var noivu = await factory.SignInAsync("noivu");
        const string subject = "Đôn đốc quá hạn gửi nhầm đơn vị";

        using var response = await noivu.PostReminderFormAsync(
        [
            new("Rule", "OverdueTargets"), new("Rules", "OverdueTargets"), new("UnitIds", tamThanh.ToString()),
            new("Subject", subject), new("Body", "Đề nghị đơn vị khắc phục các nội dung nêu trên."), new("Command", "send"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var messages = (await PortalClient.ParseAsync(response)).ValidationMessages();
        Assert.Contains(messages, m => m.Contains("UBND phường Tam Thanh không thuộc tiêu chí nào đã chọn", StringComparison.Ordinal));
        Assert.False(await factory.WithDbAsync(db => db.Reminders.AnyAsync(r => r.Subject == subject)));
        Assert.Empty(await factory.PickedUpMailsAsync(subject));
    }

    [Fact]
    public async Task Each_unit_gets_a_message_naming_only_what_applies_to_it()
    {
        var halfway = await HalfwayDeadlineAsync();
        await factory.CreatePlanAsync(ReminderSteps.SoYte, PlanStatus.Accepted,
            new TargetSpec(1, "Giải ngân vốn đầu tư công", Today.AddDays(-10)) { ReportedValue = 40m },
            new TargetSpec(1, "Liên thông dữ liệu khám, chữa bệnh", halfway) { ReportedValue = 20m },
            new TargetSpec(1, "Chỉ tiêu đúng tiến độ", halfway) { ReportedValue = 80m });
        var soYte = await factory.UnitIdAsync(ReminderSteps.SoYte);
        var tamThanh = await PlanReportedOnAsync(ReminderSteps.TamThanh, Today.AddDays(-50));
        using var noivu = await factory.SignInAsync("noivu");
        const string query = "rules=OverdueTargets&rules=AtRiskTargets&rules=NotReported&notReportedDays=45";
        const string subject = "Đôn đốc theo nhiều tiêu chí";

        var page = await noivu.GetPageAsync("/Reminders/Create?" + query);
        Assert.Equal("1 mục tiêu quá hạn; 1 mục tiêu có nguy cơ chậm", page.QuerySelector($"#candidates tr[data-unit='{soYte}'] .reason")?.TextContent.Trim());
        using var response = await noivu.PostReminderFormAsync(
        [
            new("Rules", "OverdueTargets"), new("Rules", "AtRiskTargets"), new("Rules", "NotReported"), new("NotReportedDays", "45"),
            new("UnitIds", soYte.ToString()), new("UnitIds", tamThanh.ToString()),
            new("Subject", subject), new("Body", "Đề nghị đơn vị khắc phục các nội dung nêu trên."), new("Command", "send"),
        ], "/Reminders/Create?" + query);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mails = await factory.PickedUpMailsAsync(subject);
        var toSoYte = mails.First(m => m.To.Mailboxes.Single().Address == "canbo.soyte@langson.gov.vn").TextBody;
        Assert.Contains("1 mục tiêu đã quá hạn mà chưa đạt: \"Giải ngân vốn đầu tư công\"", toSoYte, StringComparison.Ordinal);
        Assert.Contains("1 mục tiêu có nguy cơ chậm tiến độ", toSoYte, StringComparison.Ordinal);
        Assert.Contains("\"Liên thông dữ liệu khám, chữa bệnh\"", toSoYte, StringComparison.Ordinal);
        Assert.DoesNotContain("Chỉ tiêu đúng tiến độ", toSoYte, StringComparison.Ordinal);
        Assert.DoesNotContain("báo cáo tiến độ", toSoYte, StringComparison.Ordinal);
        var toTamThanh = mails.First(m => m.To.Mailboxes.Single().Address == "canbo.tamthanh@langson.gov.vn").TextBody;
        Assert.Contains("Đã 50 ngày chưa cập nhật báo cáo tiến độ", toTamThanh, StringComparison.Ordinal);
        Assert.DoesNotContain("quá hạn", toTamThanh, StringComparison.Ordinal);
        Assert.DoesNotContain("nguy cơ", toTamThanh, StringComparison.Ordinal);
        Assert.Contains("Đề nghị đơn vị khắc phục các nội dung nêu trên.", toTamThanh, StringComparison.Ordinal);

        // The unit reads the same message on the portal.
        var reminderId = await factory.WithDbAsync(db => db.Reminders.Where(r => r.Subject == subject).Select(r => r.Id).SingleAsync());
        using var clerk = await factory.SignInAsync("canbo.tamthanh");
        var open = await clerk.GetPageAsync($"/Reminders/Open/{await factory.RecipientIdAsync(reminderId, tamThanh)}");
        Assert.Contains("Đã 50 ngày chưa cập nhật báo cáo tiến độ", open.QuerySelector("#reminder-body")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>A deadline as far after today as today is after the active campaign's start.</summary>
    private async Task<DateOnly> HalfwayDeadlineAsync()
    {
        var start = await factory.WithDbAsync(db => db.Campaigns.Where(c => c.Status == CampaignStatus.Active).Select(c => c.StartDate).SingleAsync());
        var elapsed = Today.DayNumber - start.DayNumber;
        Assert.True(elapsed > 20, "The active campaign must have started some weeks ago");
        return Today.AddDays(elapsed);
    }

    /// <summary>An accepted plan on track whose only report was entered on the given day (noon, Vietnam time).</summary>
    private async Task<int> PlanReportedOnAsync(string unitCode, DateOnly enteredOn)
    {
        var plan = await factory.CreatePlanAsync(unitCode, PlanStatus.Accepted,
            new TargetSpec(1, "Chỉ tiêu đúng tiến độ", await HalfwayDeadlineAsync()) { ReportedValue = 80m });
        var at = VietnamTime.StartOfDayUtc(enteredOn).AddHours(12);
        await factory.WithDbAsync(db => db.ProgressReports.Where(r => plan.TargetIds.Contains(r.PlanTargetId))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.CreatedAtUtc, at)));
        return plan.UnitId;
    }
}
