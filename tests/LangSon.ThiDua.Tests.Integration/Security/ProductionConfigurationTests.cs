using System.Net;
using System.Text;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Foundation;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// The security checks run against the Production configuration behind nginx (issue 20, item 6; <see
/// cref="ProductionFactory"/>):
/// HSTS and Secure cookies over https, forwarded headers believed from nginx only, no demo account, the header scan,
/// the
/// authorization matrix's anonymous and unit rows, two-factor required, sessions that end and the sign-in limits.
/// </summary>
public sealed class ProductionConfigurationTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    private const string Clerk = "nhanvien.soyte";

    [Fact]
    public async Task No_demo_account_exists_and_the_demo_password_signs_nobody_in()
    {
        var demo = new[] { "admin", "noivu", "hoidong1", "hoidong9", "truongdonvi.soyte", "canbo.soyte", "canbo.tamthanh", "mttq" };
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => demo.Contains(u.UserName!))));

        using var browser = factory.Browser("203.0.113.40");
        using var response = await browser.LoginAsync("admin", PortalFactory.DemoPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", (await PortalClient.ParseAsync(response)).ValidationMessages());
    }

    [Fact]
    public async Task In_production_EF_Core_does_not_check_each_query_for_a_second_thread()
    {
        Assert.False(await factory.WithDbAsync(db => Task.FromResult(DbContextPoolTests.ThreadSafetyChecks(db))));
    }

    [Fact]
    public async Task Through_nginx_answers_carry_HSTS_cookies_are_secure_and_the_audit_has_the_client_s_address()
    {
        using var raw = factory.Raw();
        using var viaNginx = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        viaNginx.Headers.Add("X-Forwarded-Proto", "https");
        viaNginx.Headers.Add("X-Forwarded-For", "203.0.113.41");
        using var login = await raw.SendAsync(viaNginx);
        Assert.Contains("max-age=", login.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);

        await factory.CreateAccountAsync(Clerk, Roles.UnitStaff, "SYT");
        using var browser = factory.Browser("203.0.113.42");
        using var signIn = await browser.LoginAsync(Clerk, ProductionFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("LangSon.ThiDua=", StringComparison.Ordinal));
        HtmlAssertions.AllSecureHttpOnlySameSite(cookies);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == Clerk && a.Action == AuditActions.SignIn)
            .Select(a => a.IpAddress).ToListAsync());
        Assert.Contains("203.0.113.42", audit);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        using var raw = factory.Raw();
        using var forged = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        forged.Headers.Add(ClientAddressStartupFilter.Header, "198.51.100.9");
        forged.Headers.Add("X-Forwarded-Proto", "https");
        forged.Headers.Add("X-Forwarded-For", "10.0.0.1");
        using var login = await raw.SendAsync(forged);

        Assert.False(login.Headers.Contains("Strict-Transport-Security"));
        Assert.All(login.Headers.GetValues("Set-Cookie"), c => Assert.Contains("; secure", c.ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_and_file_a_visitor_and_a_unit_clerk_reach_carries_the_security_headers_and_HSTS()
    {
        await factory.CreateAccountAsync(Clerk, Roles.UnitStaff, "SYT");
        var problems = new List<string>();
        foreach (var signedIn in new[] { false, true })
        {
            using var browser = factory.Browser("203.0.113.43");
            if (signedIn)
            {
                Assert.Equal(HttpStatusCode.Redirect, (await browser.LoginAsync(Clerk, ProductionFactory.Password)).StatusCode);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
            var queue = new Queue<string>(["/"]);
            while (queue.Count > 0 && seen.Count <= 80)
            {
                var url = queue.Dequeue();
                using var response = await browser.GetAsync(url);
                problems.AddRange(HeaderScanTests.Check(url, response, signedIn));
                if (!response.Headers.Contains("Strict-Transport-Security"))
                {
                    problems.Add($"{url}: no Strict-Transport-Security");
                }

                if (Local(response.Headers.Location) is { } next && seen.Add(next))
                {
                    queue.Enqueue(next);
                }

                if (response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    foreach (var link in HeaderScanTests.LocalLinks(await PortalClient.ParseAsync(response)).Where(seen.Add))
                    {
                        queue.Enqueue(link);
                    }
                }
            }

            Assert.True(seen.Count > (signedIn ? 10 : 2), $"The scan found only {seen.Count} pages.");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>A redirect within the portal (the cookie authentication sends absolute ones, on the portal's
    /// name).</summary>
    private static string? Local(Uri? location) =>
        location is { IsAbsoluteUri: true, Host: ProductionFactory.Host } ? location.PathAndQuery : HeaderScanTests.Local(location);

    [Fact]
    public async Task Every_action_answers_a_visitor_and_a_unit_clerk_as_the_authorization_matrix_declares()
    {
        await factory.CreateAccountAsync(Clerk, Roles.UnitStaff, "SYT");
        using var visitor = factory.Browser("203.0.113.44");
        using var clerk = factory.Browser("203.0.113.45");
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.LoginAsync(Clerk, ProductionFactory.Password)).StatusCode);
        var wrong = new StringBuilder();

        // The clerk of Sở Y tế answers as the demo clerk of Sở Y tế (canbo.soyte) of the declared table.
        foreach (var (principal, client) in new[] { (AccessRules.Anonymous, visitor), ("canbo.soyte", clerk) })
        {
            foreach (var action in PortalActions.All(factory.Services).Where(a => a.Key != "Account.Logout POST"))
            {
                using var response = action.Method == "GET"
                    ? await client.GetAsync(action.Url)
                    : await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(action.Method), action.Url) { Content = new FormUrlEncodedContent([]) });
                var refused = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true
                        && !action.Key.StartsWith("Account.Login ", StringComparison.Ordinal));
                if (response.StatusCode == HttpStatusCode.InternalServerError || refused == AccessRules.Table[action.Key].Contains(principal))
                {
                    wrong.AppendLine($"{action.Key} as {principal}: {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }

    [Fact]
    public async Task A_council_member_must_set_up_two_factor_sign_in_before_anything_else()
    {
        await factory.CreateAccountAsync("thanhvien.hoidong", Roles.CouncilMember);
        using var member = factory.Browser("203.0.113.46");
        Assert.Equal(HttpStatusCode.Redirect, (await member.LoginAsync("thanhvien.hoidong", ProductionFactory.Password)).StatusCode);

        using var home = await member.GetAsync("/Council");

        Assert.Equal("/TwoFactor", home.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_sign_in_cookie_copied_before_sign_out_opens_nothing_afterwards()
    {
        await factory.CreateAccountAsync("nhanvien2.soyte", Roles.UnitStaff, "SYT");
        using var browser = factory.Browser("203.0.113.47");
        using var signIn = await browser.LoginAsync("nhanvien2.soyte", ProductionFactory.Password);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Where(c => c.StartsWith("LangSon.ThiDua", StringComparison.Ordinal)));
        using var logout = await browser.PostFormAsync("/Account/Logout", new Dictionary<string, string>(), "/");

        using var raw = factory.Raw();
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/Plans/Mine");
        replay.Headers.Add("Cookie", cookie);
        replay.Headers.Add("X-Forwarded-Proto", "https");
        using var answer = await raw.SendAsync(replay);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("/Account/Login", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_from_one_client_hold_that_client_back_while_the_owner_signs_in_from_another()
    {
        await factory.CreateAccountAsync("nhanvien3.soyte", Roles.UnitStaff, "SYT");
        using var attacker = factory.Browser("203.0.113.66");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await attacker.LoginAsync("nhanvien3.soyte", "Sai#mat-khau-1");
            statuses.Add(response.StatusCode);
        }

        using var owner = factory.Browser("203.0.113.67");
        using var signedIn = await owner.LoginAsync("nhanvien3.soyte", ProductionFactory.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }
}
