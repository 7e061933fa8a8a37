using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace LangSon.ThiDua.Web.Features.Reminders;

/// <summary>
/// E-mail through MailKit: a UTF-8 plain-text MimeMessage per recipient, sent over one SMTP connection for the whole
/// batch, or written as .eml files into the pickup folder (Development and tests).
/// </summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options, TimeProvider time, ILogger<MailKitEmailSender> logger) : IEmailSender
{
    private readonly EmailOptions settings = options.Value;

    public async Task<IReadOnlyList<bool>> SendAsync(IReadOnlyList<EmailMessage> messages, CancellationToken ct = default)
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

    private async Task<IReadOnlyList<bool>> WritePickupAsync(List<MimeMessage> messages, CancellationToken ct)
    {
        var folder = settings.PickupDirectory!;
        var results = new bool[messages.Count];
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException ex)
        {
            logger.LogError(ex, "Không tạo được thư mục nhận e-mail {Folder}", folder);
            return results;
        }

        var stamp = time.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        for (var i = 0; i < messages.Count; i++)
        {
            var path = Path.Combine(folder, $"{stamp}-{Guid.NewGuid():N}.eml");
            try
            {
                await messages[i].WriteToAsync(path, ct);
                results[i] = true;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogError(ex, "Không ghi được e-mail gửi {To} vào {Path}", messages[i].To.ToString(), path);
            }
        }

        logger.LogInformation("Đã ghi {Count} e-mail vào thư mục {Folder}", results.Count(r => r), folder);
        return results;
    }

    private async Task<IReadOnlyList<bool>> SendSmtpAsync(List<MimeMessage> messages, CancellationToken ct)
    {
        var smtp = settings.Smtp;
        var results = new bool[messages.Count];
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            logger.LogError("Chưa cấu hình máy chủ SMTP (Email:Smtp:Host): {Count} e-mail không gửi được", messages.Count);
            return results;
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
            return results;
        }

        for (var i = 0; i < messages.Count; i++)
        {
            try
            {
                await client.SendAsync(messages[i], ct);
                results[i] = true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Không gửi được e-mail tới {To} qua {Host}", messages[i].To.ToString(), smtp.Host);
                if (!client.IsConnected)
                {
                    break;
                }
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }

        logger.LogInformation("Đã gửi {Count}/{Total} e-mail qua {Host}", results.Count(r => r), messages.Count, smtp.Host);
        return results;
    }
}
