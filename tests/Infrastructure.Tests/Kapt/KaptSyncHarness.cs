using Housing.Domain.Complexes;
using Housing.Domain.Disclosures;
using Housing.Infrastructure.Jobs;
using Housing.Infrastructure.Kapt;
using Infrastructure.Tests.Jobs.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Infrastructure.Tests.Kapt;

/// <summary>A fake K-apt portal, a database and the sync wired as the host wires it, on a test clock.</summary>
public sealed class KaptSyncHarness : IAsyncDisposable
{
    private ServiceProvider? _provider;

    private KaptSyncHarness(FakeKaptServer server) => Server = server;

    public FakeKaptServer Server { get; }

    public JobsTestDatabase Db { get; } = new();

    /// <summary>Monday 2026-11-23 10:00 KST: the months synced are 2026-09 and 2026-10.</summary>
    public TestClock Clock { get; } = new(TestClock.Kst(2026, 11, 23, 10, 0));

    public Action<KaptOptions> Configure { get; set; } = _ => { };

    public static async Task<KaptSyncHarness> StartAsync(int complexes = 3)
    {
        var server = await FakeKaptServer.StartAsync();
        server.AddSigungu("11560", complexes);
        return new KaptSyncHarness(server);
    }

    public KaptSync Sync()
    {
        _provider?.Dispose();
        var services = Db.Services(Clock);
        services.AddOptions<KaptOptions>().Configure(o =>
        {
            o.BaseUrl = Server.BaseUrl;
            o.ServiceKey = FakeKaptServer.Key;
            o.SigunguCodes = ["11560"];
            o.MonthsBack = 2;
            o.PageSize = 2;
            o.RequestsPerSecond = 50;
            o.Enabled = true;
            Configure(o);
        });
        services.AddKaptSyncServices();
        _provider = services.BuildServiceProvider();
        return _provider.GetRequiredService<KaptSync>();
    }

    public SyncCheckpoint Checkpoint()
    {
        using var context = Db.CreateContext();
        return context.Set<SyncCheckpoint>().AsNoTracking().Single();
    }

    /// <summary>Everything the sync wrote, in a form two databases can be compared by.</summary>
    public static List<string> Snapshot(JobsTestDatabase db)
    {
        using var context = db.CreateContext();
        var codes = context.Set<Complex>().AsNoTracking().ToDictionary(c => c.Id, c => c.KaptCode);
        var complexes = context.Set<Complex>().AsNoTracking().ToList().Select(c => $"{c.KaptCode} {c.Name} {c.HouseholdCount} v{c.Version}");
        var months = context.Set<DisclosureMonth>().AsNoTracking().ToList()
            .Select(m => $"{codes[m.ComplexId]} {m.Month} disclosed={m.IsDisclosed} rate={m.RepairReserveRate} total={m.GrandTotal} v{m.Version} "
                + string.Join(",", m.Items.OrderBy(i => i.ItemCode).Select(i => $"{i.ItemCode}={i.Amount}")));
        return [.. complexes.Concat(months).Order()];
    }

    public async ValueTask DisposeAsync()
    {
        _provider?.Dispose();
        await Server.DisposeAsync();
        Db.Dispose();
    }
}
