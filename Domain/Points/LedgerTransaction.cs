using Housing.Domain.Common;

namespace Housing.Domain.Points;

public enum LedgerTransactionKind { Grant, Reward, ListingPurchase, ListingRefund, RentPayment, CommonSpending, Expiry }

/// <summary>
/// One movement of points: two or more entries that sum to zero, recorded once per idempotency key.
/// <see cref="Fingerprint"/> describes the request, so a retry with the same key is recognised and
/// a different request reusing the key is refused.
/// </summary>
public sealed class LedgerTransaction : AggregateRoot
{
    private readonly List<LedgerEntry> _entries = [];

    private LedgerTransaction() { IdempotencyKey = Description = Fingerprint = ""; }

    private LedgerTransaction(string key, LedgerTransactionKind kind, string description, Guid? referenceId, DateTimeOffset at, string fingerprint)
    {
        IdempotencyKey = key;
        Kind = kind;
        Description = description;
        ReferenceId = referenceId;
        OccurredAt = at;
        Fingerprint = fingerprint;
    }

    public string IdempotencyKey { get; private set; }
    public LedgerTransactionKind Kind { get; private set; }
    public string Description { get; private set; }

    /// <summary>What the movement is for: an order, a common-spending request, an expired lot.</summary>
    public Guid? ReferenceId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
    public string Fingerprint { get; private set; }
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>Builds a balanced transaction; throws <c>UNBALANCED_TRANSACTION</c> unless the lines sum to zero.</summary>
    public static LedgerTransaction Create(string idempotencyKey, LedgerTransactionKind kind, string description, Guid? referenceId,
        DateTimeOffset at, string fingerprint, IReadOnlyList<(Guid AccountId, long Amount)> lines)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200)
            throw new DomainException("INVALID_IDEMPOTENCY_KEY", "An idempotency key of 1 to 200 characters is required.");
        if (lines.Count < 2)
            throw new DomainException("UNBALANCED_TRANSACTION", "A ledger movement needs at least two entries.");
        if (lines.Any(l => l.Amount == 0))
            throw new DomainException("UNBALANCED_TRANSACTION", "A ledger entry of zero points moves nothing.");
        if (lines.Select(l => l.AccountId).Distinct().Count() != lines.Count)
            throw new DomainException("UNBALANCED_TRANSACTION", "An account appears twice in one ledger movement.");
        var sum = lines.Aggregate(0L, (s, l) => checked(s + l.Amount));
        if (sum != 0)
            throw new DomainException("UNBALANCED_TRANSACTION", $"Ledger entries must sum to zero; these sum to {sum}.");
        var tx = new LedgerTransaction(idempotencyKey, kind, description, referenceId, at.ToUniversalTime(), fingerprint);
        tx._entries.AddRange(lines.Select(l => new LedgerEntry(l.AccountId, l.Amount)));
        return tx;
    }

    public long AmountFor(Guid accountId) => _entries.Where(e => e.AccountId == accountId).Sum(e => e.Amount);

    internal void RecordBalance(Guid accountId, long balanceAfter) =>
        _entries.Single(e => e.AccountId == accountId).RecordBalance(balanceAfter);
}

/// <summary>One line of a ledger transaction: points into (+) or out of (−) an account, and the balance after it.</summary>
public sealed class LedgerEntry : Entity
{
    private LedgerEntry() { }

    internal LedgerEntry(Guid accountId, long amount)
    {
        AccountId = accountId;
        Amount = amount;
    }

    public Guid AccountId { get; private set; }
    public long Amount { get; private set; }
    public long BalanceAfter { get; private set; }

    internal void RecordBalance(long balance) => BalanceAfter = balance;
}
