using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Points;

public sealed record SpendPointsCommand(long Amount, string IdempotencyKey, string Purpose, Guid? ListingId = null);

public sealed record PayRentCommand(long Amount, YearMonth Month, string IdempotencyKey);

public sealed record GrantPointsCommand(PointAccountKind Kind, Guid OwnerId, long Amount, string Reason, string IdempotencyKey);

public sealed record StatementLine(Guid TransactionId, DateTimeOffset OccurredAt, LedgerTransactionKind Kind, string Description, long Amount, long BalanceAfter);

public sealed record UpcomingExpiry(DateTimeOffset ExpiresAt, long Amount);

public sealed record ExpiryRun(int Transactions, long Points);

/// <summary>
/// Use cases of the points ledger. A <see cref="ConcurrencyConflictException"/> from a save means another
/// request moved the same account first: retry the call (with the same idempotency key it is safe).
/// </summary>
public sealed class PointsService(IHousingStore store, TimeProvider clock, PointsPolicy policy)
{
    private readonly PointsPolicy _policy = policy.Validated();

    private PointLedger NewLedger() => new(store, clock, _policy);

    /// <summary>Issues points to a personal or common account (welcome points, campaigns, demo data): platform admins only.</summary>
    public async Task<PointsReceipt> GrantPointsAsync(Actor actor, GrantPointsCommand command, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        RequirePositive(command.Amount);
        RequireClientKey(command.IdempotencyKey);
        var ledger = NewLedger();
        var account = command.Kind switch
        {
            PointAccountKind.Personal => await ledger.PersonalAccountAsync(command.OwnerId, ct),
            PointAccountKind.Common => await ledger.CommonAccountAsync(command.OwnerId, ct),
            _ => throw new DomainException("INVALID_ACCOUNT", "Points are granted to personal or common accounts only."),
        };
        var key = $"grant:{command.IdempotencyKey}";
        var fingerprint = $"grant|{account.Key}|{command.Amount}|{command.Reason}";
        if (await ledger.FindReplayAsync(key, fingerprint, ct) is { } replay)
            return PointsReceipt.Of(replay, account.Id, command.IdempotencyKey, replayed: true);
        var tx = ledger.Post(key, LedgerTransactionKind.Grant, command.Reason, null, fingerprint,
            (await ledger.SystemAccountAsync(PointAccountKind.Rewards, ct), -command.Amount), (account, command.Amount));
        await store.SaveChangesAsync(ct);
        return PointsReceipt.Of(tx, account.Id, command.IdempotencyKey, replayed: false);
    }

    /// <summary>Rewards a completed order (buyer and complex shares of its amount); for the platform's own jobs and admins.</summary>
    public async Task<PointsReceipt?> EarnPointsAsync(Actor actor, Guid orderId, Guid buyerResidentId, long orderAmount, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var resident = await store.FirstOrDefaultAsync(store.Query<Resident>().Where(r => r.Id == buyerResidentId), ct)
            ?? throw new NotFoundException(nameof(Resident), buyerResidentId);
        var ledger = NewLedger();
        var tx = await ledger.RewardOrderAsync(orderId, "주문", resident.Id, resident.ComplexId, orderAmount, ct);
        if (tx is null) return null;
        await store.SaveChangesAsync(ct);
        return PointsReceipt.Of(tx, (await ledger.PersonalAccountAsync(resident.Id, ct)).Id, tx.IdempotencyKey, replayed: false);
    }

    /// <summary>The acting resident spends personal points on a listing purchase.</summary>
    public async Task<PointsReceipt> SpendPointsAsync(Actor actor, SpendPointsCommand command, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        RequirePositive(command.Amount);
        RequireClientKey(command.IdempotencyKey);
        var ledger = NewLedger();
        var key = $"spend:{resident.Id}:{command.IdempotencyKey}";
        var fingerprint = $"spend|{resident.Id}|{command.Amount}|{command.ListingId}|{command.Purpose}";
        if (await ledger.FindReplayAsync(key, fingerprint, ct) is { } replay)
            return PointsReceipt.Of(replay, (await ledger.PersonalAccountAsync(resident.Id, ct)).Id, command.IdempotencyKey, replayed: true);
        var account = await ledger.PayingPersonalAccountAsync(resident.Id, command.Amount, ct);
        var tx = ledger.Post(key, LedgerTransactionKind.ListingPurchase, command.Purpose, command.ListingId, fingerprint,
            (account, -command.Amount), (await ledger.SystemAccountAsync(PointAccountKind.ListingPurchases, ct), command.Amount));
        await store.SaveChangesAsync(ct);
        return PointsReceipt.Of(tx, account.Id, command.IdempotencyKey, replayed: false);
    }

    /// <summary>The acting resident pays (part of) a month's rent with personal points to the operator of their complex.</summary>
    public async Task<PointsReceipt> PayRentWithPointsAsync(Actor actor, PayRentCommand command, CancellationToken ct = default)
    {
        var resident = await ComplexAccess.RequireResidentAsync(store, actor, ct);
        RequirePositive(command.Amount);
        RequireClientKey(command.IdempotencyKey);
        var complex = await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == resident.ComplexId), ct)
            ?? throw new NotFoundException(nameof(Complex), resident.ComplexId);
        if (complex.Operator == HousingOperator.None)
            throw new DomainException("NO_OPERATOR", $"{complex.Name} is not a rental complex; rent can be paid with points only to a rental operator.");
        var household = await store.FirstOrDefaultAsync(store.Query<Household>().Where(h => h.Id == resident.HouseholdId), ct)
            ?? throw new NotFoundException(nameof(Household), resident.HouseholdId);
        household.RequirePayableRentMonth(command.Month, KoreanCalendar.Today(clock));
        var ledger = NewLedger();
        var key = $"rent:{resident.Id}:{command.IdempotencyKey}";
        var fingerprint = $"rent|{resident.Id}|{command.Amount}|{command.Month}|{complex.Operator}";
        if (await ledger.FindReplayAsync(key, fingerprint, ct) is { } replay)
            return PointsReceipt.Of(replay, (await ledger.PersonalAccountAsync(resident.Id, ct)).Id, command.IdempotencyKey, replayed: true);
        var account = await ledger.PayingPersonalAccountAsync(resident.Id, command.Amount, ct);
        var tx = ledger.Post(key, LedgerTransactionKind.RentPayment, $"{command.Month} 임대료 ({complex.Operator})", resident.HouseholdId, fingerprint,
            (account, -command.Amount), (await ledger.RentAccountAsync(complex.Operator, ct), command.Amount));
        await store.SaveChangesAsync(ct);
        return PointsReceipt.Of(tx, account.Id, command.IdempotencyKey, replayed: false);
    }

    /// <summary>A manager of the complex asks to spend its common points; another manager of it decides.</summary>
    public async Task<CommonSpendingRequest> RequestCommonSpendingAsync(Actor actor, Guid complexId, string purpose, long amount, CancellationToken ct = default)
    {
        if (!await ComplexAccess.IsManagerOfAsync(store, clock, actor, complexId, ct))
            throw new ForbiddenException("Common points are requested by a manager of the complex.");
        var request = CommonSpendingRequest.Create(complexId, purpose, amount, actor.UserId, clock.GetUtcNow());
        store.Add(request);
        await store.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>Another manager of the complex approves: the common points move to the common-spending account now.</summary>
    public async Task<CommonSpendingRequest> ApproveCommonSpendingAsync(Actor actor, Guid requestId, CancellationToken ct = default)
    {
        var request = await DecidableRequestAsync(actor, requestId, ct);
        var ledger = NewLedger();
        var account = await ledger.CommonAccountAsync(request.ComplexId, ct);
        var tx = ledger.Post($"common-spending:{request.Id}", LedgerTransactionKind.CommonSpending, request.Purpose, request.Id,
            $"common-spending|{request.Id}|{request.Amount}",
            (account, -request.Amount), (await ledger.SystemAccountAsync(PointAccountKind.CommonSpending, ct), request.Amount));
        request.Approve(actor.UserId, tx.Id, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return request;
    }

    public async Task<CommonSpendingRequest> RejectCommonSpendingAsync(Actor actor, Guid requestId, string reason, CancellationToken ct = default)
    {
        var request = await DecidableRequestAsync(actor, requestId, ct);
        request.Reject(actor.UserId, reason, clock.GetUtcNow());
        await store.SaveChangesAsync(ct);
        return request;
    }

    /// <summary>Expires every lot due by <paramref name="asOf"/>; running it again for the same instant moves nothing.</summary>
    public async Task<ExpiryRun> ExpirePointsAsync(Actor actor, DateTimeOffset asOf, CancellationToken ct = default)
    {
        actor.Require(Roles.PlatformAdmin);
        var accounts = await store.ToListAsync(store.Query<PointAccount>()
            .Where(a => a.Lots.Any(l => l.Remaining > 0 && l.ExpiresAt <= asOf)), ct);
        var ledger = NewLedger();
        var run = new ExpiryRun(0, 0);
        foreach (var account in accounts)
            if (await ledger.ExpireAsync(account, asOf, ct) is { } tx)
                run = new ExpiryRun(run.Transactions + 1, run.Points - tx.AmountFor(account.Id));
        if (run.Transactions > 0)
            await store.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>Points of an account that expire within <paramref name="within"/> from now, by expiry instant.</summary>
    public async Task<List<UpcomingExpiry>> UpcomingExpiriesAsync(Actor actor, Guid accountId, TimeSpan within, CancellationToken ct = default)
    {
        var account = await ReadableAccountAsync(actor, accountId, ct);
        return [.. account.ExpiringBy(clock.GetUtcNow() + within)
            .GroupBy(l => l.ExpiresAt)
            .Select(g => new UpcomingExpiry(g.Key, g.Sum(l => l.Remaining)))];
    }

    /// <summary>The accounts the actor may see as their own: their personal account and their complex's common account.</summary>
    public async Task<List<PointAccount>> MyAccountsAsync(Actor actor, CancellationToken ct = default)
    {
        var keys = new List<string>();
        if (actor.ResidentId is { } residentId) keys.Add(PointAccount.PersonalKey(residentId));
        if (actor.ComplexId is { } complexId) keys.Add(PointAccount.CommonKey(complexId));
        return await store.ToListAsync(store.Query<PointAccount>().Where(a => keys.Contains(a.Key)), ct);
    }

    /// <summary>One account the actor may read (see <see cref="ReadableAccountAsync"/>); any other is not found.</summary>
    public Task<PointAccount> GetAccountAsync(Actor actor, Guid accountId, CancellationToken ct = default) =>
        ReadableAccountAsync(actor, accountId, ct);

    public async Task<long> BalanceAsync(Actor actor, Guid accountId, CancellationToken ct = default) =>
        (await ReadableAccountAsync(actor, accountId, ct)).Balance;

    /// <summary>The account's movements in [from, to), newest first.</summary>
    public async Task<List<StatementLine>> StatementAsync(Actor actor, Guid accountId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await ReadableAccountAsync(actor, accountId, ct);
        var transactions = await store.ToListAsync(store.Query<LedgerTransaction>()
            .Where(t => t.OccurredAt >= from && t.OccurredAt < to && t.Entries.Any(e => e.AccountId == accountId)), ct);
        return [.. transactions
            .OrderByDescending(t => t.OccurredAt).ThenByDescending(t => t.Id)
            .Select(t => (t, e: t.Entries.Single(e => e.AccountId == accountId)))
            .Select(x => new StatementLine(x.t.Id, x.t.OccurredAt, x.t.Kind, x.t.Description, x.e.Amount, x.e.BalanceAfter))];
    }

    /// <summary>Requests of a complex awaiting a decision, for the manager's approval queue.</summary>
    public async Task<List<CommonSpendingRequest>> PendingCommonSpendingAsync(Actor actor, Guid complexId, CancellationToken ct = default)
    {
        await ComplexAccess.RequireManagerOrAdminAsync(store, clock, actor, complexId, ct);
        return await store.ToListAsync(store.Query<CommonSpendingRequest>()
            .Where(r => r.ComplexId == complexId && r.Status == CommonSpendingStatus.Requested), ct);
    }

    private async Task<CommonSpendingRequest> DecidableRequestAsync(Actor actor, Guid requestId, CancellationToken ct)
    {
        var request = await store.FirstOrDefaultAsync(store.Query<CommonSpendingRequest>().Where(r => r.Id == requestId), ct)
            ?? throw new NotFoundException(nameof(CommonSpendingRequest), requestId);
        if (!await ComplexAccess.IsManagerOfAsync(store, clock, actor, request.ComplexId, ct))
            throw new ForbiddenException("Only a manager of the complex decides on its common-point spending.");
        request.RequireDecidable(actor.UserId);
        return request;
    }

    /// <summary>Personal: its resident; common: the complex's residents and managers; any: platform admins.</summary>
    private async Task<PointAccount> ReadableAccountAsync(Actor actor, Guid accountId, CancellationToken ct)
    {
        var account = await store.FirstOrDefaultAsync(store.Query<PointAccount>().Where(a => a.Id == accountId), ct)
            ?? throw new NotFoundException(nameof(PointAccount), accountId);
        var allowed = actor.IsIn(Roles.PlatformAdmin) || account.Kind switch
        {
            PointAccountKind.Personal => actor.ResidentId == account.OwnerId,
            PointAccountKind.Common => actor.ComplexId == account.OwnerId && actor.IsAnyOf(Roles.Resident, Roles.ApiClient)
                || await ComplexAccess.IsManagerOfAsync(store, clock, actor, account.OwnerId!.Value, ct),
            _ => false,
        };
        return allowed ? account : throw new NotFoundException(nameof(PointAccount), accountId);
    }

    /// <summary>The longest key a caller chooses; stored with the use case's prefix and the resident's id.</summary>
    public const int MaxClientKeyLength = 150;

    /// <summary>The caller's own key must name the request (see <see cref="IdempotencyKeys.Validated"/>).</summary>
    private static void RequireClientKey(string? key) => IdempotencyKeys.Validated(key, MaxClientKeyLength);

    private static void RequirePositive(long amount)
    {
        if (amount <= 0)
            throw new DomainException("INVALID_AMOUNT", $"The amount must be above 0 points, not {amount}.");
    }
}
