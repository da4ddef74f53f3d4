using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;

namespace Domain.Tests.Disclosures;

public sealed class FilingTests
{
    private static readonly YearMonth May = new(2026, 5);

    [Fact]
    public async Task A_filing_computes_group_totals_and_per_square_meter_values()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var manager = await w.World.AddManagerAsync(complex.Id);

        var filing = await w.FileAsync(complex, May, by: manager);
        var m = filing.Month;

        Assert.True(m.IsDisclosed);
        Assert.Equal(DisclosureSource.Manual, m.Source);
        Assert.Equal(manager.UserId, m.FiledByUserId);
        Assert.Equal(15, m.Items.Count);
        Assert.Equal(92_000_000, m.CommonTotal);
        Assert.Equal(42_000_000, m.GeneralManagementTotal);
        Assert.Equal(101_000_000, m.IndividualUsageTotal);
        Assert.Equal(3_000_000, m.OtherUsageTotal);
        Assert.Equal(18_000_000, m.RepairReserveCharged);
        Assert.Equal(3_000_000, m.MiscIncome);
        Assert.Equal(214_000_000, m.GrandTotal);
        Assert.Equal(120_000, m.ExclusiveArea);
        Assert.Equal(214_000_000 / 120_000.0, m.GrandTotalPerSquareMeter!.Value, 6);
        Assert.Equal(92_000_000 / 120_000.0, m.CommonPerSquareMeter!.Value, 6);
        Assert.Equal(40_000_000 / 120_000.0, m.PerSquareMeter("LABOR")!.Value, 6);
        Assert.Equal(1.5, m.RepairReserveRate);
        Assert.Equal(new DateOnly(2026, 6, 30), m.DueDate);
        Assert.False(m.FiledLate);
        Assert.False(filing.IsCorrection);
    }

    [Fact]
    public async Task Only_a_manager_of_the_complex_or_an_admin_files()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var other = await w.ComplexAsync("다른 아파트");
        var otherManager = await w.World.AddManagerAsync(other.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.FileAsync(complex, May, by: otherManager));
        var (resident, _) = await w.World.AddResidentAsync(complex.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.FileAsync(complex, May, by: resident));
    }

    [Theory]
    [InlineData("PARKING", 1_000, "UNKNOWN_FEE_ITEM")]
    [InlineData("LABOR", -1, "NEGATIVE_AMOUNT")]
    [InlineData(FeeCatalog.MiscIncome, -5, "NEGATIVE_AMOUNT")]
    [InlineData(FeeCatalog.RepairReserveBalance, -5, "NEGATIVE_AMOUNT")]
    [InlineData(FeeCatalog.RepairReserveRate, 2, "RATE_IS_NOT_AN_AMOUNT")]
    public async Task Invalid_amounts_are_refused(string code, long amount, string error)
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var amounts = DisclosureWorld.TypicalAmounts();
        amounts[code] = amount;
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.FileAsync(complex, May, amounts));
        Assert.Equal(error, ex.Code);
        Assert.Empty(w.World.Store.Query<DisclosureMonth>());
    }

    [Fact]
    public async Task Amounts_beyond_the_limit_are_refused_naming_each_item_and_the_limit_and_keep_the_filed_month()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var filed = await w.FileAsync(complex, May);
        var amounts = DisclosureWorld.TypicalAmounts();
        amounts["LABOR"] = 9_007_199_254_740_993;
        amounts["OFFICE"] = 1L << 62;

        var ex = await Assert.ThrowsAsync<DomainException>(() => w.FileAsync(complex, May, amounts, reason: "typo"));

        Assert.Equal(FeeCatalog.AmountTooLargeCode, ex.Code);
        Assert.Contains("100,000,000,000 KRW", ex.Message);
        Assert.Contains("LABOR (9,007,199,254,740,993), OFFICE (4,611,686,018,427,387,904) are beyond it", ex.Message);
        var stored = Assert.Single(w.World.Store.Query<DisclosureMonth>());
        Assert.Equal(1, stored.Revision);
        Assert.Equal(filed.Month.GrandTotal, stored.GrandTotal);
        Assert.Equal(40_000_000, stored.AmountOf("LABOR"));
    }

    [Fact]
    public async Task Every_item_at_the_limit_is_filed_with_exact_totals()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var amounts = FeeCatalog.AmountItems.ToDictionary(i => i.Code, _ => FeeCatalog.MaxItemAmount);

        var m = (await w.FileAsync(complex, May, amounts)).Month;

        var counted = FeeCatalog.AmountItems.Count(i => i.CountsInTotal);
        Assert.Equal(counted * FeeCatalog.MaxItemAmount, m.GrandTotal);
        Assert.Equal(FeeCatalog.InGroup(FeeGroup.CommonFee).Count() * FeeCatalog.MaxItemAmount, m.CommonTotal);
        Assert.Equal(counted * FeeCatalog.MaxItemAmount / 120_000.0, m.GrandTotalPerSquareMeter!.Value, 6);
        var over = await Assert.ThrowsAsync<DomainException>(() =>
            w.FileAsync(complex, May.AddMonths(-1), new Dictionary<string, long> { ["SECURITY"] = FeeCatalog.MaxItemAmount + 1 }));
        Assert.Equal(FeeCatalog.AmountTooLargeCode, over.Code);
    }

    [Fact]
    public async Task An_empty_filing_is_refused()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.FileAsync(complex, May, []));
        Assert.Equal("DISCLOSURE_EMPTY", ex.Code);
    }

    [Fact]
    public async Task A_future_month_is_refused_and_the_current_month_is_accepted()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.FileAsync(complex, new YearMonth(2026, 7)));
        Assert.Equal("DISCLOSURE_MONTH_IN_FUTURE", ex.Code);
        await w.FileAsync(complex, new YearMonth(2026, 6));
    }

    [Fact]
    public async Task A_month_before_the_use_approval_is_refused()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync(approvedOn: new DateOnly(2025, 3, 20));
        var ex = await Assert.ThrowsAsync<DomainException>(() => w.FileAsync(complex, new YearMonth(2025, 2)));
        Assert.Equal("BEFORE_APPROVAL", ex.Code);
        await w.FileAsync(complex, new YearMonth(2025, 3));
    }

    [Fact]
    public async Task Refiling_is_a_correction_that_keeps_the_previous_filing_with_who_and_when()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var manager = await w.World.AddManagerAsync(complex.Id);
        var first = (await w.FileAsync(complex, May, by: manager)).Month;
        var firstFiledAt = first.FiledAt;

        var noReason = await Assert.ThrowsAsync<DomainException>(() => w.FileAsync(complex, May, by: manager));
        Assert.Equal("CORRECTION_REASON_REQUIRED", noReason.Code);

        w.World.Clock.AdvanceDays(3);
        var corrected = DisclosureWorld.TypicalAmounts();
        corrected["SECURITY"] = 31_000_000;
        corrected.Remove("OFFICE");
        var filing = await w.Disclosures.FileDisclosureAsync(TestWorld.Admin,
            new FileDisclosureCommand(complex.Id, May, corrected, 1.5, "경비비 정산 누락분 반영"));

        Assert.True(filing.IsCorrection);
        Assert.Same(first, filing.Month);
        Assert.Equal(2, first.Revision);
        Assert.Equal(31_000_000, first.AmountOf("SECURITY"));
        Assert.Null(first.AmountOf("OFFICE"));
        Assert.Equal(firstFiledAt, first.FirstDisclosedAt);
        Assert.Equal(TestWorld.Admin.UserId, first.FiledByUserId);
        var previous = Assert.Single(first.Revisions);
        Assert.Equal(1, previous.Number);
        Assert.Equal(manager.UserId, previous.FiledByUserId);
        Assert.Equal(firstFiledAt, previous.FiledAt);
        Assert.Equal(30_000_000, previous.Amounts["SECURITY"]);
        Assert.Equal(2_000_000, previous.Amounts["OFFICE"]);
        Assert.Equal(214_000_000, previous.GrandTotal);
        Assert.Equal("경비비 정산 누락분 반영", first.CorrectionReason);
        Assert.Null(previous.CorrectionReason);
        Assert.Single(w.World.Store.Query<DisclosureMonth>());
    }
}
