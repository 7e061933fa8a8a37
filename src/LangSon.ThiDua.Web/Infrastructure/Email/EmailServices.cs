using LangSon.ThiDua.Web.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Email;
using MimeKit;

// In the DI namespace, as service registrations usually are, so that PortalSetup needs only the one call.
namespace Microsoft.Extensions.DependencyInjection;

public static class EmailServices
{
    /// <summary>E-mail (settings section "Email"): the sender, the outbox worker and its background loop.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .PostConfigure<IHostEnvironment, PortalOptions>((options, environment, portal) =>
            {
                options.Mode ??= environment.IsDevelopment() || environment.IsEnvironment("Testing")
                    ? EmailMode.Pickup
                    : EmailMode.Smtp;
                options.From = string.IsNullOrWhiteSpace(options.From) ? EmailOptions.DefaultFrom : options.From.Trim();
                options.PickupDirectory = Path.GetFullPath(Path.Combine(
                    portal.DataDirectory,
                    string.IsNullOrWhiteSpace(options.PickupDirectory) ? "mail-pickup" : options.PickupDirectory));
            })
            .Validate(o => MailboxAddress.TryParse(o.From, out _),
                "Email:From không phải là một địa chỉ e-mail hợp lệ.")
            .Validate(o => o.Smtp.TimeoutSeconds > 0 && o.Smtp.Port is > 0 and < 65536,
                "Email:Smtp:Port hoặc Email:Smtp:TimeoutSeconds không hợp lệ.")
            .ValidateOnStart();
        services.AddOptions<EmailQueueOptions>()
            .Bind(configuration.GetSection(EmailQueueOptions.Section))
            .PostConfigure<IHostEnvironment>(
                (options, environment) => options.Enabled ??= !environment.IsEnvironment("Testing"))
            .Validate(o => o.PollSeconds is >= 1 and <= 3600, "Email:Queue:PollSeconds phải từ 1 đến 3600 giây.")
            .Validate(o => o.BatchSize is >= 1 and <= 1000, "Email:Queue:BatchSize phải từ 1 đến 1000.")
            .Validate(o => o.LeaseMinutes is >= 1 and <= 1440, "Email:Queue:LeaseMinutes phải từ 1 đến 1440 phút.")
            .Validate(o => o.MaxAttempts is >= 1 and <= 20, "Email:Queue:MaxAttempts phải từ 1 đến 20.")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddScoped<EmailQueueWorker>();
        services.AddHostedService<EmailQueueService>();
        return services;
    }
}
