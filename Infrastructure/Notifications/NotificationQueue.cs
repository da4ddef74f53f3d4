using Housing.Domain.Common;

namespace Housing.Infrastructure.Notifications;

/// <summary>
/// Queues notifications as <see cref="OutboundMessage"/> rows in the caller's unit of work (the transactional
/// outbox): they are saved with the use case's own changes and sent later by <see cref="OutboxDispatcher"/>.
/// A dedup key already stored or already queued in this unit of work is skipped.
/// </summary>
public sealed class NotificationQueue(IHousingStore store, TimeProvider clock) : INotificationQueue
{
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);

    public async Task<bool> EnqueueAsync(Notification notification, CancellationToken ct = default)
    {
        if (_queued.Contains(notification.DedupKey)
            || await store.AnyAsync(store.Query<OutboundMessage>().Where(m => m.DedupKey == notification.DedupKey), ct))
            return false;
        store.Add(OutboundMessage.Queue(notification, clock.GetUtcNow()));
        _queued.Add(notification.DedupKey);
        return true;
    }
}
