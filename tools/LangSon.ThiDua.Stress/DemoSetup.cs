using System.Globalization;
using System.Text.RegularExpressions;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// What the runs need from the demo data (Demo:Enabled and Demo:Plans): each unit user's own plan and its targets, and
/// accepted plans — progress can be reported on an accepted plan only. Sở Y tế's demo plan is accepted; UBND phường Tam
/// Thanh's is a draft, so its head submits it and Sở Nội vụ (noivu) accepts it, through the portal's own forms.
/// </summary>
internal static partial class DemoSetup
{
    public const string Reviewer = "noivu";

    public static readonly string[] UnitUsers = ["truongdonvi.soyte", "canbo.soyte", "truongdonvi.tamthanh", "canbo.tamthanh"];

    /// <summary>The id of the signed-in unit user's plan (/Plans/Mine redirects to it), or null.</summary>
    public static async Task<int?> OwnPlanAsync(PortalClient client, CancellationToken ct)
    {
        var mine = await client.GetAsync("/Plans/Mine", ct);
        return mine.Code == 302 && mine.Location is { } location && PlanLink().Match(location) is { Success: true } m
            ? int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>The targets of a plan, from the links of its page.</summary>
    public static async Task<List<int>> TargetsAsync(PortalClient client, int planId, CancellationToken ct)
    {
        var page = await client.GetAsync($"/Plans/Details/{planId}", ct);
        return page.Code == 200 ? Forms.LinkedIds(page.Body, "/Progress/Target/") : [];
    }

    /// <summary>Makes every unit head's plan accepted: submits it when it is a draft, then noivu accepts it when submitted.</summary>
    public static async Task EnsurePlansAcceptedAsync(Uri baseAddress, IEnumerable<string> users, TextWriter log, CancellationToken ct)
    {
        foreach (var head in users.Where(u => u.StartsWith("truongdonvi.", StringComparison.Ordinal)).Distinct())
        {
            using var unit = new PortalClient(baseAddress, head, TimeSpan.FromSeconds(30));
            await SignInOrThrowAsync(unit, ct);
            var planId = await OwnPlanAsync(unit, ct) ?? throw new InvalidOperationException($"{head}: đơn vị chưa có kế hoạch.");
            var submit = await unit.GetAsync($"/Plans/Submit/{planId}", ct);
            if (submit.Code == 200)
            {
                await PostFormAsync(unit, submit, $"/Plans/Submit/{planId}", [], ct);
                await log.WriteLineAsync($"{head}: đã trình kế hoạch {planId}.");
            }

            using var reviewer = new PortalClient(baseAddress, Reviewer, TimeSpan.FromSeconds(30));
            await SignInOrThrowAsync(reviewer, ct);
            var review = await reviewer.GetAsync($"/Plans/Review/{planId}", ct);
            if (review.Code == 200)
            {
                await PostFormAsync(reviewer, review, $"/Plans/Review/{planId}", [new("Decision", "Accept")], ct);
                await log.WriteLineAsync($"{Reviewer}: đã chấp thuận kế hoạch {planId} của {head}.");
            }
        }
    }

    public static async Task SignInOrThrowAsync(PortalClient client, CancellationToken ct)
    {
        if (!await client.SignInAsync(ct))
        {
            throw new InvalidOperationException($"Không đăng nhập được bằng tài khoản {client.UserName}.");
        }
    }

    private static async Task PostFormAsync(PortalClient client, PortalResponse page, string action, KeyValuePair<string, string>[] values, CancellationToken ct)
    {
        var form = Forms.Find(PortalClient.Parse(page.Body), action) ?? throw new InvalidOperationException($"Không thấy biểu mẫu {action}.");
        var fields = Forms.Read(form);
        foreach (var (name, value) in values)
        {
            Forms.Set(fields, name, value);
        }

        var answer = await client.PostAsync(action, fields, multipart: false, ct);
        if (answer.Code != 302)
        {
            throw new InvalidOperationException($"{client.UserName}: POST {action} trả về {answer.Code}.");
        }
    }

    [GeneratedRegex(@"/Plans/Details/(?<id>\d+)")]
    private static partial Regex PlanLink();
}
