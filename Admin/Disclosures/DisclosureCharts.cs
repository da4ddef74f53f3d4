using System.Globalization;
using Housing.Admin.Charts;
using Housing.Domain.Common;
using Housing.Domain.Disclosures;

namespace Housing.Admin.Disclosures;

/// <summary>A chart as the page shows it: the geometry, its accessible title and description, and its units.</summary>
/// <param name="AxisUnit">The unit the axis labels are in, e.g. 만 원.</param>
/// <param name="ValueUnit">The unit of the values themselves (points and table), e.g. 원.</param>
/// <param name="Divisor">Axis labels show values divided by this (10,000 for amounts labelled in 만 원).</param>
public sealed record LineChartView(string Id, string Title, string Description, string AxisUnit, string ValueUnit, double Divisor, LineChart Chart);

/// <summary>The series of the disclosure charts: what each line of a month holds.</summary>
public static class DisclosureCharts
{
    /// <summary>Months shown: the last two years.</summary>
    public const int WindowMonths = 24;

    /// <summary>Amount charts label their axis in 만 원 (ten thousand KRW).</summary>
    public const double TenThousand = 10_000;

    private static readonly (FeeGroup Group, Func<DisclosureMonth, long?> Amount)[] GroupAmounts =
    [
        (FeeGroup.CommonFee, m => m.CommonTotal),
        (FeeGroup.IndividualUsage, m => m.IndividualUsageTotal),
        (FeeGroup.OtherUsage, m => m.OtherUsageTotal),
        (FeeGroup.RepairReserve, m => m.RepairReserveCharged),
        (FeeGroup.MiscIncome, m => m.MiscIncome),
    ];

    /// <summary>The window's months, oldest first, ending at <paramref name="last"/>.</summary>
    public static IReadOnlyList<YearMonth> Window(YearMonth last) =>
        Enumerable.Range(0, WindowMonths).Select(i => last.AddMonths(i - WindowMonths + 1)).ToList();

    /// <summary>One series per fee group: the month's KRW total of the group, none for a month not disclosed.</summary>
    public static IReadOnlyList<ChartSeries> GroupSeries(IReadOnlyList<YearMonth> months, IReadOnlyList<DisclosureMonth> disclosed,
        Func<FeeGroup, string> label)
    {
        var byMonth = disclosed.Where(d => d.IsDisclosed).ToDictionary(d => d.Month);
        return GroupAmounts
            .Select(g => new ChartSeries(g.Group.ToString(), label(g.Group),
                months.Select(m => byMonth.TryGetValue(m, out var d) ? (double?)g.Amount(d) : null).ToList()))
            .ToList();
    }

    /// <summary>The grand total per ㎡ of exclusive area, month by month.</summary>
    public static ChartSeries TotalPerSquareMeter(IReadOnlyList<YearMonth> months, IReadOnlyList<DisclosureMonth> disclosed, string label)
    {
        var byMonth = disclosed.Where(d => d.IsDisclosed).ToDictionary(d => d.Month);
        return new ChartSeries(FeeComparison.GrandTotal, label,
            months.Select(m => byMonth.TryGetValue(m, out var d) ? d.GrandTotalPerSquareMeter : null).ToList());
    }

    /// <summary>A month as the axis labels it: two-digit year and month, e.g. 26.03.</summary>
    public static string AxisLabel(YearMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Year % 100:D2}.{month.Month:D2}");
}
