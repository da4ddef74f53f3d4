using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Jobs.Reminders;

namespace Housing.Infrastructure.Notifications;

/// <summary>
/// Queues, through the notification outbox, the SMS that tells a recipient complex's managers a document has arrived, and
/// marks the delivery notified in the same unit of work (saved by the <see cref="DocumentService"/> use case that asked): each
/// notification round (the one at sending, one per resend) is queued once, under its own dedup key
/// (<see cref="DocumentDelivery.NotificationKey"/>), so queueing the same round again queues nothing.
/// </summary>
public sealed class DocumentSms(IHousingStore store, INotificationQueue queue, TimeProvider clock) : IDocumentNotifier
{
    public async Task<DocumentNotices> QueueAsync(Document document, IReadOnlyCollection<DocumentDelivery> deliveries, CancellationToken ct = default)
    {
        var due = deliveries.Where(d => d.RecipientKind == DocumentParty.Complex && d.AwaitsNotification && d.Status != DeliveryStatus.Replied).ToList();
        if (due.Count == 0) return DocumentNotices.None;
        var contacts = await new StaffContacts(store).ManagersOfAsync([.. due.Select(d => d.RecipientId).Distinct()], KoreanCalendar.Today(clock), ct);
        var deadline = document.ReplyDueAt is { } at ? $" 회신 기한 {at.ToOffset(KoreanCalendar.Offset):M/d HH:mm}." : "";
        var body = $"[전자문서] {document.SenderName} {document.Number} '{document.Title}' 문서가 도착했습니다.{deadline}";
        var now = clock.GetUtcNow();
        var queued = 0;
        List<DocumentDelivery> notified = [], unreachable = [];
        foreach (var delivery in due)
        {
            var reachable = (contacts.GetValueOrDefault(delivery.RecipientId) ?? []).Where(c => !string.IsNullOrWhiteSpace(c.Phone)).ToList();
            if (reachable.Count == 0)
            {
                // Nobody at the complex has a number to text: the round stays awaiting, marked so, and the tracking page says so.
                document.MarkUnreachable(delivery.Id, now);
                unreachable.Add(delivery);
                continue;
            }
            queued += await queue.SmsAsync(reachable, body, delivery.NotificationKey, ct);
            document.MarkNotified(delivery.Id, now);
            notified.Add(delivery);
        }
        return new DocumentNotices(notified, unreachable, queued);
    }
}
