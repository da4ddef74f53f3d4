using Housing.Infrastructure.Persistence;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// The events of a demo history, played in the order they happened: each story (a case, a document, an order)
/// schedules its steps, and <see cref="PlayAsync"/> sets the clock to each step's moment before running it, so
/// that interleaved stories reach the services in time order, as they would have in real life.
/// </summary>
public sealed class DemoTimeline(DemoClock clock)
{
    private readonly List<(DateTimeOffset At, int Sequence, Func<Task> Step)> _steps = [];

    public int Count => _steps.Count;

    public void At(DateTimeOffset at, Func<Task> step) => _steps.Add((at.ToUniversalTime(), _steps.Count, step));

    /// <summary>
    /// Runs every step in time order (ties in scheduling order), then forgets them. The change tracker is emptied
    /// after each step: steps hold ids, never entities, and a small tracker keeps every save fast.
    /// </summary>
    public async Task PlayAsync(HousingDbContext db)
    {
        foreach (var (at, _, step) in _steps.OrderBy(s => s.At).ThenBy(s => s.Sequence))
        {
            clock.Set(at);
            try
            {
                await step();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"The demo step of {at:yyyy-MM-dd HH:mm} UTC ({step.Method.Name}) failed: {ex.Message}", ex);
            }
            db.ChangeTracker.Clear();
        }
        _steps.Clear();
    }
}
