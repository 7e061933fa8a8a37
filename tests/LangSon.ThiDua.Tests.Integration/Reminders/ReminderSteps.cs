using System.Globalization;
using System.Net;
using LangSon.ThiDua.Domain;
using LangSon.ThiDua.Tests.Integration.Infrastructure;
using LangSon.ThiDua.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LangSon.ThiDua.Tests.Integration.Reminders;

/// <summary>What a Sở Nội vụ user does on the "Gửi đôn đốc" page, and where the results land.</summary>
public static class ReminderSteps
{
    public const string SoYte = "SYT";
    public const string TamThanh = "05986";

    /// <summary>
    /// Posts the send form as a browser does: several ticked units share the name "UnitIds", which a dictionary cannot
    /// hold; the token is the one of the form that posts (the rule chooser above it is a GET form to the same address).
    /// </summary>
    public static async Task<HttpResponseMessage> PostReminderFormAsync(
        this PortalClient client, IEnumerable<KeyValuePair<string, string>> fields, string formPage = "/Reminders/Create?rule=Manual")
    {
        var page = await client.GetPageAsync(formPage);
        var token = page.QuerySelector("#send-form input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), "The send form has no antiforgery token");
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.Http.PostAsync(new Uri("/Reminders/Create", UriKind.Relative), content);
    }

    public static List<KeyValuePair<string, string>> SendFields(string subject, string body, params int[] unitIds) =>
    [
        new("Subject", subject),
        new("Body", body),
        new("Command", "send"),
        .. unitIds.Select(id => new KeyValuePair<string, string>("UnitIds", id.ToString(CultureInfo.InvariantCulture))),
    ];

    /// <summary>Sends a manual reminder and returns its id (from the redirect to its details).</summary>
    public static async Task<int> SendReminderAsync(this PortalClient noivu, string subject, params int[] unitIds)
    {
        using var response = await noivu.PostReminderFormAsync(SendFields(subject, "Đề nghị đơn vị khẩn trương thực hiện.", unitIds));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Reminders/Details/", location, StringComparison.Ordinal);
        return int.Parse(location["/Reminders/Details/".Length..], CultureInfo.InvariantCulture);
    }

    public static Task<int> RecipientIdAsync(this PortalFactory factory, int reminderId, int unitId) =>
        factory.WithDbAsync(db => db.ReminderRecipients.Where(r => r.ReminderId == reminderId && r.UnitId == unitId).Select(r => r.Id).SingleAsync());

    /// <summary>The e-mails of a reminder's unit in this state (the outbox is the one record of them).</summary>
    public static Task<int> EmailsAsync(this PortalFactory factory, int recipientId, OutboundEmailState state) =>
        factory.WithDbAsync(db => db.OutboundEmails.CountAsync(e => e.ReminderRecipientId == recipientId && e.State == state));

    /// <summary>Runs the e-mail queue worker once, as the background loop does (off in tests), in a scope of its own.</summary>
    public static async Task<EmailQueueRun> DeliverQueuedEmailsAsync(this PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EmailQueueWorker>().RunOnceAsync();
    }

    /// <summary>The e-mails with this subject written to the pickup folder, once the queue has delivered what was due.</summary>
    public static async Task<List<MimeMessage>> PickedUpMailsAsync(this PortalFactory factory, string subject)
    {
        await factory.DeliverQueuedEmailsAsync();
        var folder = Path.Combine(factory.DataDirectory, "mail-pickup");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.GetFiles(folder, "*.eml")
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.Subject == subject)
            .ToList();
    }
}
