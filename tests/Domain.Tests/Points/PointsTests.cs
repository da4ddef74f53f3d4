using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Points;

namespace Domain.Tests.Points;

public class PointsTests
{
    private sealed record Fixture(TestWorld World, PointsService Points, Complex Complex, Actor Resident, Resident Person)
    {
        public async Task<PointsReceipt> GrantAsync(long amount, string key = "welcome") =>
            await Points.GrantPointsAsync(TestWorld.Admin, new GrantPointsCommand(PointAccountKind.Personal, Person.Id, amount, "환영 포인트", key));

        public PointAccount Account(string key) => World.Store.Query<PointAccount>().Single(a => a.Key == key);

        public PointAccount Personal => Account(PointAccount.PersonalKey(Person.Id));

        public long LedgerSum => World.Store.Query<LedgerTransaction>().SelectMany(t => t.Entries).Sum(e => e.Amount);
    }

    private static async Task<Fixture> CreateAsync(HousingOperator op = HousingOperator.LH)
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync("봉담 LH 1단지", 800, sale: op == HousingOperator.None ? SaleType.Sale : SaleType.Rental, op: op);
        var (actor, resident) = await world.AddResidentAsync(complex.Id);
        return new Fixture(world, new PointsService(world.Store, world.Clock, new PointsPolicy()), complex, actor, resident);
    }

    [Fact]
    public void A_transaction_whose_entries_do_not_sum_to_zero_cannot_be_built()
    {
        var ex = Assert.Throws<DomainException>(() => LedgerTransaction.Create("k", LedgerTransactionKind.Grant, "x", null,
            DateTimeOffset.UtcNow, "f", [(Guid.NewGuid(), 100), (Guid.NewGuid(), -99)]));
        Assert.Equal("UNBALANCED_TRANSACTION", ex.Code);
    }

    [Fact]
    public void A_transaction_needs_two_entries_on_distinct_accounts()
    {
        var account = Guid.NewGuid();
        Assert.Equal("UNBALANCED_TRANSACTION", Assert.Throws<DomainException>(() => LedgerTransaction.Create("k", LedgerTransactionKind.Grant,
            "x", null, DateTimeOffset.UtcNow, "f", [(account, 0)])).Code);
        Assert.Equal("UNBALANCED_TRANSACTION", Assert.Throws<DomainException>(() => LedgerTransaction.Create("k", LedgerTransactionKind.Grant,
            "x", null, DateTimeOffset.UtcNow, "f", [(account, 5), (account, -5)])).Code);
    }

    [Fact]
    public async Task A_spend_moves_points_to_the_purchases_account_and_the_ledger_sums_to_zero()
    {
        var f = await CreateAsync();
        await f.GrantAsync(10_000);

        var receipt = await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(3_000, "buy-1", "공동구매 사과"));

        Assert.Equal(7_000, receipt.BalanceAfter);
        Assert.Equal(7_000, f.Personal.Balance);
        Assert.Equal(3_000, f.Account("listing-purchases").Balance);
        Assert.Equal(-10_000, f.Account("rewards").Balance);
        Assert.Equal(0, f.LedgerSum);
    }

    [Fact]
    public async Task A_spend_beyond_the_balance_is_refused_and_says_the_balance()
    {
        var f = await CreateAsync();
        await f.GrantAsync(2_000);

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(2_001, "buy-1", "과한 구매")));

        Assert.Equal("INSUFFICIENT_POINTS", ex.Code);
        Assert.Contains("2,000", ex.Message);
        Assert.Equal(2_000, f.Personal.Balance);
    }

    [Fact]
    public async Task A_spend_from_an_account_never_credited_is_refused()
    {
        var f = await CreateAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(1, "k", "x")));
        Assert.Equal("INSUFFICIENT_POINTS", ex.Code);
    }

    [Fact]
    public async Task A_replayed_idempotency_key_returns_the_first_result_and_moves_nothing()
    {
        var f = await CreateAsync();
        await f.GrantAsync(10_000);
        var first = await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(3_000, "buy-1", "사과"));

        var again = await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(3_000, "buy-1", "사과"));

        Assert.True(again.Replayed);
        Assert.Equal(first.TransactionId, again.TransactionId);
        Assert.Equal(7_000, again.BalanceAfter);
        Assert.Equal(7_000, f.Personal.Balance);
        Assert.Equal(2, f.World.Store.Query<LedgerTransaction>().Count());
    }

    [Fact]
    public async Task A_replay_is_answered_even_after_the_balance_ran_out()
    {
        var f = await CreateAsync();
        await f.GrantAsync(3_000);
        var first = await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(3_000, "all", "전부"));

        var again = await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(3_000, "all", "전부"));

        Assert.Equal(first.TransactionId, again.TransactionId);
        Assert.Equal(0, again.BalanceAfter);
    }

    [Fact]
    public async Task The_same_idempotency_key_for_a_different_request_is_refused()
    {
        var f = await CreateAsync();
        await f.GrantAsync(10_000);
        await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(3_000, "buy-1", "사과"));

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(4_000, "buy-1", "사과")));

        Assert.Equal("IDEMPOTENCY_KEY_REUSED", ex.Code);
        Assert.Equal(7_000, f.Personal.Balance);
    }

    [Fact]
    public async Task Idempotency_keys_of_different_residents_do_not_collide()
    {
        var f = await CreateAsync();
        var (other, otherResident) = await f.World.AddResidentAsync(f.Complex.Id, "이웃");
        await f.GrantAsync(1_000);
        await f.Points.GrantPointsAsync(TestWorld.Admin, new GrantPointsCommand(PointAccountKind.Personal, otherResident.Id, 1_000, "환영", "welcome-2"));

        await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(100, "1", "x"));
        var theirs = await f.Points.SpendPointsAsync(other, new SpendPointsCommand(200, "1", "y"));

        Assert.False(theirs.Replayed);
        Assert.Equal(800, theirs.BalanceAfter);
    }

    [Fact]
    public async Task Every_posting_bumps_the_version_of_the_accounts_it_moves()
    {
        var f = await CreateAsync();
        await f.GrantAsync(1_000);
        var version = f.World.Store.SavedVersionOf(f.Personal.Id);

        await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(100, "x", "x"));

        Assert.Equal(version + 1, f.World.Store.SavedVersionOf(f.Personal.Id));
    }

    [Fact]
    public async Task Rent_is_paid_to_the_operator_of_the_residents_complex()
    {
        var f = await CreateAsync(HousingOperator.LH);
        await f.GrantAsync(50_000);

        var receipt = await f.Points.PayRentWithPointsAsync(f.Resident, new PayRentCommand(30_000, new YearMonth(2026, 6), "rent-2026-06"));
        var replay = await f.Points.PayRentWithPointsAsync(f.Resident, new PayRentCommand(30_000, new YearMonth(2026, 6), "rent-2026-06"));

        Assert.Equal(20_000, receipt.BalanceAfter);
        Assert.True(replay.Replayed);
        Assert.Equal(30_000, f.Account("rent:LH").Balance);
    }

    [Theory]
    [InlineData(1999, 1)]
    [InlineData(2024, 2)]
    [InlineData(2026, 8)]
    [InlineData(2099, 12)]
    public async Task Rent_is_refused_for_a_month_before_the_move_in_or_after_next_month(int year, int month)
    {
        // The household moved in on 2024-03-01; today is 2026-06-15 (KST).
        var f = await CreateAsync(HousingOperator.LH);
        await f.GrantAsync(50_000);

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            f.Points.PayRentWithPointsAsync(f.Resident, new PayRentCommand(1_000, new YearMonth(year, month), "rent")));

        Assert.Equal("RENT_MONTH_NOT_PAYABLE", ex.Code);
        Assert.Contains($"{new YearMonth(year, month)}", ex.Message);
        Assert.Contains("from 2024-03", ex.Message);
        Assert.Contains("to 2026-07", ex.Message);
        Assert.Equal(50_000, f.Personal.Balance);
        Assert.Empty(f.World.Store.Query<PointAccount>().Where(a => a.Key == "rent:LH"));
    }

    [Theory]
    [InlineData(2024, 3)]
    [InlineData(2026, 7)]
    public async Task Rent_is_paid_for_the_move_in_month_through_next_month(int year, int month)
    {
        var f = await CreateAsync(HousingOperator.LH);
        await f.GrantAsync(50_000);

        var receipt = await f.Points.PayRentWithPointsAsync(f.Resident, new PayRentCommand(1_000, new YearMonth(year, month), "rent"));

        Assert.Equal(49_000, receipt.BalanceAfter);
    }

    [Fact]
    public async Task Rent_cannot_be_paid_with_points_in_a_complex_without_operator()
    {
        var f = await CreateAsync(HousingOperator.None);
        await f.GrantAsync(50_000);
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            f.Points.PayRentWithPointsAsync(f.Resident, new PayRentCommand(1_000, new YearMonth(2026, 6), "r")));
        Assert.Equal("NO_OPERATOR", ex.Code);
    }

    [Fact]
    public async Task Only_residents_spend_personal_points()
    {
        var f = await CreateAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            f.Points.SpendPointsAsync(TestWorld.Officer, new SpendPointsCommand(1, "k", "x")));
    }

    [Fact]
    public async Task An_order_reward_credits_the_buyer_and_the_complex_once()
    {
        var f = await CreateAsync();
        var orderId = Guid.NewGuid();

        await f.Points.EarnPointsAsync(TestWorld.Admin, orderId, f.Person.Id, 50_000);
        await f.Points.EarnPointsAsync(TestWorld.Admin, orderId, f.Person.Id, 50_000);

        Assert.Equal(500, f.Personal.Balance);
        Assert.Equal(250, f.Account(PointAccount.CommonKey(f.Complex.Id)).Balance);
        Assert.Equal(0, f.LedgerSum);
    }

    [Fact]
    public async Task Spending_consumes_the_lots_that_expire_first()
    {
        var f = await CreateAsync();
        await f.GrantAsync(1_000, "old");
        f.World.Clock.AdvanceDays(100);
        await f.GrantAsync(1_000, "new");

        await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(1_200, "s", "x"));

        var lots = f.Personal.Lots.OrderBy(l => l.ExpiresAt).ToList();
        Assert.Equal(0, lots[0].Remaining);
        Assert.Equal(800, lots[1].Remaining);
    }

    [Fact]
    public async Task Points_expire_after_the_period_once_and_only_the_unspent_part()
    {
        var f = await CreateAsync();
        await f.GrantAsync(1_000, "old");
        f.World.Clock.AdvanceDays(100);
        await f.GrantAsync(500, "new");
        await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(300, "s", "x"));
        var asOf = f.World.Clock.Now.AddMonths(24).AddDays(-99);

        var first = await f.Points.ExpirePointsAsync(TestWorld.Admin, asOf);
        var second = await f.Points.ExpirePointsAsync(TestWorld.Admin, asOf);

        Assert.Equal(new ExpiryRun(1, 700), first);
        Assert.Equal(new ExpiryRun(0, 0), second);
        Assert.Equal(500, f.Personal.Balance);
        Assert.Equal(700, f.Account("expiry").Balance);
        Assert.Equal(0, f.LedgerSum);
    }

    [Fact]
    public async Task Upcoming_expiries_show_what_lapses_within_the_window()
    {
        var f = await CreateAsync();
        await f.GrantAsync(1_000, "old");
        f.World.Clock.AdvanceDays(200);
        await f.GrantAsync(500, "new");
        f.World.Clock.Set(f.World.Clock.Now.AddMonths(24).AddDays(-230));

        var soon = await f.Points.UpcomingExpiriesAsync(f.Resident, f.Personal.Id, TimeSpan.FromDays(60));

        Assert.Equal(1_000, Assert.Single(soon).Amount);
    }

    [Fact]
    public async Task Another_residents_account_is_not_visible()
    {
        var f = await CreateAsync();
        var (other, _) = await f.World.AddResidentAsync(f.Complex.Id, "이웃");
        await f.GrantAsync(1_000);
        await Assert.ThrowsAsync<NotFoundException>(() => f.Points.BalanceAsync(other, f.Personal.Id));
        Assert.Equal(1_000, await f.Points.BalanceAsync(f.Resident, f.Personal.Id));
    }

    [Fact]
    public async Task A_statement_lists_the_accounts_movements_with_running_balances()
    {
        var f = await CreateAsync();
        await f.GrantAsync(1_000);
        f.World.Clock.AdvanceDays(1);
        await f.Points.SpendPointsAsync(f.Resident, new SpendPointsCommand(400, "s", "사과"));

        var lines = await f.Points.StatementAsync(f.Resident, f.Personal.Id, f.World.Clock.Now.AddDays(-30), f.World.Clock.Now.AddDays(1));

        Assert.Equal([-400L, 1_000L], lines.Select(l => l.Amount));
        Assert.Equal([600L, 1_000L], lines.Select(l => l.BalanceAfter));
    }

    [Fact]
    public async Task Common_spending_is_posted_when_another_manager_approves()
    {
        var f = await CreateAsync();
        await f.Points.GrantPointsAsync(TestWorld.Admin, new GrantPointsCommand(PointAccountKind.Common, f.Complex.Id, 100_000, "캠페인", "c1"));
        var requester = await f.World.AddManagerAsync(f.Complex.Id, "소장");
        var approver = await f.World.AddManagerAsync(f.Complex.Id, "과장");
        var request = await f.Points.RequestCommonSpendingAsync(requester, f.Complex.Id, "놀이터 보수", 60_000);

        Assert.Equal("SELF_APPROVAL", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Points.ApproveCommonSpendingAsync(requester, request.Id))).Code);
        await f.Points.ApproveCommonSpendingAsync(approver, request.Id);

        Assert.Equal(CommonSpendingStatus.Approved, request.Status);
        Assert.Equal(40_000, f.Account(PointAccount.CommonKey(f.Complex.Id)).Balance);
        Assert.Equal(60_000, f.Account("common-spending").Balance);
        Assert.Equal("SPENDING_ALREADY_DECIDED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Points.RejectCommonSpendingAsync(approver, request.Id, "중복"))).Code);
    }

    [Fact]
    public async Task Common_spending_beyond_the_common_balance_stays_requested()
    {
        var f = await CreateAsync();
        var requester = await f.World.AddManagerAsync(f.Complex.Id, "소장");
        var approver = await f.World.AddManagerAsync(f.Complex.Id, "과장");
        var request = await f.Points.RequestCommonSpendingAsync(requester, f.Complex.Id, "경로당 행사", 1_000);

        Assert.Equal("INSUFFICIENT_POINTS", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Points.ApproveCommonSpendingAsync(approver, request.Id))).Code);
        Assert.Equal(CommonSpendingStatus.Requested, request.Status);
    }

    [Fact]
    public async Task Only_a_manager_of_the_complex_requests_common_spending_not_a_resident_representative()
    {
        var f = await CreateAsync();
        var other = await f.World.AddComplexAsync("다른 단지");
        var outsider = await f.World.AddManagerAsync(other.Id);
        await f.World.Complexes.SetRepresentativeAsync(TestWorld.Admin, f.Person.Id, true);

        await Assert.ThrowsAsync<ForbiddenException>(() => f.Points.RequestCommonSpendingAsync(f.Resident, f.Complex.Id, "경로당 행사", 100));
        await Assert.ThrowsAsync<ForbiddenException>(() => f.Points.RequestCommonSpendingAsync(outsider, f.Complex.Id, "경로당 행사", 100));
        var manager = await f.World.AddManagerAsync(f.Complex.Id, "소장");
        var request = await f.Points.RequestCommonSpendingAsync(manager, f.Complex.Id, "경로당 행사", 100);

        Assert.Equal(manager.UserId, request.RequestedByUserId);
        Assert.Equal(CommonSpendingStatus.Requested, request.Status);
    }

    [Fact]
    public async Task A_manager_of_another_complex_cannot_decide_and_a_rejection_needs_a_reason()
    {
        var f = await CreateAsync();
        var other = await f.World.AddComplexAsync("다른 단지");
        var outsider = await f.World.AddManagerAsync(other.Id);
        var requester = await f.World.AddManagerAsync(f.Complex.Id, "소장");
        var approver = await f.World.AddManagerAsync(f.Complex.Id, "과장");
        var request = await f.Points.RequestCommonSpendingAsync(requester, f.Complex.Id, "x", 100);

        await Assert.ThrowsAsync<ForbiddenException>(() => f.Points.ApproveCommonSpendingAsync(outsider, request.Id));
        Assert.Equal("REASON_REQUIRED", (await Assert.ThrowsAsync<DomainException>(() =>
            f.Points.RejectCommonSpendingAsync(approver, request.Id, " "))).Code);
        await f.Points.RejectCommonSpendingAsync(approver, request.Id, "예산 부족");
        Assert.Equal(CommonSpendingStatus.Rejected, request.Status);
    }
}
