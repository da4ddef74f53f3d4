using Housing.Domain.Common;
using Housing.Domain.Documents;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Housing.Infrastructure.Jobs.Reminders;

/// <summary>
/// Reminds the managers of complexes that have not replied to a district document: three days before the deadline,
/// one day before, and once overdue. Each stage of each delivery is one fact, so a repeated run sends nothing twice;
/// SMS due in quiet hours wait in the outbox until 08:00 KST.
/// </summary>
public sealed class DocumentDeadlineRemindersJob(IServiceScopeFactory scopes) : HousingJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct) =>
        JobSummary.Of("reminders-queued", await RemindAsync(services, ct)).Stored;

    public static async Task<int> RemindAsync(IServiceProvider services, CancellationToken ct)
    {
        var store = services.GetRequiredService<IHousingStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        var queue = services.GetRequiredService<INotificationQueue>();
        var now = clock.GetUtcNow();
        await new DocumentService(store, clock, services.GetService<DocumentPostage>() ?? new DocumentPostage()).MarkOverdueDeliveriesAsync(Actor.System, now, ct);

        var documents = await store.ToListAsync(store.Query<Document>().AwaitingReplyDueBy(now.AddDays(3)), ct);
        var due = documents
            .SelectMany(d => d.Deliveries
                .Where(x => x.RecipientKind == DocumentParty.Complex && x.Status is not DeliveryStatus.Replied)
                .Select(x => (Document: d, Delivery: x, Stage: Stage(d.ReplyDueAt!.Value, now))))
            .ToList();
        var contacts = await new StaffContacts(store).ManagersOfAsync([.. due.Select(d => d.Delivery.RecipientId).Distinct()], KoreanCalendar.DateOf(now), ct);
        var queued = 0;
        foreach (var (document, delivery, stage) in due)
        {
            var deadline = document.ReplyDueAt!.Value.ToOffset(KoreanCalendar.Offset);
            var body = stage == "overdue"
                ? $"[전자문서] {document.Number} '{document.Title}' 회신 기한({deadline:M/d HH:mm})이 지났습니다. 회신해 주십시오."
                : $"[전자문서] {document.Number} '{document.Title}' 회신 기한({deadline:M/d HH:mm})까지 {(stage == "d-1" ? "1일" : "3일")} 남았습니다.";
            queued += await queue.SmsAsync(contacts.GetValueOrDefault(delivery.RecipientId) ?? [], body, $"document:{delivery.Id}:{stage}", ct);
        }
        await store.SaveChangesAsync(ct);
        return queued;
    }

    private static string Stage(DateTimeOffset dueAt, DateTimeOffset now) =>
        dueAt <= now ? "overdue" : dueAt - now <= TimeSpan.FromDays(1) ? "d-1" : "d-3";
}
