using Housing.Domain.Complexes;
using Housing.Infrastructure.DemoData.Sources;

namespace Infrastructure.Tests.DemoData;

public sealed class DemoSourcesTests
{
    private static readonly IReadOnlyList<ComplexSource> Yeongdeungpo = YeongdeungpoComplexes.All;
    private static readonly IReadOnlyList<ComplexSource> Hwaseong = HwaseongRentalComplexes.All;

    [Fact]
    public void Yeongdeungpo_has_159_distinct_complexes_in_sigungu_11560()
    {
        Assert.Equal(159, Yeongdeungpo.Count);
        Assert.Equal(159, Yeongdeungpo.Select(c => c.KaptCode).Distinct().Count());
        Assert.Equal(159, Yeongdeungpo.Select(c => c.Name).Distinct().Count());
        Assert.All(Yeongdeungpo, c =>
        {
            Assert.Equal("11560", c.SigunguCode);
            Assert.StartsWith("11560", c.Dong.BjdCode);
            Assert.Equal(10, c.Dong.BjdCode.Length);
            Assert.Matches("^A1[0-9]{7}$", c.KaptCode);
            Assert.StartsWith("서울특별시 영등포구 " + c.Dong.Name + " ", c.LotAddress);
            Assert.StartsWith("서울특별시 영등포구 ", c.RoadAddress);
            Assert.InRange(c.Households, 100, 3000);
            Assert.InRange(c.ApprovalDate.Year, 1971, 2024);
            Assert.InRange(c.ExclusiveArea / c.Households, 60, 100);
            Assert.True(c.ManagedArea > c.ExclusiveArea && c.TotalArea > c.ManagedArea);
            Assert.True(c.Buildings >= 1 && c.Buildings <= c.Households / 30 + 3);
        });
    }

    [Fact]
    public void Yeongdeungpo_households_are_skewed_with_many_small_and_a_few_large_complexes()
    {
        var households = Yeongdeungpo.Select(c => c.Households).Order().ToList();
        var median = households[households.Count / 2];
        Assert.InRange(median, 250, 600);
        Assert.True(households.Average() > median, "the mean lies above the median in a right-skewed distribution");
        Assert.Contains(households, h => h < 150);
        Assert.Contains(households, h => h > 2000);
    }

    [Fact]
    public void Yeongdeungpo_heating_is_mostly_individual_and_district_and_management_mostly_consigned()
    {
        var heating = Yeongdeungpo.GroupBy(c => c.HeatingType).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(heating[KaptLabels.IndividualHeating] + heating[KaptLabels.DistrictHeating] > 120);
        Assert.InRange(heating[KaptLabels.CentralHeating], 5, 40);
        Assert.True(Yeongdeungpo.Count(c => c.ManagementType == KaptLabels.Consigned) > 110);
        Assert.Contains(Yeongdeungpo, c => c.ManagementType == KaptLabels.SelfManaged);
    }

    [Fact]
    public void Source_labels_are_the_ones_the_domain_reads_from_k_apt()
    {
        Assert.All(Yeongdeungpo.Concat(Hwaseong), c =>
        {
            KaptNames.ParseHeatingType(c.HeatingType);
            KaptNames.ParseManagementType(c.ManagementType);
            KaptNames.ParseSaleType(c.SaleType);
            KaptNames.ParseHousingType(c.HousingType);
        });
    }

    [Fact]
    public void Hwaseong_has_29_lh_rental_complexes_with_25000_households()
    {
        Assert.Equal(29, Hwaseong.Count);
        Assert.Equal(HwaseongRentalComplexes.TotalHouseholds, Hwaseong.Sum(c => c.Households));
        Assert.Equal(29, Hwaseong.Select(c => c.Name).Distinct().Count());
        Assert.Empty(Hwaseong.Select(c => c.KaptCode).Intersect(Yeongdeungpo.Select(c => c.KaptCode)));
        Assert.All(Hwaseong, c =>
        {
            Assert.Equal("41590", c.SigunguCode);
            Assert.StartsWith("41590", c.Dong.BjdCode);
            Assert.Equal("LH", c.Operator);
            Assert.Equal(KaptLabels.Rental, c.SaleType);
            Assert.Contains("LH", c.Name);
            Assert.InRange(c.Households, 300, 2500);
        });
    }

    [Fact]
    public void Seoul_has_the_central_center_and_one_per_district()
    {
        var centers = SeoulWelfareCenters.All;
        Assert.Equal(26, centers.Count);
        Assert.Single(centers, c => c.IsCentral);
        Assert.Contains("SH", SeoulWelfareCenters.Central.OperatorName);
        var districts = centers.Where(c => !c.IsCentral).Select(c => c.SigunguCode).ToList();
        Assert.Equal(25, districts.Distinct().Count());
        Assert.Contains("11110", districts);
        Assert.Contains("11560", districts);
        Assert.Contains("11740", districts);
        Assert.All(centers, c =>
        {
            Assert.True(c.Staff.Count >= 3);
            Assert.Single(c.Staff, s => s.IsCenterManager);
        });
        Assert.Equal("영등포구 주거복지센터", SeoulWelfareCenters.OfDistrict("11560").Name);
    }

    [Fact]
    public void Generators_build_the_same_data_every_time()
    {
        Assert.Equal(YeongdeungpoComplexes.Generate(), YeongdeungpoComplexes.Generate());
        Assert.Equal(HwaseongRentalComplexes.Generate(), HwaseongRentalComplexes.Generate());
        Assert.Equal(SeoulWelfareCenters.Generate().Select(Describe), SeoulWelfareCenters.Generate().Select(Describe));
        Assert.Equal(ManagementFees.MonthsOf(Yeongdeungpo[7]), ManagementFees.MonthsOf(Yeongdeungpo[7]));

        static string Describe(WelfareCenterSource c) => $"{c.Code}|{c.Name}|{c.Address}|{string.Join(",", c.Staff)}";
    }

    [Fact]
    public void Fees_per_square_metre_average_the_national_figures_over_yeongdeungpo()
    {
        var area = Yeongdeungpo.Sum(c => c.ExclusiveArea) * 14;
        var months = Yeongdeungpo.SelectMany(ManagementFees.MonthsOf).ToList();
        Assert.Equal(159 * 14, months.Count);
        Assert.InRange(months.Sum(m => m.Common.Total) / area, 800, 860);
        Assert.InRange(months.Sum(m => m.Usage.Metered) / area, 780, 860);
        Assert.InRange(months.Sum(m => m.Usage.Total - m.Usage.Metered) / area, 360, 440);
        Assert.InRange(months.Sum(m => m.RepairReserve.Charged) / area, 140, 160);
        Assert.InRange(months.Sum(m => m.Common.Total + m.Usage.Total + m.RepairReserve.Charged) / area, 2100, 2300);
    }

    [Fact]
    public void Fees_follow_heating_type_and_season()
    {
        var district = Yeongdeungpo.First(c => c.HeatingType == KaptLabels.DistrictHeating);
        var individual = Yeongdeungpo.First(c => c.HeatingType == KaptLabels.IndividualHeating);
        var january = ManagementFees.MonthsOf(district).Single(m => m.Month.Month == 1);
        var july = ManagementFees.MonthsOf(district).Single(m => m.Month.Month == 7);
        Assert.True(january.Usage.Heating.Total > 5 * july.Usage.Heating.Total);
        Assert.True(july.Usage.Electricity.Total > january.Usage.Electricity.Total);
        Assert.All(ManagementFees.MonthsOf(individual), m => Assert.Equal(0, m.Usage.Heating.Total));
    }

    [Fact]
    public void Disclosures_cover_14_months_with_some_late_and_some_missing()
    {
        var months = Yeongdeungpo.Concat(Hwaseong).Select(c => (Complex: c, Months: ManagementFees.MonthsOf(c))).ToList();
        Assert.All(months, c => Assert.True(c.Months.Count(m => m.Filing != FilingKind.Missing) >= 12, c.Complex.Name));
        var all = months.SelectMany(c => c.Months).ToList();
        Assert.Contains(all, m => m.Filing == FilingKind.Late);
        Assert.Contains(all, m => m.Filing == FilingKind.Missing);
        Assert.All(all.Where(m => m.Filing == FilingKind.OnTime), m =>
            Assert.True(DateOnly.FromDateTime(m.FiledAt!.Value.ToOffset(DemoCalendar.Kst).DateTime) <= m.Month.AddMonths(1).LastDay));
        Assert.All(all.Where(m => m.Filing == FilingKind.Late), m =>
            Assert.True(DateOnly.FromDateTime(m.FiledAt!.Value.ToOffset(DemoCalendar.Kst).DateTime) > m.Month.AddMonths(1).LastDay));
        Assert.All(all, m => Assert.True(m.FiledAt is null || m.FiledAt < DemoCalendar.Now));
        Assert.All(all, m => Assert.True(m.RepairReserve.Balance >= 0));
    }
}
