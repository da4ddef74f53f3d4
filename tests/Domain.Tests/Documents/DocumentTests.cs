using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Documents;

namespace Domain.Tests.Documents;

public class DocumentTests
{
    private sealed record Fixture(TestWorld World, DocumentService Documents, Complex A, Complex B, Actor ManagerA, Actor ManagerB)
    {
        public DateTimeOffset Now => World.Clock.Now;

        public Task<Document> SendAsync(bool requiresReply = true, TimeSpan? dueIn = null, string title = "하절기 안전점검 결과 제출") =>
            Documents.SendDocumentAsync(TestWorld.Officer, new SendDocumentCommand(World.Region.Id, "주택과", title, "붙임 양식에 따라 제출 바랍니다.",
                DocumentCategory.Request, [A.Id, B.Id], requiresReply, requiresReply ? Now + (dueIn ?? TimeSpan.FromDays(7)) : null,
                [new Attachment(Guid.NewGuid(), "양식.hwp", "application/x-hwp", 12_345)]));

        public static DocumentDelivery To(Document d, Complex c) => d.Deliveries.Single(x => x.RecipientId == c.Id);
    }

    private static async Task<Fixture> CreateAsync()
    {
        var world = await TestWorld.CreateAsync();
        var a = await world.AddComplexAsync("당산 삼성래미안");
        var b = await world.AddComplexAsync("문래 자이");
        return new Fixture(world, new DocumentService(world.Store, world.Clock, new DocumentPostage()), a, b,
            await world.AddManagerAsync(a.Id, "A소장"), await world.AddManagerAsync(b.Id, "B소장"));
    }

    [Fact]
    public async Task Sending_numbers_the_document_per_department_and_year_and_creates_a_delivery_per_complex()
    {
        var f = await CreateAsync();
        var first = await f.SendAsync();
        var second = await f.SendAsync(title: "두 번째");

        Assert.Equal("주택과-1", first.Number);
        Assert.Equal("주택과-2", second.Number);
        Assert.Equal(2, first.Deliveries.Count);
        Assert.All(first.Deliveries, d => Assert.Equal(DeliveryStatus.Sent, d.Status));
        Assert.All(first.Deliveries, d => Assert.True(d.AwaitsNotification));
    }

    [Fact]
    public async Task A_delivery_moves_sent_notified_read_replied()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync();
        var delivery = Fixture.To(doc, f.A);

        await f.Documents.MarkNotifiedAsync(TestWorld.Admin, delivery.Id);
        Assert.Equal(DeliveryStatus.Notified, delivery.Status);
        f.World.Clock.Advance(TimeSpan.FromHours(2));
        await f.Documents.MarkDeliveryReadAsync(f.ManagerA, delivery.Id);
        Assert.Equal(DeliveryStatus.Read, delivery.Status);
        f.World.Clock.AdvanceDays(1);
        var reply = await f.Documents.ReplyToDocumentAsync(f.ManagerA, delivery.Id, "점검 결과를 제출합니다.",
            [new Attachment(Guid.NewGuid(), "결과.pdf", "application/pdf", 99_000)]);

        Assert.Equal(DeliveryStatus.Replied, delivery.Status);
        Assert.False(delivery.WasOverdue);
        Assert.Single(reply.Attachments);
        Assert.Equal(f.ManagerA.UserId, reply.RepliedByUserId);
        Assert.Equal(new DocumentProgress(2, 1, 1, 1, 0, 0, 0), doc.Progress(f.Now));
    }

    [Fact]
    public async Task Reading_again_changes_nothing_and_notifying_after_reading_keeps_it_read()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync();
        var delivery = Fixture.To(doc, f.A);
        await f.Documents.MarkDeliveryReadAsync(f.ManagerA, delivery.Id);
        var readAt = delivery.ReadAt;
        var version = f.World.Store.SavedVersionOf(doc.Id);
        f.World.Clock.AdvanceDays(1);

        await f.Documents.MarkDeliveryReadAsync(f.ManagerA, delivery.Id);
        await f.Documents.MarkNotifiedAsync(TestWorld.Admin, delivery.Id);

        Assert.Equal(readAt, delivery.ReadAt);
        Assert.Equal(DeliveryStatus.Read, delivery.Status);
        Assert.Equal(version + 1, f.World.Store.SavedVersionOf(doc.Id));
    }

    [Fact]
    public async Task A_manager_of_another_complex_cannot_read_or_reply_to_a_delivery()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync();
        var delivery = Fixture.To(doc, f.A);

        await Assert.ThrowsAsync<ForbiddenException>(() => f.Documents.MarkDeliveryReadAsync(f.ManagerB, delivery.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Documents.ReplyToDocumentAsync(f.ManagerB, delivery.Id, "x", null));
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Documents.MarkDeliveryReadAsync(TestWorld.Officer, delivery.Id));
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
    }

    [Fact]
    public async Task A_document_for_information_takes_no_reply()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync(requiresReply: false);
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            f.Documents.ReplyToDocumentAsync(f.ManagerA, Fixture.To(doc, f.A).Id, "회신", null));
        Assert.Equal("REPLY_NOT_REQUESTED", ex.Code);
    }

    [Fact]
    public async Task A_second_reply_is_refused_and_no_notification_follows_a_reply()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync();
        var delivery = Fixture.To(doc, f.A);
        await f.Documents.ReplyToDocumentAsync(f.ManagerA, delivery.Id, "회신", null);

        Assert.Equal("DELIVERY_ALREADY_REPLIED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Documents.ReplyToDocumentAsync(f.ManagerA, delivery.Id, "또 회신", null))).Code);
        Assert.Equal("DELIVERY_ALREADY_REPLIED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Documents.MarkNotifiedAsync(TestWorld.Admin, delivery.Id))).Code);
        Assert.Equal("DELIVERY_ALREADY_REPLIED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Documents.ResendNotificationAsync(TestWorld.Officer, delivery.Id))).Code);
        Assert.NotNull(delivery.ReadAt);
    }

    [Fact]
    public async Task Nothing_happens_to_a_delivery_before_it_was_sent()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync();
        f.World.Clock.Advance(TimeSpan.FromMinutes(-5));
        var ex = await Assert.ThrowsAsync<DomainException>(() => f.Documents.MarkDeliveryReadAsync(f.ManagerA, Fixture.To(doc, f.A).Id));
        Assert.Equal("NOT_YET_SENT", ex.Code);
    }

    [Fact]
    public async Task Unreplied_deliveries_become_overdue_after_the_deadline_and_a_late_reply_keeps_the_mark()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync(dueIn: TimeSpan.FromDays(3));
        var a = Fixture.To(doc, f.A);
        var b = Fixture.To(doc, f.B);
        await f.Documents.ReplyToDocumentAsync(f.ManagerB, b.Id, "기한 내 회신", null);

        Assert.Equal(0, await f.Documents.MarkOverdueDeliveriesAsync(TestWorld.Admin, f.Now.AddDays(2)));
        Assert.Equal(1, await f.Documents.MarkOverdueDeliveriesAsync(TestWorld.Admin, f.Now.AddDays(4)));
        Assert.Equal(0, await f.Documents.MarkOverdueDeliveriesAsync(TestWorld.Admin, f.Now.AddDays(5)));
        Assert.Equal(DeliveryStatus.Overdue, a.Status);
        Assert.Equal(DeliveryStatus.Replied, b.Status);

        f.World.Clock.AdvanceDays(5);
        await f.Documents.MarkDeliveryReadAsync(f.ManagerA, a.Id);
        Assert.Equal(DeliveryStatus.Overdue, a.Status);
        Assert.NotNull(a.ReadAt);
        await f.Documents.ReplyToDocumentAsync(f.ManagerA, a.Id, "늦은 회신", null);

        Assert.Equal(DeliveryStatus.Replied, a.Status);
        Assert.True(a.WasOverdue);
        Assert.Equal(new DocumentProgress(2, 0, 2, 2, 0, 1, 0), doc.Progress(f.Now));
    }

    [Fact]
    public async Task Unreplied_deliveries_count_as_overdue_once_the_deadline_passed_even_before_the_overdue_job_ran()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync(dueIn: TimeSpan.FromDays(1));
        var a = Fixture.To(doc, f.A);
        var b = Fixture.To(doc, f.B);
        await f.Documents.ReplyToDocumentAsync(f.ManagerB, b.Id, "기한 내 회신", null);
        Assert.Equal(0, doc.Progress(f.Now).Overdue);
        Assert.Equal(DeliveryStatus.Sent, a.StatusAt(doc.ReplyDueAt, f.Now));

        f.World.Clock.AdvanceDays(2);

        Assert.Equal(DeliveryStatus.Sent, a.Status);
        Assert.Equal(1, doc.Progress(f.Now).Overdue);
        Assert.True(a.IsOverdueAt(doc.ReplyDueAt, f.Now));
        Assert.Equal(DeliveryStatus.Overdue, a.StatusAt(doc.ReplyDueAt, f.Now));
        Assert.Equal(DeliveryStatus.Replied, b.StatusAt(doc.ReplyDueAt, f.Now));
        Assert.Equal(1, await f.Documents.MarkOverdueDeliveriesAsync(TestWorld.Admin, f.Now));
        Assert.Equal(1, doc.Progress(f.Now).Overdue);
    }

    [Fact]
    public async Task A_round_nobody_could_be_texted_for_stays_awaiting_marked_unreachable_until_a_round_is_queued()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync();
        var a = Fixture.To(doc, f.A);

        doc.MarkUnreachable(a.Id, f.Now);

        Assert.Equal((true, true, DeliveryStatus.Sent), (a.Unreachable, a.AwaitsNotification, a.Status));
        Assert.Equal(1, doc.Progress(f.Now).Unreachable);
        doc.MarkNotified(a.Id, f.Now);
        Assert.Equal((false, (DateTimeOffset?)null, 0), (a.Unreachable, a.UnreachableAt, doc.Progress(f.Now).Unreachable));
        Assert.Equal("NOTIFICATION_NOT_REQUESTED", Assert.Throws<DomainException>(() => doc.MarkUnreachable(a.Id, f.Now)).Code);
    }

    [Fact]
    public async Task A_reply_after_the_deadline_is_late_even_before_the_overdue_job_ran()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync(dueIn: TimeSpan.FromDays(1));
        f.World.Clock.AdvanceDays(2);
        await f.Documents.ReplyToDocumentAsync(f.ManagerA, Fixture.To(doc, f.A).Id, "늦은 회신", null);
        Assert.True(Fixture.To(doc, f.A).WasOverdue);
    }

    [Fact]
    public async Task Resending_asks_the_notifier_again_and_the_notifier_sees_only_due_deliveries()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync();
        Assert.Equal(2, (await f.Documents.PendingNotificationsAsync(TestWorld.Admin)).Count);
        foreach (var d in doc.Deliveries)
            await f.Documents.MarkNotifiedAsync(TestWorld.Admin, d.Id);
        Assert.Empty(await f.Documents.PendingNotificationsAsync(TestWorld.Admin));

        f.World.Clock.AdvanceDays(1);
        await f.Documents.ResendNotificationAsync(TestWorld.Officer, Fixture.To(doc, f.A).Id);
        var pending = await f.Documents.PendingNotificationsAsync(TestWorld.Admin);

        Assert.Equal(f.A.Id, Assert.Single(pending).ComplexId);
        await f.Documents.MarkNotifiedAsync(TestWorld.Admin, pending[0].DeliveryId);
        Assert.Equal(2, Fixture.To(doc, f.A).NotificationCount);
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Documents.ResendNotificationAsync(f.ManagerB, Fixture.To(doc, f.B).Id));
    }

    [Fact]
    public async Task Each_notification_round_is_marked_once_and_a_resend_before_it_is_queued_asks_no_new_round()
    {
        var f = await CreateAsync();
        var doc = await f.SendAsync();
        var a = Fixture.To(doc, f.A);
        Assert.Equal((1, 0, $"document:{a.Id}:notice:1"), (a.NotificationRound, a.NotificationCount, a.NotificationKey));

        await f.Documents.ResendNotificationAsync(TestWorld.Officer, a.Id);
        Assert.Equal(1, a.NotificationRound);
        await f.Documents.MarkNotifiedAsync(TestWorld.Admin, a.Id);
        Assert.Equal("NOTIFICATION_NOT_REQUESTED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Documents.MarkNotifiedAsync(TestWorld.Admin, a.Id))).Code);

        f.World.Clock.AdvanceDays(1);
        await f.Documents.ResendNotificationAsync(TestWorld.Officer, a.Id);
        await f.Documents.ResendNotificationAsync(TestWorld.Officer, a.Id);

        Assert.Equal((2, 1, $"document:{a.Id}:notice:2"), (a.NotificationRound, a.NotificationCount, a.NotificationKey));
        Assert.True(a.AwaitsNotification);
        Assert.Equal(DeliveryStatus.Notified, a.Status);
    }

    [Fact]
    public async Task A_district_office_writes_only_to_its_own_complexes()
    {
        var f = await CreateAsync();
        var elsewhere = await f.World.Complexes.CreateRegionAsync(TestWorld.Admin, "경기도", "41590", "화성시");
        var ex = await Assert.ThrowsAsync<DomainException>(() => f.Documents.SendDocumentAsync(TestWorld.Officer,
            new SendDocumentCommand(elsewhere.Id, "주택과", "제목", "본문", DocumentCategory.Notice, [f.A.Id])));
        Assert.Equal("RECIPIENT_OUTSIDE_DISTRICT", ex.Code);
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Documents.SendDocumentAsync(f.ManagerA,
            new SendDocumentCommand(f.World.Region.Id, "주택과", "제목", "본문", DocumentCategory.Notice, [f.A.Id])));
    }

    [Fact]
    public async Task An_officer_whose_account_names_a_district_sends_for_that_district_only()
    {
        var f = await CreateAsync();
        var elsewhere = await f.World.Complexes.CreateRegionAsync(TestWorld.Admin, "서울특별시", "11590", "동작구");
        var ydpOfficer = TestWorld.Officer with { DistrictCode = "11560" };
        var dongjakOfficer = TestWorld.Officer with { DistrictCode = elsewhere.SigunguCode };

        await Assert.ThrowsAsync<ForbiddenException>(() => f.Documents.SendDocumentAsync(dongjakOfficer,
            new SendDocumentCommand(f.World.Region.Id, "주택과", "제목", "본문", DocumentCategory.Notice, [f.A.Id])));
        var sent = await f.Documents.SendDocumentAsync(ydpOfficer,
            new SendDocumentCommand(f.World.Region.Id, "주택과", "제목", "본문", DocumentCategory.Notice, [f.A.Id]));

        Assert.Equal("영등포구 주택과", sent.SenderName);
    }

    [Theory]
    [InlineData("", "본문", false)]
    [InlineData("제목", "", false)]
    [InlineData("제목", "본문", true)]
    public async Task A_document_without_title_body_or_with_a_deadline_but_no_reply_is_refused(string title, string body, bool deadlineWithoutReply)
    {
        var f = await CreateAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => f.Documents.SendDocumentAsync(TestWorld.Officer,
            new SendDocumentCommand(f.World.Region.Id, "주택과", title, body, DocumentCategory.Notice, [f.A.Id],
                RequiresReply: false, ReplyDueAt: deadlineWithoutReply ? f.Now.AddDays(1) : null)));
        Assert.Equal("INVALID_DOCUMENT", ex.Code);
    }

    [Fact]
    public async Task A_deadline_in_the_past_and_an_oversized_attachment_are_refused()
    {
        var f = await CreateAsync();
        Assert.Equal("INVALID_DOCUMENT", (await Assert.ThrowsAsync<DomainException>(() => f.Documents.SendDocumentAsync(TestWorld.Officer,
            new SendDocumentCommand(f.World.Region.Id, "주택과", "제목", "본문", DocumentCategory.Notice, [f.A.Id], true, f.Now.AddDays(-1))))).Code);
        Assert.Equal("INVALID_ATTACHMENT", (await Assert.ThrowsAsync<DomainException>(() => f.Documents.SendDocumentAsync(TestWorld.Officer,
            new SendDocumentCommand(f.World.Region.Id, "주택과", "제목", "본문", DocumentCategory.Notice, [f.A.Id],
                Attachments: [new Attachment(Guid.NewGuid(), "big.zip", "application/zip", Attachment.MaxSize + 1)])))).Code);
    }

    [Fact]
    public async Task A_complex_sends_a_report_to_its_district_and_an_officer_reads_it()
    {
        var f = await CreateAsync();
        var doc = await f.Documents.SendToDistrictAsync(f.ManagerA, new SendToDistrictCommand(f.A.Id, "승강기 고장 보고", "3호기 고장", DocumentCategory.Report));
        var delivery = Assert.Single(doc.Deliveries);

        Assert.Equal(DocumentParty.DistrictOffice, delivery.RecipientKind);
        Assert.Equal(f.World.Region.Id, delivery.RecipientId);
        Assert.Equal("당산 삼성래미안 관리사무소-1", doc.Number);
        Assert.False(delivery.AwaitsNotification);
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Documents.MarkDeliveryReadAsync(f.ManagerB, delivery.Id));
        await f.Documents.MarkDeliveryReadAsync(TestWorld.Officer, delivery.Id);
        Assert.Equal(DeliveryStatus.Read, delivery.Status);
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Documents.SendToDistrictAsync(f.ManagerB,
            new SendToDistrictCommand(f.A.Id, "제목", "본문", DocumentCategory.Report)));
        Assert.Equal(doc.Id, (await f.Documents.DocumentAsync(f.ManagerA, doc.Id)).Id);
        await Assert.ThrowsAsync<NotFoundException>(() => f.Documents.DocumentAsync(f.ManagerB, doc.Id));
    }

    [Fact]
    public async Task Postage_saved_counts_the_deliveries_of_the_year_at_the_configured_rate()
    {
        var f = await CreateAsync();
        await f.SendAsync();
        await f.SendAsync(title: "둘");
        f.World.Clock.Set(new DateTimeOffset(2027, 1, 2, 0, 0, 0, TimeSpan.Zero));
        await f.SendAsync(title: "내년");
        var documents = new DocumentService(f.World.Store, f.World.Clock, new DocumentPostage(3_000));

        Assert.Equal(new PostageSaved(2026, 4, 12_000), await documents.PostageSavedAsync(TestWorld.Officer, 2026));
        Assert.Equal(new PostageSaved(2027, 2, 6_000), await documents.PostageSavedAsync(TestWorld.Officer, 2027));
        Assert.Equal("주택과-1", f.World.Store.Query<Document>().Single(d => d.Title == "내년").Number);
    }

    [Fact]
    public async Task Managers_see_documents_sent_to_their_complex_only()
    {
        var f = await CreateAsync();
        var c = await f.World.AddComplexAsync("신길 뉴타운");
        var managerC = await f.World.AddManagerAsync(c.Id);
        var doc = await f.SendAsync();

        Assert.Equal(doc.Id, (await f.Documents.DocumentAsync(f.ManagerA, doc.Id)).Id);
        await Assert.ThrowsAsync<NotFoundException>(() => f.Documents.DocumentAsync(managerC, doc.Id));
        Assert.Single(f.World.Store.Query<Document>().InboxOf(DocumentParty.Complex, f.A.Id));
        Assert.Empty(f.World.Store.Query<Document>().InboxOf(DocumentParty.Complex, c.Id));
    }
}
