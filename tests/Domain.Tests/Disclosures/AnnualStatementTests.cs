using Housing.Domain.Common;
using Housing.Domain.Disclosures;

namespace Domain.Tests.Disclosures;

public sealed class AnnualStatementTests
{
    private static Dictionary<FeeGroup, long> Amounts(long common) => new()
    {
        [FeeGroup.CommonFee] = common,
        [FeeGroup.IndividualUsage] = 1_200_000_000,
        [FeeGroup.RepairReserve] = 216_000_000,
        [FeeGroup.MiscIncome] = 36_000_000,
    };

    [Fact]
    public async Task A_budget_and_a_settlement_are_recorded_and_compared_per_group()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var manager = await w.World.AddManagerAsync(complex.Id);
        var budget = await w.Disclosures.RecordBudgetAsync(manager, complex.Id, 2025, Amounts(1_100_000_000));
        await w.Disclosures.RecordSettlementAsync(manager, complex.Id, 2025, Amounts(1_155_000_000));

        Assert.Equal(StatementKind.Budget, budget.Kind);
        Assert.Equal(1_100_000_000L + 1_200_000_000 + 216_000_000, budget.ChargedTotal);
        var variance = await w.Disclosures.BudgetVarianceAsync(complex.Id, 2025);
        var common = variance.Single(v => v.Group == FeeGroup.CommonFee);
        Assert.Equal(55_000_000, common.Difference);
        Assert.Equal(1.05, common.Ratio!.Value, 6);
        Assert.DoesNotContain(variance, v => v.Group == FeeGroup.OtherUsage);
    }

    [Fact]
    public async Task Recording_again_replaces_the_statement()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var first = await w.Disclosures.RecordBudgetAsync(w.Admin, complex.Id, 2026, Amounts(1));
        var second = await w.Disclosures.RecordBudgetAsync(w.Admin, complex.Id, 2026, Amounts(2));
        Assert.Same(first, second);
        Assert.Equal(2, second.Revision);
        Assert.Equal(2, second.AmountOf(FeeGroup.CommonFee));
        Assert.Single(w.World.Store.Query<AnnualFeeStatement>());
    }

    [Fact]
    public async Task A_settlement_waits_for_the_year_to_end_and_a_budget_looks_at_most_a_year_ahead()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var settlement = await Assert.ThrowsAsync<DomainException>(() => w.Disclosures.RecordSettlementAsync(w.Admin, complex.Id, 2026, Amounts(1)));
        Assert.Equal("SETTLEMENT_YEAR_NOT_OVER", settlement.Code);
        var budget = await Assert.ThrowsAsync<DomainException>(() => w.Disclosures.RecordBudgetAsync(w.Admin, complex.Id, 2028, Amounts(1)));
        Assert.Equal("BUDGET_YEAR_TOO_FAR", budget.Code);
        var negative = await Assert.ThrowsAsync<DomainException>(() =>
            w.Disclosures.RecordBudgetAsync(w.Admin, complex.Id, 2026, new Dictionary<FeeGroup, long> { [FeeGroup.CommonFee] = -1 }));
        Assert.Equal("NEGATIVE_AMOUNT", negative.Code);
        var (resident, _) = await w.World.AddResidentAsync(complex.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Disclosures.RecordBudgetAsync(resident, complex.Id, 2026, Amounts(1)));
    }
}
