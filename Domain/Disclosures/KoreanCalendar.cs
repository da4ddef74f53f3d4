namespace Housing.Domain.Common;

/// <summary>
/// The civil calendar deadlines are counted in: Korea Standard Time (UTC+9, no daylight saving).
/// Instants are stored in UTC; "today", "the end of the month" and "within 10 days" are Korean dates.
/// </summary>
public static class KoreanCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The first instant (UTC) of a Korean date.</summary>
    public static DateTimeOffset StartOf(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();
}
