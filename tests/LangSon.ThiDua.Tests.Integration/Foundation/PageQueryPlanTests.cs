using System.Net;
using System.Text.RegularExpressions;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace LangSon.ThiDua.Tests.Integration.Foundation;

/// <summary>
/// The pages people open all day (the load mix of docs/performance.md) reach the tables that grow with the province's
/// data through an index: SQLite's query plan (EXPLAIN QUERY PLAN) of every SQL command they run scans none of them.
/// A scan costs nothing on the demo's data; at 10× (500,000 progress reports) one scan made a plan's page 100 ms
/// slower. The dashboard's pages are left out: they count the whole campaign by design and are output-cached.
/// </summary>
public sealed partial class PageQueryPlanTests(QueryLogFactory factory) : IClassFixture<QueryLogFactory>
{
    /// <summary>Tables of 5,000 rows or more in the 10× province of docs/data-generator.md, and the logs.</summary>
    private static readonly HashSet<string> GrowingTables =
    [
        "ProgressReports", "Notifications", "NominationTransitions", "OutboundEmails", "Attachments", "BallotVotes",
        "PlanTargets", "NominationTargets", "Nominations", "AspNetUsers", "AspNetUserRoles", "ReminderRecipients",
        "AgendaItems", "PlanTransitions", "AuditEntries", "AwardRecords",
    ];

    [Fact]
    public async Task Daily_pages_read_the_growing_tables_through_an_index()
    {
        using var unit = await factory.SignInAsync("canbo.soyte");
        using var reviewer = await factory.SignInAsync("noivu");
        using var mine = await unit.GetAsync("/Plans/Mine");
        var plan = mine.Headers.Location?.OriginalString ?? mine.RequestMessage!.RequestUri!.AbsolutePath;
        using var planPage = await unit.GetAsync(plan);
        var target = FirstLink(await planPage.Content.ReadAsStringAsync(), "/Progress/Target/");
        using var reviews = await reviewer.GetAsync("/NominationReview");
        var review = FirstLink(await reviews.Content.ReadAsStringAsync(), "/NominationReview/Review/");
        (PortalClient Client, string Path)[] pages =
        [
            (unit, "/"), (unit, plan), (unit, target), (unit, $"/Progress/Create?targetId={target[17..]}"),
            (unit, "/Nominations"), (unit, "/Nominations/Create"), (unit, "/Notifications"),
            (reviewer, "/Plans"), (reviewer, plan), (reviewer, "/NominationReview"), (reviewer, review),
            (reviewer, "/Notifications"),
        ];

        var marks = new List<(string Mark, string Path)>();
        foreach (var (client, path) in pages)
        {
            var mark = $"plan-{marks.Count}-{Guid.NewGuid():N}";
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Correlation-ID", mark);
            using var response = await client.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            marks.Add((mark, path));
        }

        var log = await PortalLog.WaitForAsync(
            factory.DataDirectory, marks[^1].Mark + " Chi phí", TimeSpan.FromSeconds(10));
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = factory.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await db.OpenAsync();
        var scans = new List<string>();
        foreach (var (mark, path) in marks)
        {
            var commands = log.Split('\n').Select(l => l.Split($"{mark} Lệnh SQL: ", 2))
                .Where(parts => parts.Length == 2).Select(parts => parts[1].TrimEnd('\r')).ToList();
            Assert.NotEmpty(commands);
            foreach (var sql in commands)
            {
                scans.AddRange((await ScannedTablesAsync(db, sql)).Select(t => $"{path}: scans {t} in {sql}"));
            }
        }

        Assert.Empty(scans);
    }

    /// <summary>The growing tables a command reads row by row: "SCAN alias" in its plan, the alias resolved.</summary>
    private static async Task<IEnumerable<string>> ScannedTablesAsync(SqliteConnection db, string sql)
    {
        var aliases = Alias().Matches(sql).ToDictionary(m => m.Groups["alias"].Value, m => m.Groups["table"].Value);
        using var explain = db.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + sql; // unbound parameters are NULL: the plan is the same
        var tables = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (Scan().Match(reader.GetString(3)) is { Success: true } scan)
            {
                var name = scan.Groups["name"].Value;
                tables.Add(aliases.GetValueOrDefault(name, name));
            }
        }

        return tables.Where(GrowingTables.Contains);
    }

    private static string FirstLink(string html, string prefix) =>
        Regex.Match(html, Regex.Escape(prefix) + "[0-9]+").Value is { Length: > 0 } link
            ? link
            : throw new InvalidOperationException($"No link {prefix}… on the page.");

    [GeneratedRegex("\"(?<table>\\w+)\" AS \"(?<alias>\\w+)\"")]
    private static partial Regex Alias();

    [GeneratedRegex("^SCAN (?<name>\\w+)")]
    private static partial Regex Scan();
}

/// <summary>A portal with the demo's plans that logs each request's costs and the text of its SQL commands.</summary>
public sealed class QueryLogFactory : PortalFactory
{
    protected override bool SeedDemoPlans => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Diagnostics:RequestCosts", "true");
        builder.UseSetting("Diagnostics:RequestCostsSql", "true");
    }
}
