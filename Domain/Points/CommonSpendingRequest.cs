using Housing.Domain.Common;

namespace Housing.Domain.Points;

public enum CommonSpendingStatus { Requested, Approved, Rejected }

/// <summary>
/// A request to spend a complex's common points on its facilities or events. A manager of the complex who did
/// not make the request approves it (the points move then) or rejects it with a reason.
/// </summary>
public sealed class CommonSpendingRequest : AggregateRoot
{
    private CommonSpendingRequest() { Purpose = ""; }

    private CommonSpendingRequest(Guid complexId, string purpose, long amount, Guid requestedBy, DateTimeOffset at)
    {
        ComplexId = complexId;
        Purpose = purpose;
        Amount = amount;
        RequestedByUserId = requestedBy;
        RequestedAt = at;
    }

    public Guid ComplexId { get; private set; }
    public string Purpose { get; private set; }
    public long Amount { get; private set; }
    public Guid RequestedByUserId { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public CommonSpendingStatus Status { get; private set; }
    public Guid? DecidedByUserId { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid? TransactionId { get; private set; }

    public static CommonSpendingRequest Create(Guid complexId, string purpose, long amount, Guid requestedBy, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(purpose))
            throw new DomainException("INVALID_SPENDING", "Say what the common points are for, e.g. 놀이터 보수.");
        if (amount <= 0)
            throw new DomainException("INVALID_SPENDING", $"The amount must be above 0 points, not {amount}.");
        return new CommonSpendingRequest(complexId, purpose.Trim(), amount, requestedBy, at.ToUniversalTime());
    }

    public void Approve(Guid managerUserId, Guid transactionId, DateTimeOffset at)
    {
        RequireDecidable(managerUserId);
        Status = CommonSpendingStatus.Approved;
        DecidedByUserId = managerUserId;
        DecidedAt = at.ToUniversalTime();
        TransactionId = transactionId;
        Touch();
    }

    public void Reject(Guid managerUserId, string reason, DateTimeOffset at)
    {
        RequireDecidable(managerUserId);
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainException("REASON_REQUIRED", "A rejection needs a reason the requester can read.");
        Status = CommonSpendingStatus.Rejected;
        DecidedByUserId = managerUserId;
        DecidedAt = at.ToUniversalTime();
        RejectionReason = reason.Trim();
        Touch();
    }

    /// <summary>Whether the user asked for this spending: they may not decide on it (four eyes).</summary>
    public bool IsRequestedBy(Guid userId) => userId == RequestedByUserId;

    /// <summary>Refuses a decision on a decided request, or by the requester (four eyes).</summary>
    public void RequireDecidable(Guid managerUserId)
    {
        if (Status != CommonSpendingStatus.Requested)
            throw new DomainException("SPENDING_ALREADY_DECIDED", $"This request was already {Status.ToString().ToLowerInvariant()}.");
        if (IsRequestedBy(managerUserId))
            throw new DomainException("SELF_APPROVAL", "The requester cannot decide their own request; another manager of the complex must.");
    }
}
