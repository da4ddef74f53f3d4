using System.Globalization;
using Housing.Domain.Common;

namespace Housing.Admin.Charts;

/// <summary>One line of a chart: a value per month of the chart, null where the month has none (drawn as a gap).</summary>
public sealed record ChartSeries(string Key, string Label, IReadOnlyList<double?> Values);

/// <summary>A drawn point: where it is and which month and value it stands for.</summary>
public readonly record struct ChartPoint(double X, double Y, int MonthIndex, double Value);

/// <summary>A tick of the month axis; only some carry a label, so they do not overlap.</summary>
public readonly record struct MonthTick(double X, YearMonth Month, bool Labelled);

/// <summary>A tick of the value axis with its grid line's height.</summary>
public readonly record struct ValueTick(double Y, double Value);

/// <summary>
/// The geometry of a monthly line chart drawn as SVG: months spread evenly along the x axis, values on a round scale
/// from the bottom of the plot, and each series split into segments wherever a month has no value, so a missing month
/// is a gap rather than a line drawn across it. Coordinates are in the SVG's user units (its viewBox).
/// </summary>
public sealed class LineChart
{
    public const double Width = 720;
    public const double Height = 300;
    public const double MarginLeft = 72;
    public const double MarginRight = 16;
    public const double MarginTop = 24;
    public const double MarginBottom = 36;

    /// <summary>Every third month is labelled (counted back from the latest, which is always labelled).</summary>
    public const int LabelEvery = 3;

    public LineChart(IReadOnlyList<YearMonth> months, IReadOnlyList<ChartSeries> series)
    {
        if (months.Count == 0)
            throw new ArgumentException("A chart needs at least one month.", nameof(months));
        if (series.FirstOrDefault(s => s.Values.Count != months.Count) is { } wrong)
            throw new ArgumentException($"Series '{wrong.Key}' has {wrong.Values.Count} values for {months.Count} months.", nameof(series));
        Months = months;
        Series = series;
        var values = series.SelectMany(s => s.Values).OfType<double>().ToList();
        Scale = AxisScale.Nice(values.Count == 0 ? 0 : values.Min(), values.Count == 0 ? 0 : values.Max());
    }

    public IReadOnlyList<YearMonth> Months { get; }

    public IReadOnlyList<ChartSeries> Series { get; }

    public AxisScale Scale { get; }

    public double PlotLeft => MarginLeft;

    public double PlotRight => Width - MarginRight;

    public double PlotTop => MarginTop;

    public double PlotBottom => Height - MarginBottom;

    /// <summary>Where the zero line is (the x axis).</summary>
    public double Baseline => Y(0);

    public bool HasData => Series.Any(s => s.Values.Any(v => v is not null));

    public double X(int monthIndex) => Months.Count == 1
        ? (PlotLeft + PlotRight) / 2
        : PlotLeft + monthIndex * (PlotRight - PlotLeft) / (Months.Count - 1);

    public double Y(double value) => PlotBottom - (value - Scale.Min) / (Scale.Max - Scale.Min) * (PlotBottom - PlotTop);

    public IEnumerable<MonthTick> MonthTicks =>
        Months.Select((m, i) => new MonthTick(X(i), m, (Months.Count - 1 - i) % LabelEvery == 0));

    public IEnumerable<ValueTick> ValueTicks => Scale.Ticks.Select(v => new ValueTick(Y(v), v));

    /// <summary>The runs of consecutive months that have a value; a month without one ends a run.</summary>
    public IReadOnlyList<IReadOnlyList<ChartPoint>> Segments(ChartSeries series)
    {
        var segments = new List<IReadOnlyList<ChartPoint>>();
        List<ChartPoint>? current = null;
        for (var i = 0; i < series.Values.Count; i++)
        {
            if (series.Values[i] is not { } value)
            {
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [];
                segments.Add(current);
            }
            current.Add(new ChartPoint(X(i), Y(value), i, value));
        }
        return segments;
    }

    /// <summary>The SVG path of a segment: a move to its first point and lines to the others.</summary>
    public static string PathData(IReadOnlyList<ChartPoint> segment) =>
        string.Join(' ', segment.Select((p, i) => $"{(i == 0 ? 'M' : 'L')}{Coordinate(p.X)},{Coordinate(p.Y)}"));

    /// <summary>A coordinate as SVG wants it, whatever the page's culture: invariant, at most two decimals.</summary>
    public static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
