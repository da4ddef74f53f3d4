using Housing.Infrastructure.DemoData.Sources;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// The clock the demo seeders hand to the application services: set to the moment each remembered event
/// happened, so the services stamp the history with its own dates and the data is the same on every run.
/// </summary>
public sealed class DemoClock : TimeProvider
{
    private DateTimeOffset _now = DemoCalendar.Now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset instant) => _now = instant.ToUniversalTime();

    /// <summary>Moves to a Korean wall-clock time on a day.</summary>
    public void Set(DateOnly day, int hour, int minute = 0) => _now = DemoCalendar.At(day, hour, minute);

    public void Advance(TimeSpan by) => _now += by;
}
