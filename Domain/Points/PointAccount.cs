using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Points;

/// <summary>
/// Kinds of point account. Personal and Common accounts belong to a resident and a complex; the rest are the
/// platform's system accounts every movement's other side is written to.
/// </summary>
public enum PointAccountKind
{
    Personal,
    Common,

    /// <summary>Issues points (rewards, grants); the only account whose balance runs negative.</summary>
    Rewards,

    /// <summary>Rent paid with points, one per rental operator.</summary>
    RentPayments,
    ListingPurchases,
    CommonSpending,
    Expiry,
}

/// <summary>A point balance with the earned lots it consists of; its Version guards against concurrent spends.</summary>
public sealed class PointAccount : AggregateRoot
{
    private readonly List<PointLot> _lots = [];

    private PointAccount() { Key = ""; }

    private PointAccount(string key, PointAccountKind kind, Guid? ownerId, HousingOperator? housingOperator)
    {
        Key = key;
        Kind = kind;
        OwnerId = ownerId;
        Operator = housingOperator;
    }

    /// <summary>Unique natural key, e.g. <c>personal:{residentId}</c>, <c>common:{complexId}</c>, <c>rent:LH</c>, <c>rewards</c>.</summary>
    public string Key { get; private set; }

    public PointAccountKind Kind { get; private set; }

    /// <summary>The resident (Personal) or complex (Common) owning the account; null for system accounts.</summary>
    public Guid? OwnerId { get; private set; }

    /// <summary>The rental operator a RentPayments account collects for.</summary>
    public HousingOperator? Operator { get; private set; }

    public long Balance { get; private set; }

    /// <summary>Earned lots, oldest expiry first when spent; only Personal and Common accounts keep them.</summary>
    public IReadOnlyList<PointLot> Lots => _lots;

    public bool MayRunNegative => Kind == PointAccountKind.Rewards;

    public bool ExpiresPoints => Kind is PointAccountKind.Personal or PointAccountKind.Common;

    public static string PersonalKey(Guid residentId) => $"personal:{residentId}";
    public static string CommonKey(Guid complexId) => $"common:{complexId}";
    public static string RentKey(HousingOperator op) => $"rent:{op}";
    public static string SystemKey(PointAccountKind kind) => kind switch
    {
        PointAccountKind.Rewards => "rewards",
        PointAccountKind.ListingPurchases => "listing-purchases",
        PointAccountKind.CommonSpending => "common-spending",
        PointAccountKind.Expiry => "expiry",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a single system account."),
    };

    public static PointAccount Personal(Guid residentId) => new(PersonalKey(residentId), PointAccountKind.Personal, residentId, null);

    public static PointAccount Common(Guid complexId) => new(CommonKey(complexId), PointAccountKind.Common, complexId, null);

    public static PointAccount Rent(HousingOperator op) => op == HousingOperator.None
        ? throw new DomainException("NO_OPERATOR", "Rent is paid to a rental operator; this complex has none.")
        : new(RentKey(op), PointAccountKind.RentPayments, null, op);

    public static PointAccount System(PointAccountKind kind) => new(SystemKey(kind), kind, null, null);

    /// <summary>Points that expire between now and <paramref name="until"/>, per lot.</summary>
    public IEnumerable<PointLot> ExpiringBy(DateTimeOffset until) =>
        _lots.Where(l => l.Remaining > 0 && l.ExpiresAt <= until).OrderBy(l => l.ExpiresAt);

    internal void RequireCovers(long amount)
    {
        if (!MayRunNegative && Balance < amount)
            throw new DomainException("INSUFFICIENT_POINTS",
                $"The balance of {Balance:N0} points does not cover {amount:N0} points.");
    }

    /// <summary>Applies one ledger line; a debit of an expiring account consumes its lots, soonest expiry first.</summary>
    internal void Apply(long amount, Guid transactionId, DateTimeOffset at, DateTimeOffset expiresAt, bool consumeLots)
    {
        if (amount < 0)
        {
            RequireCovers(-amount);
            if (ExpiresPoints && consumeLots) ConsumeLots(-amount);
        }
        else if (ExpiresPoints)
        {
            _lots.Add(new PointLot(transactionId, at, expiresAt, amount));
        }
        Balance += amount;
        Touch();
    }

    /// <summary>Empties the lots expired by <paramref name="asOf"/>; returns how many points they held.</summary>
    internal long ExpireLots(DateTimeOffset asOf)
    {
        long total = 0;
        foreach (var lot in _lots.Where(l => l.Remaining > 0 && l.ExpiresAt <= asOf))
            total += lot.Expire();
        return total;
    }

    private void ConsumeLots(long amount)
    {
        foreach (var lot in _lots.Where(l => l.Remaining > 0).OrderBy(l => l.ExpiresAt).ThenBy(l => l.EarnedAt))
        {
            amount -= lot.Consume(amount);
            if (amount == 0) return;
        }
        throw new InvalidOperationException($"Account {Key}: its lots hold less than its balance.");
    }
}

/// <summary>Points credited at one time, spent first-in-first-out and expiring together.</summary>
public sealed class PointLot : Entity
{
    private PointLot() { }

    internal PointLot(Guid transactionId, DateTimeOffset earnedAt, DateTimeOffset expiresAt, long amount)
    {
        TransactionId = transactionId;
        EarnedAt = earnedAt;
        ExpiresAt = expiresAt;
        Amount = amount;
        Remaining = amount;
    }

    public Guid TransactionId { get; private set; }
    public DateTimeOffset EarnedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public long Amount { get; private set; }
    public long Remaining { get; private set; }
    public long Expired { get; private set; }

    internal long Consume(long wanted)
    {
        var taken = Math.Min(wanted, Remaining);
        Remaining -= taken;
        return taken;
    }

    internal long Expire()
    {
        var expired = Remaining;
        Expired += expired;
        Remaining = 0;
        return expired;
    }
}
