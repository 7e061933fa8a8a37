namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>One plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string ToName, string ToAddress, string Subject, string Body);

/// <summary>Sends e-mails (SMTP or a pickup folder, see <see cref="EmailOptions"/>).</summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends every message; a message that fails is logged and reported as false at its index, never thrown,
    /// so that one bad address does not stop the others.
    /// </summary>
    Task<IReadOnlyList<bool>> SendAsync(IReadOnlyList<EmailMessage> messages, CancellationToken ct = default);
}
