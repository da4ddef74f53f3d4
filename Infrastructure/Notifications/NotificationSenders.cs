using Housing.Domain.Common;

namespace Housing.Infrastructure.Notifications;

/// <summary>What the provider said: its id for the message, or that it was only recorded in the outbox.</summary>
public sealed record SendReceipt(string? ProviderMessageId, bool RecordedOnly = false);

/// <summary>Hands one message to a provider. Throws <see cref="TransientSendException"/> for failures worth retrying.</summary>
public interface INotificationSender
{
    NotificationChannel Channel { get; }

    /// <summary>Short name kept with every attempt ("sms-http", "smtp", "outbox").</summary>
    string Transport { get; }

    Task<SendReceipt> SendAsync(OutboundMessage message, CancellationToken ct);
}

/// <summary>The provider may accept the message later: timeouts, 5xx, 429, SMTP 4xx.</summary>
public sealed class TransientSendException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The provider refused the message and will refuse it again: bad number, bad key, SMTP 5xx.</summary>
public sealed class PermanentSendException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The embedded default: no provider is configured for the channel, so the message stays in the outbox for the admin to read.</summary>
public sealed class OutboxOnlySender(NotificationChannel channel) : INotificationSender
{
    public NotificationChannel Channel => channel;

    public string Transport => "outbox";

    public Task<SendReceipt> SendAsync(OutboundMessage message, CancellationToken ct) =>
        Task.FromResult(new SendReceipt(null, RecordedOnly: true));
}
