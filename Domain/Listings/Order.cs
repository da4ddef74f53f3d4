using Housing.Domain.Common;

namespace Housing.Domain.Listings;

/// <summary>Requested → Confirmed → Completed, or Cancelled by either side before completion.</summary>
public enum OrderStatus { Requested, Confirmed, Completed, Cancelled }

public enum OrderParty { Buyer, Seller, System }

/// <summary>A resident's order on a listing; for a group buy, an order is a participation.</summary>
public sealed class Order : AggregateRoot
{
    public const int MaxQuantity = 999;

    private Order() { }

    private Order(Listing listing, Guid buyerResidentId, Guid buyerComplexId, int quantity, bool payWithPoints, DateTimeOffset at)
    {
        ListingId = listing.Id;
        ListingKind = listing.Kind;
        SellerKind = listing.SellerKind;
        SellerResidentId = listing.SellerResidentId;
        SellerVendorId = listing.SellerVendorId;
        BuyerResidentId = buyerResidentId;
        BuyerComplexId = buyerComplexId;
        Quantity = quantity;
        UnitPrice = listing.Price;
        Amount = checked(listing.Price * quantity);
        PaidWithPoints = payWithPoints;
        RequestedAt = at;
    }

    public Guid ListingId { get; private set; }
    public ListingKind ListingKind { get; private set; }
    public SellerKind SellerKind { get; private set; }
    public Guid? SellerResidentId { get; private set; }
    public Guid? SellerVendorId { get; private set; }
    public Guid BuyerResidentId { get; private set; }
    public Guid BuyerComplexId { get; private set; }
    public int Quantity { get; private set; }
    public long UnitPrice { get; private set; }

    /// <summary>Quantity × unit price, in KRW (or points when paid with points, one point = 1 KRW).</summary>
    public long Amount { get; private set; }

    public bool PaidWithPoints { get; private set; }
    public Guid? PaymentTransactionId { get; private set; }
    public Guid? RefundTransactionId { get; private set; }
    public Guid? RewardTransactionId { get; private set; }
    public OrderStatus Status { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public OrderParty? CancelledBy { get; private set; }
    public string? CancelReason { get; private set; }

    public bool IsActive => Status is OrderStatus.Requested or OrderStatus.Confirmed;

    public static Order Place(Listing listing, Guid buyerResidentId, Guid buyerComplexId, int quantity, bool payWithPoints, DateTimeOffset at)
    {
        listing.RequireOrderable(at);
        if (listing.SellerResidentId == buyerResidentId)
            throw new DomainException("OWN_LISTING", "You cannot order your own listing.");
        if (quantity is < 1 or > MaxQuantity)
            throw new DomainException("INVALID_QUANTITY", $"Order 1 to {MaxQuantity} units, not {quantity}.");
        if (payWithPoints && !listing.AcceptsPoints)
            throw new DomainException("POINTS_NOT_ACCEPTED", "This listing does not accept points.");
        return new Order(listing, buyerResidentId, buyerComplexId, quantity, payWithPoints, at.ToUniversalTime());
    }

    internal void RecordPayment(Guid transactionId) => PaymentTransactionId = transactionId;

    public void Confirm(DateTimeOffset at)
    {
        RequireStatus(OrderStatus.Requested, "confirmed");
        Status = OrderStatus.Confirmed;
        ConfirmedAt = at.ToUniversalTime();
        Touch();
    }

    public void RequireCompletable() => RequireStatus(OrderStatus.Confirmed, "completed");

    public void Complete(DateTimeOffset at, Guid? rewardTransactionId)
    {
        RequireCompletable();
        Status = OrderStatus.Completed;
        CompletedAt = at.ToUniversalTime();
        RewardTransactionId = rewardTransactionId;
        Touch();
    }

    public void RequireCancellable(OrderParty by, string? reason)
    {
        if (!IsActive)
            throw new DomainException("INVALID_ORDER_STATE", $"A {Status.ToString().ToLowerInvariant()} order cannot be cancelled; only requested or confirmed ones can.");
        if (by != OrderParty.Buyer && string.IsNullOrWhiteSpace(reason))
            throw new DomainException("REASON_REQUIRED", "A cancellation by the seller says why, for the buyer.");
    }

    public void Cancel(OrderParty by, string? reason, DateTimeOffset at, Guid? refundTransactionId)
    {
        RequireCancellable(by, reason);
        Status = OrderStatus.Cancelled;
        CancelledAt = at.ToUniversalTime();
        CancelledBy = by;
        CancelReason = reason?.Trim();
        RefundTransactionId = refundTransactionId;
        Touch();
    }

    private void RequireStatus(OrderStatus expected, string becoming)
    {
        if (Status != expected)
            throw new DomainException("INVALID_ORDER_STATE",
                $"Only a {expected.ToString().ToLowerInvariant()} order can be {becoming}; this one is {Status.ToString().ToLowerInvariant()}.");
    }
}
