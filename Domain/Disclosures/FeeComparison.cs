using Housing.Domain.Common;

namespace Housing.Domain.Disclosures;

/// <summary>
/// K-apt's five levels, here defined as quintiles of the percentile among peers:
/// below 20 낮은 수준, 20–40 다소 낮음, 40–60 보통 수준, 60–80 다소 높음, 80 and above 높은 수준.
/// </summary>
public enum FeeLevel
{
    Low,
    SomewhatLow,
    Average,
    SomewhatHigh,
    High,
}

/// <summary>One measure (an item or a total, per ㎡) of a complex against its peers in one month.</summary>
public sealed record FeeStanding(
    string Measure,
    double? PerSquareMeter,
    int PeerCount,
    double? Percentile,
    FeeLevel? Level,
    double? PeerMedian)
{
    /// <summary>Ranked and rated only with at least <see cref="FeeComparison.MinimumPeers"/> peers that disclosed the measure.</summary>
    public bool IsRated => Level is not null;
}

/// <summary>A complex's standing among similar complexes for a month.</summary>
public sealed record ComplexComparison(Guid ComplexId, YearMonth Month, int PeerComplexes, int PeersDisclosed,
    IReadOnlyList<FeeStanding> Totals, IReadOnlyList<FeeStanding> Items)
{
    public FeeStanding? Total(string measure) => Totals.FirstOrDefault(t => t.Measure == measure);

    public FeeStanding? Item(string code) => Items.FirstOrDefault(i => i.Measure == code);
}

/// <summary>Percentiles and levels among peers.</summary>
public static class FeeComparison
{
    /// <summary>K-apt rates only with at least 20 similar complexes.</summary>
    public const int MinimumPeers = 20;

    public const string GrandTotal = "TOTAL";
    public const string CommonTotal = "COMMON_TOTAL";
    public const string IndividualUsageTotal = "INDIVIDUAL_USAGE_TOTAL";
    public const string OtherUsageTotal = "OTHER_USAGE_TOTAL";
    public const string RepairReserveTotal = "REPAIR_RESERVE_TOTAL";

    private static readonly (string Measure, Func<DisclosureMonth, double?> Value)[] TotalMeasures =
    [
        (GrandTotal, m => m.GrandTotalPerSquareMeter),
        (CommonTotal, m => m.CommonPerSquareMeter),
        (IndividualUsageTotal, m => m.IndividualUsagePerSquareMeter),
        (OtherUsageTotal, m => m.OtherUsagePerSquareMeter),
        (RepairReserveTotal, m => m.RepairReservePerSquareMeter),
    ];

    /// <summary>The totals a month is compared by, in the order of <see cref="ComplexComparison.Totals"/>.</summary>
    public static IEnumerable<string> Totals => TotalMeasures.Select(t => t.Measure);

    public static string KoreanName(this FeeLevel level) => level switch
    {
        FeeLevel.Low => "낮은 수준",
        FeeLevel.SomewhatLow => "다소 낮음",
        FeeLevel.Average => "보통 수준",
        FeeLevel.SomewhatHigh => "다소 높음",
        _ => "높은 수준",
    };

    /// <summary>
    /// The percentile rank (0–100) of <paramref name="value"/> among <paramref name="peers"/>: the share of peers below it,
    /// counting ties as half, so the middle of a group is 50 whatever its size.
    /// </summary>
    public static double PercentileRank(double value, IReadOnlyCollection<double> peers)
    {
        if (peers.Count == 0) throw new ArgumentException("No peers to rank against.", nameof(peers));
        var below = peers.Count(p => p < value);
        var equal = peers.Count(p => p == value);
        return 100.0 * (below + 0.5 * equal) / peers.Count;
    }

    /// <summary>The quintile level of a percentile: [0,20) Low … [80,100] High.</summary>
    public static FeeLevel LevelOf(double percentile) => percentile switch
    {
        < 20 => FeeLevel.Low,
        < 40 => FeeLevel.SomewhatLow,
        < 60 => FeeLevel.Average,
        < 80 => FeeLevel.SomewhatHigh,
        _ => FeeLevel.High,
    };

    /// <summary>
    /// A measure's standing: the percentile and its level only with at least <see cref="MinimumPeers"/> peers that disclosed
    /// the measure (a rank among a handful of complexes says nothing), the peer count and median whenever there are peers.
    /// </summary>
    public static FeeStanding Standing(string measure, double? value, IReadOnlyCollection<double> peers)
    {
        var median = peers.Count == 0 ? (double?)null : OutlierDetector.Median(peers.ToList());
        if (value is null || peers.Count < MinimumPeers)
            return new FeeStanding(measure, value, peers.Count, null, null, median);
        var percentile = PercentileRank(value.Value, peers);
        return new FeeStanding(measure, value, peers.Count, percentile, LevelOf(percentile), median);
    }

    /// <summary>Compares a month against the same month of the peers (each measure per ㎡ of exclusive area).</summary>
    public static ComplexComparison Compare(DisclosureMonth own, int peerComplexes, IReadOnlyList<DisclosureMonth> peerMonths)
    {
        var disclosed = peerMonths.Where(m => m.IsDisclosed && m.ExclusiveArea > 0).ToList();
        var totals = TotalMeasures
            .Select(t => Standing(t.Measure, t.Value(own), disclosed.Select(t.Value).OfType<double>().ToList()))
            .ToList();
        var items = FeeCatalog.AmountItems
            .Select(item => Standing(item.Code, own.PerSquareMeter(item.Code),
                disclosed.Select(m => m.PerSquareMeter(item.Code)).OfType<double>().ToList()))
            .ToList();
        return new ComplexComparison(own.ComplexId, own.Month, peerComplexes, disclosed.Count, totals, items);
    }
}
