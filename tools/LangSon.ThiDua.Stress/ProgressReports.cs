using System.Text.RegularExpressions;

namespace LangSon.ThiDua.Stress;

/// <summary>Outcome of one progress report: the form page, the answer to the POST (null when the form was not usable).</summary>
internal sealed record ReportAttempt(PortalResponse Form, PortalResponse? Post)
{
    /// <summary>The portal's answer on success: a redirect to the target's report history.</summary>
    public bool Acknowledged => Post is { Code: 302, Location: { } l } && l.Contains("/Progress/Target/", StringComparison.OrdinalIgnoreCase);

    public bool SessionLost => Form.IsRedirectToLogin || (Post?.IsRedirectToLogin ?? false);
}

/// <summary>Báo cáo tiến độ through the portal's form, with a unique marker in its narrative.</summary>
internal static partial class ProgressReports
{
    public static string Narrative(string marker) =>
        $"Báo cáo thử tải: đã triển khai các giải pháp theo kế hoạch [stress:{marker}]";

    public static IEnumerable<string> MarkersIn(string narrative) =>
        MarkerPattern().Matches(narrative).Select(m => m.Groups["marker"].Value);

    /// <summary>GET /Progress/Create?targetId=…, fills the form as a clerk would, POSTs it (multipart, as the browser does).</summary>
    public static async Task<ReportAttempt> ReportAsync(PortalClient client, int targetId, string marker, CancellationToken ct)
    {
        var path = $"/Progress/Create?targetId={targetId}";
        var page = await client.GetAsync(path, ct);
        if (page.Code != 200)
        {
            return new ReportAttempt(page, null);
        }

        var document = PortalClient.Parse(page.Body);
        var form = Forms.Find(document, "/Progress/Create");
        if (form is null)
        {
            return new ReportAttempt(page, null);
        }

        var fields = Forms.Read(form);
        Forms.Set(fields, "Narrative", Narrative(marker));
        if (Forms.Has(fields, "Value"))
        {
            Forms.Set(fields, "Value", "50");
        }

        if (form.QuerySelector("input[name=MilestoneDone]") is not null)
        {
            Forms.Set(fields, "MilestoneDone", "true");
        }

        var action = form.GetAttribute("action") ?? path;
        var post = await client.PostAsync(action, fields, multipart: true, ct);
        return new ReportAttempt(page, post);
    }

    [GeneratedRegex(@"\[stress:(?<marker>[A-Za-z0-9-]+)\]")]
    private static partial Regex MarkerPattern();
}
