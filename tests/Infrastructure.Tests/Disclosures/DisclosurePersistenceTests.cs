using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Infrastructure.Tests.Complexes;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Disclosures;

public sealed class DisclosurePersistenceTests
{
    private readonly TestClock _clock = new(TimeProvider.System.GetUtcNow());

    private YearMonth LastMonth => YearMonth.From(KoreanCalendar.Today(_clock)).AddMonths(-1);

    private DisclosureService Service(EfWorld w) => new(w.Database.CreateStore(), _clock);

    private static Dictionary<string, long> Amounts(long labor = 40_000_000) => new()
    {
        ["LABOR"] = labor,
        ["SECURITY"] = 30_000_000,
        ["HEATING_PRIVATE"] = 50_000_000,
        ["HOUSEHOLD_WASTE"] = 1_000_000,
        [FeeCatalog.RepairReserveCharged] = 9_000_000,
        [FeeCatalog.MiscIncome] = 2_000_000,
    };

    [Fact]
    public async Task A_month_round_trips_with_its_line_items_totals_corrections_and_flags()
    {
        using var w = await EfWorld.CreateAsync();
        var complexId = await w.AddComplexAsync();
        var month = LastMonth;
        for (var i = 6; i >= 1; i--)
            await Service(w).FileDisclosureAsync(EfWorld.Admin, new FileDisclosureCommand(complexId, month.AddMonths(-i), Amounts()));
        await Service(w).FileDisclosureAsync(EfWorld.Admin, new FileDisclosureCommand(complexId, month, Amounts(), 1.2));
        var correction = await Service(w).FileDisclosureAsync(EfWorld.Admin,
            new FileDisclosureCommand(complexId, month, Amounts(labor: 95_000_000), 1.2, "인건비 소급분"));
        Assert.Equal("LABOR", Assert.Single(correction.Flags).ItemCode);

        var loaded = (await Service(w).GetMonthAsync(complexId, month))!;
        Assert.Equal(6, loaded.Items.Count);
        Assert.Equal(95_000_000, loaded.AmountOf("LABOR"));
        Assert.Equal(FeeGroup.CommonFee, loaded.Items.Single(i => i.ItemCode == "LABOR").Group);
        Assert.Equal(125_000_000, loaded.CommonTotal);
        Assert.Equal(95_000_000 + 30_000_000 + 50_000_000 + 1_000_000 + 9_000_000L, loaded.GrandTotal);
        Assert.Equal(loaded.GrandTotal!.Value / 60_000.0, loaded.GrandTotalPerSquareMeter!.Value, 6);
        Assert.Equal(1.2, loaded.RepairReserveRate);
        Assert.Equal(2, loaded.Revision);
        var revision = Assert.Single(loaded.Revisions);
        Assert.Equal(40_000_000, revision.Amounts["LABOR"]);
        Assert.Equal("인건비 소급분", loaded.CorrectionReason);
        Assert.Null(revision.CorrectionReason);
        Assert.Equal("LABOR", Assert.Single(loaded.Flags).ItemCode);
        Assert.False(loaded.FiledLate);
        Assert.Equal(DisclosureSource.Manual, loaded.Source);
        Assert.Equal(month, loaded.Month);

        Assert.Equal(7, (await Service(w).MonthsAsync(complexId, month.AddMonths(-6), month)).Count);
    }

    [Fact]
    public async Task A_repeated_kapt_import_writes_nothing_and_a_not_disclosed_month_stays_distinct()
    {
        using var w = await EfWorld.CreateAsync();
        var complexId = await w.AddComplexAsync();
        var kaptCode = (await new EfHousingStoreReader(w).ComplexAsync(complexId)).KaptCode;
        var fees = new Dictionary<string, long?> { ["LABOR"] = 10_262_010, ["ELECTRICITY_PRIVATE"] = 15_989_840, ["GAS_COMMON"] = null };

        var first = await Service(w).ImportDisclosureFromKaptAsync(Actor.System, new KaptDisclosureImport(kaptCode, LastMonth, fees));
        var version = (await Service(w).GetMonthAsync(complexId, LastMonth))!.Version;
        var again = await Service(w).ImportDisclosureFromKaptAsync(Actor.System, new KaptDisclosureImport(kaptCode, LastMonth, fees));
        Assert.Equal(ImportOutcome.Created, first.Outcome);
        Assert.Equal(ImportOutcome.Unchanged, again.Outcome);
        Assert.Equal(version, (await Service(w).GetMonthAsync(complexId, LastMonth))!.Version);

        var nulls = new Dictionary<string, long?> { ["LABOR"] = null };
        await Service(w).ImportDisclosureFromKaptAsync(Actor.System, new KaptDisclosureImport(kaptCode, LastMonth.AddMonths(-1), nulls));
        var notDisclosed = (await Service(w).GetMonthAsync(complexId, LastMonth.AddMonths(-1)))!;
        Assert.False(notDisclosed.IsDisclosed);
        Assert.Null(notDisclosed.GrandTotal);
        Assert.Empty(notDisclosed.Items);

        using var db = w.Database.CreateContext();
        Assert.Equal(2, await db.Set<DisclosureLineItem>().CountAsync());
    }

    [Fact]
    public void The_natural_keys_are_unique_in_the_database()
    {
        using var db = new Support.SqliteTestDatabase();
        using var context = db.CreateContext();
        static string[] Unique(Microsoft.EntityFrameworkCore.Metadata.IEntityType type) =>
            type.GetIndexes().Where(i => i.IsUnique).Select(i => string.Join(",", i.Properties.Select(p => p.Name))).ToArray();
        Assert.Contains("ComplexId,Month", Unique(context.Model.FindEntityType(typeof(DisclosureMonth))!));
        Assert.Contains("DisclosureMonthId,ItemCode", Unique(context.Model.FindEntityType(typeof(DisclosureLineItem))!));
        Assert.Contains("ComplexId,Year,Kind", Unique(context.Model.FindEntityType(typeof(AnnualFeeStatement))!));
    }

    [Fact]
    public async Task Budgets_and_settlements_round_trip_per_group()
    {
        using var w = await EfWorld.CreateAsync();
        var complexId = await w.AddComplexAsync();
        var year = KoreanCalendar.Today(_clock).Year - 1;
        await Service(w).RecordBudgetAsync(EfWorld.Admin, complexId, year,
            new Dictionary<FeeGroup, long> { [FeeGroup.CommonFee] = 1_000_000_000, [FeeGroup.RepairReserve] = 100_000_000 });
        await Service(w).RecordSettlementAsync(EfWorld.Admin, complexId, year,
            new Dictionary<FeeGroup, long> { [FeeGroup.CommonFee] = 1_100_000_000, [FeeGroup.RepairReserve] = 100_000_000 });
        await Service(w).RecordBudgetAsync(EfWorld.Admin, complexId, year,
            new Dictionary<FeeGroup, long> { [FeeGroup.CommonFee] = 1_050_000_000, [FeeGroup.RepairReserve] = 100_000_000 });

        var variance = await Service(w).BudgetVarianceAsync(complexId, year);
        Assert.Equal(50_000_000, variance.Single(v => v.Group == FeeGroup.CommonFee).Difference);
        Assert.Equal(0, variance.Single(v => v.Group == FeeGroup.RepairReserve).Difference);
    }

    [Fact]
    public async Task Compliance_and_comparison_queries_run_in_sql()
    {
        using var w = await EfWorld.CreateAsync();
        var own = await w.AddComplexAsync("우리 단지");
        var peers = new List<Guid>();
        for (var i = 1; i <= 21; i++) peers.Add(await w.AddComplexAsync($"비슷한 단지 {i}"));
        var month = LastMonth.AddMonths(-2);
        for (var i = 0; i < peers.Count; i++)
            await Service(w).FileDisclosureAsync(EfWorld.Admin, new FileDisclosureCommand(peers[i], month, Amounts(labor: (i + 1) * 1_000_000L)));
        await Service(w).FileDisclosureAsync(EfWorld.Admin, new FileDisclosureCommand(own, month, Amounts(labor: 21_500_000)));

        var comparison = await Service(w).CompareWithPeersAsync(own, month);
        Assert.Equal(21, comparison.PeersDisclosed);
        var labor = comparison.Item("LABOR")!;
        Assert.Equal(100.0 * 21 / 21, labor.Percentile);
        Assert.Equal(FeeLevel.High, labor.Level);

        var today = KoreanCalendar.Today(_clock);
        var missingMonth = await Service(w).ComplexesMissingMonthAsync(month.AddMonths(-1), today);
        Assert.Equal(22, missingMonth.Count);
        Assert.Empty(await Service(w).ComplexesMissingMonthAsync(month, today));
        var missing = await Service(w).MissingMonthsAsync(month, today, own);
        Assert.DoesNotContain(missing, m => m.Month == month);
        Assert.Equal(22, (await Service(w).LateMonthsAsync(month, month)).Count);
    }
}

/// <summary>Reads a complex for tests that need its K-apt code.</summary>
internal sealed class EfHousingStoreReader(EfWorld world)
{
    public async Task<Complex> ComplexAsync(Guid id)
    {
        var store = world.Database.CreateStore();
        return (await store.FirstOrDefaultAsync(store.Query<Complex>().Where(c => c.Id == id)))!;
    }
}
