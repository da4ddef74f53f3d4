using Housing.Domain.Common;
using Housing.Domain.Documents;
using Housing.Infrastructure.Jobs.Reminders;

namespace Housing.Admin.Documents;

/// <summary>
/// Queues, through the notification outbox, the SMS that tells a recipient complex's managers a document has arrived:
/// once per request for notification (at sending, and at each resend), so asking twice for the same request sends once.
/// </summary>
public sealed class DocumentSms(IHousingStore store, INotificationQueue queue, TimeProvider clock)
{
    /// <summary>Queues the SMS for each delivery to a complex that awaits one and saves; returns how many messages were queued.</summary>
    public async Task<int> QueueAsync(Document document, IEnumerable<DocumentDelivery> deliveries, CancellationToken ct)
    {
        var due = deliveries.Where(d => d.RecipientKind == DocumentParty.Complex && d.AwaitsNotification).ToList();
        var contacts = await new StaffContacts(store).ManagersOfAsync([.. due.Select(d => d.RecipientId).Distinct()], KoreanCalendar.Today(clock), ct);
        var deadline = document.ReplyDueAt is { } at ? $" 회신 기한 {at.ToOffset(KoreanCalendar.Offset):M/d HH:mm}." : "";
        var body = $"[전자문서] {document.SenderName} {document.Number} '{document.Title}' 문서가 도착했습니다.{deadline}";
        var queued = 0;
        foreach (var delivery in due)
            queued += await queue.SmsAsync(contacts.GetValueOrDefault(delivery.RecipientId) ?? [], body,
                $"document:{delivery.Id}:notice:{delivery.NotificationRequestedAt!.Value.UtcTicks}", ct);
        await store.SaveChangesAsync(ct);
        return queued;
    }
}
