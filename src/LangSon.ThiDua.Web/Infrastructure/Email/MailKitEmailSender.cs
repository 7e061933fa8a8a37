using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace LangSon.ThiDua.Web.Infrastructure.Email;

/// <summary>
/// E-mail through MailKit: a UTF-8 plain-text MimeMessage per recipient, sent over one SMTP connection for the whole
/// batch, or written as .eml files into the pickup folder (Development and tests).
/// </summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options, TimeProvider time, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    private readonly EmailOptions settings = options.Value;

    public async Task<IReadOnlyList<EmailDelivery>> SendAsync(IReadOnlyList<EmailMessage> messages, CancellationToken ct = default)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        var mime = messages.Select(Build).ToList();
        return settings.Mode == EmailMode.Smtp
            ? await SendSmtpAsync(mime, ct)
            : await WritePickupAsync(mime, ct);
    }

    public MimeMessage Build(EmailMessage message)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        mime.Subject = message.Subject;
        mime.Date = time.GetUtcNow();
        mime.Headers.Add(HeaderId.AutoSubmitted, "auto-generated");
        // Base64: safe through any relay (no 8BITMIME needed) and compact for Vietnamese, where most letters carry marks.
        var body = new TextPart(TextFormat.Plain) { ContentTransferEncoding = ContentEncoding.Base64 };
        body.SetText(Encoding.UTF8, message.Body);
        mime.Body = body;
        return mime;
    }

    private async Task<IReadOnlyList<EmailDelivery>> WritePickupAsync(List<MimeMessage> messages, CancellationToken ct)
    {
        var folder = settings.PickupDirectory!;
        var results = new EmailDelivery[messages.Count];
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException ex)
        {
            logger.LogError(ex, "Không tạo được thư mục nhận e-mail {Folder}", folder);
            return Fill(results, $"Không tạo được thư mục nhận e-mail {folder}.", ex);
        }

        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        for (var i = 0; i < messages.Count; i++)
        {
            var path = Path.Combine(folder, $"{stamp}-{Guid.NewGuid():N}.eml");
            try
            {
                await messages[i].WriteToAsync(path, ct);
                results[i] = EmailDelivery.Done;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogError(ex, "Không ghi được e-mail gửi {To} vào {Path}", messages[i].To.ToString(), path);
                results[i] = Failure($"Không ghi được e-mail vào thư mục {folder}.", ex);
            }
        }

        logger.LogInformation("Đã ghi {Count} e-mail vào thư mục {Folder}", results.Count(r => r.Sent), folder);
        return results;
    }

    private async Task<IReadOnlyList<EmailDelivery>> SendSmtpAsync(List<MimeMessage> messages, CancellationToken ct)
    {
        var smtp = settings.Smtp;
        var results = new EmailDelivery[messages.Count];
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            logger.LogError("Chưa cấu hình máy chủ SMTP (Email:Smtp:Host): {Count} e-mail không gửi được", messages.Count);
            return Fill(results, "Chưa cấu hình máy chủ gửi thư (Email:Smtp:Host).", null);
        }

        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            var security = smtp.UseStartTls ? SecureSocketOptions.StartTls
                : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
                : SecureSocketOptions.None;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, ct);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Không kết nối được máy chủ SMTP {Host}:{Port}: {Count} e-mail không gửi được", smtp.Host, smtp.Port, messages.Count);
            return Fill(results, $"Không kết nối được máy chủ gửi thư {smtp.Host}:{smtp.Port}.", ex);
        }

        for (var i = 0; i < messages.Count; i++)
        {
            try
            {
                await client.SendAsync(messages[i], ct);
                results[i] = EmailDelivery.Done;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Không gửi được e-mail tới {To} qua {Host}", messages[i].To.ToString(), smtp.Host);
                results[i] = ex switch
                {
                    SmtpCommandException { StatusCode: var code } when (int)code >= 500 => Failure(
                        $"Máy chủ gửi thư {smtp.Host} từ chối hẳn thư này (mã {(int)code}): không gửi lại tự động.",
                        ex) with { Permanent = true },
                    SmtpCommandException => Failure($"Máy chủ gửi thư {smtp.Host} tạm từ chối thư này.", ex),
                    _ => Failure($"Mất kết nối với máy chủ gửi thư {smtp.Host} khi đang gửi.", ex),
                };
                if (!client.IsConnected)
                {
                    Fill(results, $"Mất kết nối với máy chủ gửi thư {smtp.Host} khi đang gửi.", ex);
                    break;
                }
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }

        logger.LogInformation("Đã gửi {Count}/{Total} e-mail qua {Host}", results.Count(r => r.Sent), messages.Count, smtp.Host);
        return results;
    }

    private static EmailDelivery Failure(string error, Exception? ex) =>
        new(false, error, ex is null ? null : $"{ex.GetType().Name}: {ex.Message}");

    /// <summary>Every message without a result yet failed for the same reason.</summary>
    private static EmailDelivery[] Fill(EmailDelivery[] results, string error, Exception? ex)
    {
        for (var i = 0; i < results.Length; i++)
        {
            results[i] ??= Failure(error, ex);
        }

        return results;
    }
}
