namespace LangSon.ThiDua.Web.Features.Notifications;

/// <summary>
/// Settings section "Notifications" for the daily e-mail digest. DigestEnabled turns the background loop on or off (on by
/// default, off by default in the "Testing" environment, where tests call <see cref="DigestSender.RunOnceAsync"/> themselves);
/// DigestHour is the hour of the day (Vietnam time) after which the day's digest goes out; DigestCheckMinutes how often
/// each web server looks whether it is due.
/// </summary>
public sealed class DigestOptions
{
    public const string Section = "Notifications";

    public bool? DigestEnabled { get; set; }

    public int DigestHour { get; set; } = 7;

    public int DigestCheckMinutes { get; set; } = 5;

    /// <summary>
    /// The portal's public address for the links in the digest: Email:PortalUrl (the setting reminders use), else
    /// Portal:PublicUrl; empty when neither is set, and the e-mail then shows paths (/Notifications/Open/12).
    /// </summary>
    public string PortalUrl { get; set; } = string.Empty;
}
