using System.Globalization;

namespace Housing.Domain.Disclosures;

/// <summary>A warning about one item of a filing, with the history it was judged against.</summary>
public sealed record OutlierFlag(string ItemCode, long? Amount, double Median, double Low, double High, string Message);

/// <summary>
/// Flags items that stand out against the complex's own last 12 disclosed months (warnings; a filing is never
/// refused for them). An item is flagged when it lies outside median ± max(3 × 1.4826 × MAD, 10 % of the median)
/// (a robust ±3σ that does not fire on a very steady item's small changes), or above 2× or below 0.5× the median;
/// an item that was always 0 and is now positive is flagged, and so is an item reported in every month of the
/// history but missing now. At least <see cref="MinimumHistory"/> months are needed to judge an item.
/// </summary>
public static class OutlierDetector
{
    public const int HistoryMonths = 12;
    public const int MinimumHistory = 3;
    public const double MadMultiplier = 3 * 1.4826;
    public const double MinimumRelativeDeviation = 0.10;

    /// <param name="amounts">The filing's amounts by item code.</param>
    /// <param name="history">Earlier disclosed months of the complex (any order; only the latest 12 are used).</param>
    public static IReadOnlyList<OutlierFlag> Check(IReadOnlyDictionary<string, long> amounts, IEnumerable<DisclosureMonth> history)
    {
        var months = history.Where(m => m.IsDisclosed).OrderByDescending(m => m.Month).Take(HistoryMonths).ToList();
        if (months.Count < MinimumHistory) return [];
        var flags = new List<OutlierFlag>();
        foreach (var item in FeeCatalog.AmountItems)
        {
            var past = months.Select(m => m.AmountOf(item.Code)).OfType<long>().Select(v => (double)v).ToList();
            if (past.Count < MinimumHistory) continue;
            var median = Median(past);
            var mad = Median(past.Select(v => Math.Abs(v - median)).ToList());
            var spread = Math.Max(MadMultiplier * mad, MinimumRelativeDeviation * Math.Abs(median));
            // The ratio bounds only make sense for a positive median (imports may carry negative adjustments).
            var low = median > 0 ? Math.Max(median - spread, median * 0.5) : median - spread;
            var high = median > 0 ? Math.Min(median + spread, median * 2) : median + spread;
            if (!amounts.TryGetValue(item.Code, out var amount))
            {
                if (past.Count == months.Count && median > 0)
                    flags.Add(new OutlierFlag(item.Code, null, median, low, high,
                        $"{item.KoreanName}: reported in each of the last {months.Count} months (median {Krw(median)}) but missing now."));
                continue;
            }
            var tooHigh = amount > high;
            var tooLow = amount < low;
            if (tooHigh || tooLow)
                flags.Add(new OutlierFlag(item.Code, amount, median, low, high,
                    $"{item.KoreanName}: {Krw(amount)} is {(tooHigh ? "above" : "below")} the usual range {Krw(low)} – {Krw(high)} " +
                    $"(median of the last {past.Count} months {Krw(median)})."));
        }
        return flags;
    }

    /// <summary>Tolerance of the repair reserve balance check: 1 % of the expected balance (interest and refunds move it a little).</summary>
    public const double BalanceTolerance = 0.01;

    /// <summary>
    /// The repair reserve balance should be the previous month's balance plus this month's charge minus its use; a larger
    /// difference than <see cref="BalanceTolerance"/> is flagged (a warning: interest income or a transfer may explain it).
    /// </summary>
    public static OutlierFlag? CheckRepairReserveBalance(IReadOnlyDictionary<string, long> amounts, DisclosureMonth? previousMonth)
    {
        if (previousMonth?.AmountOf(FeeCatalog.RepairReserveBalance) is not { } previous
            || !amounts.TryGetValue(FeeCatalog.RepairReserveBalance, out var balance))
            return null;
        var expected = previous + amounts.GetValueOrDefault(FeeCatalog.RepairReserveCharged) - amounts.GetValueOrDefault(FeeCatalog.RepairReserveUsed);
        var tolerance = Math.Abs(expected) * BalanceTolerance;
        if (Math.Abs(balance - expected) <= tolerance) return null;
        return new OutlierFlag(FeeCatalog.RepairReserveBalance, balance, expected, expected - tolerance, expected + tolerance,
            $"장기수선충당금 잔액: {Krw(balance)} differs from last month's balance plus this month's charge minus its use, {Krw(expected)}.");
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>A filed amount exactly as filed (never through a double, which rounds amounts beyond 2^53).</summary>
    private static string Krw(long amount) => amount.ToString("#,0", CultureInfo.InvariantCulture) + " KRW";

    /// <summary>A median or a bound of the usual range, to the won.</summary>
    private static string Krw(double amount) => amount.ToString("#,0", CultureInfo.InvariantCulture) + " KRW";
}
