namespace Housing.Domain.Common;

/// <summary>How a notification reaches its recipient.</summary>
public enum NotificationChannel
{
    Sms,
    Email,
}

/// <summary>
/// A message a use case wants delivered: to a phone number (SMS) or an e-mail address. The dedup key names
/// the fact being announced (for example <c>document:{deliveryId}:d-3</c>), so asking twice sends once.
/// </summary>
public sealed record Notification(
    NotificationChannel Channel,
    string Recipient,
    string Subject,
    string Body,
    string DedupKey);

/// <summary>
/// Queues notifications in the same unit of work as the use case that raises them: they are stored by the
/// use case's <see cref="IHousingStore.SaveChangesAsync"/> and delivered afterwards, so a refused use case sends nothing.
/// </summary>
public interface INotificationQueue
{
    /// <summary>Queues the notification unless one with the same dedup key was already queued; returns whether it was new.</summary>
    Task<bool> EnqueueAsync(Notification notification, CancellationToken ct = default);
}
