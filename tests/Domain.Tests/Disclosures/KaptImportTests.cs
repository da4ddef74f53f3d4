using Domain.Tests.Complexes;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;

namespace Domain.Tests.Disclosures;

public sealed class KaptImportTests
{
    private static readonly YearMonth May = new(2026, 5);

    private static Dictionary<string, long?> Fees(long labor = 10_262_010, long electPrivate = 15_989_840) => new()
    {
        ["LABOR"] = labor,
        ["SECURITY"] = 11_012_010,
        ["ELECTRICITY_COMMON"] = 157_860,
        ["ELECTRICITY_PRIVATE"] = electPrivate,
        ["GAS_COMMON"] = null,
    };

    [Fact]
    public async Task An_import_creates_the_month_and_repeating_it_changes_nothing()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var first = await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, May, Fees(), 0.8));
        Assert.Equal(ImportOutcome.Created, first.Outcome);
        Assert.True(first.Changed);
        var month = (await w.Disclosures.GetMonthAsync(complex.Id, May))!;
        Assert.Equal(DisclosureSource.Kapt, month.Source);
        Assert.Null(month.FiledByUserId);
        Assert.Equal(4, month.Items.Count);
        Assert.Null(month.AmountOf("GAS_COMMON"));
        var version = month.Version;
        var saves = w.World.Store.SaveCount;

        var again = await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, May, Fees(), 0.8));
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.False(again.Changed);
        Assert.Equal(version, month.Version);
        Assert.Equal(saves, w.World.Store.SaveCount);
        Assert.Equal(1, month.Revision);
    }

    [Fact]
    public async Task A_changed_import_updates_the_month_and_keeps_the_previous_content()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, May, Fees()));
        var result = await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin,
            new KaptDisclosureImport(complex.KaptCode, May, Fees(electPrivate: 16_000_000)));
        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        var month = (await w.Disclosures.GetMonthAsync(complex.Id, May))!;
        Assert.Equal(16_000_000, month.AmountOf("ELECTRICITY_PRIVATE"));
        Assert.Equal(15_989_840, Assert.Single(month.Revisions).Amounts["ELECTRICITY_PRIVATE"]);
    }

    [Fact]
    public async Task A_month_not_disclosed_is_kept_apart_from_a_month_of_zeros()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var nulls = new Dictionary<string, long?> { ["LABOR"] = null, ["SECURITY"] = null };
        var zeros = new Dictionary<string, long?> { ["LABOR"] = 0, ["SECURITY"] = 0 };
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, new YearMonth(2026, 3), nulls));
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, new YearMonth(2026, 4), zeros));

        var notDisclosed = (await w.Disclosures.GetMonthAsync(complex.Id, new YearMonth(2026, 3)))!;
        Assert.False(notDisclosed.IsDisclosed);
        Assert.Empty(notDisclosed.Items);
        Assert.Null(notDisclosed.GrandTotal);
        Assert.Null(notDisclosed.GrandTotalPerSquareMeter);
        Assert.Null(notDisclosed.FirstDisclosedAt);

        var zero = (await w.Disclosures.GetMonthAsync(complex.Id, new YearMonth(2026, 4)))!;
        Assert.True(zero.IsDisclosed);
        Assert.Equal(0, zero.GrandTotal);
        Assert.Equal(0, zero.GrandTotalPerSquareMeter);

        var repeat = await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin,
            new KaptDisclosureImport(complex.KaptCode, new YearMonth(2026, 3), nulls));
        Assert.Equal(ImportOutcome.Unchanged, repeat.Outcome);
    }

    [Fact]
    public async Task A_month_disclosed_later_on_kapt_replaces_its_not_disclosed_record()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin,
            new KaptDisclosureImport(complex.KaptCode, May, new Dictionary<string, long?> { ["LABOR"] = null }));
        var result = await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, May, Fees()));
        Assert.Equal(ImportOutcome.Updated, result.Outcome);
        var month = (await w.Disclosures.GetMonthAsync(complex.Id, May))!;
        Assert.True(month.IsDisclosed);
        Assert.False(Assert.Single(month.Revisions).WasDisclosed);
        Assert.False(month.FiledLate);
    }

    [Fact]
    public async Task A_manager_files_a_month_kapt_reports_as_not_disclosed_without_it_counting_as_a_correction()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin,
            new KaptDisclosureImport(complex.KaptCode, May, new Dictionary<string, long?> { ["LABOR"] = null }));
        var filing = await w.FileAsync(complex, May);
        Assert.False(filing.IsCorrection);
        Assert.True(filing.Month.IsDisclosed);
        Assert.Equal(DisclosureSource.Manual, filing.Month.Source);
        Assert.False(Assert.Single(filing.Month.Revisions).WasDisclosed);
    }

    [Fact]
    public async Task A_not_disclosed_answer_never_erases_a_month_filed_here()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.FileAsync(complex, May);
        var result = await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin,
            new KaptDisclosureImport(complex.KaptCode, May, new Dictionary<string, long?> { ["LABOR"] = null }));
        Assert.Equal(ImportOutcome.KeptLocalFiling, result.Outcome);
        Assert.True((await w.Disclosures.GetMonthAsync(complex.Id, May))!.IsDisclosed);
    }

    [Fact]
    public async Task An_imported_month_first_seen_after_its_due_date_has_unknown_lateness()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, new YearMonth(2026, 1), Fees()));
        Assert.Null((await w.Disclosures.GetMonthAsync(complex.Id, new YearMonth(2026, 1)))!.FiledLate);
    }

    [Fact]
    public async Task Imports_keep_negative_adjustments_and_refuse_unknown_codes_complexes_and_callers()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        var refund = Fees();
        refund["ELECTRICITY_COMMON"] = -20_000;
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, May, refund));
        Assert.Equal(-20_000, (await w.Disclosures.GetMonthAsync(complex.Id, May))!.AmountOf("ELECTRICITY_COMMON"));

        var unknown = await Assert.ThrowsAsync<DomainException>(() => w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin,
            new KaptDisclosureImport(complex.KaptCode, May, new Dictionary<string, long?> { ["PARKING"] = 1 })));
        Assert.Equal("UNKNOWN_FEE_ITEM", unknown.Code);
        await Assert.ThrowsAsync<NotFoundException>(() => w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin,
            new KaptDisclosureImport("A99999999", May, Fees())));
        var manager = await w.World.AddManagerAsync(complex.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Disclosures.ImportDisclosureFromKaptAsync(manager,
            new KaptDisclosureImport(complex.KaptCode, May, Fees())));
    }

    [Fact]
    public async Task An_import_with_an_amount_beyond_the_limit_either_way_is_refused_with_the_reason_and_changes_nothing()
    {
        var w = await DisclosureWorld.CreateAsync();
        var complex = await w.ComplexAsync();
        await w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, May, Fees()));
        var huge = Fees(labor: 200_000_000_000);
        huge["ELECTRICITY_COMMON"] = -(1L << 62);

        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            w.Disclosures.ImportDisclosureFromKaptAsync(w.Admin, new KaptDisclosureImport(complex.KaptCode, May, huge)));

        Assert.Equal(FeeCatalog.AmountTooLargeCode, ex.Code);
        Assert.Contains("ELECTRICITY_COMMON (-4,611,686,018,427,387,904), LABOR (200,000,000,000)", ex.Message);
        var month = (await w.Disclosures.GetMonthAsync(complex.Id, May))!;
        Assert.Equal(1, month.Revision);
        Assert.Equal(10_262_010, month.AmountOf("LABOR"));
    }
}
