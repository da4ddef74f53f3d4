namespace Housing.Infrastructure.Notifications;

/// <summary>
/// The hours no SMS may wake a manager (21:00 to 08:00 KST by default). Korea keeps UTC+9 all year (no daylight
/// saving since 1988), so a fixed offset is exact.
/// </summary>
public sealed class QuietHours(TimeOnly start, TimeOnly end)
{
    public static readonly TimeSpan KoreaOffset = TimeSpan.FromHours(9);

    /// <summary>The instant quiet hours end if <paramref name="now"/> falls inside them, else null.</summary>
    public DateTimeOffset? HeldUntil(DateTimeOffset now)
    {
        var local = now.ToOffset(KoreaOffset);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var wraps = start > end;
        var inside = wraps ? time >= start || time < end : time >= start && time < end;
        if (!inside) return null;
        var endDate = DateOnly.FromDateTime(local.DateTime);
        if (wraps && time >= start) endDate = endDate.AddDays(1);
        return new DateTimeOffset(endDate.ToDateTime(end), KoreaOffset).ToUniversalTime();
    }
}
