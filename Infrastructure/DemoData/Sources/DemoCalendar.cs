namespace Housing.Infrastructure.DemoData.Sources;

/// <summary>
/// The fixed "today" of the demo data. Every date in the demo is relative to it, so that a reset
/// rebuilds exactly the same data whatever the wall clock says.
/// </summary>
public static class DemoCalendar
{
    /// <summary>The demo's today: 1 November 2026.</summary>
    public static readonly DateOnly Today = new(2026, 11, 1);

    /// <summary>09:00 KST on <see cref="Today"/>, the moment the demo data describes.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Korea Standard Time; Korea has no daylight saving.</summary>
    public static readonly TimeSpan Kst = TimeSpan.FromHours(9);

    /// <summary>An instant on a demo day at a Korean wall-clock time, in UTC.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new DateTimeOffset(day.Year, day.Month, day.Day, hour, minute, 0, Kst).ToUniversalTime();

    /// <summary>An instant <paramref name="days"/> days before the demo's today at a Korean wall-clock time.</summary>
    public static DateTimeOffset DaysAgo(int days, int hour = 10, int minute = 0) => At(Today.AddDays(-days), hour, minute);
}
