namespace Housing.Admin.Charts;

/// <summary>
/// A complex's percentile among its peers drawn as a strip of the five rating bands (each a fifth of the width)
/// with a marker at the percentile.
/// </summary>
public static class PercentileStrip
{
    public const double Width = 200;
    public const double Height = 18;
    public const int Bands = 5;

    public static double BandWidth => Width / Bands;

    public static double BandX(int band) => band * BandWidth;

    /// <summary>The marker's x for a percentile, clamped to the strip.</summary>
    public static double MarkerX(double percentile) => Math.Clamp(percentile, 0, 100) / 100 * Width;
}
