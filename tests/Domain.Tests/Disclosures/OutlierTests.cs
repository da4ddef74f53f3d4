using Housing.Domain.Common;
using Housing.Domain.Disclosures;

namespace Domain.Tests.Disclosures;

public sealed class OutlierTests
{
    private static async Task<(DisclosureWorld, Housing.Domain.Complexes.Complex)> WithHistoryAsync(int months)
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var start = new YearMonth(2026, 5).AddMonths(-months);
        for (var i = 0; i < months; i++)
            await w.FileAsync(complex, start.AddMonths(i), DisclosureWorld.TypicalAmounts(1 + (i % 3) * 0.01));
        return (w, complex);
    }

    [Fact]
    public async Task An_item_far_above_its_own_history_is_flagged_with_a_message_but_filed()
    {
        var (w, complex) = await WithHistoryAsync(12);
        var amounts = DisclosureWorld.TypicalAmounts();
        amounts["SECURITY"] = 75_000_000;
        var filing = await w.FileAsync(complex, new YearMonth(2026, 5), amounts);

        var flag = Assert.Single(filing.Flags);
        Assert.Equal("SECURITY", flag.ItemCode);
        Assert.Contains("경비비", flag.Message);
        Assert.Contains("above", flag.Message);
        Assert.Equal(30_300_000, flag.Median);
        Assert.True(filing.Month.IsDisclosed);
        Assert.Equal("SECURITY", Assert.Single(filing.Month.Flags).ItemCode);
    }

    [Fact]
    public async Task An_outlier_message_prints_the_amount_exactly_as_given()
    {
        var (w, complex) = await WithHistoryAsync(12);
        var history = w.World.Store.Query<DisclosureMonth>().Where(d => d.ComplexId == complex.Id).ToList();
        var amounts = DisclosureWorld.TypicalAmounts();
        amounts["SECURITY"] = 9_007_199_254_740_993;

        var flag = Assert.Single(OutlierDetector.Check(amounts, history));

        Assert.Contains("9,007,199,254,740,993 KRW is above", flag.Message);
    }

    [Fact]
    public async Task An_item_far_below_its_history_is_flagged_and_a_usual_amount_is_not()
    {
        var (w, complex) = await WithHistoryAsync(12);
        var amounts = DisclosureWorld.TypicalAmounts(1.015);
        amounts["LABOR"] = 12_000_000;
        var flags = await w.Disclosures.CheckDisclosureAsync(w.Admin, new FileDisclosureCommand(complex.Id, new YearMonth(2026, 5), amounts));
        var flag = Assert.Single(flags);
        Assert.Equal("LABOR", flag.ItemCode);
        Assert.Contains("below", flag.Message);
        Assert.Null(await w.Disclosures.GetMonthAsync(complex.Id, new YearMonth(2026, 5)));
    }

    [Fact]
    public async Task An_item_reported_every_month_but_missing_now_is_flagged()
    {
        var (w, complex) = await WithHistoryAsync(6);
        var amounts = DisclosureWorld.TypicalAmounts();
        amounts.Remove("ELEVATOR");
        var filing = await w.FileAsync(complex, new YearMonth(2026, 5), amounts);
        var flag = Assert.Single(filing.Flags);
        Assert.Equal("ELEVATOR", flag.ItemCode);
        Assert.Null(flag.Amount);
        Assert.Contains("missing", flag.Message);
    }

    [Fact]
    public async Task Fewer_than_three_months_of_history_raise_no_flags()
    {
        var (w, complex) = await WithHistoryAsync(2);
        var amounts = DisclosureWorld.TypicalAmounts();
        amounts["SECURITY"] = 300_000_000;
        Assert.Empty((await w.FileAsync(complex, new YearMonth(2026, 5), amounts)).Flags);
    }

    [Fact]
    public async Task The_band_is_the_narrower_of_the_robust_band_and_half_to_double_the_median()
    {
        // median 2,000,000, MAD 1,000,000: the robust band is wide, so the ratio bounds 1,000,000 – 4,000,000 decide.
        var months = await LaborHistoryAsync(Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? 1_000_000L : 3_000_000L));
        Assert.Empty(OutlierDetector.Check(Labor(3_900_000), months));
        Assert.Single(OutlierDetector.Check(Labor(4_100_000), months));
        Assert.Single(OutlierDetector.Check(Labor(900_000), months));

        // MAD 0: a change within 10 % of the median passes, beyond it is flagged.
        var steady = await LaborHistoryAsync(Enumerable.Repeat(1_000_000L, 12));
        Assert.Empty(OutlierDetector.Check(Labor(1_090_000), steady));
        Assert.Single(OutlierDetector.Check(Labor(1_110_000), steady));
    }

    [Fact]
    public async Task An_item_that_was_always_zero_and_is_now_positive_is_flagged()
    {
        var zeros = await LaborHistoryAsync(Enumerable.Repeat(0L, 6));
        Assert.Single(OutlierDetector.Check(Labor(1), zeros));
        Assert.Empty(OutlierDetector.Check(Labor(0), zeros));
    }

    [Fact]
    public async Task Only_the_latest_twelve_months_count()
    {
        var months = await LaborHistoryAsync(Enumerable.Repeat(9_000_000L, 6).Concat(Enumerable.Repeat(1_000_000L, 12)));
        Assert.Empty(OutlierDetector.Check(Labor(1_000_000), months));
    }

    private static Dictionary<string, long> Labor(long amount) => new() { ["LABOR"] = amount };

    private static async Task<List<DisclosureMonth>> LaborHistoryAsync(IEnumerable<long> labor)
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var month = new YearMonth(2024, 1);
        foreach (var amount in labor)
        {
            await w.FileAsync(complex, month, Labor(amount));
            month = month.AddMonths(1);
        }
        return w.World.Store.Query<DisclosureMonth>().ToList();
    }
}

public sealed class RepairReserveBalanceTests
{
    private static Dictionary<string, long> Reserve(long charged, long used, long balance) => new()
    {
        [FeeCatalog.RepairReserveCharged] = charged,
        [FeeCatalog.RepairReserveUsed] = used,
        [FeeCatalog.RepairReserveBalance] = balance,
    };

    [Fact]
    public async Task A_balance_that_does_not_follow_from_last_month_is_flagged()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.FileAsync(complex, new YearMonth(2026, 3), Reserve(10_000_000, 0, 500_000_000));

        var consistent = await w.FileAsync(complex, new YearMonth(2026, 4), Reserve(10_000_000, 4_000_000, 506_000_000));
        Assert.Empty(consistent.Flags);

        var off = await w.FileAsync(complex, new YearMonth(2026, 5), Reserve(10_000_000, 0, 300_000_000));
        var flag = Assert.Single(off.Flags);
        Assert.Equal(FeeCatalog.RepairReserveBalance, flag.ItemCode);
        Assert.Equal(516_000_000, flag.Median);
        Assert.Contains("516,000,000", flag.Message);
    }

    [Fact]
    public async Task Small_differences_such_as_interest_pass()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.FileAsync(complex, new YearMonth(2026, 4), Reserve(10_000_000, 0, 500_000_000));
        var filing = await w.FileAsync(complex, new YearMonth(2026, 5), Reserve(10_000_000, 0, 511_000_000));
        Assert.Empty(filing.Flags);
    }
}
