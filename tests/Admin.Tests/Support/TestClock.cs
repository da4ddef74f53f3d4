namespace Admin.Tests.Support;

/// <summary>A clock the test moves by hand, to walk past the admin's idle timeout.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; private set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
