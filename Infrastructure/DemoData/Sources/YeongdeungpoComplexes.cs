namespace Housing.Infrastructure.DemoData.Sources;

/// <summary>
/// The 159 complexes of Yeongdeungpo-gu (sigungu 11560) that exchange documents with the district
/// office: names in the style of the real ones, dong by dong, with the known approval years and, for
/// the well-known ones, household counts; everything else drawn from a seeded random source.
/// </summary>
public static class YeongdeungpoComplexes
{
    public const string SigunguCode = "11560";
    public const string SigunguName = "영등포구";
    public const string SidoName = "서울특별시";
    private const int Seed = 11560;

    /// <summary>The legal dongs of 영등포구 with their codes and the roads their complexes face.</summary>
    public static readonly IReadOnlyList<LegalDong> Dongs =
    [
        new("1156010100", "영등포동", ["영등포로", "영중로", "버드나루로"]),
        new("1156010200", "영등포동1가", ["영등포로", "영중로"]),
        new("1156010300", "영등포동2가", ["영등포로", "버드나루로"]),
        new("1156010800", "영등포동7가", ["영등포로", "경인로"]),
        new("1156010900", "영등포동8가", ["영중로", "경인로"]),
        new("1156011000", "여의도동", ["여의대방로", "여의나루로", "국회대로", "63로", "여의동로", "국제금융로"]),
        new("1156011100", "당산동1가", ["당산로", "영등포로"]),
        new("1156011200", "당산동2가", ["당산로", "국회대로"]),
        new("1156011300", "당산동3가", ["당산로", "양평로"]),
        new("1156011400", "당산동4가", ["당산로", "국회대로"]),
        new("1156011500", "당산동5가", ["당산로", "양평로"]),
        new("1156011600", "당산동6가", ["양평로", "노들로"]),
        new("1156011700", "당산동", ["당산로", "노들로"]),
        new("1156011800", "도림동", ["도림로", "도신로"]),
        new("1156011900", "문래동1가", ["문래로", "경인로"]),
        new("1156012000", "문래동2가", ["문래로", "도림로"]),
        new("1156012100", "문래동3가", ["문래로", "당산로"]),
        new("1156012200", "문래동4가", ["도림로", "경인로"]),
        new("1156012300", "문래동5가", ["문래로", "당산로"]),
        new("1156012400", "문래동6가", ["문래로", "경인로"]),
        new("1156012500", "양평동1가", ["양평로", "선유로"]),
        new("1156012600", "양평동2가", ["양평로", "선유동로"]),
        new("1156012700", "양평동3가", ["선유로", "양평로"]),
        new("1156012800", "양평동4가", ["선유로", "양평로"]),
        new("1156012900", "양평동5가", ["선유동로", "양평로"]),
        new("1156013000", "양평동6가", ["선유로", "노들로"]),
        new("1156013100", "양화동", ["선유로", "양화로"]),
        new("1156013200", "신길동", ["신길로", "가마산로", "여의대방로", "신풍로", "도신로"]),
        new("1156013300", "대림동", ["대림로", "도림천로", "시흥대로", "디지털로"]),
    ];

    // Name, legal dong, approval year, households where well known (0 = drawn), housing type when not 아파트.
    private static readonly (string Name, string Dong, int Year, int Households, string? Type)[] Table =
    [
        ("여의도 시범", "여의도동", 1971, 1584, null), ("여의도 삼부", "여의도동", 1975, 866, null),
        ("여의도 광장", "여의도동", 1978, 744, null), ("여의도 대교", "여의도동", 1975, 576, null),
        ("여의도 한양", "여의도동", 1975, 588, null), ("여의도 미성", "여의도동", 1978, 577, null),
        ("여의도 목화", "여의도동", 1977, 312, null), ("여의도 은하", "여의도동", 1974, 360, null),
        ("여의도 공작", "여의도동", 1976, 373, null), ("여의도 진주", "여의도동", 1977, 376, null),
        ("여의도 수정", "여의도동", 1976, 329, null), ("여의도 장미", "여의도동", 1978, 196, null),
        ("여의도 화랑", "여의도동", 1977, 160, null), ("여의도 삼익", "여의도동", 1974, 360, null),
        ("여의도 서울", "여의도동", 1976, 192, null), ("여의도 초원", "여의도동", 1980, 0, null),
        ("여의도 한성", "여의도동", 1981, 0, null), ("여의도 자이", "여의도동", 2008, 580, null),
        ("여의도 롯데캐슬엠파이어", "여의도동", 2005, 0, KaptLabels.MixedUse),
        ("여의도 금호리첸시아", "여의도동", 2003, 0, KaptLabels.MixedUse),
        ("여의도 브라이튼", "여의도동", 2023, 454, KaptLabels.MixedUse),
        ("여의도 트럼프월드1차", "여의도동", 1999, 0, KaptLabels.MixedUse),
        ("여의도 트럼프월드2차", "여의도동", 2001, 0, KaptLabels.MixedUse),
        ("여의도 파라곤", "여의도동", 2004, 0, KaptLabels.MixedUse),

        ("당산 삼성래미안", "당산동5가", 2003, 1391, null), ("당산 센트럴아이파크", "당산동4가", 2020, 802, null),
        ("당산 현대3차", "당산동5가", 1998, 0, null), ("당산 푸르지오", "당산동3가", 2000, 0, null),
        ("당산 한양", "당산동6가", 1986, 0, null), ("당산 반도유보라", "당산동3가", 2013, 0, null),
        ("당산 효성1차", "당산동2가", 1997, 0, null), ("당산 상아", "당산동6가", 1987, 0, null),
        ("당산 유원제일1차", "당산동5가", 1983, 0, null), ("당산 유원제일2차", "당산동6가", 1984, 0, null),
        ("당산 진로", "당산동", 1996, 0, null), ("당산 쌍용예가", "당산동", 2010, 0, null),
        ("당산 금호어울림", "당산동1가", 2008, 0, null), ("당산 동부센트레빌", "당산동2가", 2003, 0, null),
        ("당산 대우", "당산동4가", 1995, 0, null), ("당산 강변래미안", "당산동", 2004, 0, null),
        ("당산 현대5차", "당산동4가", 1998, 0, null), ("당산 롯데캐슬프레스티지", "당산동1가", 2006, 0, null),
        ("당산 SK리더스뷰", "당산동", 2011, 0, null), ("당산 삼성쉐르빌", "당산동3가", 2004, 0, KaptLabels.MixedUse),
        ("당산 경남아너스빌", "당산동1가", 2003, 0, null), ("당산 래미안4차", "당산동6가", 2002, 0, null),

        ("문래 자이", "문래동3가", 2001, 1302, null), ("문래 힐스테이트", "문래동3가", 2010, 2123, null),
        ("문래 현대2차", "문래동3가", 1990, 0, null), ("문래 현대3차", "문래동6가", 1991, 0, null),
        ("문래 현대5차", "문래동5가", 1994, 0, null), ("문래 현대6차", "문래동5가", 1997, 0, null),
        ("문래 롯데캐슬", "문래동1가", 2010, 0, null), ("문래 두산위브", "문래동5가", 2004, 0, null),
        ("문래 대원칸타빌", "문래동6가", 2003, 0, null), ("문래 진주", "문래동4가", 1985, 0, null),
        ("문래 한신", "문래동6가", 1992, 0, null), ("문래 모아미래도", "문래동1가", 2006, 0, null),
        ("문래 중앙하이츠", "문래동2가", 1995, 0, null), ("문래 코오롱", "문래동2가", 1999, 0, null),
        ("문래 신한", "문래동4가", 1993, 0, null), ("문래 삼환", "문래동6가", 1988, 0, null),
        ("문래 LG빌리지", "문래동5가", 2002, 0, null),

        ("영등포 푸르지오", "영등포동8가", 2002, 2462, null), ("영등포 센트럴푸르지오시티", "영등포동", 2017, 0, KaptLabels.MixedUse),
        ("영등포 대우드림타운", "영등포동2가", 1998, 0, null), ("영등포 신동아", "영등포동7가", 1992, 0, null),
        ("영등포 삼환", "영등포동7가", 1991, 0, null), ("영등포 한라비발디", "영등포동1가", 2006, 0, null),
        ("영등포 코오롱", "영등포동8가", 1999, 0, null), ("영등포 포레나", "영등포동1가", 2020, 0, null),
        ("영등포 해링턴타워", "영등포동2가", 2021, 0, KaptLabels.MixedUse), ("영등포 중흥S클래스", "영등포동", 2023, 0, null),
        ("영등포 경남아너스빌", "영등포동8가", 2004, 0, null), ("영등포 대원", "영등포동7가", 1996, 0, null),
        ("영등포 꿈에그린", "영등포동", 2009, 0, null), ("영등포 현대", "영등포동2가", 1989, 0, null),
        ("영등포 벽산", "영등포동8가", 1994, 0, null),

        ("영등포 아트자이", "도림동", 2014, 836, null), ("도림 동아", "도림동", 1989, 0, null),
        ("도림 한신", "도림동", 1991, 0, null), ("도림 대림", "도림동", 1987, 0, null),
        ("도림 신동아", "도림동", 1992, 0, null), ("도림 우성", "도림동", 1993, 0, null),
        ("도림 청구", "도림동", 1997, 0, null), ("도림 삼성", "도림동", 1995, 0, null),
        ("도림 금호어울림", "도림동", 2006, 0, null),

        ("양평 한신", "양평동1가", 1990, 0, null), ("양평 현대6차", "양평동6가", 1999, 0, null),
        ("양평 삼익", "양평동2가", 1985, 0, null), ("양평 삼호", "양평동3가", 1987, 0, null),
        ("양평 이레", "양평동4가", 2003, 0, null), ("양평 롯데캐슬", "양평동5가", 2003, 0, null),
        ("양평 자이", "양평동4가", 2011, 0, null), ("양평 동부센트레빌", "양평동5가", 2005, 0, null),
        ("양평 벽산", "양평동1가", 1991, 0, null), ("양평 대우", "양평동2가", 2001, 0, null),
        ("양평 신동아", "양평동3가", 1992, 0, null), ("양평 금호", "양평동6가", 2000, 0, null),
        ("양평 현대2차", "양평동1가", 1989, 0, null), ("양평 우성", "양평동2가", 1993, 0, null),
        ("양평 래미안", "양평동5가", 1999, 0, null), ("양평 e편한세상", "양평동6가", 2010, 0, null),
        ("양평 한솔", "양평동3가", 1996, 0, null), ("양평 현대1차", "양평동1가", 1986, 0, null),

        ("양화 삼성", "양화동", 1996, 0, null), ("양화 한강타운", "양화동", 1990, 0, null),
        ("선유도 코오롱", "양화동", 2002, 0, null), ("양화 신동아", "양화동", 1994, 0, null),

        ("신길 래미안프레비뉴", "신길동", 2016, 949, null), ("신길 센트럴자이", "신길동", 2020, 1008, null),
        ("보라매 SK뷰", "신길동", 2020, 1546, null), ("신길 파크자이", "신길동", 2020, 641, null),
        ("래미안 에스티움", "신길동", 2017, 1722, null), ("신길 센트럴아이파크", "신길동", 2019, 612, null),
        ("힐스테이트 클래시안", "신길동", 2020, 1476, null), ("신길 우성1차", "신길동", 1986, 0, null),
        ("신길 우성2차", "신길동", 1987, 0, null), ("신길 우성3차", "신길동", 1988, 0, null),
        ("신길 삼환", "신길동", 1986, 0, null), ("신길 삼성", "신길동", 1997, 0, null),
        ("신길 남서울", "신길동", 1974, 0, null), ("신길 한성", "신길동", 1983, 0, null),
        ("신길 래미안", "신길동", 1999, 0, null), ("신길 건영", "신길동", 1985, 0, null),
        ("신길 현대", "신길동", 1992, 0, null), ("신길 대림", "신길동", 1985, 0, null),
        ("신길 자이", "신길동", 2004, 0, null), ("신길 삼성래미안", "신길동", 2003, 0, null),
        ("신길 한화", "신길동", 1998, 0, null), ("신풍역 롯데캐슬", "신길동", 2024, 0, null),
        ("신길 브라이튼", "신길동", 2022, 0, null), ("신길 더샵", "신길동", 2024, 0, null),
        ("보라매 자이", "신길동", 2014, 0, null), ("신길 금호어울림", "신길동", 2009, 0, null),
        ("신길 경남아너스빌", "신길동", 2003, 0, null), ("신길 두산위브", "신길동", 2009, 0, null),
        ("보라매 삼성", "신길동", 1998, 0, null), ("신길 벽산", "신길동", 1994, 0, null),
        ("신길 유원", "신길동", 1981, 0, null), ("신길 동아", "신길동", 1990, 0, null),
        ("신길 영남", "신길동", 1984, 0, null),

        ("대림 e편한세상", "대림동", 2003, 0, null), ("대림 현대3차", "대림동", 1992, 0, null),
        ("대림 우성", "대림동", 1988, 0, null), ("대림 코오롱", "대림동", 1997, 0, null),
        ("신대림 자이", "대림동", 2007, 0, null), ("대림 두산위브", "대림동", 2006, 0, null),
        ("대림 삼성래미안", "대림동", 2001, 0, null), ("대림 한신", "대림동", 1986, 0, null),
        ("대림 쌍용", "대림동", 1990, 0, null), ("대림 현대1차", "대림동", 1985, 0, null),
        ("대림 현대2차", "대림동", 1987, 0, null), ("대림 럭키", "대림동", 1985, 0, null),
        ("대림 아크로타워", "대림동", 2021, 0, KaptLabels.MixedUse), ("대림 신동아파밀리에", "대림동", 1998, 0, null),
        ("대림 동아", "대림동", 1989, 0, null), ("대림 삼환", "대림동", 1987, 0, null),
        ("대림 한양", "대림동", 1988, 0, null),
    ];

    private static IReadOnlyList<ComplexSource>? _all;

    /// <summary>All 159 complexes, in table order; <see cref="Generate"/> builds the same list on every run.</summary>
    public static IReadOnlyList<ComplexSource> All => _all ??= Generate();

    public static List<ComplexSource> Generate()
    {
        var random = new DemoRandom(Seed);
        var codes = new HashSet<string>();
        var result = new List<ComplexSource>(Table.Length);
        foreach (var (name, dongName, year, knownHouseholds, type) in Table)
        {
            var dong = Dongs.Single(d => d.Name == dongName);
            var housingType = type ?? KaptLabels.Apartment;
            var households = knownHouseholds > 0
                ? knownHouseholds
                : (int)Math.Clamp(Math.Round(random.LogNormal(housingType == KaptLabels.MixedUse ? 240 : 330, 0.75)), 100, 3000);
            var exclusivePerHousehold = housingType == KaptLabels.MixedUse ? random.Between(80.0, 100.0) : random.Between(60.0, 100.0);
            var exclusive = Math.Round(households * exclusivePerHousehold, 2);
            var buildings = housingType == KaptLabels.MixedUse
                ? random.Between(1, 3)
                : Math.Max(1, (int)Math.Round(households / random.Between(70.0, 140.0)));
            var topFloor = housingType == KaptLabels.MixedUse ? random.Between(30, 50)
                : year < 1980 ? random.Between(10, 15)
                : year < 2000 ? random.Between(12, 22)
                : random.Between(15, 35);
            result.Add(new ComplexSource(
                KaptCode: UniqueCode(random, codes, "A1"),
                Name: name,
                SidoName: SidoName,
                SigunguCode: SigunguCode,
                SigunguName: SigunguName,
                Dong: dong,
                LotAddress: $"{SidoName} {SigunguName} {dong.Name} {LotNumber(random)}",
                RoadAddress: $"{SidoName} {SigunguName} {random.Pick(dong.Roads)} {random.Between(1, 250)}",
                HousingType: housingType,
                SaleType: SaleType(random, year),
                HeatingType: Heating(random, year),
                ManagementType: random.Chance(0.85) ? KaptLabels.Consigned : KaptLabels.SelfManaged,
                Households: households,
                Buildings: buildings,
                TopFloor: topFloor,
                ApprovalDate: new DateOnly(year, random.Between(1, 12), random.Between(1, 28)),
                TotalArea: Math.Round(exclusive * random.Between(1.30, 1.55), 2),
                ManagedArea: Math.Round(exclusive * random.Between(1.15, 1.28), 2),
                ExclusiveArea: exclusive,
                OfficePhone: $"02-{random.Between(2630, 2699)}-{random.Digits(4)}",
                Operator: null));
        }
        return result;
    }

    // Newer complexes of the 신길 뉴타운 mix rental units into the sale (혼합); the rest are sold.
    private static string SaleType(DemoRandom random, int year) =>
        year >= 2015 && random.Chance(0.5) ? KaptLabels.Mixed : KaptLabels.ForSale;

    // Central heating belongs to the older complexes; district heating spread after the 1990s.
    private static string Heating(DemoRandom random, int year) => year switch
    {
        < 1990 => random.Pick<string>([(KaptLabels.CentralHeating, 0.45), (KaptLabels.IndividualHeating, 0.4), (KaptLabels.DistrictHeating, 0.15)]),
        < 2005 => random.Pick<string>([(KaptLabels.IndividualHeating, 0.55), (KaptLabels.DistrictHeating, 0.35), (KaptLabels.CentralHeating, 0.1)]),
        _ => random.Pick<string>([(KaptLabels.DistrictHeating, 0.55), (KaptLabels.IndividualHeating, 0.45)]),
    };

    internal static string LotNumber(DemoRandom random) =>
        random.Chance(0.6) ? random.Between(1, 650).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{random.Between(1, 650)}-{random.Between(1, 40)}";

    internal static string UniqueCode(DemoRandom random, HashSet<string> taken, string prefix)
    {
        while (true)
        {
            var code = prefix + random.Digits(9 - prefix.Length);
            if (taken.Add(code)) return code;
        }
    }
}
