using System.Globalization;
using System.Threading.RateLimiting;
using LangSon.ThiDua.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace LangSon.ThiDua.Web.Infrastructure;

/// <summary>
/// Settings of section "Security:SignIn": how many failed sign-ins are tolerated, counted per account from one address,
/// per address and per account from every address, within <see cref="WindowMinutes"/>; and how many sign-in posts one
/// address may send a minute. The counts are kept per web server.
/// </summary>
public sealed class SignInLimits
{
    /// <summary>Failures of one account name from one address before that address is held back for that name.</summary>
    public int FailuresPerAccountAndSource { get; set; } = 5;

    /// <summary>Failures from one address (whatever the names) before the address is held back for every
    /// name.</summary>
    public int FailuresPerSource { get; set; } = 20;

    /// <summary>
    /// Failures of one account name from all addresses before the name is held back everywhere: a guess spread over
    /// many
    /// addresses. One address alone never reaches it (it is held back at <see cref="FailuresPerSource"/> first).
    /// </summary>
    public int FailuresPerAccount { get; set; } = 100;

    /// <summary>How long a failure counts (a sliding window), in minutes.</summary>
    public int WindowMinutes { get; set; } = 15;

    /// <summary>Sign-in posts (password, code, recovery code; right or wrong) one address may send a minute.</summary>
    public int RequestsPerSourcePerMinute { get; set; } = 30;
}

/// <summary>
/// Failed sign-ins counted by ASP.NET Core's rate limiters (System.Threading.RateLimiting, sliding windows): a name
/// that
/// does not exist is counted exactly like one that does, and failures from one address hold back that address — never
/// the
/// owner signing in from elsewhere. Nothing here touches the account in the database (Identity's lockout stays for
/// wrong
/// two-factor codes, which need the password first).
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    /// <summary>The rate-limiting policy of the sign-in posts: <see
    /// cref="SignInLimits.RequestsPerSourcePerMinute"/>.</summary>
    public const string RequestPolicy = "sign-in";

    private const string OrAskAdmin = "hoặc liên hệ quản trị hệ thống.";

    private readonly PartitionedRateLimiter<string> perAccountAndSource;
    private readonly PartitionedRateLimiter<string> perSource;
    private readonly PartitionedRateLimiter<string> perAccount;
    private string? dummyHash;

    public SignInThrottle(SignInLimits limits)
    {
        Limits = limits;
        perAccountAndSource = Failures(limits.FailuresPerAccountAndSource, limits.WindowMinutes);
        perSource = Failures(limits.FailuresPerSource, limits.WindowMinutes);
        perAccount = Failures(limits.FailuresPerAccount, limits.WindowMinutes);
    }

    public SignInLimits Limits { get; }

    /// <summary>The held-back answer, the same whichever limit holds and whether or not the name exists.</summary>
    public string HeldBackMessage => string.Create(CultureInfo.InvariantCulture,
        $"Đăng nhập tạm thời bị chặn do nhập sai nhiều lần. Hãy thử lại sau {Limits.WindowMinutes} phút {OrAskAdmin}");

    /// <summary>True when one of the limits of this name or this address is used up.</summary>
    public bool IsHeldBack(string account, string source) =>
        !Available(perAccountAndSource, Pair(account, source))
        || !Available(perSource, source)
        || !Available(perAccount, account);

    /// <summary>Counts a failure; returns the holds this very failure started (audited once), in Vietnamese.</summary>
    public IReadOnlyList<string> RecordFailure(string account, string source)
    {
        var started = new List<string>();
        Count(perAccountAndSource, Pair(account, source), Limits.FailuresPerAccountAndSource,
            $"địa chỉ {source} bị chặn đăng nhập tài khoản này", started);
        Count(perSource, source, Limits.FailuresPerSource, $"địa chỉ {source} bị chặn đăng nhập mọi tài khoản", started);
        Count(perAccount, account, Limits.FailuresPerAccount, "tài khoản này bị chặn đăng nhập từ mọi địa chỉ", started);
        return started;
    }

    /// <summary>
    /// Verifies the password against a hash of a random one, with the same hasher and cost as a real account, so that a
    /// name that does not exist takes as long to refuse as a wrong password.
    /// </summary>
    public void VerifyAgainstNobody(IPasswordHasher<AppUser> hasher, string password)
    {
        var nobody = new AppUser { FullName = string.Empty, UserName = "?" };
        dummyHash ??= hasher.HashPassword(nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(nobody, dummyHash, password);
    }

    public void Dispose()
    {
        perAccountAndSource.Dispose();
        perSource.Dispose();
        perAccount.Dispose();
    }

    private void Count(PartitionedRateLimiter<string> limiter, string key, int limit, string hold, List<string> started)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired && !Available(limiter, key))
        {
            started.Add($"{limit} lần đăng nhập sai trong {Limits.WindowMinutes} phút: "
                + $"{hold} trong {Limits.WindowMinutes} phút");
        }
    }

    private static bool Available(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key, 0);
        return lease.IsAcquired;
    }

    private static string Pair(string account, string source) => account + "\n" + source;

    private static PartitionedRateLimiter<string> Failures(int permits, int windowMinutes) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new()
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(Math.Max(1, windowMinutes)),
            SegmentsPerWindow = Math.Max(1, windowMinutes),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}

internal static class SignInThrottleSetup
{
    /// <summary>The failure counters, and the request limit of the sign-in posts (a 429 with the Vietnamese
    /// page).</summary>
    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, SignInLimits limits)
    {
        services.AddSingleton(limits);
        services.AddSingleton<SignInThrottle>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInThrottle.RequestPolicy, context => RateLimitPartition.GetSlidingWindowLimiter(
                SourceOf(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limits.RequestsPerSourcePerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        });
        return services;
    }

    /// <summary>The client's address as the portal sees it (after a known proxy's X-Forwarded-For).</summary>
    public static string SourceOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "?";
}
