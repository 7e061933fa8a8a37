
namespace LangSon.ThiDua.Tests.Integration.Infrastructure;

public static class CraftedPost
{
    /// <summary>
    /// Posts to <paramref name="url"/> with this client's valid antiforgery token taken from another
    /// form (the logout form on "/", the login form): a user who crafts the request by hand, so that
    /// only authorization stands in the way.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenFromAsync(
        this PortalClient client, string url, IDictionary<string, string> fields, string page, string pageAction)
    {
        var token = await client.AntiforgeryTokenAsync(page, pageAction);
        return await client.PostWithoutTokenAsync(url, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
    }

    public static Task<HttpResponseMessage> PostAsSignedInUserAsync(this PortalClient client, string url, IDictionary<string, string> fields) =>
        client.PostWithTokenFromAsync(url, fields, "/", "/Account/Logout");

    public static Task<HttpResponseMessage> PostAsAnonymousAsync(this PortalClient client, string url, IDictionary<string, string> fields) =>
        client.PostWithTokenFromAsync(url, fields, "/Account/Login", "/Account/Login");
}
