using Housing.Domain.Common;
using Housing.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Infrastructure.Tests.Support;

/// <summary>
/// A private in-memory SQLite database with the full housing schema, alive while this object is.
/// Each <see cref="CreateContext"/> is a fresh unit of work on the same data, so a test can load an
/// aggregate in two contexts and prove the concurrency rules.
/// </summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly SqliteConnection _connection;

    public SqliteTestDatabase()
    {
        _connection = new SqliteConnection("Data Source=:memory:;Foreign Keys=True");
        _connection.Open();
        using var context = CreateContext();
        context.Database.EnsureCreated();
    }

    public HousingDbContext CreateContext() =>
        new SqliteHousingDbContext(new DbContextOptionsBuilder<SqliteHousingDbContext>().UseSqlite(_connection).Options);

    /// <summary>A store over a new context: one unit of work, like one request of the host.</summary>
    public IHousingStore CreateStore() => new EfHousingStore(CreateContext());

    public void Dispose() => _connection.Dispose();
}
