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
    /// can be reached at stays awaiting, marked unreachable (<see cref="DocumentDelivery.Unreachable"/>). Returns which deliveries
    /// were notified and which could not be, and how many messages were queued (a round's dedup key already stored queues none).
    /// </summary>
    Task<DocumentNotices> QueueAsync(Document document, IReadOnlyCollection<DocumentDelivery> deliveries, CancellationToken ct = default);
}

/// <summary>
/// What queueing the SMS of some deliveries did: the deliveries whose complex was texted (its managers' messages queued), those
/// nobody at the complex could be texted for (연락처 없음), and how many messages were queued.
/// </summary>
public sealed record DocumentNotices(IReadOnlyList<DocumentDelivery> Notified, IReadOnlyList<DocumentDelivery> Unreachable, int Messages)
{
    public static DocumentNotices None { get; } = new([], [], 0);

    /// <summary>Whether any delivery changed (notified, or marked unreachable).</summary>
    public bool Changed => Notified.Count + Unreachable.Count > 0;

    public DocumentNotices Plus(DocumentNotices other) =>
        new([.. Notified, .. other.Notified], [.. Unreachable, .. other.Unreachable], Messages + other.Messages);
}
