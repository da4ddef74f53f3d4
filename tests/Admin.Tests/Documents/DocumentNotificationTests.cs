using Admin.Tests.Support;
using Housing.Domain.Common;
using Housing.Domain.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Admin.Tests.Documents;

/// <summary>
/// The SMS of a document: queued by the send itself with its delivery marked notified in the same save, each round once;
/// a resend is a round of its own.
/// </summary>
public sealed class DocumentNotificationTests(ComplexWorld world) : IClassFixture<ComplexWorld>
{
    /// <summary>Queues the awaited rounds of the document again through the registered notifier and saves: what a repeated send would do.</summary>
    private Task<int> QueueSmsAsync(Guid documentId) => world.WithServicesAsync(async sp =>
    {
        var store = sp.GetRequiredService<IHousingStore>();
        var document = (await store.FirstOrDefaultAsync(store.Query<Document>().Where(d => d.Id == documentId)))!;
        var queued = (await sp.GetRequiredService<IDocumentNotifier>().QueueAsync(document, document.Deliveries, default)).Messages;
        await store.SaveChangesAsync();
        return queued;
    });

    private async Task<List<string>> KeysForAsync(Guid deliveryId) =>
        [.. (await world.MessagesToAsync(ComplexWorld.ManagerAPhone)).Select(m => m.DedupKey).Where(k => k.StartsWith($"document:{deliveryId}:", StringComparison.Ordinal)).Order()];

    [Fact]
    public async Task Sending_queues_the_sms_and_marks_the_delivery_notified_in_the_same_save_and_queueing_the_round_again_queues_nothing()
    {
        var document = await world.SendAsync("문자 중복 방지", ["A"]);
        var a = document.Deliveries.Single();

        var again = await QueueSmsAsync(document.Id);

        Assert.Equal(0, again);
        Assert.Equal([$"document:{a.Id}:notice:1:sms:{ComplexWorld.ManagerAPhone}"], await KeysForAsync(a.Id));
        var stored = (await world.DocumentAsync(document.Id))!.Deliveries.Single();
        Assert.Equal((DeliveryStatus.Notified, 1, 1, false), (stored.Status, stored.NotificationRound, stored.NotificationCount, stored.AwaitsNotification));
        Assert.NotNull(stored.NotifiedAt);
    }

    [Fact]
    public async Task A_resend_from_the_tracking_page_is_a_new_notification_with_its_own_key_and_the_page_shows_when_each_complex_was_notified()
    {
        var document = await world.SendAsync("재발송 알림", ["A", "B"]);
        var a = document.Deliveries.Single(d => d.RecipientId == world.Complexes["A"].Id);
        var officer = await world.SignedInAsync("officer");
        var (_, page) = await officer.GetAsync($"/admin/Documents/Details/{document.Id}");
        var resend = page.QuerySelector($"tr[data-delivery='{a.Id}'] form")!.GetAttribute("action")!;

        var (resent, _) = await officer.SubmitAsync(page, new Dictionary<string, string> { ["deliveryId"] = a.Id.ToString() }, resend);
        var (_, after) = await officer.GetAsync(resent.Headers.Location!.OriginalString);

        Assert.Equal([$"document:{a.Id}:notice:1:sms:{ComplexWorld.ManagerAPhone}", $"document:{a.Id}:notice:2:sms:{ComplexWorld.ManagerAPhone}"],
            await KeysForAsync(a.Id));
        var stored = (await world.DocumentAsync(document.Id))!;
        Assert.Equal((2, 2), (stored.Delivery(a.Id).NotificationRound, stored.Delivery(a.Id).NotificationCount));
        Assert.All(stored.Deliveries, d => Assert.NotNull(after.QuerySelector($"tr[data-delivery='{d.Id}'] [data-field='notified-at']")));
        Assert.NotNull(after.QuerySelector($"tr[data-delivery='{a.Id}'] [data-field='renotified']"));
        Assert.Null(after.QuerySelector("[data-field='sms-requested']"));
    }
}
