namespace Housing.Admin.Charts;

/// <summary>
/// A value axis with round ticks: it always includes zero, and its step is 1, 2, 2.5 or 5 times a power of ten,
/// so labels read as whole numbers of the unit shown.
/// </summary>
public sealed record AxisScale(double Min, double Max, double Step)
{
    private static readonly double[] StepFactors = [1, 2, 2.5, 5, 10];

    public IReadOnlyList<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((Max - Min) / Step);
            return Enumerable.Range(0, count + 1).Select(i => Min + i * Step).ToList();
        }
    }

    /// <summary>The smallest round scale holding <paramref name="min"/> to <paramref name="max"/> in at most <paramref name="intervals"/> steps.</summary>
    public static AxisScale Nice(double min, double max, int intervals = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intervals, 1);
        min = Math.Min(0, min);
        max = Math.Max(0, max);
        if (max - min <= 0)
            max = min + 1;
        var rough = (max - min) / intervals;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var factor in StepFactors)
        {
            var step = factor * magnitude;
            var low = Math.Floor(min / step) * step;
            var high = Math.Ceiling(max / step) * step;
            if ((high - low) / step <= intervals + 1e-9)
                return new AxisScale(low, high, step);
        }
        throw new InvalidOperationException("Unreachable: a step of ten times the magnitude always fits.");
    }
}
