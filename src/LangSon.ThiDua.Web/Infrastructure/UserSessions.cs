using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Data;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>One open sign-in session as its owner and the administrator see it (times in UTC).</summary>
public sealed record SessionInfo(
    DateTime SignedInUtc,
    DateTime LastSeenUtc,
    DateTime? ExpiresUtc,
    string? IpAddress,
    string? UserAgent,
    bool IsCurrent)
{
    /// <summary>"Chrome trên Windows": the browser and system named by the user agent, as far as it tells.</summary>
    public string Device
    {
        get
        {
            var agent = UserAgent ?? string.Empty;
            string? browser = agent switch
            {
                _ when agent.Contains("Edg/", StringComparison.Ordinal) => "Edge",
                _ when agent.Contains("Firefox/", StringComparison.Ordinal) => "Firefox",
                _ when agent.Contains("Chrom", StringComparison.Ordinal) => "Chrome",
                _ when agent.Contains("Safari/", StringComparison.Ordinal) => "Safari",
                _ => null,
            };
            string? system = agent switch
            {
                _ when agent.Contains("Windows", StringComparison.Ordinal) => "Windows",
                _ when agent.Contains("Android", StringComparison.Ordinal) => "Android",
                _ when agent.Contains("iPhone", StringComparison.Ordinal) => "iOS",
                _ when agent.Contains("iPad", StringComparison.Ordinal) => "iOS",
                _ when agent.Contains("Mac OS", StringComparison.Ordinal) => "macOS",
                _ when agent.Contains("Linux", StringComparison.Ordinal) => "Linux",
                _ => null,
            };
            return (browser, system) switch
            {
                (null, null) => "Không rõ trình duyệt",
                (null, _) => $"Trình duyệt trên {system}",
                (_, null) => browser,
                _ => $"{browser} trên {system}",
            };
        }
    }
}

/// <summary>The open sessions of a user (<see cref="SessionTicketStore"/>): listing them and ending them all.</summary>
internal static class UserSessions
{
    public static IServiceCollection AddServerSideSessions(this IServiceCollection services)
    {
        services.AddSingleton<SessionTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionTicketStore>((options, store) => options.SessionStore = store);
        return services;
    }

    /// <summary>The user's sessions that have not expired, latest used first; the request's own is marked.</summary>
    public static async Task<IReadOnlyList<SessionInfo>> ListAsync(
        this AppDbContext db, string userId, HttpContext http, TimeProvider time, CancellationToken ct)
    {
        var current = http.Items[SessionTicketStore.CurrentSessionItem] as string;
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await SessionTicketStore.Sessions(db, userId).AsNoTracking()
            .Select(t => new { t.Name, t.Value })
            .ToListAsync(ct);
        return rows
            .Select(r => (r.Name, Session: StoredSession.Read(r.Value)))
            .Where(r => r.Session is { } s && !(s.ExpiresUtc < now))
            .Select(r => new SessionInfo(r.Session!.CreatedUtc, r.Session.LastSeenUtc, r.Session.ExpiresUtc,
                r.Session.IpAddress, r.Session.UserAgent, r.Name == current))
            .OrderByDescending(s => s.LastSeenUtc)
            .ToList();
    }

    /// <summary>
    /// Ends every session of the user at once, on every web server, and changes the security stamp, so that browsers
    /// remembered at the two-factor step must give a code again. Returns how many sessions were open.
    /// </summary>
    public static async Task<int> EndAllAsync(
        this UserManager<AppUser> users, AppDbContext db, AppUser user, CancellationToken ct)
    {
        var ended = await db.DeleteSessionsAsync(user.Id, ct);
        await users.UpdateSecurityStampAsync(user);
        return ended;
    }

    /// <summary>Deletes the user's session rows: every browser of the user gets the sign-in page next.</summary>
    public static Task<int> DeleteSessionsAsync(this AppDbContext db, string userId, CancellationToken ct) =>
        SessionTicketStore.Sessions(db, userId).ExecuteDeleteAsync(ct);
}
