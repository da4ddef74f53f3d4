using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Documents;

/// <summary>What one delivery would have cost by registered mail (등기우편), to count the postage the platform saves.</summary>
public sealed record DocumentPostage(long RatePerDelivery = DocumentPostage.RegisteredLetterRate)
{
    /// <summary>
    /// A standard letter (규격 통상우편, up to 25 g, 430 KRW) sent registered (등기 취급수수료 2,100 KRW): 2,530 KRW,
    /// per 우정사업본부 국내우편요금표 (rates of 2024).
    /// </summary>
    public const long RegisteredLetterRate = 2_530;

    public DocumentPostage Validated() => RatePerDelivery < 0
        ? throw new DomainException("INVALID_POSTAGE", "The postage rate per delivery cannot be negative.")
        : this;
}

public sealed record SendDocumentCommand(
    Guid FromRegionId,
    string Department,
    string Title,
    string Body,
    DocumentCategory Category,
    IReadOnlyList<Guid> ComplexIds,
    bool RequiresReply = false,
    DateTimeOffset? ReplyDueAt = null,
    IReadOnlyList<Attachment>? Attachments = null,
    string? IdempotencyKey = null)
{
    /// <summary>
    /// What a retry under the same idempotency key must repeat: the sending district and department, what the document says,
    /// its reply terms, its recipients and its attachments (in any order), as <see cref="Document.Send"/> stores them.
    /// </summary>
    public string Fingerprint() => IdempotencyKeys.Fingerprint(
        "send-document", FromRegionId.ToString(), Department.Trim(), Title.Trim(), Body, Category.ToString(),
        RequiresReply ? "reply" : "no-reply", ReplyDueAt?.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        string.Join(",", ComplexIds.Distinct().Order()), string.Join(",", (Attachments ?? []).Select(a => a.FileId).Order()));
}

public sealed record SendToDistrictCommand(
    Guid FromComplexId,
    string Title,
    string Body,
    DocumentCategory Category,
    bool RequiresReply = false,
    DateTimeOffset? ReplyDueAt = null,
    IReadOnlyList<Attachment>? Attachments = null);

public sealed record PostageSaved(int Year, int Deliveries, long Amount);

/// <summary>A delivery the notifier should send an SMS for now.</summary>
public sealed record PendingNotification(Guid DocumentId, Guid DeliveryId, Guid ComplexId, string Number, string Title, DateTimeOffset? ReplyDueAt);

/// <summary>
/// Use cases of official electronic documents between the district office and the complexes.
/// With a <see cref="IDocumentNotifier"/> (the hosts register the outbox one), the SMS of a send or a resend is queued in the
/// same save as the use case; without one (or for a complex nobody could be reached at), a notifier job reads
/// <see cref="PendingNotificationsAsync"/> and calls <see cref="MarkNotifiedAsync"/> after each successful send.
/// </summary>
public sealed class DocumentService(IHousingStore store, TimeProvider clock, DocumentPostage postage, IDocumentNotifier? notifier = null)
{
    private readonly DocumentPostage _postage = postage.Validated();

    /// <summary>
    /// A district officer sends a document to complexes of the district (chosen by hand or resolved from a filter); an officer
    /// whose account names a district sends for that district only. With an idempotency key, a retry of the same request
    /// returns the document the key sent (no new deliveries, no new SMS) and a different request under the key is refused
    /// (IDEMPOTENCY_KEY_REUSED); of two sends racing with one key, the loser's save is a
    /// <see cref="ConcurrencyConflictException"/> and its retry returns the winner's document.
    /// </summary>
    public async Task<Document> SendDocumentAsync(Actor actor, SendDocumentCommand command, CancellationToken ct = default)
    {
        actor.Require(Roles.DistrictOfficer, Roles.PlatformAdmin);
        var request = command.IdempotencyKey is { } key
            ? (Key: IdempotencyKeys.Validated(key, Document.MaxIdempotencyKeyLength), Fingerprint: command.Fingerprint())
            : ((string Key, string Fingerprint)?)null;
        var region = await store.FirstOrDefaultAsync(store.Query<Region>().Where(r => r.Id == command.FromRegionId), ct)
            ?? throw new NotFoundException(nameof(Region), command.FromRegionId);
        if (!actor.IsIn(Roles.PlatformAdmin) && actor.DistrictCode is { } district && district != region.SigunguCode)
            throw new ForbiddenException($"Your account belongs to district {district}; {region.FullName} ({region.SigunguCode}) sends its own documents.");
        if (request is var (requestKey, fingerprint) && await SentUnderAsync(actor, requestKey, fingerprint, ct) is { } earlier)
            return earlier;
        var ids = command.ComplexIds.Distinct().ToList();
        var complexes = await store.ToListAsync(store.Query<Complex>().Where(c => ids.Contains(c.Id)), ct);
        var missing = ids.Except(complexes.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
            throw new NotFoundException(nameof(Complex), missing[0]);
        if (complexes.FirstOrDefault(c => c.RegionId != region.Id) is { } outside)
            throw new DomainException("RECIPIENT_OUTSIDE_DISTRICT", $"{outside.Name} is not in {region.FullName}; a district office writes to its own complexes.");

        var now = clock.GetUtcNow();
        var year = KoreanCalendar.DateOf(now).Year;
        var document = Document.Send(DocumentParty.DistrictOffice, region.Id, $"{region.SigunguName} {command.Department}", command.Department,
            year, await NextSequenceAsync(region.Id, year, ct), command.Title, command.Body, command.Category, command.Attachments,
            command.RequiresReply, command.ReplyDueAt, actor.UserId, now,
            [.. complexes.OrderBy(c => c.Name).Select(c => (DocumentParty.Complex, c.Id, c.Name))], request);
        store.Add(document);
        await NotifyAsync(document, document.Deliveries, ct);
        await store.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>A manager's complex sends a document (a report, a request) to its district office.</summary>
    public async Task<Document> SendToDistrictAsync(Actor actor, SendToDistrictCommand command, CancellationToken ct = default)
    {
        if (!await ComplexAccess.IsManagerOfAsync(store, clock, actor, command.FromComplexId, ct))
            throw new ForbiddenException("Only a manager of the complex sends documents in its name.");
        var complex = await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == command.FromComplexId), ct)
            ?? throw new NotFoundException(nameof(Complex), command.FromComplexId);
        var region = await store.FirstOrDefaultAsync(store.Query<Region>().Where(r => r.Id == complex.RegionId), ct)
            ?? throw new NotFoundException(nameof(Region), complex.RegionId);
        var now = clock.GetUtcNow();
        var year = KoreanCalendar.DateOf(now).Year;
        var document = Document.Send(DocumentParty.Complex, complex.Id, complex.Name, $"{complex.Name} 관리사무소", year,
            await NextSequenceAsync(complex.Id, year, ct), command.Title, command.Body, command.Category, command.Attachments,
            command.RequiresReply, command.ReplyDueAt, actor.UserId, now,
            [(DocumentParty.DistrictOffice, region.Id, $"{region.SigunguName}청")]);
        store.Add(document);
        await store.SaveChangesAsync(ct);
        return document;
    }

    /// <summary>The notifier reports that the SMS of the awaited round was queued.</summary>
    public async Task MarkNotifiedAsync(Actor actor, Guid deliveryId, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var document = await DocumentOfDeliveryAsync(deliveryId, ct);
        document.MarkNotified(deliveryId, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The sending office asks for the SMS to be sent again (a reminder): a new round with its own dedup key, unless one still
    /// awaits its queueing; refused once the recipient replied.
    /// </summary>
    public Task<DocumentNotices> ResendNotificationAsync(Actor actor, Guid deliveryId, CancellationToken ct = default) =>
        ResendNotificationsAsync(actor, [deliveryId], ct);

    /// <summary>
    /// <see cref="ResendNotificationAsync"/> for several deliveries at once, in one save: every delivery must exist, belong to a
    /// document the caller sent and be unreplied, or nothing is asked. The new rounds are queued when a notifier is registered;
    /// the answer says which complexes were texted and which nobody could be texted at (none of either without a notifier).
    /// </summary>
    public async Task<DocumentNotices> ResendNotificationsAsync(Actor actor, IReadOnlyCollection<Guid> deliveryIds, CancellationToken ct = default)
    {
        var ids = deliveryIds.ToHashSet();
        if (ids.Count == 0)
            throw new DomainException("NO_DELIVERY_CHOSEN", "Name at least one delivery to send the SMS again for.");
        if (ids.Count > MaxResend)
            throw new DomainException("TOO_MANY_DELIVERIES", $"Send the SMS again for at most {MaxResend} deliveries at once; {ids.Count} were named.");
        var documents = await store.ToListAsync(store.Query<Document>().Where(d => d.Deliveries.Any(x => ids.Contains(x.Id))), ct);
        var byDelivery = documents.SelectMany(d => d.Deliveries.Select(x => (x.Id, Document: d))).ToDictionary(p => p.Id, p => p.Document);
        if (ids.Where(id => !byDelivery.ContainsKey(id)).Take(1).ToList() is [var missing])
            throw new NotFoundException(nameof(DocumentDelivery), missing);
        foreach (var document in documents)
            await RequireSenderAsync(actor, document, ct);
        var now = clock.GetUtcNow();
        var changed = false;
        foreach (var id in ids)
            changed |= byDelivery[id].RequestNotification(id, now);
        var notices = DocumentNotices.None;
        foreach (var document in documents)
            notices = notices.Plus(await NotifyAsync(document, [.. document.Deliveries.Where(d => ids.Contains(d.Id))], ct));
        if (changed || notices.Changed)
            await store.SaveChangesAsync(ct);
        return notices;
    }

    /// <summary>The most deliveries one resend names (a document's recipients are a district's complexes, a few hundred).</summary>
    public const int MaxResend = 1_000;

    /// <summary>A manager of the recipient complex (or, for documents to the district, a district officer) opens it.</summary>
    public async Task<DocumentDelivery> MarkDeliveryReadAsync(Actor actor, Guid deliveryId, CancellationToken ct = default)
    {
        var document = await DocumentOfDeliveryAsync(deliveryId, ct);
        var delivery = document.Delivery(deliveryId);
        await RequireRecipientAsync(actor, delivery, ct);
        if (document.MarkRead(deliveryId, actor.UserId, clock.GetUtcNow()))
            await store.SaveChangesAsync(ct);
        return delivery;
    }

    /// <summary>The recipient replies with a report and attachments; a late reply is accepted and stays marked overdue.</summary>
    public async Task<DocumentReply> ReplyToDocumentAsync(Actor actor, Guid deliveryId, string body, IReadOnlyList<Attachment>? attachments, CancellationToken ct = default)
    {
        var document = await DocumentOfDeliveryAsync(deliveryId, ct);
        await RequireRecipientAsync(actor, document.Delivery(deliveryId), ct);
        var reply = document.Reply(deliveryId, actor.UserId, body, attachments, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return reply;
    }

    /// <summary>Marks deliveries overdue whose deadline passed before <paramref name="asOf"/> without a reply; idempotent.</summary>
    public async Task<int> MarkOverdueDeliveriesAsync(Actor actor, DateTimeOffset asOf, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var documents = await store.ToListAsync(store.Query<Document>().PastDeadlineWithoutReply(asOf), ct);
        var changed = documents.Sum(d => d.MarkOverdue(asOf));
        if (changed > 0)
            await store.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>Deliveries whose SMS is due (new documents and resend requests), oldest request first.</summary>
    public async Task<List<PendingNotification>> PendingNotificationsAsync(Actor actor, int max = 500, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var documents = await store.ToListAsync(store.Query<Document>().Where(d => d.Deliveries.Any(x =>
            x.NotificationRound > x.NotificationCount)), ct);
        return [.. documents
            .SelectMany(d => d.Deliveries.Where(x => x.AwaitsNotification && x.RecipientKind == DocumentParty.Complex)
                .Select(x => (d, x)))
            .OrderBy(p => p.x.NotificationRequestedAt)
            .Take(max)
            .Select(p => new PendingNotification(p.d.Id, p.x.Id, p.x.RecipientId, p.d.Number, p.d.Title, p.d.ReplyDueAt))];
    }

    /// <summary>A document, for its sender's side (an officer whose account names a district: that district's) or a recipient's manager.</summary>
    public async Task<Document> DocumentAsync(Actor actor, Guid documentId, CancellationToken ct = default)
    {
        var document = await store.FirstOrDefaultAsync(store.Query<Document>().Where(d => d.Id == documentId), ct)
            ?? throw new NotFoundException(nameof(Document), documentId);
        if (actor.IsIn(Roles.PlatformAdmin) || (actor.IsIn(Roles.DistrictOfficer) && await IsOwnDistrictAsync(actor, document, ct)))
            return document;
        var complexes = document.Deliveries.Where(d => d.RecipientKind == DocumentParty.Complex).Select(d => d.RecipientId).ToList();
        if (document.SenderKind == DocumentParty.Complex)
            complexes.Add(document.SenderId);
        foreach (var complexId in complexes)
            if (await ComplexAccess.IsManagerOfAsync(store, clock, actor, complexId, ct))
                return document;
        throw new NotFoundException(nameof(Document), documentId);
    }

    /// <summary>Postage the platform saved in a (Korean) year: every delivery would have been a registered letter.</summary>
    /// <summary>The first year postage is counted for (no platform delivery is older).</summary>
    public const int FirstPostageYear = 2000;

    public async Task<PostageSaved> PostageSavedAsync(Actor actor, int year, CancellationToken ct = default)
    {
        actor.Require(Roles.DistrictOfficer, Roles.PlatformAdmin);
        var thisYear = KoreanCalendar.Today(clock).Year;
        if (year < FirstPostageYear || year > thisYear)
            throw new DomainException("INVALID_YEAR", $"{year} is not a year the platform counts postage for; ask for a year from {FirstPostageYear} to {thisYear}.");
        var from = KoreanCalendar.StartOf(new DateOnly(year, 1, 1));
        var to = KoreanCalendar.StartOf(new DateOnly(year + 1, 1, 1));
        var deliveries = await store.CountAsync(store.Query<Document>()
            .Where(d => d.SentAt >= from && d.SentAt < to)
            .SelectMany(d => d.Deliveries), ct);
        return new PostageSaved(year, deliveries, deliveries * _postage.RatePerDelivery);
    }

    /// <summary>The document the actor sent under <paramref name="key"/>, if the same request sent one; refuses another request's reuse.</summary>
    private async Task<Document?> SentUnderAsync(Actor actor, string key, string fingerprint, CancellationToken ct) =>
        IdempotencyKeys.Replay(
            await store.FirstOrDefaultAsync(store.Query<Document>().Where(d => d.SentByUserId == actor.UserId && d.IdempotencyKey == key), ct),
            key, fingerprint, d => d.Fingerprint, d => $"document {d.Number} “{d.Title}”");

    /// <summary>Queues the SMS of the deliveries' awaited rounds in this unit of work, when a notifier is registered.</summary>
    private async Task<DocumentNotices> NotifyAsync(Document document, IReadOnlyCollection<DocumentDelivery> deliveries, CancellationToken ct) =>
        notifier is null ? DocumentNotices.None : await notifier.QueueAsync(document, deliveries, ct);

    private async Task<int> NextSequenceAsync(Guid senderId, int year, CancellationToken ct)
    {
        var last = await store.FirstOrDefaultAsync(store.Query<Document>()
            .Where(d => d.SenderId == senderId && d.Year == year)
            .OrderByDescending(d => d.Sequence)
            .Select(d => (int?)d.Sequence), ct);
        return (last ?? 0) + 1;
    }

    private async Task<Document> DocumentOfDeliveryAsync(Guid deliveryId, CancellationToken ct) =>
        await store.FirstOrDefaultAsync(store.Query<Document>().Where(d => d.Deliveries.Any(x => x.Id == deliveryId)), ct)
        ?? throw new NotFoundException(nameof(DocumentDelivery), deliveryId);

    private async Task RequireRecipientAsync(Actor actor, DocumentDelivery delivery, CancellationToken ct)
    {
        var allowed = delivery.RecipientKind == DocumentParty.Complex
            ? await ComplexAccess.IsManagerOfAsync(store, clock, actor, delivery.RecipientId, ct)
            : actor.IsIn(Roles.DistrictOfficer);
        if (!allowed)
            throw new ForbiddenException($"Only the recipient ({delivery.RecipientName}) reads and replies to this delivery.");
    }

    /// <summary>
    /// Whether a document is the district office's own for the actor: sent by or to the district on an officer's account;
    /// every document for a platform admin and for an officer whose account names no district.
    /// </summary>
    private async Task<bool> IsOwnDistrictAsync(Actor actor, Document document, CancellationToken ct)
    {
        if (actor.IsIn(Roles.PlatformAdmin) || actor.DistrictCode is not { } district) return true;
        List<Guid> offices = document.SenderKind == DocumentParty.DistrictOffice
            ? [document.SenderId]
            : [.. document.Deliveries.Where(d => d.RecipientKind == DocumentParty.DistrictOffice).Select(d => d.RecipientId)];
        return await store.AnyAsync(store.Query<Region>().Where(r => offices.Contains(r.Id) && r.SigunguCode == district), ct);
    }

    private async Task RequireSenderAsync(Actor actor, Document document, CancellationToken ct)
    {
        var allowed = document.SenderKind == DocumentParty.DistrictOffice
            ? actor.IsAnyOf(Roles.DistrictOfficer, Roles.PlatformAdmin)
            : await ComplexAccess.IsManagerOfAsync(store, clock, actor, document.SenderId, ct);
        if (!allowed)
            throw new ForbiddenException($"Only the sender of {document.Number} may do this.");
        // An officer whose account names a district acts for that district's documents only, as when sending.
        if (document.SenderKind == DocumentParty.DistrictOffice && !await IsOwnDistrictAsync(actor, document, ct))
            throw new ForbiddenException($"Your account belongs to district {actor.DistrictCode}; {document.SenderName} follows up its own document {document.Number}.");
    }
}

/// <summary>Query helpers over documents that translate to SQL, for the inbox, outbox, tracking and reminder jobs.</summary>
public static class DocumentQueries
{
    public static IQueryable<Document> InboxOf(this IQueryable<Document> documents, DocumentParty kind, Guid recipientId) =>
        documents.Where(d => d.Deliveries.Any(x => x.RecipientKind == kind && x.RecipientId == recipientId));

    public static IQueryable<Document> OutboxOf(this IQueryable<Document> documents, DocumentParty kind, Guid senderId) =>
        documents.Where(d => d.SenderKind == kind && d.SenderId == senderId);

    /// <summary>Documents whose deadline passed before <paramref name="asOf"/> with a delivery neither replied nor yet marked overdue.</summary>
    public static IQueryable<Document> PastDeadlineWithoutReply(this IQueryable<Document> documents, DateTimeOffset asOf) =>
        documents.Where(d => d.ReplyDueAt != null && d.ReplyDueAt < asOf
            && d.Deliveries.Any(x => x.Status != DeliveryStatus.Replied && x.Status != DeliveryStatus.Overdue));

    /// <summary>Documents due by <paramref name="dueBy"/> with deliveries still unanswered: the D-3 / D-1 / overdue reminders.</summary>
    public static IQueryable<Document> AwaitingReplyDueBy(this IQueryable<Document> documents, DateTimeOffset dueBy) =>
        documents.Where(d => d.ReplyDueAt != null && d.ReplyDueAt <= dueBy && d.Deliveries.Any(x => x.Status != DeliveryStatus.Replied));
}
