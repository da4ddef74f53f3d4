namespace Housing.Infrastructure.DemoData.Sources;

/// <summary>
/// A seeded random source for one section of the demo data. A seed per section keeps each section
/// stable when another section changes how many numbers it draws.
/// </summary>
public sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public double Between(double min, double max) => min + _random.NextDouble() * (max - min);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Picks an item with probability proportional to its weight.</summary>
    public T Pick<T>(IReadOnlyList<(T Item, double Weight)> weighted)
    {
        var total = weighted.Sum(w => w.Weight);
        var roll = _random.NextDouble() * total;
        foreach (var (item, weight) in weighted)
        {
            roll -= weight;
            if (roll < 0) return item;
        }
        return weighted[^1].Item;
    }

    /// <summary>A normally distributed number (Box–Muller).</summary>
    public double Normal(double mean, double deviation)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return mean + deviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A log-normally distributed number with the given median: many small values and a long tail.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(Normal(0, sigma));

    public string Digits(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++) chars[i] = (char)('0' + _random.Next(10));
        return new string(chars);
    }
}
