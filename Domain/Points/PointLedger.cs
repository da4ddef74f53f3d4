using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Points;

/// <summary>How points are earned and how long they last. Bound from configuration by the host.</summary>
public sealed record PointsPolicy(double BuyerRewardRate = 0.01, double ComplexRewardRate = 0.005, int ExpiryMonths = 24)
{
    public PointsPolicy Validated() =>
        BuyerRewardRate is < 0 or > 1 || ComplexRewardRate is < 0 or > 1
            ? throw new DomainException("INVALID_POINTS_POLICY", "Reward rates are shares of the order amount, from 0 to 1.")
            : ExpiryMonths < 1
                ? throw new DomainException("INVALID_POINTS_POLICY", "Points must last at least one month.")
                : this;

    public DateTimeOffset ExpiryOf(DateTimeOffset earnedAt) => earnedAt.AddMonths(ExpiryMonths);
}

/// <summary>
/// What a posting did, or (Replayed) what the first request with the same idempotency key did. <see cref="IdempotencyKey"/>
/// is the key the caller sent, not the ledger's composite key it is recorded under.
/// </summary>
public sealed record PointsReceipt(Guid TransactionId, string IdempotencyKey, long Amount, long BalanceAfter, bool Replayed)
{
    internal static PointsReceipt Of(LedgerTransaction tx, Guid accountId, string idempotencyKey, bool replayed)
    {
        var entry = tx.Entries.Single(e => e.AccountId == accountId);
        return new PointsReceipt(tx.Id, idempotencyKey, Math.Abs(entry.Amount), entry.BalanceAfter, replayed);
    }
}

/// <summary>
/// Posts balanced movements between accounts within the caller's unit of work (it never saves).
/// Every posting bumps the Version of each account it moves, so of two concurrent spends on one account
/// only the first to save wins; the other's save throws <see cref="ConcurrencyConflictException"/> and the
/// use case is retried on fresh balances (with the same idempotency key, a retry never moves points twice).
/// One instance per use case: it remembers the accounts it created before they are saved.
/// </summary>
public sealed class PointLedger(IHousingStore store, TimeProvider clock, PointsPolicy policy)
{
    private readonly Dictionary<string, PointAccount> _accounts = [];

    public PointsPolicy Policy => policy;

    public Task<PointAccount> PersonalAccountAsync(Guid residentId, CancellationToken ct = default) =>
        AccountAsync(PointAccount.PersonalKey(residentId), () => PointAccount.Personal(residentId), ct);

    /// <summary>
    /// The personal account a payment comes from; refuses (INSUFFICIENT_POINTS) before anything is staged
    /// when the resident has no account yet.
    /// </summary>
    public async Task<PointAccount> PayingPersonalAccountAsync(Guid residentId, long amount, CancellationToken ct = default)
    {
        var key = PointAccount.PersonalKey(residentId);
        var account = _accounts.GetValueOrDefault(key)
            ?? await store.FirstOrDefaultAsync(store.Query<PointAccount>().Where(a => a.Key == key), ct)
            ?? throw new DomainException("INSUFFICIENT_POINTS", $"The balance of 0 points does not cover {amount:N0} points.");
        account.RequireCovers(amount);
        _accounts[key] = account;
        return account;
    }

    public Task<PointAccount> CommonAccountAsync(Guid complexId, CancellationToken ct = default) =>
        AccountAsync(PointAccount.CommonKey(complexId), () => PointAccount.Common(complexId), ct);

    public Task<PointAccount> RentAccountAsync(HousingOperator op, CancellationToken ct = default) =>
        AccountAsync(PointAccount.RentKey(op), () => PointAccount.Rent(op), ct);

    public Task<PointAccount> SystemAccountAsync(PointAccountKind kind, CancellationToken ct = default) =>
        AccountAsync(PointAccount.SystemKey(kind), () => PointAccount.System(kind), ct);

    /// <summary>
    /// The transaction already recorded under <paramref name="key"/>, if the same request was made before;
    /// refuses a different request that reuses the key.
    /// </summary>
    public async Task<LedgerTransaction?> FindReplayAsync(string key, string fingerprint, CancellationToken ct = default)
    {
        var existing = await store.FirstOrDefaultAsync(store.Query<LedgerTransaction>().Where(t => t.IdempotencyKey == key), ct);
        return IdempotencyKeys.Replay(existing, key, fingerprint, t => t.Fingerprint, t => t.Description);
    }

    /// <summary>Posts a balanced movement; refuses it whole (INSUFFICIENT_POINTS) if any account it debits cannot cover its line.</summary>
    public LedgerTransaction Post(string key, LedgerTransactionKind kind, string description, Guid? referenceId, string fingerprint,
        params (PointAccount Account, long Amount)[] lines) =>
        Post(key, kind, description, referenceId, fingerprint, consumeLots: true, lines);

    /// <summary>
    /// Rewards the buyer and the buyer's complex with their shares of a completed order's amount; the entries name the
    /// order as its owners know it (<paramref name="orderName"/>, e.g. the listing's title), not by its key.
    /// </summary>
    public async Task<LedgerTransaction?> RewardOrderAsync(Guid orderId, string orderName, Guid buyerResidentId, Guid complexId, long orderAmount,
        CancellationToken ct = default)
    {
        var buyerShare = (long)Math.Floor(orderAmount * policy.BuyerRewardRate);
        var complexShare = (long)Math.Floor(orderAmount * policy.ComplexRewardRate);
        if (buyerShare + complexShare <= 0) return null;
        var key = $"reward:order:{orderId}";
        var fingerprint = $"reward|{orderId}|{buyerResidentId}|{complexId}|{buyerShare}|{complexShare}";
        if (await FindReplayAsync(key, fingerprint, ct) is { } replay) return replay;
        var lines = new List<(PointAccount, long)> { (await SystemAccountAsync(PointAccountKind.Rewards, ct), -(buyerShare + complexShare)) };
        if (buyerShare > 0) lines.Add((await PersonalAccountAsync(buyerResidentId, ct), buyerShare));
        if (complexShare > 0) lines.Add((await CommonAccountAsync(complexId, ct), complexShare));
        return Post(key, LedgerTransactionKind.Reward, $"{orderName} 구매 적립", orderId, fingerprint, [.. lines]);
    }

    /// <summary>Moves the lots of <paramref name="account"/> expired by <paramref name="asOf"/> to the expiry account.</summary>
    public async Task<LedgerTransaction?> ExpireAsync(PointAccount account, DateTimeOffset asOf, CancellationToken ct = default)
    {
        var due = account.ExpiringBy(asOf).ToList();
        if (due.Count == 0) return null;
        var amount = account.ExpireLots(asOf);
        var firstLot = due[0].Id;
        var key = $"expiry:{account.Id}:{firstLot}";
        var fingerprint = $"expiry|{account.Id}|{string.Join(',', due.Select(l => l.Id))}|{amount}";
        return Post(key, LedgerTransactionKind.Expiry, $"포인트 소멸 {amount:N0}", firstLot, fingerprint, consumeLots: false,
            [(account, -amount), (await SystemAccountAsync(PointAccountKind.Expiry, ct), amount)]);
    }

    private LedgerTransaction Post(string key, LedgerTransactionKind kind, string description, Guid? referenceId, string fingerprint,
        bool consumeLots, (PointAccount Account, long Amount)[] lines)
    {
        var at = clock.GetUtcNow();
        var tx = LedgerTransaction.Create(key, kind, description, referenceId, at, fingerprint,
            [.. lines.Select(l => (l.Account.Id, l.Amount))]);
        foreach (var (account, amount) in lines.Where(l => l.Amount < 0))
            account.RequireCovers(-amount);
        foreach (var (account, amount) in lines)
        {
            account.Apply(amount, tx.Id, at, policy.ExpiryOf(at), consumeLots);
            tx.RecordBalance(account.Id, account.Balance);
        }
        store.Add(tx);
        return tx;
    }

    private async Task<PointAccount> AccountAsync(string key, Func<PointAccount> create, CancellationToken ct)
    {
        if (_accounts.TryGetValue(key, out var known)) return known;
        var account = await store.FirstOrDefaultAsync(store.Query<PointAccount>().Where(a => a.Key == key), ct);
        if (account is null)
        {
            account = create();
            store.Add(account);
        }
        _accounts[key] = account;
        return account;
    }
}
