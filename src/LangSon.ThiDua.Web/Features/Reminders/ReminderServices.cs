using LangSon.ThiDua.Web.Features.Reminders;

// In the DI namespace, as service registrations usually are, so that PortalSetup needs only the one call.
namespace Microsoft.Extensions.DependencyInjection;

public static class ReminderServices
{
    /// <summary>Reminders (đôn đốc): targeting rules, sending with notifications and queued e-mails.</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ReminderTargeting>();
        services.AddScoped<ReminderDispatcher>();
        return services;
    }
}
