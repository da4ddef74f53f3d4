using Housing.Infrastructure.DemoData;
using Housing.Infrastructure.Identity;
using Housing.Infrastructure.Persistence;
using Housing.Infrastructure.Persistence.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Infrastructure.Tests.DemoData;

/// <summary>
/// A new SQLite database filled the way first start fills it: roles, demo accounts, then every demo seeder
/// in order. A file (not memory) so the timing is the one a user waits for on first start.
/// </summary>
public sealed class DemoDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"housing-demo-{Guid.NewGuid():N}.db");

    public string ConnectionString => HousingDatabase.SqliteConnectionStringFor(_path);

    public TimeSpan SeedingTime { get; private set; }

    public static IReadOnlyList<IDemoDataSeeder> AllSeeders() =>
    [
        new ComplexesDemoSeeder(),
        new WelfareDemoSeeder(new ReversibleTestProtector()),
        new DisclosuresDemoSeeder(),
        new DocumentsDemoSeeder(),
        new MarketDemoSeeder(),
        new CommunityDemoSeeder(),
    ];

    public static async Task<DemoDatabase> SeedAsync(IReadOnlyList<IDemoDataSeeder>? seeders = null)
    {
        var database = new DemoDatabase();
        await using (var db = database.CreateContext())
        {
            await db.Database.EnsureCreatedAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            // One PBKDF2 round: the accounts' hashes are not what this measures.
            var hasher = new PasswordHasher<HousingUser>(Options.Create(new PasswordHasherOptions { IterationCount = 1 }));
            var seeder = new HousingSeeder(db, hasher, seeders ?? AllSeeders(), Options.Create(new DemoDataOptions()), TimeProvider.System,
                NullLogger<HousingSeeder>.Instance);
            var started = System.Diagnostics.Stopwatch.StartNew();
            await seeder.SeedIfEmptyAsync(CancellationToken.None);
            database.SeedingTime = started.Elapsed;
        }
        return database;
    }

    /// <summary>A context configured as the host configures it (split queries for aggregates with several child collections).</summary>
    public HousingDbContext CreateContext() => new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>()
        .UseSqlite(ConnectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_path + suffix);
    }
}

/// <summary>Base64 "encryption" for tests: reversible, and visibly not the plaintext.</summary>
public sealed class ReversibleTestProtector : Housing.Domain.Welfare.IPersonalDataProtector
{
    public string Protect(string plaintext) => "test:" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(plaintext));

    public string Unprotect(string protectedText) =>
        System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(protectedText["test:".Length..]));
}
