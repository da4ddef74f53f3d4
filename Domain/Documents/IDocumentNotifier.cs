namespace Housing.Domain.Documents;

/// <summary>
/// Tells a recipient complex's managers that a document arrived (the SMS of each notification round): queues the messages
/// in the caller's unit of work and marks the deliveries notified, saving nothing, so <see cref="DocumentService"/> stores the
/// document, its deliveries and the queued messages in one save. Infrastructure implements it over the notification outbox.
/// </summary>
public interface IDocumentNotifier
{
    /// <summary>
    /// Queues the SMS of each delivery to a complex whose round awaits its queueing and marks those notified; a complex nobody
    /// can be reached at stays awaiting. Returns how many messages were queued (a round's dedup key already stored queues none).
    /// </summary>
    Task<int> QueueAsync(Document document, IReadOnlyCollection<DocumentDelivery> deliveries, CancellationToken ct = default);
}
