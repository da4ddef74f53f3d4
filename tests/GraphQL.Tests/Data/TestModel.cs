using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GraphQL.Tests.Data;

public enum Region
{
    Seoul,
    Busan,
    Jeju,
}

public sealed class Complex
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Units { get; set; }

    public Region Region { get; set; }

    public long PriceKrw { get; set; }

    public double Area { get; set; }

    public bool Leasing { get; set; }

    public DateOnly CompletedOn { get; set; }

    public DateTime ListedAt { get; set; }

    public Guid Code { get; set; }

    public List<Disclosure> Disclosures { get; set; } = [];
}

public sealed class Disclosure
{
    public int Id { get; set; }

    public int ComplexId { get; set; }

    public string Title { get; set; } = "";

    public long AmountKrw { get; set; }
}

/// <summary>Counts the SQL statements a test runs, so N+1 shows up as a number.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    public int Count;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref Count);
        return base.ReaderExecuting(command, eventData, result);
    }
}

public sealed class HousingTestDb(DbContextOptions<HousingTestDb> options) : DbContext(options)
{
    public DbSet<Complex> Complexes => Set<Complex>();

    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    /// <summary>An in-memory SQLite database that lives as long as the returned context's connection.</summary>
    public static HousingTestDb CreateSqlite(StatementCounter? counter = null, string connectionString = "Data Source=:memory:")
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        var builder = new DbContextOptionsBuilder<HousingTestDb>().UseSqlite(connection);
        if (counter is not null)
        {
            builder.AddInterceptors(counter);
        }

        var db = new HousingTestDb(builder.Options);
        db.Database.EnsureCreated();
        return db;
    }

    /// <summary>A fresh database on the server of <c>HOUSING_TEST_POSTGRES</c>; dispose drops it.</summary>
    public static HousingTestDb CreatePostgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresServerVariable)
            ?? throw new InvalidOperationException(PostgresServerVariable + " is not set: the PostgreSQL tests must run on CI.");
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = "graphql_data_" + Guid.NewGuid().ToString("N"), Pooling = false };
        var db = new HousingTestDb(new DbContextOptionsBuilder<HousingTestDb>().UseNpgsql(connection.ConnectionString).Options) { _dropOnDispose = true };
        db.Database.EnsureCreated();
        return db;
    }

    public const string PostgresServerVariable = "HOUSING_TEST_POSTGRES";

    private bool _dropOnDispose;

    public override void Dispose()
    {
        if (_dropOnDispose)
        {
            Database.EnsureDeleted();
        }

        var connection = Database.GetDbConnection();
        base.Dispose();
        connection.Dispose();
    }
}

/// <summary>Runs a test only where a PostgreSQL server is configured, and always on CI.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        var configured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(HousingTestDb.PostgresServerVariable));
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Skip = configured || ci ? null : "PostgreSQL tests skipped: set " + HousingTestDb.PostgresServerVariable + " to a server on 127.0.0.1.";
    }
}

/// <summary>
/// A test database that hands out a context per read, as the housing schema does per DataLoader batch: SQLite in shared-cache
/// memory (each context on a connection of its own) or a fresh PostgreSQL database. Statements of those contexts are counted.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly HousingTestDb _owner;
    private readonly DbContextOptions<HousingTestDb> _options;
    private readonly List<HousingTestDb> _contexts = [];

    private TestDatabase(HousingTestDb owner, Func<DbContextOptionsBuilder<HousingTestDb>, DbContextOptionsBuilder<HousingTestDb>> provider)
    {
        _owner = owner;
        _options = provider(new DbContextOptionsBuilder<HousingTestDb>()).AddInterceptors(Statements).Options;
    }

    public StatementCounter Statements { get; } = new();

    /// <summary>The context that seeds the data; its statements are not counted.</summary>
    public HousingTestDb Seeding => _owner;

    public static TestDatabase Sqlite()
    {
        var source = "Data Source=" + Guid.NewGuid().ToString("N") + ";Mode=Memory;Cache=Shared";
        return new TestDatabase(HousingTestDb.CreateSqlite(connectionString: source), builder => builder.UseSqlite(source));
    }

    public static TestDatabase Postgres()
    {
        var owner = HousingTestDb.CreatePostgres();
        return new TestDatabase(owner, builder => builder.UseNpgsql(owner.Database.GetConnectionString()));
    }

    /// <summary>A context of its own, disposed with the database.</summary>
    public HousingTestDb NewContext()
    {
        var context = new HousingTestDb(_options);
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        return context;
    }

    public void Dispose()
    {
        lock (_contexts)
        {
            _contexts.ForEach(c => c.Dispose());
        }

        _owner.Dispose();
    }
}
