using System.Threading.RateLimiting;
using LangSon.ThiDua.Web.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;

// In the DI namespace so that start-up calls services.AddVerification() without another using.
namespace Microsoft.Extensions.DependencyInjection;

public static class VerificationSetup
{
    /// <summary>The rate-limiting policy of the public verification pages.</summary>
    public const string Policy = "verification";

    /// <summary>Lookups one address may make a minute: a person checks a few certificates, not thousands.</summary>
    public const int PerSourcePerMinute = 30;

    /// <summary>The verification pages' limit per address (ASP.NET Core's rate limiter; over it: 429).</summary>
    public static IServiceCollection AddVerification(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure(options =>
            options.AddPolicy(Policy, context => RateLimitPartition.GetSlidingWindowLimiter(
                SignInThrottleSetup.SourceOf(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = PerSourcePerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })));
        return services;
    }
}
