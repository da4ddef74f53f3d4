using System.Linq.Expressions;
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

    /// <summary>
    /// When the awaited round was last tried and nobody at the complex could be texted (연락처 없음: none of its managers has a
    /// mobile number on their account); null once a round is queued, and for a new round until it is tried.
    /// </summary>
    public DateTimeOffset? UnreachableAt { get; private set; }

    public bool AwaitsNotification => NotificationRound > NotificationCount;

    /// <summary>Whether the awaited round could not be queued because nobody at the complex can be reached by SMS.</summary>
    public bool Unreachable => AwaitsNotification && UnreachableAt is not null;

    /// <summary>
    /// The one rule of lateness: a delivery is overdue once its document's reply deadline has passed without a reply, whether
    /// or not the reminder job has marked it yet (<see cref="DeliveryStatus.Overdue"/>). An expression, so queries count with it in SQL.
    /// </summary>
    public static readonly Expression<Func<DeliveryStatus, DateTimeOffset?, DateTimeOffset, bool>> OverdueRule = (status, dueAt, now) =>
        status == DeliveryStatus.Overdue || (status != DeliveryStatus.Replied && dueAt != null && dueAt < now);

    private static readonly Func<DeliveryStatus, DateTimeOffset?, DateTimeOffset, bool> IsOverdue = OverdueRule.Compile();

    /// <summary>Whether the delivery is overdue at <paramref name="now"/> by <see cref="OverdueRule"/>, given its document's deadline.</summary>
    public bool IsOverdueAt(DateTimeOffset? dueAt, DateTimeOffset now) => IsOverdue(Status, dueAt, now);

    /// <summary>The status as of <paramref name="now"/>: <see cref="DeliveryStatus.Overdue"/> once the deadline passed unreplied, else the stored one.</summary>
    public DeliveryStatus StatusAt(DateTimeOffset? dueAt, DateTimeOffset now) => IsOverdueAt(dueAt, now) ? DeliveryStatus.Overdue : Status;

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
        UnreachableAt = null;
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
        UnreachableAt = null;
        if (Status == DeliveryStatus.Sent) Status = DeliveryStatus.Notified;
    }

    /// <summary>Records that the awaited round was tried and nobody at the complex can be texted; it stays awaiting (a resend tries it again).</summary>
    internal void MarkUnreachable(DateTimeOffset at)
    {
        RequireSent(at);
        if (!AwaitsNotification)
            throw new DomainException("NOTIFICATION_NOT_REQUESTED", $"No notification of {RecipientName} awaits queueing; ask for a resend first.");
        UnreachableAt = at.ToUniversalTime();
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
