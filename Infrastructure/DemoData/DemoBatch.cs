using Housing.Infrastructure.Persistence;

namespace Housing.Infrastructure.DemoData;

/// <summary>
/// Inserts many new aggregates quickly: change detection off (a new graph is tracked as added when it is
/// added), a save every <see cref="BatchSize"/> rows, and the change tracker cleared after each save so it stays small.
/// </summary>
public sealed class DemoBatch(HousingDbContext db)
{
    public const int BatchSize = 2000;

    private int _pending;

    /// <summary>Tracks a new aggregate with its children; <paramref name="rows"/> is how many rows it writes.</summary>
    public void Add(object aggregate, int rows = 1)
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.Add(aggregate);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        _pending += rows;
    }

    public Task FlushIfFullAsync(CancellationToken ct) => _pending >= BatchSize ? FlushAsync(ct) : Task.CompletedTask;

    public async Task FlushAsync(CancellationToken ct)
    {
        if (_pending == 0) return;
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        db.ChangeTracker.Clear();
        _pending = 0;
    }
}
