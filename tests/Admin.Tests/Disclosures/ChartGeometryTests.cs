using Housing.Admin.Charts;
using Housing.Domain.Common;

namespace Admin.Tests.Disclosures;

public sealed class ChartGeometryTests
{
    private static IReadOnlyList<YearMonth> Months(int count) =>
        Enumerable.Range(0, count).Select(i => new YearMonth(2025, 1).AddMonths(i)).ToList();

    [Theory]
    [InlineData(0, 2_345, 0, 2_500, 500)]
    [InlineData(0, 98, 0, 100, 20)]
    [InlineData(0, 1_000_000, 0, 1_000_000, 200_000)]
    [InlineData(0, 123_456_789, 0, 125_000_000, 25_000_000)]
    [InlineData(-300, 900, -500, 1_000, 500)]
    [InlineData(0, 0, 0, 1, 0.2)]
    public void The_value_scale_starts_at_zero_and_ends_on_a_round_step(double min, double max, double low, double high, double step)
    {
        var scale = AxisScale.Nice(min, max);

        Assert.Equal(low, scale.Min, 6);
        Assert.Equal(high, scale.Max, 6);
        Assert.Equal(step, scale.Step, 6);
        Assert.InRange(scale.Ticks.Count, 2, 8);
        Assert.Equal(high, scale.Ticks[^1], 6);
    }

    [Fact]
    public void Months_spread_evenly_from_the_left_edge_of_the_plot_to_its_right_edge()
    {
        var chart = new LineChart(Months(24), [new ChartSeries("total", "합계", Enumerable.Repeat<double?>(1_000, 24).ToList())]);

        Assert.Equal(LineChart.MarginLeft, chart.X(0));
        Assert.Equal(LineChart.Width - LineChart.MarginRight, chart.X(23), 6);
        Assert.Equal((chart.X(23) - chart.X(0)) / 23, chart.X(1) - chart.X(0), 6);
    }

    [Fact]
    public void Values_map_linearly_from_the_bottom_of_the_plot_to_its_top()
    {
        var chart = new LineChart(Months(3), [new ChartSeries("total", "합계", [0, 1_250, 2_345])]);

        Assert.Equal(2_500, chart.Scale.Max);
        Assert.Equal(chart.PlotBottom, chart.Y(0));
        Assert.Equal(chart.PlotTop, chart.Y(2_500));
        Assert.Equal((chart.PlotTop + chart.PlotBottom) / 2, chart.Y(1_250), 6);
        Assert.Equal(chart.PlotBottom, chart.Baseline);
    }

    [Fact]
    public void A_month_without_a_value_splits_the_line_into_segments()
    {
        var chart = new LineChart(Months(7), [new ChartSeries("common", "공용관리비", [100, 200, null, null, 300, null, 400])]);

        var segments = chart.Segments(chart.Series[0]);

        Assert.Equal([[0, 1], [4], [6]], segments.Select(s => s.Select(p => p.MonthIndex).ToArray()).ToArray());
        Assert.Equal($"M{LineChart.Coordinate(chart.X(0))},{LineChart.Coordinate(chart.Y(100))} L{LineChart.Coordinate(chart.X(1))},{LineChart.Coordinate(chart.Y(200))}",
            LineChart.PathData(segments[0]));
        Assert.Equal(300, segments[1][0].Value);
    }

    [Fact]
    public void A_series_with_no_values_draws_nothing_and_the_scale_stays_usable()
    {
        var chart = new LineChart(Months(4), [new ChartSeries("misc", "잡수입", [null, null, null, null])]);

        Assert.Empty(chart.Segments(chart.Series[0]));
        Assert.False(chart.HasData);
        Assert.Equal(new AxisScale(0, 1, 0.2), chart.Scale);
    }

    [Fact]
    public void The_latest_month_and_every_third_before_it_are_labelled()
    {
        var chart = new LineChart(Months(24), [new ChartSeries("total", "합계", Enumerable.Repeat<double?>(1, 24).ToList())]);

        var labelled = chart.MonthTicks.Where(t => t.Labelled).Select(t => t.Month.ToString()).ToList();

        Assert.Equal(24, chart.MonthTicks.Count());
        Assert.Equal(["2025-03", "2025-06", "2025-09", "2025-12", "2026-03", "2026-06", "2026-09", "2026-12"], labelled);
    }

    [Fact]
    public void A_single_month_sits_in_the_middle()
    {
        var chart = new LineChart(Months(1), [new ChartSeries("total", "합계", [5])]);

        Assert.Equal((chart.PlotLeft + chart.PlotRight) / 2, chart.X(0));
    }

    [Fact]
    public void A_series_must_have_one_value_per_month()
    {
        Assert.Throws<ArgumentException>(() => new LineChart(Months(3), [new ChartSeries("total", "합계", [1, 2])]));
    }

    [Fact]
    public void Coordinates_are_written_with_a_point_whatever_the_culture()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("12.35", LineChart.Coordinate(12.345678));
            Assert.Equal("72", LineChart.Coordinate(72));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(50, 100)]
    [InlineData(87.5, 175)]
    [InlineData(100, 200)]
    [InlineData(130, 200)]
    public void The_percentile_marker_sits_at_its_share_of_the_strip(double percentile, double x)
    {
        Assert.Equal(x, PercentileStrip.MarkerX(percentile), 6);
        Assert.Equal(PercentileStrip.Width, PercentileStrip.BandX(PercentileStrip.Bands));
    }
}
