using Housing.Infrastructure.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Housing.Infrastructure.Persistence;

/// <summary>
/// The configured database: which provider, which connection string, and how to open a context on it.
/// Jobs and other code outside a request use <see cref="CreateContext"/>; requests get a scoped context.
/// </summary>
public sealed class HousingDatabase
{
    public const string SqliteFileName = "housing.db";

    private readonly DbContextOptions _contextOptions;

    public HousingDatabase(IOptions<DatabaseOptions> options, HousingDataFolder dataFolder, ILoggerFactory loggerFactory)
        : this(options, dataFolder, loggerFactory, [])
    {
    }

    /// <summary>With EF Core interceptors registered in the container, e.g. a test's statement counter.</summary>
    public HousingDatabase(IOptions<DatabaseOptions> options, HousingDataFolder dataFolder, ILoggerFactory loggerFactory, IEnumerable<IInterceptor> interceptors)
    {
        var registered = interceptors.ToArray();
        Provider = options.Value.ParsedProvider;
        ConnectionString = Provider == DatabaseProvider.Sqlite
            ? SqliteConnectionStringFor(dataFolder.PathOf(SqliteFileName))
            : options.Value.ConnectionString!;
        // Aggregates auto-include several child collections; one query per collection avoids a cartesian product of rows.
        _contextOptions = Provider == DatabaseProvider.Sqlite
            ? new DbContextOptionsBuilder<SqliteHousingDbContext>()
                .UseSqlite(ConnectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .ReplaceService<IModificationCommandBatchFactory, SqliteCommandBatchFactory>()
                .UseLoggerFactory(loggerFactory).AddInterceptors(registered).Options
            : new DbContextOptionsBuilder<PostgresHousingDbContext>()
                .UseNpgsql(ConnectionString, npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .UseLoggerFactory(loggerFactory).AddInterceptors(registered).Options;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public HousingDbContext CreateContext() => Provider == DatabaseProvider.Sqlite
        ? new SqliteHousingDbContext((DbContextOptions<SqliteHousingDbContext>)_contextOptions)
        : new PostgresHousingDbContext((DbContextOptions<PostgresHousingDbContext>)_contextOptions);

    /// <summary>Applies the pending migrations; SQLite then writes ahead to a log, so readers never wait for a writer.</summary>
    public async Task MigrateAsync(HousingDbContext db, CancellationToken ct)
    {
        await db.Database.MigrateAsync(ct);
        if (Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>Foreign keys on, and a busy timeout so a writer waits for another instead of failing at once.</summary>
    public static string SqliteConnectionStringFor(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        ForeignKeys = true,
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();
}
