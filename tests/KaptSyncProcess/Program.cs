// Runs the K-apt sync once in a process of its own, so a test can kill it with SIGKILL in the middle of an import
// and start it again: kaptsync <sqlite file> <base url> <service key> <sigungu> <months back> <page size> <start instant>.
using System.Diagnostics;
using Housing.Domain.Common;
using Housing.Infrastructure.Kapt;
using Housing.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

var (file, baseUrl, key, sigungu, monthsBack, pageSize, start) =
    (args[0], new Uri(args[1]), args[2], args[3], int.Parse(args[4]), int.Parse(args[5]), DateTimeOffset.Parse(args[6]));

var services = new ServiceCollection();
services.AddLogging();
services.AddSingleton<TimeProvider>(new StartedClock(start));
services.AddScoped<HousingDbContext>(_ => new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>()
    .UseSqlite(HousingDatabase.SqliteConnectionStringFor(file)).Options));
services.AddScoped<IHousingStore, EfHousingStore>();
services.AddOptions<KaptOptions>().Configure(o =>
{
    o.BaseUrl = baseUrl;
    o.ServiceKey = key;
    o.SigunguCodes = [sigungu];
    o.MonthsBack = monthsBack;
    o.PageSize = pageSize;
    o.RequestsPerSecond = 1000;
    o.Enabled = true;
});
services.AddKaptSyncServices();
await using var provider = services.BuildServiceProvider();
var report = await provider.GetRequiredService<KaptSync>().RunAsync();
Console.WriteLine(report);
return report.Paused ? 2 : 0;

/// <summary>Real time, begun at a chosen instant, so the months synced do not depend on the day the test runs.</summary>
internal sealed class StartedClock(DateTimeOffset start) : TimeProvider
{
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    public override DateTimeOffset GetUtcNow() => start + _elapsed.Elapsed;
}
