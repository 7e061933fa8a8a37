namespace LangSon.ThiDua.Web.Infrastructure.Email;

/// <summary>One plain-text e-mail to one person.</summary>
public sealed record EmailMessage(string ToName, string ToAddress, string Subject, string Body);

/// <summary>
/// What came of one message: sent, or why not (Vietnamese for the administrator, and the technical detail), and
/// whether the refusal is permanent (the server answered 5xx for this message: retrying cannot help).
/// </summary>
public sealed record EmailDelivery(bool Sent, string? Error = null, string? Detail = null, bool Permanent = false)
{
    public static readonly EmailDelivery Done = new(true);
}

/// <summary>
/// Sends e-mails (SMTP or a pickup folder, see <see cref="EmailOptions"/>). Only the queue worker calls it.
/// </summary>
public interface IEmailSender
{
    /// <summary>
    /// Sends every message; a message that fails is logged and reported at its index, never thrown, so that one bad
    /// address does not stop the others.
    /// </summary>
    Task<IReadOnlyList<EmailDelivery>> SendAsync(IReadOnlyList<EmailMessage> messages, CancellationToken ct = default);
}
