using Housing.Domain.Common;

namespace Housing.Domain.Documents;

/// <summary>Who sends or receives an official document: a district office (by region) or a complex's management office.</summary>
public enum DocumentParty { DistrictOffice, Complex }

public enum DocumentCategory { Notice, Request, Survey, Report, Inspection, Other }

/// <summary>A file attached to a document or a reply, stored by the files endpoint and referenced by id.</summary>
public sealed record Attachment(Guid FileId, string FileName, string ContentType, long Size)
{
    public const long MaxSize = 50L * 1024 * 1024;

    public static IReadOnlyList<Attachment> Validated(IReadOnlyList<Attachment>? attachments)
    {
        var list = attachments ?? [];
        foreach (var a in list)
        {
            if (a.FileId == Guid.Empty || string.IsNullOrWhiteSpace(a.FileName) || string.IsNullOrWhiteSpace(a.ContentType))
                throw new DomainException("INVALID_ATTACHMENT", "An attachment needs its file id, file name and content type.");
            if (a.Size is <= 0 or > MaxSize)
                throw new DomainException("INVALID_ATTACHMENT", $"Attachment {a.FileName} is {a.Size:N0} bytes; allowed is 1 byte to 50 MB.");
        }
        if (list.Select(a => a.FileId).Distinct().Count() != list.Count)
            throw new DomainException("INVALID_ATTACHMENT", "The same file is attached twice.");
        // Copies, so that one attachment record is never owned by two documents or replies.
        return [.. list.Select(a => a with { FileName = a.FileName.Trim() })];
    }
}

/// <summary>
/// An official electronic document (전자문서) sent by a district office to many complexes at once, or by a
/// complex to its district. Its number (e.g. 주택과-1234) is unique per sender and year.
/// Each recipient has a <see cref="DocumentDelivery"/> that tracks notification, reading and reply.
/// </summary>
public sealed class Document : AggregateRoot
{
    private readonly List<Attachment> _attachments = [];
    private readonly List<DocumentDelivery> _deliveries = [];

    private Document() { SenderName = Prefix = Number = Title = Body = ""; }

    private Document(DocumentParty senderKind, Guid senderId, string senderName, string prefix, int year, int sequence,
        string title, string body, DocumentCategory category, bool requiresReply, DateTimeOffset? replyDueAt, Guid sentBy, DateTimeOffset sentAt)
    {
        SenderKind = senderKind;
        SenderId = senderId;
        SenderName = senderName;
        Prefix = prefix;
        Year = year;
        Sequence = sequence;
        Number = $"{prefix}-{sequence}";
        Title = title;
        Body = body;
        Category = category;
        RequiresReply = requiresReply;
        ReplyDueAt = replyDueAt;
        SentByUserId = sentBy;
        SentAt = sentAt;
    }

    public DocumentParty SenderKind { get; private set; }

    /// <summary>The sender's region (district office) or complex.</summary>
    public Guid SenderId { get; private set; }

    public string SenderName { get; private set; }

    /// <summary>The department or office the number is counted for, e.g. 주택과.</summary>
    public string Prefix { get; private set; }

    public int Year { get; private set; }
    public int Sequence { get; private set; }

    /// <summary>The document number, e.g. 주택과-1234.</summary>
    public string Number { get; private set; }

    public string Title { get; private set; }
    public string Body { get; private set; }
    public DocumentCategory Category { get; private set; }

    /// <summary>Whether recipients must reply; documents for information only take no reply.</summary>
    public bool RequiresReply { get; private set; }

    public DateTimeOffset? ReplyDueAt { get; private set; }
    public Guid SentByUserId { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    /// <summary>The sender's key for the request that sent it (unique per <see cref="SentByUserId"/>); null when none was given.</summary>
    public string? IdempotencyKey { get; private set; }

    /// <summary>The fingerprint of that request, so a retry under the key is told from a different request reusing it.</summary>
    public string? Fingerprint { get; private set; }

    public IReadOnlyList<Attachment> Attachments => _attachments;
    public IReadOnlyList<DocumentDelivery> Deliveries => _deliveries;

    /// <summary>The longest idempotency key a sender chooses.</summary>
    public const int MaxIdempotencyKeyLength = 100;

    public static Document Send(DocumentParty senderKind, Guid senderId, string senderName, string prefix, int year, int sequence,
        string title, string body, DocumentCategory category, IReadOnlyList<Attachment>? attachments, bool requiresReply,
        DateTimeOffset? replyDueAt, Guid sentBy, DateTimeOffset sentAt, IReadOnlyList<(DocumentParty Kind, Guid Id, string Name)> recipients,
        (string Key, string Fingerprint)? request = null)
    {
        if (string.IsNullOrWhiteSpace(prefix))
            throw Invalid("The department the document is numbered for (e.g. 주택과) is required.");
        if (string.IsNullOrWhiteSpace(title) || title.Length > 200)
            throw Invalid("A title of 1 to 200 characters is required.");
        if (string.IsNullOrWhiteSpace(body))
            throw Invalid("The document needs a body.");
        if (replyDueAt is not null && !requiresReply)
            throw Invalid("A reply deadline only makes sense when a reply is required.");
        if (replyDueAt is { } due && due <= sentAt)
            throw Invalid($"The reply deadline {due:yyyy-MM-dd HH:mm} must be after the time of sending.");
        if (recipients.Count == 0)
            throw Invalid("Choose at least one recipient.");
        if (recipients.Select(r => (r.Kind, r.Id)).Distinct().Count() != recipients.Count)
            throw Invalid("A recipient appears twice.");

        var document = new Document(senderKind, senderId, senderName, prefix.Trim(), year, sequence, title.Trim(), body, category,
            requiresReply, replyDueAt?.ToUniversalTime(), sentBy, sentAt.ToUniversalTime());
        if (request is var (key, fingerprint))
        {
            document.IdempotencyKey = IdempotencyKeys.Validated(key, MaxIdempotencyKeyLength);
            document.Fingerprint = fingerprint;
        }
        document._attachments.AddRange(Attachment.Validated(attachments));
        document._deliveries.AddRange(recipients.Select(r => new DocumentDelivery(r.Kind, r.Id, r.Name, document.SentAt)));
        return document;
    }

    public DocumentDelivery Delivery(Guid deliveryId) =>
        _deliveries.FirstOrDefault(d => d.Id == deliveryId) ?? throw new NotFoundException(nameof(DocumentDelivery), deliveryId);

    /// <summary>Asks for the SMS to the recipient's managers again; false when a round already awaits its queueing.</summary>
    public bool RequestNotification(Guid deliveryId, DateTimeOffset at)
    {
        var requested = Delivery(deliveryId).RequestNotification(at);
        if (requested) Touch();
        return requested;
    }

    public void MarkNotified(Guid deliveryId, DateTimeOffset at)
    {
        Delivery(deliveryId).MarkNotified(at);
        Touch();
    }

    /// <summary>The awaited round of the delivery was tried and nobody at the complex can be texted (연락처 없음).</summary>
    public void MarkUnreachable(Guid deliveryId, DateTimeOffset at)
    {
        Delivery(deliveryId).MarkUnreachable(at);
        Touch();
    }

    /// <summary>Returns false when the delivery had already been read (reading again changes nothing).</summary>
    public bool MarkRead(Guid deliveryId, Guid userId, DateTimeOffset at)
    {
        var changed = Delivery(deliveryId).MarkRead(userId, at);
        if (changed) Touch();
        return changed;
    }

    public DocumentReply Reply(Guid deliveryId, Guid userId, string body, IReadOnlyList<Attachment>? attachments, DateTimeOffset at)
    {
        if (!RequiresReply)
            throw new DomainException("REPLY_NOT_REQUESTED", $"Document {Number} is for information only and takes no reply.");
        var reply = Delivery(deliveryId).AcceptReply(userId, body, attachments, ReplyDueAt, at);
        Touch();
        return reply;
    }

    /// <summary>Marks every unreplied delivery overdue once the deadline has passed; returns how many changed.</summary>
    public int MarkOverdue(DateTimeOffset asOf)
    {
        if (ReplyDueAt is not { } due || asOf <= due) return 0;
        var changed = _deliveries.Count(d => d.MarkOverdue(asOf));
        if (changed > 0) Touch();
        return changed;
    }

    /// <summary>
    /// Where the document stands at <paramref name="now"/>: unreplied deliveries past the deadline count as overdue
    /// (<see cref="DocumentDelivery.OverdueRule"/>) before the reminder job has marked them.
    /// </summary>
    public DocumentProgress Progress(DateTimeOffset now) => new(
        Total: _deliveries.Count,
        Notified: _deliveries.Count(d => d.NotifiedAt is not null),
        Read: _deliveries.Count(d => d.ReadAt is not null),
        Replied: _deliveries.Count(d => d.Status == DeliveryStatus.Replied),
        Overdue: _deliveries.Count(d => d.IsOverdueAt(ReplyDueAt, now)),
        RepliedLate: _deliveries.Count(d => d.Status == DeliveryStatus.Replied && d.WasOverdue),
        Unreachable: _deliveries.Count(d => d.Unreachable));

    private static DomainException Invalid(string message) => new("INVALID_DOCUMENT", message);
}

/// <summary>Where a document stands with its recipients: counts for the district's tracking page; <see cref="Unreachable"/> are complexes nobody could be texted at.</summary>
public sealed record DocumentProgress(int Total, int Notified, int Read, int Replied, int Overdue, int RepliedLate, int Unreachable)
{
    public int Unread => Total - Read;
}
