using Housing.Domain.Common;

namespace Housing.Domain.Documents;

/// <summary>
/// Sent → Notified (SMS to the manager) → Read → Replied; a delivery still unreplied when the deadline passes
/// is Overdue, and a late reply still moves it to Replied with <see cref="DocumentDelivery.WasOverdue"/> kept.
/// </summary>
public enum DeliveryStatus { Sent, Notified, Read, Replied, Overdue }

/// <summary>One recipient's copy of a document and how far it has got.</summary>
public sealed class DocumentDelivery : Entity
{
    private DocumentDelivery() { RecipientName = ""; }

    internal DocumentDelivery(DocumentParty recipientKind, Guid recipientId, string recipientName, DateTimeOffset sentAt)
    {
        RecipientKind = recipientKind;
        RecipientId = recipientId;
        RecipientName = recipientName;
        SentAt = sentAt;
        if (recipientKind == DocumentParty.Complex)
        {
            NotificationRound = 1;
            NotificationRequestedAt = sentAt;
        }
    }

    public DocumentParty RecipientKind { get; private set; }

    /// <summary>The recipient complex, or the region of the recipient district office.</summary>
    public Guid RecipientId { get; private set; }

    public string RecipientName { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>
    /// How many notifications of the manager were asked for: the first at sending to a complex, one more by each resend asked
    /// after the previous one was queued. Each round is queued once, under a dedup key of its own.
    /// </summary>
    public int NotificationRound { get; private set; }

    /// <summary>When the latest round was asked for.</summary>
    public DateTimeOffset? NotificationRequestedAt { get; private set; }

    /// <summary>When the first notification was queued (in the same transaction as its outgoing messages).</summary>
    public DateTimeOffset? NotifiedAt { get; private set; }

    /// <summary>When the latest notification was queued.</summary>
    public DateTimeOffset? LastNotifiedAt { get; private set; }

    /// <summary>How many rounds were queued; the delivery awaits a notification while this is behind <see cref="NotificationRound"/>.</summary>
    public int NotificationCount { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public Guid? ReadByUserId { get; private set; }
    public DateTimeOffset? OverdueAt { get; private set; }
    public bool WasOverdue { get; private set; }
    public DocumentReply? Reply { get; private set; }

    public bool AwaitsNotification => NotificationRound > NotificationCount;

    /// <summary>The dedup key of the notification round awaiting its queueing (or of the last one queued).</summary>
    public string NotificationKey => $"document:{Id}:notice:{NotificationRound}";

    /// <summary>Asks for a new round; a round still awaiting its queueing is not asked twice (returns false).</summary>
    internal bool RequestNotification(DateTimeOffset at)
    {
        if (Status == DeliveryStatus.Replied)
            throw new DomainException("DELIVERY_ALREADY_REPLIED", $"{RecipientName} has already replied; there is nothing to remind them of.");
        if (RecipientKind != DocumentParty.Complex)
            throw new DomainException("NOT_NOTIFIED_BY_SMS", "Only the managers of a recipient complex are notified by SMS.");
        if (AwaitsNotification) return false;
        NotificationRound++;
        NotificationRequestedAt = at.ToUniversalTime();
        return true;
    }

    /// <summary>Records that the awaited round was queued; the same round is never marked twice.</summary>
    internal void MarkNotified(DateTimeOffset at)
    {
        RequireSent(at);
        if (Status == DeliveryStatus.Replied)
            throw new DomainException("DELIVERY_ALREADY_REPLIED", $"{RecipientName} has already replied; no notification follows a reply.");
        if (!AwaitsNotification)
            throw new DomainException("NOTIFICATION_NOT_REQUESTED", $"No notification of {RecipientName} awaits queueing; ask for a resend first.");
        NotifiedAt ??= at.ToUniversalTime();
        LastNotifiedAt = at.ToUniversalTime();
        NotificationCount = NotificationRound;
        if (Status == DeliveryStatus.Sent) Status = DeliveryStatus.Notified;
    }

    internal bool MarkRead(Guid userId, DateTimeOffset at)
    {
        RequireSent(at);
        if (ReadAt is not null) return false;
        ReadAt = at.ToUniversalTime();
        ReadByUserId = userId;
        if (Status is DeliveryStatus.Sent or DeliveryStatus.Notified) Status = DeliveryStatus.Read;
        return true;
    }

    internal DocumentReply AcceptReply(Guid userId, string body, IReadOnlyList<Attachment>? attachments, DateTimeOffset? dueAt, DateTimeOffset at)
    {
        RequireSent(at);
        if (Status == DeliveryStatus.Replied)
            throw new DomainException("DELIVERY_ALREADY_REPLIED", $"{RecipientName} has already replied on {Reply!.RepliedAt:yyyy-MM-dd}.");
        if (string.IsNullOrWhiteSpace(body))
            throw new DomainException("INVALID_REPLY", "The reply needs a body (the report).");
        ReadAt ??= at.ToUniversalTime();
        ReadByUserId ??= userId;
        WasOverdue = Status == DeliveryStatus.Overdue || (dueAt is { } due && at > due);
        Status = DeliveryStatus.Replied;
        Reply = new DocumentReply(userId, body, Attachment.Validated(attachments), at.ToUniversalTime());
        return Reply;
    }

    internal bool MarkOverdue(DateTimeOffset asOf)
    {
        if (Status is DeliveryStatus.Replied or DeliveryStatus.Overdue) return false;
        Status = DeliveryStatus.Overdue;
        OverdueAt = asOf.ToUniversalTime();
        WasOverdue = true;
        return true;
    }

    private void RequireSent(DateTimeOffset at)
    {
        if (at < SentAt)
            throw new DomainException("NOT_YET_SENT", $"The document was sent at {SentAt:yyyy-MM-dd HH:mm} UTC; nothing can happen to it before that.");
    }
}

/// <summary>A recipient's reply (report) to a document, with attachments.</summary>
public sealed class DocumentReply : Entity
{
    private readonly List<Attachment> _attachments = [];

    private DocumentReply() { Body = ""; }

    internal DocumentReply(Guid userId, string body, IReadOnlyList<Attachment> attachments, DateTimeOffset at)
    {
        RepliedByUserId = userId;
        Body = body;
        RepliedAt = at;
        _attachments.AddRange(attachments);
    }

    public Guid RepliedByUserId { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset RepliedAt { get; private set; }
    public IReadOnlyList<Attachment> Attachments => _attachments;
}
