using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;

namespace Infrastructure.Tests.DemoData;

/// <summary>
/// Runs a seeder and records how long it took, wall clock and CPU (the CPU time of this process, which a busy
/// shared machine does not inflate), to report where first start spends its time.
/// </summary>
public sealed class TimedSeeder(IDemoDataSeeder inner, IDictionary<string, (TimeSpan Wall, TimeSpan Cpu)> timings) : IDemoDataSeeder
{
    public int Order => inner.Order;

    public async Task SeedAsync(HousingDbContext db, CancellationToken ct)
    {
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        await inner.SeedAsync(db, ct);
        timings[inner.GetType().Name] = (timer.Elapsed, System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }
}
