using System.Text.Json;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Domain.Auditing;
using LangSon.ThiDua.Domain.Data;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>Security events that are not data changes (sign-in, sign-out, exports) go to the audit log through here.</summary>
internal static class AuditLog
{
    public static async Task RecordAsync(
        this AppDbContext db,
        HttpContext http,
        TimeProvider time,
        string action,
        string entityType,
        string? entityId,
        string? userName = null,
        string? detail = null,
        CancellationToken cancellationToken = default)
    {
        var who = userName ?? http.User.Identity?.Name ?? "?";
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserName = who.Length > 100 ? who[..100] : who,
            IpAddress = http.Connection.RemoteIpAddress?.ToString(),
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Changes = detail is null ? null : JsonSerializer.Serialize(new { detail }, AuditJson.Options),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// A refused request (403), whichever check refused it (a policy at the door, a unit's data inside an action). Saved
    /// through a context of its own: the request's context may hold changes the refused action must not save.
    /// </summary>
    public static async Task RecordDenialAsync(HttpContext http)
    {
        await using var scope = http.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var target = $"{http.Request.Method} {http.Request.Path}";
        await db.RecordAsync(http, time, AuditActions.AccessDenied, "Request", null, detail: target.Length > 500 ? target[..500] : target);
    }
}
