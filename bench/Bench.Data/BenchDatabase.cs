using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bench.Data;

public sealed class Complex
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int Units { get; set; }

    public long PriceKrw { get; set; }

    public DateTime ListedAt { get; set; }

    public List<Disclosure> Disclosures { get; set; } = [];
}

public sealed class Disclosure
{
    public int Id { get; set; }

    public int ComplexId { get; set; }

    public string Title { get; set; } = "";

    public long AmountKrw { get; set; }
}

public sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
{
    public DbSet<Complex> Complexes => Set<Complex>();

    public DbSet<Disclosure> Disclosures => Set<Disclosure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Complex>().HasIndex(c => c.PriceKrw);
        modelBuilder.Entity<Disclosure>().HasIndex(d => d.ComplexId);
    }
}

/// <summary>Counts the statements run, so the check can show that a nested page costs one statement per level.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>A SQLite file of 100,000 complexes with three disclosures each, in a temporary folder removed on dispose.</summary>
public sealed class BenchDatabase : IDisposable
{
    public const int ComplexCount = 100_000;

    public const int DisclosuresPerComplex = 3;

    private readonly string _folder = Directory.CreateTempSubdirectory("bench-data-").FullName;

    public BenchDatabase()
    {
        var source = "Data Source=" + Path.Combine(_folder, "bench.db");
        Options = new DbContextOptionsBuilder<BenchDb>().UseSqlite(source).AddInterceptors(Statements).Options;
        using (var db = new BenchDb(Options))
        {
            db.Database.EnsureCreated();
        }

        Seed(source);
    }

    public DbContextOptions<BenchDb> Options { get; }

    public StatementCounter Statements { get; } = new();

    public BenchDb NewContext()
    {
        var db = new BenchDb(Options);
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    // Plain prepared inserts in one transaction: seeding 400,000 rows through the change tracker would take most of the run.
    private static void Seed(string source)
    {
        var random = new Random(20261122);
        using var connection = new SqliteConnection(source);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var complex = connection.CreateCommand();
        complex.CommandText = "INSERT INTO Complexes (Id, Name, Units, PriceKrw, ListedAt) VALUES ($id, $name, $units, $price, $listed)";
        var (id, name, units, price, listed) = (complex.Parameters.Add("$id", SqliteType.Integer), complex.Parameters.Add("$name", SqliteType.Text),
            complex.Parameters.Add("$units", SqliteType.Integer), complex.Parameters.Add("$price", SqliteType.Integer), complex.Parameters.Add("$listed", SqliteType.Text));
        using var disclosure = connection.CreateCommand();
        disclosure.CommandText = "INSERT INTO Disclosures (Id, ComplexId, Title, AmountKrw) VALUES ($id, $complex, $title, $amount)";
        var (disclosureId, owner, title, amount) = (disclosure.Parameters.Add("$id", SqliteType.Integer), disclosure.Parameters.Add("$complex", SqliteType.Integer),
            disclosure.Parameters.Add("$title", SqliteType.Text), disclosure.Parameters.Add("$amount", SqliteType.Integer));
        for (var i = 1; i <= ComplexCount; i++)
        {
            (id.Value, name.Value, units.Value, price.Value) = (i, "Complex " + random.Next(1_000_000), random.Next(20, 3000), random.NextInt64(100_000_000, 2_000_000_000));
            listed.Value = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(3_000_000)).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            complex.ExecuteNonQuery();
            for (var j = 1; j <= DisclosuresPerComplex; j++)
            {
                (disclosureId.Value, owner.Value, title.Value, amount.Value) = (i * 10 + j, i, "Month " + j, random.NextInt64(1_000_000, 90_000_000));
                disclosure.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }
}
