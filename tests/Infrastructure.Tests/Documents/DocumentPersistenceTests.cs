using Housing.Domain.Common;
using Housing.Domain.Documents;
using Infrastructure.Tests.Complexes;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Documents;

public sealed class DocumentPersistenceTests
{
    private static DocumentService Documents(EfWorld world) => new(world.Database.CreateStore(), world.Clock, new DocumentPostage());

    private static async Task<(EfWorld World, Document Document, Guid A, Actor ManagerA, Guid B)> SendAsync()
    {
        var world = await EfWorld.CreateAsync();
        var a = await world.AddComplexAsync("가 단지");
        var b = await world.AddComplexAsync("나 단지");
        var manager = await world.AddManagerAsync(a);
        var document = await Documents(world).SendDocumentAsync(EfWorld.Officer, new SendDocumentCommand(world.RegionId, "주택과",
            "공동주택 관리실태 점검 자료 제출", "붙임 자료를 제출 바랍니다.", DocumentCategory.Inspection, [a, b], true,
            world.Clock.GetUtcNow().AddDays(7), [new Attachment(Guid.NewGuid(), "점검표.hwp", "application/x-hwp", 2048)]));
        return (world, document, a, manager, b);
    }

    [Fact]
    public async Task A_document_with_deliveries_attachments_and_a_reply_round_trips()
    {
        var (world, document, a, manager, _) = await SendAsync();
        using var _w = world;
        var delivery = document.Deliveries.Single(d => d.RecipientId == a).Id;

        await Documents(world).MarkNotifiedAsync(EfWorld.Admin, delivery);
        await Documents(world).MarkDeliveryReadAsync(manager, delivery);
        await Documents(world).ReplyToDocumentAsync(manager, delivery, "제출합니다.",
            [new Attachment(Guid.NewGuid(), "자료.pdf", "application/pdf", 4096), new Attachment(Guid.NewGuid(), "사진.jpg", "image/jpeg", 8192)]);

        using var db = world.Database.CreateContext();
        var loaded = await db.Set<Document>().SingleAsync();
        Assert.Equal("주택과-1", loaded.Number);
        Assert.Equal("점검표.hwp", Assert.Single(loaded.Attachments).FileName);
        var replied = loaded.Deliveries.Single(d => d.Id == delivery);
        Assert.Equal(DeliveryStatus.Replied, replied.Status);
        Assert.NotNull(replied.NotifiedAt);
        Assert.NotNull(replied.ReadAt);
        Assert.Equal(2, replied.Reply!.Attachments.Count);
        Assert.Equal(new DocumentProgress(2, 1, 1, 1, 0, 0, 0), loaded.Progress(world.Clock.GetUtcNow()));
    }

    [Fact]
    public async Task Numbers_count_up_per_sender_and_notifications_overdue_and_postage_are_queried_in_sql()
    {
        var (world, document, a, _, b) = await SendAsync();
        using var _w = world;
        var second = await Documents(world).SendDocumentAsync(EfWorld.Officer, new SendDocumentCommand(world.RegionId, "주택과",
            "안내", "안내드립니다.", DocumentCategory.Notice, [b]));
        Assert.Equal("주택과-2", second.Number);

        Assert.Equal(3, (await Documents(world).PendingNotificationsAsync(EfWorld.Admin)).Count);
        Assert.Equal(2, await Documents(world).MarkOverdueDeliveriesAsync(EfWorld.Admin, world.Clock.GetUtcNow().AddDays(8)));
        Assert.Equal(0, await Documents(world).MarkOverdueDeliveriesAsync(EfWorld.Admin, world.Clock.GetUtcNow().AddDays(9)));
        var year = KoreanCalendar.Today(world.Clock).Year;
        Assert.Equal(new PostageSaved(year, 3, 3 * 2_530), await Documents(world).PostageSavedAsync(EfWorld.Officer, year));

        var store = world.Database.CreateStore();
        Assert.Single(await store.ToListAsync(store.Query<Document>().InboxOf(DocumentParty.Complex, a)));
        Assert.Equal(2, await store.CountAsync(store.Query<Document>().OutboxOf(DocumentParty.DistrictOffice, world.RegionId)));
        Assert.Equal(document.Id, (await store.ToListAsync(store.Query<Document>().AwaitingReplyDueBy(world.Clock.GetUtcNow().AddDays(30)))).Single().Id);
    }

    [Fact]
    public async Task Two_writers_on_one_document_cannot_both_save()
    {
        var (world, document, a, manager, _) = await SendAsync();
        using var _w = world;
        var delivery = document.Deliveries.Single(d => d.RecipientId == a).Id;
        var first = Documents(world);
        var second = new DocumentService(world.Database.CreateStore(), world.Clock, new DocumentPostage());
        var stale = world.Database.CreateStore();
        var loaded = await stale.FirstOrDefaultAsync(stale.Query<Document>().Where(d => d.Id == document.Id));

        await first.MarkDeliveryReadAsync(manager, delivery);
        loaded!.MarkNotified(delivery, world.Clock.GetUtcNow());

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.SaveChangesAsync());
        await second.MarkNotifiedAsync(EfWorld.Admin, delivery);
    }

    [Fact]
    public async Task The_database_keeps_one_document_per_sender_and_idempotency_key()
    {
        var (world, _, a, _, _) = await SendAsync();
        using var _w = world;
        var now = world.Clock.GetUtcNow();
        Document Numbered(int sequence, Guid sentBy, string? key) => Document.Send(DocumentParty.DistrictOffice, world.RegionId, "영등포구 주택과", "주택과",
            KoreanCalendar.DateOf(now).Year, sequence, "안내", "안내드립니다.", DocumentCategory.Notice, null, false, null, sentBy, now,
            [(DocumentParty.Complex, a, "가 단지")], key is null ? null : (key, IdempotencyKeys.Fingerprint("안내", sequence.ToString())));
        async Task SaveAsync(Document document)
        {
            var store = world.Database.CreateStore();
            store.Add(document);
            await store.SaveChangesAsync();
        }
        var colleague = EfWorld.Staff(Roles.DistrictOfficer, "건축과");
        await SaveAsync(Numbered(10, EfWorld.Officer.UserId, "once"));

        // As two sends racing with one key would: both checked, neither saw the other, and the second save loses.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SaveAsync(Numbered(11, EfWorld.Officer.UserId, "once")));
        await SaveAsync(Numbered(12, colleague.UserId, "once"));
        await SaveAsync(Numbered(13, EfWorld.Officer.UserId, null));
        await SaveAsync(Numbered(14, EfWorld.Officer.UserId, null));

        using var db = world.Database.CreateContext();
        Assert.Equal([10, 12, 13, 14], await db.Set<Document>().Where(d => d.Sequence >= 10).OrderBy(d => d.Sequence).Select(d => d.Sequence).ToListAsync());
    }
}
