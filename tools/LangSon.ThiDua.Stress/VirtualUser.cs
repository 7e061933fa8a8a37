using System.Collections.Concurrent;
using System.Diagnostics;

namespace LangSon.ThiDua.Stress;

/// <summary>
/// One person at a browser with no think time: Sở Nội vụ (noivu) or a unit user. 80 % of its steps read a page, 20 %
/// write (a unit user: mostly a progress report, else "mark all notifications read"; noivu: the latter). With nothing
/// unread, the <see cref="LoadScenario.Work"/> user reads its notifications and goes on (it signed in once), the
/// <see cref="LoadScenario.Churn"/> user signs out and in again. A GET must answer 200, a POST the redirect of success;
/// anything else, an exception or a timeout is an error.
/// </summary>
internal sealed class VirtualUser(
    int index, Uri baseAddress, string userName, string runId, LoadScenario scenario,
    ConcurrentQueue<string> errorSamples) : IDisposable
{
    private const double ReadShare = 0.8;
    private const double ProgressShareOfUnitWrites = 0.85;
    private readonly PortalClient client = new(baseAddress, userName, TimeSpan.FromSeconds(30));
    private readonly Random random = new(index + 1);
    private List<int> plans = [];
    private List<int> targets = [];
    private List<int> nominations = [];
    private int sequence;

    public LatencyStats Stats { get; } = new();

    private bool IsReviewer => userName == DemoSetup.Reviewer;

    public async Task PrepareAsync(CancellationToken ct)
    {
        await DemoSetup.SignInOrThrowAsync(client, ct);
        if (IsReviewer)
        {
            var list = await client.GetAsync("/Plans", ct);
            plans = Forms.LinkedIds(list.Body, "/Plans/Details/");
            var review = await client.GetAsync("/NominationReview", ct);
            nominations = Forms.LinkedIds(review.Body, "/NominationReview/Review/");
        }
        else if (await DemoSetup.OwnPlanAsync(client, ct) is { } plan)
        {
            plans = [plan];
            targets = await DemoSetup.TargetsAsync(client, plan, ct);
        }

        if (plans.Count == 0 || (!IsReviewer && targets.Count == 0))
        {
            throw new InvalidOperationException($"{userName}: không thấy kế hoạch hoặc mục tiêu nào để thử tải.");
        }
    }

    public async Task RunAsync(Stopwatch clock, TimeSpan duration, CancellationToken stop)
    {
        while (clock.Elapsed < duration && !stop.IsCancellationRequested)
        {
            if (random.NextDouble() < ReadShare)
            {
                await ReadAsync(stop);
            }
            else if (!IsReviewer && random.NextDouble() < ProgressShareOfUnitWrites)
            {
                await ReportProgressAsync(stop);
            }
            else
            {
                await MarkNotificationsReadAsync(stop);
            }
        }
    }

    public void Dispose() => client.Dispose();

    private Task ReadAsync(CancellationToken ct)
    {
        var plan = Pick(plans);
        string[] pages = (IsReviewer, scenario) switch
        {
            (true, LoadScenario.Churn) =>
                ["/Dashboard", "/Plans", $"/Plans/Details/{plan}", "/NominationReview", "/Notifications"],
            (true, _) => nominations.Count == 0
                ? ["/Dashboard", "/Dashboard/Units", "/Plans", $"/Plans/Details/{plan}", "/NominationReview"]
                : ["/Dashboard", "/Dashboard/Units", "/Plans", $"/Plans/Details/{plan}", "/NominationReview",
                    $"/NominationReview/Review/{Pick(nominations)}"],
            _ => ["/", $"/Plans/Details/{plan}", $"/Progress/Target/{Pick(targets)}", "/Nominations", "/Notifications"],
        };
        var path = pages[random.Next(pages.Length)];
        var kind = "GET " + KindOf(path);
        return StepAsync(kind, async () =>
        {
            var page = await client.GetAsync(path, ct);
            return (page, page.Code == 200);
        });
    }

    private Task ReportProgressAsync(CancellationToken ct)
    {
        var marker = $"load-{runId}-{index}-{sequence++}";
        return StepAsync("POST /Progress/Create", async () =>
        {
            var attempt = await ProgressReports.ReportAsync(client, Pick(targets), marker, ct);
            if (attempt.Form.Code == 200)
            {
                Stats.Record("GET /Progress/Create", attempt.Form.Milliseconds);
            }

            return attempt.Post is null ? (attempt.Form, false) : (attempt.Post, attempt.Acknowledged);
        });
    }

    /// <summary>
    /// "Mark all read" when the notifications page offers it (there are unread ones); otherwise signing out and in again,
    /// which writes its audit rows and the session.
    /// </summary>
    private async Task MarkNotificationsReadAsync(CancellationToken ct)
    {
        PortalResponse? page = null;
        await StepAsync("GET /Notifications", async () =>
        {
            page = await client.GetAsync("/Notifications", ct);
            return (page, page.Code == 200);
        });
        if (page is { Code: 200 } && Forms.Find(PortalClient.Parse(page.Body), "/Notifications/ReadAll") is { } form)
        {
            await StepAsync("POST /Notifications/ReadAll", async () =>
            {
                var post = await client.PostAsync("/Notifications/ReadAll", Forms.Read(form), multipart: false, ct);
                return (post, post.Code == 302 && !post.IsRedirectToLogin);
            });
            return;
        }

        if (scenario == LoadScenario.Work)
        {
            return; // people sign in once a day: nothing unread, the notifications page was the step
        }

        await StepAsync("POST /Account/Logout", async () =>
        {
            var logout = Forms.Find(PortalClient.Parse(page?.Body ?? string.Empty), "/Account/Logout");
            var post = await client.PostAsync("/Account/Logout", logout is null ? [] : Forms.Read(logout), multipart: false, ct);
            return (post, post.Code == 302 && post.IsRedirectToLogin);
        });
        await StepAsync("POST /Account/Login", async () =>
        {
            var signedIn = await client.SignInAsync(ct);
            return (new PortalResponse(signedIn ? System.Net.HttpStatusCode.Found : System.Net.HttpStatusCode.OK, null, string.Empty, client.LastMilliseconds), signedIn);
        });
    }

    /// <summary>Runs one request (or form + POST), records its latency or an error with a sample of what went wrong.</summary>
    private async Task StepAsync(string kind, Func<Task<(PortalResponse Answer, bool Ok)>> step)
    {
        try
        {
            var (answer, ok) = await step();
            if (ok)
            {
                Stats.Record(kind, answer.Milliseconds);
                return;
            }

            Stats.Error(kind);
            Sample($"{kind} ({userName}): HTTP {answer.Code}{(answer.Location is null ? string.Empty : " → " + answer.Location)}");
            if (answer.IsRedirectToLogin && kind != "POST /Account/Logout")
            {
                await DemoSetup.SignInOrThrowAsync(client, CancellationToken.None);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException or InvalidOperationException)
        {
            Stats.Error(kind);
            Sample($"{kind} ({userName}): {ex.GetType().Name}: {ex.Message}");
        }
    }

    private void Sample(string message)
    {
        if (errorSamples.Count < 30)
        {
            errorSamples.Enqueue(message);
        }
    }

    private int Pick(List<int> ids) => ids[random.Next(ids.Count)];

    private static string KindOf(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && int.TryParse(parts[2], out _) ? $"/{parts[0]}/{parts[1]}/{{id}}" : path;
    }
}
