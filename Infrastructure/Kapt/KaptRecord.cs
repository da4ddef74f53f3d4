using System.Globalization;

namespace Housing.Infrastructure.Kapt;

/// <summary>
/// One item of a K-apt answer: field name to text, whatever the wire format. Names are matched without regard to
/// case because the services spell the same field differently (<c>SUse</c>, <c>sUse</c>).
/// </summary>
public sealed class KaptRecord
{
    private readonly Dictionary<string, string?> _fields;

    public KaptRecord(IEnumerable<KeyValuePair<string, string?>> fields)
    {
        _fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in fields)
            _fields[name] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public IReadOnlyDictionary<string, string?> Fields => _fields;

    public string? Text(string name) => _fields.GetValueOrDefault(name);

    /// <summary>
    /// An amount in KRW: sent as a number or as a string (<c>"157860"</c>), sometimes with separators or a fraction. A number
    /// beyond <see cref="long"/>'s range is refused as data the domain cannot hold (<c>KAPT_VALUE_OUT_OF_RANGE</c>), so the
    /// sync skips that complex with the reason rather than failing.
    /// </summary>
    public long? Amount(string name)
    {
        var text = Text(name)?.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            return null;
        var rounded = Math.Round(value, MidpointRounding.AwayFromZero);
        return rounded is >= long.MinValue and <= long.MaxValue ? (long)rounded : throw OutOfRange(name, text!, long.MinValue, long.MaxValue);
    }

    /// <summary>A measure such as an area or a rate.</summary>
    public double? Number(string name)
    {
        var text = Text(name)?.Replace(",", "", StringComparison.Ordinal);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public int? Count(string name) => Amount(name) is { } v
        ? v is >= int.MinValue and <= int.MaxValue ? (int)v : throw OutOfRange(name, Text(name)!, int.MinValue, int.MaxValue)
        : null;

    private static Housing.Domain.Common.DomainException OutOfRange(string name, string text, long min, long max) =>
        new("KAPT_VALUE_OUT_OF_RANGE", string.Create(CultureInfo.InvariantCulture, $"K-apt sent {name} = {text}, outside {min:N0} to {max:N0}."));

    /// <summary>A date sent as <c>yyyyMMdd</c> (or <c>yyyy-MM-dd</c>).</summary>
    public DateOnly? Date(string name)
    {
        var text = Text(name);
        return DateOnly.TryParseExact(text, ["yyyyMMdd", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>Whether none of the given fields carries a value: how K-apt answers a month that was not disclosed.</summary>
    public bool AllNull(IEnumerable<string> names) => names.All(n => Text(n) is null);
}

/// <summary>A successful K-apt answer: its items and, for lists, the paging counters.</summary>
public sealed record KaptResponse(string ResultCode, string ResultMessage, IReadOnlyList<KaptRecord> Items, int? TotalCount, int? PageNo, int? NumOfRows);
