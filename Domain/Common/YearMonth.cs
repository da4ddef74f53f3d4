using System.Globalization;
using System.Text.Json.Serialization;

namespace Housing.Domain.Common;

/// <summary>A calendar month such as 2026-06: the unit of disclosures and monthly reporting.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    // JSON reads a month back through here (e.g. a cursor of a list ordered by month), checked like any other.
    [JsonConstructor]
    public YearMonth(int year, int month)
    {
        if (year is < 1900 or > 9999)
            throw new DomainException("INVALID_MONTH", $"Year {year} is out of range; allowed is 1900 to 9999.");
        if (month is < 1 or > 12)
            throw new DomainException("INVALID_MONTH", $"Month {month} is out of range; allowed is 1 to 12.");
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>The month as a sortable integer, e.g. 202606.</summary>
    public int Number => Year * 100 + Month;

    public static YearMonth FromNumber(int yyyymm) => new(yyyymm / 100, yyyymm % 100);

    public static YearMonth From(DateOnly date) => new(date.Year, date.Month);

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public YearMonth AddMonths(int months)
    {
        var d = FirstDay.AddMonths(months);
        return new YearMonth(d.Year, d.Month);
    }

    public int MonthsUntil(YearMonth other) => (other.Year - Year) * 12 + other.Month - Month;

    public int CompareTo(YearMonth other) => Number.CompareTo(other.Number);

    public static bool operator <(YearMonth a, YearMonth b) => a.Number < b.Number;
    public static bool operator >(YearMonth a, YearMonth b) => a.Number > b.Number;
    public static bool operator <=(YearMonth a, YearMonth b) => a.Number <= b.Number;
    public static bool operator >=(YearMonth a, YearMonth b) => a.Number >= b.Number;

    /// <summary>Parses <c>yyyy-MM</c> (the GraphQL form) or <c>yyyyMM</c> (the K-apt form).</summary>
    public static bool TryParse(string? text, out YearMonth value)
    {
        value = default;
        if (string.IsNullOrEmpty(text)) return false;
        string y, m;
        if (text.Length == 7 && text[4] == '-') { y = text[..4]; m = text[5..]; }
        else if (text.Length == 6) { y = text[..4]; m = text[4..]; }
        else return false;
        if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year is < 1900 or > 9999 || month is < 1 or > 12)
            return false;
        value = new YearMonth(year, month);
        return true;
    }

    public static YearMonth Parse(string text) => TryParse(text, out var v)
        ? v
        : throw new DomainException("INVALID_MONTH", $"'{text}' is not a month; expected yyyy-MM, e.g. 2026-06.");

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
