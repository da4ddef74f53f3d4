using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Domain.Tests.Complexes;

public class ComplexTests
{
    private static KaptComplexInfo Kapt(string name = "괴정 경성스마트W아파트", int households = 182, string heat = "지역난방") => new(
        "A10027875", name, "2638010100", "부산광역시 사하구 괴정동 1", "부산광역시 사하구 낙동대로 1", "아파트", "분양", heat, "위탁관리",
        households, 3, "20150806", 19324.6751, 15040.1634, 13000, "051-000-0000", "부산광역시", "사하구");

    [Fact]
    public async Task Upsert_from_kapt_creates_the_complex_and_its_region_then_changes_nothing_on_repeat()
    {
        var world = new TestWorld();
        var first = await world.Complexes.UpsertComplexFromKaptAsync(TestWorld.Admin, Kapt());
        var saves = world.Store.SaveCount;
        var second = await world.Complexes.UpsertComplexFromKaptAsync(TestWorld.Admin, Kapt());

        Assert.True(first.Created);
        Assert.False(second.Changed);
        Assert.Equal(first.ComplexId, second.ComplexId);
        Assert.Equal(saves, world.Store.SaveCount);
        var complex = world.Store.Query<Complex>().Single();
        Assert.Equal(HeatingType.District, complex.HeatingType);
        Assert.Equal(ManagementType.Consigned, complex.ManagementType);
        Assert.Equal(SaleType.Sale, complex.SaleType);
        Assert.Equal(new DateOnly(2015, 8, 6), complex.ApprovedOn);
        Assert.Equal(182, complex.HouseholdCount);
        Assert.Equal("26380", world.Store.Query<Region>().Single().SigunguCode);
    }

    [Fact]
    public async Task Upsert_from_kapt_reports_a_change_and_bumps_the_version()
    {
        var world = new TestWorld();
        var first = await world.Complexes.UpsertComplexFromKaptAsync(TestWorld.Admin, Kapt());
        var version = world.Store.SavedVersionOf(first.ComplexId);

        var second = await world.Complexes.UpsertComplexFromKaptAsync(TestWorld.Admin, Kapt(households: 190, heat: "개별난방"));

        Assert.True(second.Changed);
        Assert.False(second.Created);
        Assert.True(world.Store.SavedVersionOf(first.ComplexId) > version);
        Assert.Equal(HeatingType.Individual, world.Store.Query<Complex>().Single().HeatingType);
    }

    [Fact]
    public async Task Upsert_from_kapt_refuses_an_unknown_region_without_names()
    {
        var world = new TestWorld();
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.UpsertComplexFromKaptAsync(TestWorld.Admin, Kapt() with { SidoName = null, SigunguName = null }));
        Assert.Equal("UNKNOWN_REGION", ex.Code);
    }

    [Fact]
    public async Task Upsert_from_kapt_needs_a_platform_admin()
    {
        var world = new TestWorld();
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Complexes.UpsertComplexFromKaptAsync(TestWorld.Officer, Kapt()));
    }

    [Theory]
    [InlineData("A1002787")]
    [InlineData("B10027875")]
    [InlineData("a10027875")]
    [InlineData("A1002787X")]
    public async Task A_malformed_kapt_code_is_refused(string code)
    {
        var world = await TestWorld.CreateAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.RegisterComplexAsync(TestWorld.Admin, code, world.Region.Id, TestWorld.Profile()));
        Assert.Equal("INVALID_KAPT_CODE", ex.Code);
    }

    [Fact]
    public async Task A_second_complex_with_the_same_kapt_code_is_refused()
    {
        var world = await TestWorld.CreateAsync();
        await world.Complexes.RegisterComplexAsync(TestWorld.Admin, "A15678901", world.Region.Id, TestWorld.Profile());
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.RegisterComplexAsync(TestWorld.Admin, "A15678901", world.Region.Id, TestWorld.Profile("다른 단지")));
        Assert.Equal("DUPLICATE_KAPT_CODE", ex.Code);
    }

    [Fact]
    public async Task A_complex_outside_its_region_is_refused()
    {
        var world = await TestWorld.CreateAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => world.Complexes.RegisterComplexAsync(
            TestWorld.Admin, "A15678901", world.Region.Id, TestWorld.Profile() with { BjdCode = "2638010100" }));
        Assert.Equal("REGION_MISMATCH", ex.Code);
    }

    [Theory]
    [InlineData("115601100")]
    [InlineData("11560110AB")]
    public async Task A_malformed_legal_dong_code_is_refused(string bjd)
    {
        var world = await TestWorld.CreateAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => world.Complexes.RegisterComplexAsync(
            TestWorld.Admin, "A15678901", world.Region.Id, TestWorld.Profile() with { BjdCode = bjd }));
        Assert.Equal("INVALID_COMPLEX", ex.Code);
    }

    [Fact]
    public async Task A_sold_complex_cannot_have_a_rental_operator()
    {
        var world = await TestWorld.CreateAsync();
        var ex = await Assert.ThrowsAsync<DomainException>(() => world.AddComplexAsync(sale: SaleType.Sale, op: HousingOperator.LH));
        Assert.Equal("INVALID_COMPLEX", ex.Code);
        var rental = await world.AddComplexAsync(sale: SaleType.Rental, op: HousingOperator.LH);
        Assert.Equal(HousingOperator.LH, rental.Operator);
    }

    [Fact]
    public async Task An_operator_is_set_only_on_rental_complexes_and_a_same_profile_update_saves_nothing()
    {
        var world = await TestWorld.CreateAsync();
        var sold = await world.AddComplexAsync(sale: SaleType.Sale);
        var rental = await world.AddComplexAsync("봉담 임대", sale: SaleType.Mixed);

        Assert.Equal("INVALID_COMPLEX", (await Assert.ThrowsAsync<DomainException>(() =>
            world.Complexes.SetOperatorAsync(TestWorld.Officer, sold.Id, HousingOperator.SH))).Code);
        await world.Complexes.SetOperatorAsync(TestWorld.Officer, rental.Id, HousingOperator.SH);
        Assert.Equal(HousingOperator.SH, rental.Operator);
        var saves = world.Store.SaveCount;
        await world.Complexes.UpdateComplexAsync(TestWorld.Officer, rental.Id, rental.Profile);
        Assert.Equal(saves, world.Store.SaveCount);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            world.Complexes.UpdateComplexAsync(TestWorld.Staff(Roles.Resident, "주민"), rental.Id, rental.Profile));
    }

    [Theory]
    [InlineData(99, false)]
    [InlineData(100, true)]
    [InlineData(1584, true)]
    public async Task Disclosure_applies_from_100_households(int households, bool subject)
    {
        var world = await TestWorld.CreateAsync();
        var complex = await world.AddComplexAsync(households: households);
        Assert.Equal(subject, complex.IsSubjectToDisclosure);
        Assert.Equal(subject ? 1 : 0, world.Store.Query<Complex>().SubjectToDisclosure().Count());
    }

    [Theory]
    [InlineData(149, HouseholdBand.Under150)]
    [InlineData(150, HouseholdBand.From150To299)]
    [InlineData(499, HouseholdBand.From300To499)]
    [InlineData(999, HouseholdBand.From500To999)]
    [InlineData(3000, HouseholdBand.From1000)]
    public void Household_bands_follow_kapt(int households, HouseholdBand band) =>
        Assert.Equal(band, ComplexBands.HouseholdBandOf(households));

    [Theory]
    [InlineData("2021-06-15", AgeBand.UpTo5Years)]
    [InlineData("2020-06-15", AgeBand.From6To10Years)]
    [InlineData("2020-06-16", AgeBand.UpTo5Years)]
    [InlineData("1995-06-15", AgeBand.Over30Years)]
    [InlineData("1996-06-15", AgeBand.From26To30Years)]
    public void Age_bands_count_full_years_since_approval(string approved, AgeBand band) =>
        Assert.Equal(band, ComplexBands.AgeBandOf(DateOnly.Parse(approved), new DateOnly(2026, 6, 15)));

    [Fact]
    public async Task Peers_share_type_heating_household_band_and_age_band()
    {
        var world = await TestWorld.CreateAsync();
        var target = await world.AddComplexAsync("대상", 520, new DateOnly(2010, 1, 1));
        var peer = await world.AddComplexAsync("같은 무리", 900, new DateOnly(2008, 5, 1));
        await world.AddComplexAsync("세대수 다름", 300, new DateOnly(2010, 1, 1));
        await world.AddComplexAsync("연식 다름", 600, new DateOnly(2000, 1, 1));
        await world.AddComplexAsync("난방 다름", 600, new DateOnly(2010, 1, 1), heating: HeatingType.District);

        var peers = await world.Complexes.PeersOfAsync(target.Id);

        Assert.Equal([peer.Id], peers.Select(p => p.Id));
    }

    [Fact]
    public async Task Kapt_names_map_to_the_domain_types()
    {
        Assert.Equal(HousingType.MixedUse, KaptNames.ParseHousingType("주상복합"));
        Assert.Equal(HousingType.RowHouse, KaptNames.ParseHousingType("연립주택"));
        Assert.Equal(SaleType.Mixed, KaptNames.ParseSaleType("분양+임대"));
        Assert.Equal(SaleType.Rental, KaptNames.ParseSaleType("임대"));
        Assert.Equal(HeatingType.Central, KaptNames.ParseHeatingType("중앙난방"));
        Assert.Equal(ManagementType.SelfManaged, KaptNames.ParseManagementType("자치관리"));
        var ex = Assert.Throws<DomainException>(() => KaptNames.ParseHeatingType("장작"));
        Assert.Equal("INVALID_KAPT_VALUE", ex.Code);
        await Task.CompletedTask;
    }
}

public class ComplexFilterTests
{
    [Fact]
    public async Task A_filter_narrows_by_every_criterion_it_sets()
    {
        var world = await TestWorld.CreateAsync();
        var rental = await world.AddComplexAsync("신길 LH", 600, sale: SaleType.Rental, op: HousingOperator.LH, heating: HeatingType.District);
        await world.AddComplexAsync("여의도 분양", 1_500, heating: HeatingType.District);
        await world.AddComplexAsync("작은 연립", 60);

        Assert.Equal(3, new ComplexFilter().Apply(world.Store.Query<Complex>()).Count());
        Assert.Equal([rental.Id], new ComplexFilter(Operator: HousingOperator.LH).Apply(world.Store.Query<Complex>()).Select(c => c.Id));
        Assert.Equal(2, new ComplexFilter(HeatingType: HeatingType.District, MinHouseholds: 500).Apply(world.Store.Query<Complex>()).Count());
        Assert.Equal(1, new ComplexFilter(SubjectToDisclosure: false).Apply(world.Store.Query<Complex>()).Count());
        Assert.Equal(1, new ComplexFilter(NameContains: "여의도", MaxHouseholds: 2_000).Apply(world.Store.Query<Complex>()).Count());
        Assert.Empty(new ComplexFilter(RegionId: Guid.NewGuid()).Apply(world.Store.Query<Complex>()));
    }
}
