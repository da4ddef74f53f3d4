namespace Domain.Tests.Support;

/// <summary>A clock the test moves by hand, so time limits and deadlines are deterministic.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    public ManualClock() : this(new DateTimeOffset(2026, 6, 15, 1, 0, 0, TimeSpan.Zero)) { }

    public DateTimeOffset Now { get; private set; } = start.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Now += by;

    public void AdvanceDays(int days) => Now += TimeSpan.FromDays(days);

    public void Set(DateTimeOffset to) => Now = to.ToUniversalTime();
}
