using LangSon.ThiDua.Web.Features.Notifications;

// In the DI namespace, as service registrations usually are, so that PortalSetup needs only the one call.
namespace Microsoft.Extensions.DependencyInjection;

public static class NotificationCentreServices
{
    /// <summary>
    /// The notification centre's daily e-mail digest (settings section "Notifications"): the sender and its schedule;
    /// the per-request summary of the bell (<see cref="NotificationSummary"/>).
    /// </summary>
    public static IServiceCollection AddNotificationCentre(
        this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>()
            .Bind(configuration.GetSection(DigestOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                options.DigestEnabled ??= !environment.IsEnvironment("Testing");
                var url = FirstSet(configuration["Email:PortalUrl"], configuration["Portal:PublicUrl"]);
                options.PortalUrl = url?.Trim().TrimEnd('/') ?? string.Empty;
            })
            .Validate(
                o => o.DigestHour is >= 0 and <= 23,
                "Notifications:DigestHour phải là một giờ trong ngày, từ 0 đến 23.")
            .Validate(
                o => o.DigestCheckMinutes is >= 1 and <= 1440,
                "Notifications:DigestCheckMinutes phải từ 1 đến 1440 phút.")
            .Validate(
                o => o.PortalUrl.Length == 0
                    || (Uri.TryCreate(o.PortalUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
                "Địa chỉ công khai của cổng (Email:PortalUrl hoặc Portal:PublicUrl) phải là một địa chỉ http(s) "
                + "đầy đủ.")
            .ValidateOnStart();
        services.AddScoped<DigestSender>();
        services.AddScoped<NotificationSummary>();
        services.AddHostedService<DigestBackgroundService>();
        return services;
    }

    private static string? FirstSet(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
