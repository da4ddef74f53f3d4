using System.Net;
using System.Net.Mail;
using System.Text;
using Housing.Domain.Common;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Notifications;

/// <summary>E-mail over SMTP with System.Net.Mail. SMTP 4xx replies and connection failures are transient; 5xx are permanent.</summary>
public sealed class SmtpEmailSender(IOptions<NotificationOptions> options) : INotificationSender
{
    public NotificationChannel Channel => NotificationChannel.Email;

    public string Transport => "smtp";

    public async Task<SendReceipt> SendAsync(OutboundMessage message, CancellationToken ct)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient(smtp.Host, smtp.Port) { EnableSsl = smtp.EnableSsl, DeliveryMethod = SmtpDeliveryMethod.Network };
        if (!string.IsNullOrEmpty(smtp.UserName))
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        var messageId = $"<{message.Id:N}@{smtp.FromAddress.Split('@').Last()}>";
        MailAddress to;
        try
        {
            to = new MailAddress(message.Recipient);
        }
        catch (FormatException e)
        {
            throw new PermanentSendException($"'{message.Recipient}' is not an e-mail address.", e);
        }
        using var mail = new MailMessage(new MailAddress(smtp.FromAddress, smtp.FromName, Encoding.UTF8), to)
        {
            Subject = message.Subject,
            Body = message.Body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        // The same Message-ID on every attempt lets receiving servers drop a duplicate of a retried send.
        mail.Headers.Add("Message-ID", messageId);
        try
        {
            await client.SendMailAsync(mail, ct);
            return new SendReceipt(messageId);
        }
        catch (SmtpException e) when ((int)e.StatusCode is >= 400 and < 500 || e.StatusCode == SmtpStatusCode.GeneralFailure)
        {
            throw new TransientSendException($"SMTP server {smtp.Host}: {e.Message}", e);
        }
        catch (SmtpException e)
        {
            throw new PermanentSendException($"SMTP server {smtp.Host} refused the message: {e.Message}", e);
        }
    }
}
