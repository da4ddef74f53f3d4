using System.Globalization;

namespace Housing.Infrastructure.DemoData.Sources;

/// <summary>
/// The 29 LH rental complexes of Hwaseong (sigungu 41590) that run the 내친구 community: about
/// 25,000 households in total (exactly <see cref="TotalHouseholds"/> here), operator LH, sale type 임대.
/// </summary>
public static class HwaseongRentalComplexes
{
    public const string SigunguCode = "41590";
    public const string SigunguName = "화성시";
    public const string SidoName = "경기도";
    public const int TotalHouseholds = 25_000;
    private const int Seed = 41590;

    // Legal dongs of the new towns and towns where LH built; codes are in the real 10-digit form.
    private static readonly LegalDong[] Dongs =
    [
        new("4159013600", "반송동", ["동탄반석로", "동탄대로"]),
        new("4159013500", "석우동", ["동탄반석로", "석우로"]),
        new("4159012300", "능동", ["동탄지성로", "능동로"]),
        new("4159014300", "청계동", ["동탄대로", "청계로"]),
        new("4159014200", "영천동", ["동탄영천로", "동탄대로"]),
        new("4159014100", "오산동", ["동탄순환대로", "동탄대로"]),
        new("4159014400", "목동", ["동탄순환대로", "동탄원천로"]),
        new("4159014500", "산척동", ["동탄호수로", "동탄순환대로"]),
        new("4159014700", "송동", ["동탄대로", "송동로"]),
        new("4159014600", "장지동", ["동탄순환대로", "동탄첨단산업1로"]),
        new("4159014800", "방교동", ["동탄신리천로", "방교로"]),
        new("4159025300", "봉담읍", ["봉담읍 동화길", "봉담읍 와우안길", "봉담읍 상리길"]),
        new("4159026200", "향남읍", ["향남읍 발안로", "향남읍 행정중앙로", "향남읍 상신하길로"]),
        new("4159012800", "병점동", ["병점동로", "떡전골로"]),
        new("4159012600", "진안동", ["진안로", "병점중앙로"]),
        new("4159026500", "남양읍", ["남양읍 시청로", "남양읍 남양로"]),
    ];

    // Town prefix, legal dongs to spread over, complex count and approval years.
    private static readonly (string Town, string[] Dongs, int Count, int FromYear, int ToYear, string Heating)[] Towns =
    [
        ("화성동탄2 LH", ["청계동", "영천동", "오산동", "목동", "산척동", "송동", "장지동", "방교동"], 10, 2015, 2022, KaptLabels.DistrictHeating),
        ("동탄 LH", ["반송동", "석우동", "능동"], 5, 2007, 2010, KaptLabels.DistrictHeating),
        ("봉담 LH", ["봉담읍"], 5, 2003, 2019, KaptLabels.IndividualHeating),
        ("향남 LH", ["향남읍"], 4, 2006, 2015, KaptLabels.IndividualHeating),
        ("병점 LH", ["병점동", "진안동"], 3, 2004, 2008, KaptLabels.IndividualHeating),
        ("남양 LH", ["남양읍"], 2, 2012, 2020, KaptLabels.IndividualHeating),
    ];

    private static IReadOnlyList<ComplexSource>? _all;

    public static IReadOnlyList<ComplexSource> All => _all ??= Generate();

    public static List<ComplexSource> Generate()
    {
        var random = new DemoRandom(Seed);
        var codes = new HashSet<string>();
        var plans = new List<(string Name, LegalDong Dong, int Year, string Heating, double Weight)>();
        foreach (var town in Towns)
        {
            for (var n = 1; n <= town.Count; n++)
            {
                var dong = Dongs.Single(d => d.Name == town.Dongs[(n - 1) % town.Dongs.Length]);
                var blockNumber = town.Town.StartsWith("화성동탄2", StringComparison.Ordinal) ? 10 + n * 2 : n;
                plans.Add(($"{town.Town}{blockNumber}단지", dong, random.Between(town.FromYear, town.ToYear), town.Heating,
                    random.LogNormal(1.0, 0.45)));
            }
        }

        var households = Apportion(plans.Select(p => p.Weight).ToList(), TotalHouseholds, minimum: 300);
        var result = new List<ComplexSource>(plans.Count);
        for (var i = 0; i < plans.Count; i++)
        {
            var (name, dong, year, heating, _) = plans[i];
            var count = households[i];
            var exclusive = Math.Round(count * random.Between(40.0, 60.0), 2);
            var road = random.Pick(dong.Roads);
            var lotPlace = dong.Name.EndsWith('읍') ? $"{dong.Name} {random.Pick(["상리", "동화리", "수영리", "와우리", "발안리", "하길리", "상신리", "남양리"])}" : dong.Name;
            result.Add(new ComplexSource(
                KaptCode: YeongdeungpoComplexes.UniqueCode(random, codes, "A4"),
                Name: name,
                SidoName: SidoName,
                SigunguCode: SigunguCode,
                SigunguName: SigunguName,
                Dong: dong,
                LotAddress: $"{SidoName} {SigunguName} {lotPlace} {YeongdeungpoComplexes.LotNumber(random)}",
                RoadAddress: $"{SidoName} {SigunguName} {road} {random.Between(1, 300).ToString(CultureInfo.InvariantCulture)}",
                HousingType: KaptLabels.Apartment,
                SaleType: KaptLabels.Rental,
                HeatingType: heating,
                ManagementType: KaptLabels.Consigned,
                Households: count,
                Buildings: Math.Max(2, (int)Math.Round(count / random.Between(90.0, 130.0))),
                TopFloor: random.Between(15, 29),
                ApprovalDate: new DateOnly(year, random.Between(1, 12), random.Between(1, 28)),
                TotalArea: Math.Round(exclusive * random.Between(1.35, 1.6), 2),
                ManagedArea: Math.Round(exclusive * random.Between(1.2, 1.3), 2),
                ExclusiveArea: exclusive,
                OfficePhone: $"031-{random.Between(360, 379)}-{random.Digits(4)}",
                Operator: "LH"));
        }
        return result;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to the weights, each share at least the minimum, summing exactly to the total.</summary>
    internal static int[] Apportion(IReadOnlyList<double> weights, int total, int minimum)
    {
        var spare = total - minimum * weights.Count;
        var sum = weights.Sum();
        var shares = weights.Select(w => minimum + (int)Math.Floor(spare * w / sum)).ToArray();
        var remainder = total - shares.Sum();
        for (var i = 0; remainder > 0; i = (i + 1) % shares.Length, remainder--) shares[i]++;
        return shares;
    }
}
