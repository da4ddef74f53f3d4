using Housing.Domain.Common;
using Housing.Domain.Points;
using Infrastructure.Tests.Complexes;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Points;

public sealed class PointsPersistenceTests
{
    private static PointsService Points(EfWorld world) => new(world.Database.CreateStore(), world.Clock, new PointsPolicy());

    private static async Task<(EfWorld World, Guid Complex, Actor Resident, Guid ResidentId)> CreateAsync(long grant = 100)
    {
        var world = await EfWorld.CreateAsync();
        var complex = await world.AddComplexAsync();
        var (resident, residentId) = await world.AddResidentAsync(complex);
        await Points(world).GrantPointsAsync(EfWorld.Admin, new GrantPointsCommand(PointAccountKind.Personal, residentId, grant, "환영", "welcome"));
        return (world, complex, resident, residentId);
    }

    [Fact]
    public async Task Two_concurrent_spends_on_one_account_cannot_both_succeed()
    {
        var (world, _, resident, residentId) = await CreateAsync(grant: 100);
        using var _w = world;
        var first = Points(world);
        var second = Points(world);
        var firstLoaded = first.MyAccountsAsync(resident);
        var secondLoaded = second.MyAccountsAsync(resident);
        await Task.WhenAll(firstLoaded, secondLoaded);

        await first.SpendPointsAsync(resident, new SpendPointsCommand(80, "a", "첫 구매"));
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            second.SpendPointsAsync(resident, new SpendPointsCommand(80, "b", "둘째 구매")));

        Assert.Contains("PointAccount", conflict.Message);
        var retry = await Assert.ThrowsAsync<DomainException>(() =>
            Points(world).SpendPointsAsync(resident, new SpendPointsCommand(80, "b", "둘째 구매")));
        Assert.Equal("INSUFFICIENT_POINTS", retry.Code);
        using var db = world.Database.CreateContext();
        Assert.Equal(20, (await db.Set<PointAccount>().SingleAsync(a => a.Key == PointAccount.PersonalKey(residentId))).Balance);
        Assert.Equal(0, await db.Set<LedgerEntry>().SumAsync(e => e.Amount));
    }

    [Fact]
    public async Task A_retry_with_the_same_key_after_the_first_request_saved_returns_the_first_result()
    {
        var (world, _, resident, _) = await CreateAsync(grant: 1_000);
        using var _w = world;
        var first = Points(world);
        var second = Points(world);
        await Task.WhenAll(first.MyAccountsAsync(resident), second.MyAccountsAsync(resident));

        var done = await first.SpendPointsAsync(resident, new SpendPointsCommand(300, "same", "구매"));
        var retried = await second.SpendPointsAsync(resident, new SpendPointsCommand(300, "same", "구매"));

        Assert.True(retried.Replayed);
        Assert.Equal(done.TransactionId, retried.TransactionId);
        Assert.Equal(700, retried.BalanceAfter);
    }

    [Fact]
    public async Task Two_interleaved_postings_with_the_same_key_save_once_and_a_retry_finds_the_first()
    {
        var (world, _, resident, residentId) = await CreateAsync(grant: 1_000);
        using var _w = world;
        var storeA = world.Database.CreateStore();
        var storeB = world.Database.CreateStore();
        var ledgerA = new PointLedger(storeA, world.Clock, new PointsPolicy());
        var ledgerB = new PointLedger(storeB, world.Clock, new PointsPolicy());
        Assert.Null(await ledgerA.FindReplayAsync("k", "f"));
        Assert.Null(await ledgerB.FindReplayAsync("k", "f"));
        ledgerA.Post("k", LedgerTransactionKind.ListingPurchase, "a", null, "f",
            (await ledgerA.PersonalAccountAsync(residentId), -100), (await ledgerA.SystemAccountAsync(PointAccountKind.ListingPurchases), 100));
        ledgerB.Post("k", LedgerTransactionKind.ListingPurchase, "a", null, "f",
            (await ledgerB.PersonalAccountAsync(residentId), -100), (await ledgerB.SystemAccountAsync(PointAccountKind.ListingPurchases), 100));

        await storeA.SaveChangesAsync();
        // Whichever statement of the loser runs first fails: the account's version check or the key's unique index.
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => storeB.SaveChangesAsync());

        Assert.NotNull(await new PointLedger(world.Database.CreateStore(), world.Clock, new PointsPolicy()).FindReplayAsync("k", "f"));
        using var db = world.Database.CreateContext();
        Assert.Equal(900, (await db.Set<PointAccount>().SingleAsync(a => a.Key == PointAccount.PersonalKey(residentId))).Balance);
        Assert.Equal(1, await db.Set<LedgerTransaction>().CountAsync(t => t.IdempotencyKey == "k"));
    }

    [Fact]
    public async Task The_database_refuses_a_second_transaction_with_the_same_idempotency_key()
    {
        var (world, _, _, _) = await CreateAsync();
        using var _w = world;
        using var db = world.Database.CreateContext();
        var accounts = await db.Set<PointAccount>().ToListAsync();
        db.Add(LedgerTransaction.Create("grant:welcome", LedgerTransactionKind.Grant, "중복", null, DateTimeOffset.UtcNow, "x",
            [(accounts[0].Id, 1), (accounts[1].Id, -1)]));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Lots_expire_in_sql_once_and_statements_read_back()
    {
        var (world, _, resident, residentId) = await CreateAsync(grant: 1_000);
        using var _w = world;
        await Points(world).SpendPointsAsync(resident, new SpendPointsCommand(250, "s", "구매"));
        var asOf = world.Clock.GetUtcNow().AddMonths(25);

        Assert.Equal(new ExpiryRun(1, 750), await Points(world).ExpirePointsAsync(EfWorld.Admin, asOf));
        Assert.Equal(new ExpiryRun(0, 0), await Points(world).ExpirePointsAsync(EfWorld.Admin, asOf));

        var store = world.Database.CreateStore();
        var account = (await store.ToListAsync(store.Query<PointAccount>().Where(a => a.Key == PointAccount.PersonalKey(residentId)))).Single();
        Assert.Equal(0, account.Balance);
        Assert.Equal(750, Assert.Single(account.Lots).Expired);
        var lines = await Points(world).StatementAsync(resident, account.Id, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        Assert.Equal([LedgerTransactionKind.Grant, LedgerTransactionKind.ListingPurchase, LedgerTransactionKind.Expiry],
            lines.Select(l => l.Kind).Reverse());
        Assert.Equal(0, lines[0].BalanceAfter);
    }

    [Fact]
    public async Task Common_spending_is_approved_by_another_manager_and_posted()
    {
        var (world, complex, _, _) = await CreateAsync();
        using var _w = world;
        await Points(world).GrantPointsAsync(EfWorld.Admin, new GrantPointsCommand(PointAccountKind.Common, complex, 50_000, "캠페인", "c"));
        var requester = await world.AddManagerAsync(complex, "소장");
        var approver = await world.AddManagerAsync(complex, "과장");
        var request = await Points(world).RequestCommonSpendingAsync(requester, complex, "경로당 에어컨 청소", 30_000);

        Assert.Single(await Points(world).PendingCommonSpendingAsync(approver, complex));
        await Points(world).ApproveCommonSpendingAsync(approver, request.Id);

        using var db = world.Database.CreateContext();
        Assert.Equal(CommonSpendingStatus.Approved, (await db.Set<CommonSpendingRequest>().SingleAsync()).Status);
        Assert.Equal(20_000, (await db.Set<PointAccount>().SingleAsync(a => a.Key == PointAccount.CommonKey(complex))).Balance);
    }
}
