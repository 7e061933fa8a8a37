using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// ASP.NET Core's <see cref="ITicketStore"/> for the sign-in cookie: the ticket stays on the server, in Identity's
/// AspNetUserTokens table (provider <see cref="SignInSessions.LoginProvider"/>, shared by every web server), and the
/// cookie carries only the session key "userId:secret". The row is named by the SHA-256 of the secret, so a copy of the
/// database holds no usable key. Signing out deletes the row: a copied cookie then gets the sign-in page (issue 20).
/// </summary>
internal sealed class SessionTicketStore(IServiceScopeFactory scopes, TimeProvider time) : ITicketStore
{
    /// <summary>The HttpContext item where the current request's session row name is left.</summary>
    public const string CurrentSessionItem = "thidua:session";

    private const int AgentMaxLength = 300;

    /// <summary>The session row's value, read on every signed-in request: compiled once (docs/performance.md).
    /// </summary>
    private static readonly Func<AppDbContext, string, string, CancellationToken, Task<string?>> SessionValue =
        EF.CompileAsyncQuery((AppDbContext db, string userId, string name, CancellationToken ct) =>
            db.UserTokens.AsNoTracking()
                .Where(t => t.UserId == userId && t.LoginProvider == SignInSessions.LoginProvider && t.Name == name)
                .Select(t => t.Value).SingleOrDefault());

    public Task<string> StoreAsync(AuthenticationTicket ticket) =>
        StoreAsync(ticket, httpContext: null, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        StoreAsync(ticket, httpContext: null, cancellationToken);

    public async Task<string> StoreAsync(
        AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var userId = ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A sign-in ticket without a user id cannot be stored.");
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        var agent = httpContext?.Request.Headers.UserAgent.ToString();
        var session = new StoredSession(Serialize(ticket), now, now, ticket.Properties.ExpiresUtc?.UtcDateTime,
            httpContext?.Connection.RemoteIpAddress?.ToString(),
            agent is { Length: > AgentMaxLength } ? agent[..AgentMaxLength] : agent);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // A user's sessions that expired without a sign-out (a closed browser) go when the user signs in again.
        var expired = (await Sessions(db, userId).ToListAsync(cancellationToken))
            .Where(t => StoredSession.Read(t.Value) is not { } s || s.ExpiresUtc < now)
            .ToList();
        db.UserTokens.RemoveRange(expired);
        db.UserTokens.Add(new IdentityUserToken<string>
        {
            UserId = userId,
            LoginProvider = SignInSessions.LoginProvider,
            Name = NameOf(secret),
            Value = session.Write(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return $"{userId}:{secret}";
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        RetrieveAsync(key, httpContext: null, CancellationToken.None);

    public Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken) =>
        RetrieveAsync(key, httpContext: null, cancellationToken);

    public async Task<AuthenticationTicket?> RetrieveAsync(
        string key, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        if (Parse(key) is not var (userId, name))
        {
            return null;
        }

        var value = await ValueAsync(userId, name, httpContext, cancellationToken);
        if (StoredSession.Read(value) is not { } session)
        {
            return null;
        }

        httpContext?.Items[CurrentSessionItem] = name;
        return TicketSerializer.Default.Deserialize(Convert.FromBase64String(session.Ticket));
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    /// <summary>The new ticket of a sliding renewal or of the security-stamp check (once a minute at most).</summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        if (Parse(key) is not var (userId, name))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = Sessions(db, userId).Where(t => t.Name == name);
        var value = await row.Select(t => t.Value).SingleOrDefaultAsync(cancellationToken);
        if (StoredSession.Read(value) is not { } session)
        {
            return;
        }

        var renewed = session with
        {
            Ticket = Serialize(ticket),
            LastSeenUtc = time.GetUtcNow().UtcDateTime,
            ExpiresUtc = ticket.Properties.ExpiresUtc?.UtcDateTime,
        };
        await row.ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, renewed.Write()), cancellationToken);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        if (Parse(key) is not var (userId, name))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await Sessions(db, userId).Where(t => t.Name == name).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Every session row of a user (reads, updates and deletes bypass the change tracker).</summary>
    public static IQueryable<IdentityUserToken<string>> Sessions(AppDbContext db, string userId) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == SignInSessions.LoginProvider);

    /// <summary>
    /// The session row's value, read with the request's DbContext when there is a request: the page's own queries then
    /// run on the same open connection (<see cref="OneConnectionPerRequest"/>).
    /// </summary>
    private async Task<string?> ValueAsync(string userId, string name, HttpContext? httpContext, CancellationToken ct)
    {
        if (httpContext is not null)
        {
            return await SessionValue(await OneConnectionPerRequest.OpenAsync(httpContext, ct), userId, name, ct);
        }

        await using var scope = scopes.CreateAsyncScope();
        return await SessionValue(scope.ServiceProvider.GetRequiredService<AppDbContext>(), userId, name, ct);
    }

    private static string Serialize(AuthenticationTicket ticket) =>
        Convert.ToBase64String(TicketSerializer.Default.Serialize(ticket));

    private static string NameOf(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    private static (string UserId, string Name)? Parse(string key)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == key.Length - 1 ? null : (key[..colon], NameOf(key[(colon + 1)..]));
    }
}

/// <summary>What is kept of one session: the ticket, and what its owner and the administrator see of it.</summary>
internal sealed record StoredSession(
    string Ticket,
    DateTime CreatedUtc,
    DateTime LastSeenUtc,
    DateTime? ExpiresUtc,
    string? IpAddress,
    string? UserAgent)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Write() => JsonSerializer.Serialize(this, Json);

    public static StoredSession? Read(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredSession>(value, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
