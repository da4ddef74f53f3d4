using Housing.Domain.Common;
using Housing.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Infrastructure.Tests.Jobs.Support;

/// <summary>
/// The full housing schema in a SQLite file of its own (Quartz and a second process need a file, not a memory
/// database), deleted when the test ends.
/// </summary>
public sealed class JobsTestDatabase : IDisposable
{
    /// <param name="migrate">Apply the platform's migrations instead of creating the schema from the model.</param>
    public JobsTestDatabase(bool migrate = false)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"housing-jobs-{Guid.NewGuid():N}.db");
        ConnectionString = HousingDatabase.SqliteConnectionStringFor(Path);
        using var context = CreateContext();
        if (migrate) context.Database.Migrate();
        else context.Database.EnsureCreated();
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public HousingDbContext CreateContext() =>
        new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>().UseSqlite(ConnectionString).Options);

    public IHousingStore CreateStore() => new EfHousingStore(CreateContext());

    /// <summary>Services with a scoped context and store on this database, as the host registers them.</summary>
    public ServiceCollection Services(TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddScoped<HousingDbContext>(_ => CreateContext());
        services.AddScoped<IHousingStore, EfHousingStore>();
        return services;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" })
            if (File.Exists(file)) File.Delete(file);
    }
}
