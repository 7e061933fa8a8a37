using System.Net;
using System.Text;
using LangSon.ThiDua.Tests.Integration.Infrastructure;

namespace LangSon.ThiDua.Tests.Integration.Security;

/// <summary>
/// Every action of the portal, enumerated from the app's own endpoint data, answers every principal as
/// <see cref="AccessRules"/> declares: an action added without a declared rule fails here. A request reaches the
/// action with an id that does not exist, so "allowed" shows as 200, 302, 400 (a POST without its token) or 404, and
/// "refused" as 403 (signed in) or a redirect to the sign-in page (anonymous). Which unit's data a user may touch is
/// decided inside the actions on real ids: the feature tests cover that with another unit's users.
/// </summary>
public sealed class AuthorizationMatrixTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_action_has_a_declared_rule_and_every_rule_an_action()
    {
        var actions = PortalActions.All(factory.Services).Select(a => a.Key).ToHashSet();

        Assert.Empty(actions.Except(AccessRules.Table.Keys).Order());
        Assert.Empty(AccessRules.Table.Keys.Except(actions).Order());
    }

    [Fact]
    public async Task Every_principal_gets_the_declared_answer_from_every_action()
    {
        var clients = new Dictionary<string, PortalClient> { [AccessRules.Anonymous] = factory.CreatePortalClient() };
        foreach (var user in AccessRules.Users)
        {
            clients[user] = await factory.SignInAsync(user);
        }

        var wrong = new StringBuilder();
        var dump = new StringBuilder();
        foreach (var action in PortalActions.All(factory.Services))
        {
            var allowed = new List<string>();
            foreach (var (principal, client) in clients)
            {
                using var response = action.Method == "GET"
                    ? await client.GetAsync(action.Url)
                    : await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(action.Method), action.Url) { Content = new FormUrlEncodedContent([]) });
                Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"{action.Key} as {principal}: 500");
                var refused = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true
                        && !action.Key.StartsWith("Account.Login ", StringComparison.Ordinal));
                if (!refused)
                {
                    allowed.Add(principal);
                }
            }

            dump.AppendLine($"[\"{action.Key}\"] = [{string.Join(", ", allowed.Select(a => "\"" + a + "\""))}],");
            if (AccessRules.Table.TryGetValue(action.Key, out var expected) && !expected.Order().SequenceEqual(allowed.Order()))
            {
                wrong.AppendLine($"{action.Key} ({action.Url}): declared [{string.Join(", ", expected)}], answered [{string.Join(", ", allowed)}]");
            }
        }

        if (Environment.GetEnvironmentVariable("MATRIX_DUMP") is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, dump.ToString());
        }

        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(wrong.Length == 0, wrong.ToString());
    }
}
