namespace Housing.Infrastructure.Kapt;

/// <summary>
/// Spaces requests evenly so no more than the configured number leave per second, on the injected clock.
/// One pacer is shared by every request of the process, so parallel callers queue behind each other.
/// </summary>
public sealed class KaptRequestPacer(TimeProvider clock, double requestsPerSecond)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public async Task WaitTurnAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var wait = _next - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, clock, ct);
            _next = clock.GetUtcNow() + _interval;
        }
        finally
        {
            _gate.Release();
        }
    }
}
