using System.Net;
using System.Reflection;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// Malformed, oversized and Unicode-edge values (see <see cref="FuzzValues"/>) posted to every form a user finds in
/// the portal and put in every query string of every page: the portal never fails (500), refuses in Vietnamese, saves
/// nothing half way, and stores accepted text exactly.
/// </summary>
public sealed class FuzzTests(FuzzFactory factory, ITestOutputHelper output) : IClassFixture<FuzzFactory>
{
    private const int MinimumPosts = 1_000;

    /// <summary>POST actions that no page offers as a form to the users walked, and why.</summary>
    private static readonly Dictionary<string, string> PostsWithoutForm = new()
    {
        ["Account.Logout POST"] = "the sign-out button is in the page header, outside the main content",
        ["Account.SignOutEverywhere POST"] = "signs the walking user out everywhere: its page is not walked (Account/SessionTests posts it)",
        ["Users.EndSessions POST"] = "ends a walking user's sessions: its page is not walked (Account/SessionTests posts it)",
        ["Users.ResetTwoFactor POST"] = "only an account with two-factor sign-in on offers it (Users/TwoFactorResetTests posts it)",
        ["AwardImport.Confirm POST"] = "shown only on the preview of a valid workbook (AwardImportTests posts one)",
        ["AwardIdentity.SamePerson POST"] =
            "only under a 'possible' line of a person's history, which the walk does not reach (AwardIdentityTests)",
        ["AwardIdentity.NotSamePerson POST"] =
            "only under a 'possible' line of a person's history, which the walk does not reach (AwardIdentityTests)",
        ["AwardDecisions.Create POST"] = "its form needs passed nominations of a closed session; the demo data has none",
        ["Campaigns.Activate POST"] = "only a draft campaign offers it; the demo campaign is active",
        ["Campaigns.Summarize POST"] = "only a closed campaign offers it",
        ["CouncilBallots.Cast POST"] = "shown only on the review page of a valid ballot (fuzzed ballots are refused before it)",
        ["CouncilBallots.Vote POST"] = "the \"back to edit\" button of that same review page",
        ["EmulationGroups.Delete POST"] = "only an empty group offers it; every demo group has units",
        ["EmulationPacts.Text POST"] = "only a draft pact offers it; the demo pact is signed (EmulationPactsTests)",
        ["PactSteps.Open POST"] = "only a draft pact offers it; the demo pact is signed (EmulationPactsTests)",
        ["PactSteps.Sign POST"] = "only a pact open for signing offers it (EmulationPactsTests posts it)",
        ["CriteriaTable.Copy POST"] = "only an empty table with an earlier year's offers it; the demo has one year",
        ["ScoreReview.Close POST"] =
            "only once every member has submitted: the demo khối is mid-scoring, the cụm is closed " +
            "(EmulationScoringTests posts it)",
        ["Notifications.Read POST"] = "only an unread notification offers it; the demo users have none",
        ["Notifications.ReadAll POST"] = "same: no unread notification",
        ["PlanImport.Confirm POST"] = "shown only on the preview of a valid workbook (UploadAttackTests posts one)",
        ["Plans.Start POST"] = "only a unit without a plan offers it; the units walked all have one",
        ["TwoFactor.Disable POST"] = "only an account with two-factor sign-in on offers it",
        ["TwoFactor.RecoveryCodes POST"] = "same: two-factor sign-in is off for the demo accounts",
        ["Units.Reactivate POST"] = "only an inactive unit offers it; the demo units are active",
        ["Users.Enable POST"] = "only a disabled account offers it",
    };

    [Fact]
    public async Task Every_form_refuses_malformed_values_in_Vietnamese_and_saves_nothing_half_way()
    {
        var catalog = await factory.CatalogAsync();
        using var probe = new DbProbe(factory.DatabasePath);
        var fuzzer = new FormFuzzer(catalog.Clients, probe);

        // Forms with fields first; bare confirmation buttons (deactivate, close, submit…) last, the accounts' own last of all.
        var ordered = catalog.Forms.OrderBy(f => f.HasVisibleFields ? 0 : f.Pattern.StartsWith("/users/", StringComparison.Ordinal) ? 2 : 1).ToList();
        var fieldCount = ordered.Sum(f => f.Fields.Count);
        const int allAtOnce = 3;
        var perField = Math.Max(2, (int)Math.Ceiling((MinimumPosts * 1.1 - (ordered.Count * allAtOnce)) / Math.Max(1, fieldCount)));
        var done = new HashSet<string>();
        var posted = new HashSet<string>();
        for (var round = 0; round < 3 && ordered.Count > 0; round++)
        {
            foreach (var form in ordered.Where(f => done.Add(FuzzCatalog.KeyOf(f))))
            {
                posted.Add(form.Pattern);
                await fuzzer.FuzzAsync(form, form.HasVisibleFields ? perField : 1, form.HasVisibleFields ? allAtOnce : 1);
            }

            // Forms that only a post's answer shows (the ballot review's "cast" button, say).
            ordered = fuzzer.Discovered.DistinctBy(FuzzCatalog.KeyOf).Where(f => !done.Contains(FuzzCatalog.KeyOf(f))).ToList();
            fuzzer.Discovered.Clear();
        }

        var missing = PortalActions.All(factory.Services)
            .Where(a => a.Method == "POST" && !posted.Contains(FormCatalog.PatternOf(a.Url)) && !PostsWithoutForm.ContainsKey(a.Key))
            .Select(a => a.Key).ToList();
        output.WriteLine($"{fuzzer.Posts} posts to {done.Count} forms ({posted.Count} POST routes) of {catalog.Pages.Count} pages; "
            + string.Join(", ", fuzzer.Outcomes.Select(o => $"{o.Key} {o.Value}")));
        output.WriteLine("POST actions without a form found: " + string.Join(", ", missing));
        Dump("forms", fuzzer.Failures.Prepend(string.Join('\n', catalog.Pages.Select(p => $"{p.User} {p.Url}"))));

        Assert.True(fuzzer.Posts >= MinimumPosts, $"only {fuzzer.Posts} posts");
        Assert.True(fuzzer.Failures.Count == 0, $"{fuzzer.Failures.Count} failures:\n" + string.Join('\n', fuzzer.Failures.Distinct().Take(60)));
        Assert.Empty(missing);
    }

    [Fact]
    public async Task Every_query_string_and_route_id_survives_malformed_values()
    {
        var catalog = await factory.CatalogAsync();
        var parser = new HtmlParser();
        var failures = new List<string>();
        var requests = 0;
        var cursor = 0;
        foreach (var (action, names) in GetActions())
        {
            var pattern = Normalize(FormCatalog.PatternOf(action.Url));
            var page = catalog.Pages.FirstOrDefault(p => Normalize(p.Pattern) == pattern);
            var user = page?.User ?? UserFor(action.Key);
            var url = (page?.Url ?? action.Url).Split('?')[0];
            var all = names.Concat(page is null ? [] : catalog.Pages.Where(p => Normalize(p.Pattern) == pattern).SelectMany(p => p.QueryNames)).Append("page").Distinct().ToList();
            var download = FormCatalog.IsDownload(url);
            var urls = new List<string>();
            for (var i = 0; i < (download ? 3 : 10); i++)
            {
                var value = FuzzValues.Query[cursor++ % FuzzValues.Query.Count];
                urls.Add(url + "?" + string.Join('&', all.Select(n => FuzzValues.UrlEncode(n) + "=" + FuzzValues.UrlEncode(value.Bytes))));
            }

            urls.AddRange(all.Select(n => url + "?" + FuzzValues.UrlEncode(n) + "=" + FuzzValues.UrlEncode(FuzzValues.Query[cursor++ % FuzzValues.Query.Count].Bytes)));
            // The error page shows an unknown status code as the 500 page on purpose: its route id is not fuzzed.
            if (!download && action.Key != "Error.Show GET" && url.Split('/').LastOrDefault(s => int.TryParse(s, out _)) is { } id)
            {
                var at = url.LastIndexOf("/" + id, StringComparison.Ordinal);
                urls.AddRange(new[] { "-1", "0", "2147483648", "abc", "1%20OR%201=1", "%F0%9F%8F%86" }.Select(bad => url[..at] + "/" + bad + url[(at + id.Length + 1)..]));
            }

            foreach (var fuzzed in urls)
            {
                requests++;
                using var response = await catalog.Clients[user].GetAsync(fuzzed);
                if (response.StatusCode == HttpStatusCode.InternalServerError)
                {
                    failures.Add($"GET {Short(fuzzed)} as {user}: 500");
                }
                else if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    var html = await response.Content.ReadAsStringAsync();
                    failures.AddRange(FuzzChecks.Problems(html, parser.ParseDocument(html)).Select(p => $"GET {Short(fuzzed)} as {user}: {p}"));
                }
            }
        }

        Dump("queries", failures);
        output.WriteLine($"{requests} GET requests with fuzzed query strings and route ids");
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join('\n', failures.Distinct().Take(60)));
    }

    /// <summary>Every GET action with the names its parameters bind from the query string (a complex one: its properties).</summary>
    private IEnumerable<(PortalAction Action, List<string> Names)> GetActions()
    {
        var descriptors = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>())
            .OfType<ControllerActionDescriptor>()
            .ToList();
        foreach (var action in PortalActions.All(factory.Services).Where(a => a.Method == "GET"))
        {
            var descriptor = descriptors.First(d => action.Key.StartsWith($"{d.ControllerName}.{d.ActionName} ", StringComparison.Ordinal)
                && d.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>().Any(c => c.HttpMethods.Contains("GET")) != false);
            var template = descriptor.AttributeRouteInfo?.Template ?? "{id?}";
            var names = descriptor.Parameters
                .Where(p => p.ParameterType != typeof(CancellationToken) && !template.Contains("{" + p.Name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(NamesOf)
                .ToList();
            yield return (action, names);
        }
    }

    private static IEnumerable<string> NamesOf(Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        if (IsSimple(type) || (type.IsArray && IsSimple(type.GetElementType()!)))
        {
            return [parameter.BindingInfo?.BinderModelName ?? parameter.Name];
        }

        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name);
    }

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
            || type == typeof(DateTime) || type == typeof(Guid) || type == typeof(TimeOnly);
    }

    /// <summary>"/units/index" and "/units" are the same page; "/home" is "/".</summary>
    private static string Normalize(string pattern)
    {
        var p = pattern.EndsWith("/index", StringComparison.Ordinal) ? pattern[..^"/index".Length] : pattern;
        return p is "/home" or "" ? "/" : p;
    }

    private static string UserFor(string key)
    {
        var allowed = AccessRules.Table.GetValueOrDefault(key) ?? [];
        return allowed.FirstOrDefault(u => u != AccessRules.Anonymous) ?? AccessRules.Anonymous;
    }

    /// <summary>FUZZ_DUMP=folder writes the whole list there (the assertion shows the first ones only).</summary>
    private static void Dump(string name, IEnumerable<string> lines)
    {
        if (Environment.GetEnvironmentVariable("FUZZ_DUMP") is { Length: > 0 } folder)
        {
            File.WriteAllLines(Path.Combine(folder, $"fuzz-{name}.txt"), lines);
        }
    }

    private static string Short(string text) => text.Length <= 160 ? text : text[..160] + $"…({text.Length} chars)";
}
