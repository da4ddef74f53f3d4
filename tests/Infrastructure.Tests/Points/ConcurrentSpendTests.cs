using Housing.Domain.Common;
using Housing.Domain.Complexes;
using Housing.Domain.Points;
using Housing.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Points;

/// <summary>Parallel spenders on one account, each in its own connection and unit of work, retrying on conflicts as callers must.</summary>
public sealed class ConcurrentSpendTests : IDisposable
{
    // A file (each spender needs its own connection), on tmpfs where there is one, so that fsyncs cost nothing.
    private readonly string _file = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"housing-points-{Guid.NewGuid():N}.db");

    private HousingDbContext Context() => new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>()
        .UseSqlite($"Data Source={_file};Pooling=False;Default Timeout=60").Options);

    private PointsService Points(HousingDbContext db) => new(new EfHousingStore(db), TimeProvider.System, new PointsPolicy());

    [Fact]
    public async Task Parallel_spends_succeed_exactly_as_often_as_the_balance_covers_and_replays_move_nothing()
    {
        var resident = await SeedResidentWithPointsAsync(1_000);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => SpendWithRetriesAsync(resident, $"k{i}"))));
        var replays = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => SpendWithRetriesAsync(resident, $"k{i}"))));

        Assert.Equal(10, outcomes.Count(o => o == "spent"));
        Assert.Equal(6, outcomes.Count(o => o == "INSUFFICIENT_POINTS"));
        Assert.Equal(10, replays.Count(o => o == "replayed"));
        Assert.Equal(6, replays.Count(o => o == "INSUFFICIENT_POINTS"));
        await using var db = Context();
        Assert.Equal(0, (await db.Set<PointAccount>().SingleAsync(a => a.Key == PointAccount.PersonalKey(resident.ResidentId!.Value))).Balance);
        Assert.Equal(0, await db.Set<LedgerEntry>().SumAsync(e => e.Amount));
        Assert.Equal(11, await db.Set<LedgerTransaction>().CountAsync());
    }

    private async Task<string> SpendWithRetriesAsync(Actor resident, string key)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var db = Context();
            try
            {
                var receipt = await Points(db).SpendPointsAsync(resident, new SpendPointsCommand(100, key, "공동구매"));
                return receipt.Replayed ? "replayed" : "spent";
            }
            catch (ConcurrencyConflictException)
            {
                await Task.Delay(Random.Shared.Next(1, 20));
            }
            catch (DomainException ex)
            {
                return ex.Code;
            }
        }
        return "gave up";
    }

    private async Task<Actor> SeedResidentWithPointsAsync(long points)
    {
        await using (var db = Context())
        {
            await db.Database.EnsureCreatedAsync();
            // Readers proceed beside the one writer, so spenders wait on each other only to write.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        Guid complexId, residentId, householdId;
        await using (var db = Context())
        {
            var complexes = new ComplexService(new EfHousingStore(db), TimeProvider.System);
            var region = await complexes.CreateRegionAsync(Actor.System, "경기도", "41590", "화성시");
            var profile = new ComplexProfile("봉담 LH 2단지", "4159025000", "경기도 화성시 봉담읍", null, HousingType.Apartment, SaleType.Rental,
                HeatingType.District, ManagementType.Consigned, 900, 12, new DateOnly(2010, 1, 1), 80_000, 70_000, 50_000, null, HousingOperator.LH);
            complexId = (await complexes.RegisterComplexAsync(Actor.System, "A41590001", region.Id, profile)).Id;
            var building = await complexes.AddBuildingAsync(Actor.System, complexId, "201동");
            var unit = await complexes.AddUnitAsync(Actor.System, building.Id, "101", 1, 51.0);
            var (household, head) = await complexes.MoveInAsync(Actor.System, new MoveInCommand(unit.Id, new DateOnly(2024, 1, 1), "김주민", "01011112222"));
            (residentId, householdId) = (head.Id, household.Id);
        }
        await using (var db = Context())
            await Points(db).GrantPointsAsync(Actor.System, new GrantPointsCommand(PointAccountKind.Personal, residentId, points, "환영", "welcome"));
        return new Actor(Guid.CreateVersion7(), "김주민", new HashSet<string> { Roles.Resident }, complexId, residentId, householdId);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-journal", _file + "-wal", _file + "-shm" })
            if (File.Exists(path)) File.Delete(path);
    }
}
