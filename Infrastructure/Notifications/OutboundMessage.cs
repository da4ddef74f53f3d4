using Housing.Domain.Common;

namespace Housing.Infrastructure.Notifications;

public enum OutboundMessageStatus
{
    /// <summary>Waiting to be sent at or after <see cref="OutboundMessage.NotBefore"/>.</summary>
    Pending,

    /// <summary>Handed to the provider; the answer is not recorded yet.</summary>
    Sending,

    Sent,

    /// <summary>Kept in the outbox only: no provider is configured for its channel (the embedded default).</summary>
    Recorded,

    /// <summary>Refused by the provider, or still failing after every attempt.</summary>
    Failed,

    /// <summary>
    /// A send was interrupted after it was handed to the provider and before its answer was recorded. It may
    /// have reached the recipient, so it is never resent automatically: staff decide in the admin.
    /// </summary>
    Unknown,
}

public enum AttemptOutcome
{
    InProgress,
    Sent,
    Recorded,
    TransientFailure,
    PermanentFailure,
    Interrupted,
}

/// <summary>One try at handing a message to its provider, kept for the outgoing SMS/e-mail log.</summary>
public sealed class OutboundMessageAttempt : Entity
{
    private OutboundMessageAttempt() { }

    internal OutboundMessageAttempt(Guid messageId, int number, string transport, DateTimeOffset startedAt)
    {
        MessageId = messageId;
        Number = number;
        Transport = transport;
        StartedAt = startedAt;
        Outcome = AttemptOutcome.InProgress;
    }

    public Guid MessageId { get; private set; }

    public int Number { get; private set; }

    public string Transport { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public AttemptOutcome Outcome { get; private set; }

    public string? Error { get; private set; }

    internal void End(AttemptOutcome outcome, DateTimeOffset at, string? error)
    {
        Outcome = outcome;
        FinishedAt = at;
        Error = error is { Length: > 2000 } ? error[..2000] : error;
    }
}

/// <summary>
/// A message in the outbox. Its dedup key is unique, so the same fact is announced once however often it is queued;
/// its status moves Pending → Sending → Sent/Recorded/Failed, and a send cut short in Sending becomes Unknown.
/// </summary>
public sealed class OutboundMessage : AggregateRoot
{
    private readonly List<OutboundMessageAttempt> _attempts = [];

    private OutboundMessage() { }

    public NotificationChannel Channel { get; private set; }

    public string Recipient { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string DedupKey { get; private set; } = "";

    public OutboundMessageStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Not to be sent before this instant (quiet hours, backoff after a failed attempt).</summary>
    public DateTimeOffset NotBefore { get; private set; }

    public int AttemptCount { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? ProviderMessageId { get; private set; }

    public string? LastError { get; private set; }

    public IReadOnlyList<OutboundMessageAttempt> Attempts => _attempts;

    public static OutboundMessage Queue(Notification notification, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(notification.Recipient))
            throw new DomainException("NOTIFICATION_RECIPIENT_REQUIRED", "A notification needs a recipient: a phone number for SMS, an address for e-mail.");
        if (string.IsNullOrWhiteSpace(notification.DedupKey) || notification.DedupKey.Length > 200)
            throw new DomainException("NOTIFICATION_DEDUP_KEY_INVALID", "A notification needs a dedup key of 1 to 200 characters naming the fact it announces.");
        return new OutboundMessage
        {
            Channel = notification.Channel,
            Recipient = notification.Recipient.Trim(),
            Subject = notification.Subject,
            Body = notification.Body,
            DedupKey = notification.DedupKey,
            Status = OutboundMessageStatus.Pending,
            CreatedAt = now,
            NotBefore = now,
        };
    }

    public bool IsDue(DateTimeOffset now) => Status == OutboundMessageStatus.Pending && NotBefore <= now;

    /// <summary>Marks the message as handed to <paramref name="transport"/>; saved before the provider is called.</summary>
    public OutboundMessageAttempt BeginAttempt(string transport, DateTimeOffset now)
    {
        if (Status != OutboundMessageStatus.Pending)
            throw new DomainException("NOTIFICATION_NOT_PENDING", $"Message {Id} is {Status}; only a pending message can be sent.");
        AttemptCount++;
        var attempt = new OutboundMessageAttempt(Id, AttemptCount, transport, now);
        _attempts.Add(attempt);
        Status = OutboundMessageStatus.Sending;
        Touch();
        return attempt;
    }

    public void Delivered(OutboundMessageAttempt attempt, string? providerMessageId, bool recordedOnly, DateTimeOffset now)
    {
        attempt.End(recordedOnly ? AttemptOutcome.Recorded : AttemptOutcome.Sent, now, null);
        Status = recordedOnly ? OutboundMessageStatus.Recorded : OutboundMessageStatus.Sent;
        SentAt = now;
        ProviderMessageId = providerMessageId;
        LastError = null;
        Touch();
    }

    /// <summary>A failure worth retrying: back to Pending, not before <paramref name="retryAt"/>.</summary>
    public void FailedTransiently(OutboundMessageAttempt attempt, string error, DateTimeOffset retryAt, DateTimeOffset now)
    {
        attempt.End(AttemptOutcome.TransientFailure, now, error);
        Status = OutboundMessageStatus.Pending;
        NotBefore = retryAt;
        LastError = error;
        Touch();
    }

    public void FailedPermanently(OutboundMessageAttempt attempt, string error, DateTimeOffset now)
    {
        attempt.End(AttemptOutcome.PermanentFailure, now, error);
        Status = OutboundMessageStatus.Failed;
        LastError = error;
        Touch();
    }

    /// <summary>A send stuck in Sending past its lease: its fate is unknown, so it waits for a person.</summary>
    public void Interrupted(DateTimeOffset now)
    {
        foreach (var attempt in _attempts.Where(a => a.Outcome == AttemptOutcome.InProgress))
            attempt.End(AttemptOutcome.Interrupted, now, "The sender stopped before the provider's answer was recorded.");
        Status = OutboundMessageStatus.Unknown;
        LastError = "Interrupted while sending; it may or may not have been delivered. Resend it from the admin if it was not.";
        Touch();
    }

    /// <summary>Holds the message until <paramref name="until"/> (quiet hours) without counting an attempt.</summary>
    public void Hold(DateTimeOffset until)
    {
        if (Status != OutboundMessageStatus.Pending || NotBefore >= until) return;
        NotBefore = until;
        Touch();
    }

    /// <summary>A person decided to send again a message that failed or whose fate is unknown.</summary>
    public void Resend(DateTimeOffset now)
    {
        if (Status is not (OutboundMessageStatus.Failed or OutboundMessageStatus.Unknown))
            throw new DomainException("NOTIFICATION_NOT_RESENDABLE", $"Message {Id} is {Status}; only a failed message or one of unknown fate can be resent.");
        Status = OutboundMessageStatus.Pending;
        NotBefore = now;
        Touch();
    }
}
