using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Complexes;

public sealed class ComplexPersistenceTests
{
    [Fact]
    public async Task A_complex_with_managers_buildings_units_households_and_residents_round_trips()
    {
        using var world = await EfWorld.CreateAsync();
        var complexId = await world.AddComplexAsync("신길 LH 센트럴");
        var manager = await world.AddManagerAsync(complexId);
        var (_, residentId) = await world.AddResidentAsync(complexId);

        using var db = world.Database.CreateContext();
        var complex = await db.Set<Complex>().SingleAsync(c => c.Id == complexId);
        Assert.Equal(manager.UserId, Assert.Single(complex.Managers).UserId);
        Assert.Equal(HeatingType.District, complex.HeatingType);
        Assert.Equal(HousingOperator.LH, complex.Operator);
        Assert.Equal(new DateOnly(2012, 3, 1), complex.ApprovedOn);
        var building = await db.Set<Building>().SingleAsync(b => b.ComplexId == complexId);
        Assert.Equal(59.9, Assert.Single(building.Units).ExclusiveArea);
        var resident = await db.Set<Resident>().SingleAsync(r => r.Id == residentId);
        var household = await db.Set<Household>().SingleAsync(h => h.Id == resident.HouseholdId);
        Assert.Equal(residentId, household.HeadResidentId);
    }

    [Fact]
    public async Task Managed_by_and_peer_queries_run_in_sql()
    {
        using var world = await EfWorld.CreateAsync();
        var target = await world.AddComplexAsync("대상", 900);
        var peer = await world.AddComplexAsync("비슷한 단지", 700);
        await world.AddComplexAsync("작은 단지", 120);
        var manager = await world.AddManagerAsync(target);

        var store = world.Database.CreateStore();
        var managed = await store.ToListAsync(store.Query<Complex>().ManagedBy(manager.UserId, new DateOnly(2026, 6, 1)));
        var peers = await new ComplexService(world.Database.CreateStore(), world.Clock).PeersOfAsync(target);

        Assert.Equal(target, Assert.Single(managed).Id);
        Assert.Equal(peer, Assert.Single(peers).Id);
    }

    [Fact]
    public async Task A_complex_filter_translates_to_sql()
    {
        using var world = await EfWorld.CreateAsync();
        var rental = await world.AddComplexAsync("신길 LH 1단지", 800);
        await world.AddComplexAsync("여의도 분양", 1_200, SaleType.Sale, HousingOperator.None);
        await world.AddComplexAsync("작은 단지", 80, SaleType.Sale, HousingOperator.None);

        var store = world.Database.CreateStore();
        var matched = await store.ToListAsync(new ComplexFilter(RegionId: world.RegionId, Operator: HousingOperator.LH,
            MinHouseholds: 500, SubjectToDisclosure: true, NameContains: "신길").Apply(store.Query<Complex>()));

        Assert.Equal(rental, Assert.Single(matched).Id);
        Assert.Equal(2, await store.CountAsync(store.Query<Complex>().SubjectToDisclosure()));
    }

    [Fact]
    public async Task Kapt_upsert_in_separate_units_of_work_changes_nothing_the_second_time()
    {
        using var world = new EfWorld();
        var info = new KaptComplexInfo("A10027875", "괴정 경성스마트W아파트", "2638010100", "부산광역시 사하구 괴정동", null, "아파트",
            "분양", "지역난방", "위탁관리", 182, 3, "20150806", 19324.6751, 15040.1634, 13000, null, "부산광역시", "사하구");

        var first = await world.Complexes().UpsertComplexFromKaptAsync(EfWorld.Admin, info);
        var second = await world.Complexes().UpsertComplexFromKaptAsync(EfWorld.Admin, info);

        Assert.True(first.Created);
        Assert.False(second.Changed);
        using var db = world.Database.CreateContext();
        Assert.Equal(0, (await db.Set<Complex>().SingleAsync()).Version);
    }

    [Fact]
    public async Task The_database_refuses_a_second_complex_with_the_same_kapt_code()
    {
        using var world = await EfWorld.CreateAsync();
        using var a = world.Database.CreateContext();
        using var b = world.Database.CreateContext();
        var region = await a.Set<Region>().SingleAsync();
        a.Add(Complex.Register("A11111111", region, EfWorld.Profile("가")));
        b.Add(Complex.Register("A11111111", await b.Set<Region>().SingleAsync(), EfWorld.Profile("나")));
        await a.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateException>(() => b.SaveChangesAsync());
    }

    [Fact]
    public async Task Two_stores_registering_the_same_kapt_code_end_in_a_retryable_conflict_for_the_loser()
    {
        using var world = await EfWorld.CreateAsync();
        var a = world.Database.CreateStore();
        var b = world.Database.CreateStore();
        a.Add(Complex.Register("A22222222", await a.FirstOrDefaultAsync(a.Query<Region>()) ?? throw new InvalidOperationException(), EfWorld.Profile("가")));
        b.Add(Complex.Register("A22222222", await b.FirstOrDefaultAsync(b.Query<Region>()) ?? throw new InvalidOperationException(), EfWorld.Profile("나")));
        await a.SaveChangesAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => b.SaveChangesAsync());
        using var db = world.Database.CreateContext();
        Assert.Equal("가", (await db.Set<Complex>().SingleAsync(c => c.KaptCode == "A22222222")).Name);
    }
}
