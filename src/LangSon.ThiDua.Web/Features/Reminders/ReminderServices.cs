using LangSon.ThiDua.Web.Features.Reminders;
using LangSon.ThiDua.Web.Infrastructure;
using MimeKit;

// In the DI namespace, as service registrations usually are, so that PortalSetup needs only the one call.
namespace Microsoft.Extensions.DependencyInjection;

public static class ReminderServices
{
    /// <summary>Reminders (đôn đốc): targeting rules, sending with notifications, and e-mail (settings section "Email").</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .PostConfigure<IHostEnvironment, PortalOptions>((options, environment, portal) =>
            {
                options.Mode ??= environment.IsDevelopment() || environment.IsEnvironment("Testing") ? EmailMode.Pickup : EmailMode.Smtp;
                options.From = string.IsNullOrWhiteSpace(options.From) ? EmailOptions.DefaultFrom : options.From.Trim();
                options.PickupDirectory = Path.GetFullPath(Path.Combine(
                    portal.DataDirectory,
                    string.IsNullOrWhiteSpace(options.PickupDirectory) ? "mail-pickup" : options.PickupDirectory));
            })
            .Validate(o => MailboxAddress.TryParse(o.From, out _), "Email:From không phải là một địa chỉ e-mail hợp lệ.")
            .Validate(o => o.Smtp.TimeoutSeconds > 0 && o.Smtp.Port is > 0 and < 65536, "Email:Smtp:Port hoặc Email:Smtp:TimeoutSeconds không hợp lệ.")
            .ValidateOnStart();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddScoped<ReminderTargeting>();
        services.AddScoped<ReminderDispatcher>();
        return services;
    }
}
