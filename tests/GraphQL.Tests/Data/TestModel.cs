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
    public static HousingTestDb CreateSqlite(StatementCounter? counter = null)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
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
