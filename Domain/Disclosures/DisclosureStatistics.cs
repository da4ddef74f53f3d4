using Housing.Domain.Common;
using Housing.Domain.Complexes;

namespace Housing.Domain.Disclosures;

/// <summary>What an amount is divided by before it is summarised.</summary>
public enum FeeBasis
{
    /// <summary>Per ㎡ of the month's exclusive area, as K-apt compares complexes (months with no area left out).</summary>
    PerSquareMeter,

    /// <summary>Per household of the complex.</summary>
    PerHousehold,

    /// <summary>The complex's whole monthly amount.</summary>
    Total,
}

/// <summary>An attribute disclosures are grouped by.</summary>
public enum StatisticsDimension
{
    Month,

    /// <summary>The 시군구 of the complex.</summary>
    Region,
    HeatingType,
    HousingType,
    SaleType,

    /// <summary>K-apt's household bands (<see cref="Complexes.HouseholdBand"/>).</summary>
    HouseholdBand,

    /// <summary>K-apt's building-age bands at the end of the month (<see cref="Complexes.AgeBand"/>).</summary>
    AgeBand,
    Operator,
}

/// <summary>A statistics request over a scope: the measures (fee items, and always the grand total), the basis and the grouping.</summary>
public sealed record DisclosureStatisticsRequest(DisclosureScope Scope, IReadOnlyList<string> ItemCodes, FeeBasis Basis,
    IReadOnlyList<StatisticsDimension> GroupBy)
{
    /// <summary>The measure of the month's grand total (<see cref="DisclosureMonth.GrandTotal"/>).</summary>
    public const string Total = FeeComparison.GrandTotal;

    /// <summary>
    /// A request for <paramref name="itemCodes"/> (every KRW item when null); refused for unknown codes, the repair-reserve
    /// rate (a percentage, not an amount) and a dimension given twice.
    /// </summary>
    public static DisclosureStatisticsRequest Of(DisclosureScope scope, IReadOnlyList<string>? itemCodes, FeeBasis basis,
        IReadOnlyList<StatisticsDimension>? groupBy)
    {
        var items = itemCodes?.Distinct(StringComparer.Ordinal).ToList() ?? [.. FeeCatalog.AmountItems.Select(i => i.Code)];
        var unknown = items.Where(c => !FeeCatalog.TryGet(c, out var item) || item.Unit != FeeUnit.Krw).ToList();
        if (unknown.Count > 0)
            throw new DomainException("UNKNOWN_FEE_ITEM",
                $"{string.Join(", ", unknown)} {(unknown.Count == 1 ? "is" : "are")} not a fee amount; give codes of `feeItems` other than {FeeCatalog.RepairReserveRate}, e.g. LABOR, SECURITY.");
        var dimensions = groupBy ?? [];
        var twice = dimensions.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (twice.Count > 0)
            throw new DomainException("DUPLICATE_DIMENSION", $"Group by each dimension once; {ApiNames.Join(twice)} is given twice.");
        return new DisclosureStatisticsRequest(scope, items, basis, dimensions);
    }
}

/// <summary>
/// The summary of one measure in one group: how many complex-months, their mean, min, max and percentiles computed as
/// PostgreSQL's <c>percentile_cont</c> does (linear interpolation between the two nearest ranks).
/// </summary>
public sealed record FeeStatistics(string Measure, long Count, double Mean, double Min, double P10, double P25, double Median,
    double P75, double P90, double Max);

/// <summary>One group's key (null where the request does not group by that dimension) and its statistics.</summary>
public sealed record DisclosureStatisticsGroup(
    YearMonth? Month,
    string? SigunguCode,
    HeatingType? HeatingType,
    HousingType? HousingType,
    SaleType? SaleType,
    HouseholdBand? HouseholdBand,
    AgeBand? AgeBand,
    HousingOperator? Operator,
    IReadOnlyList<FeeStatistics> Items,
    FeeStatistics? Total);
