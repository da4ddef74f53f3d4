using Housing.Domain.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Housing.Infrastructure.Persistence;

/// <summary>The application services' unit of work over <see cref="HousingDbContext"/>.</summary>
public sealed class EfHousingStore(HousingDbContext db) : IHousingStore
{
    public IQueryable<T> Query<T>() where T : class => db.Set<T>();

    public Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct = default) =>
        EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(query, ct);

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct = default) =>
        EntityFrameworkQueryableExtensions.ToListAsync(query, ct);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct = default) =>
        EntityFrameworkQueryableExtensions.CountAsync(query, ct);

    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct = default) =>
        EntityFrameworkQueryableExtensions.AnyAsync(query, ct);

    public void Add<T>(T entity) where T : class => db.Add(entity);

    public void Remove<T>(T entity) where T : class => db.Remove(entity);

    public async Task SaveChangesAsync(CancellationToken ct = default)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var names = string.Join(", ", ex.Entries.Select(e => e.Metadata.ClrType.Name).Distinct());
            throw new ConcurrencyConflictException($"Someone else changed {names} first; reload and try again.", ex);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // Two writers that both checked a natural key (idempotency key, K-apt code, document number) before
            // either saved: the loser retries on fresh state and then finds the winner's row.
            var names = string.Join(", ", ex.Entries.Select(e => e.Metadata.ClrType.Name).Distinct());
            throw new ConcurrencyConflictException($"Someone else saved the same {names} first; reload and try again.", ex);
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUniqueViolation or SqlitePrimaryKeyViolation,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    private const int SqliteUniqueViolation = 2067;     // SQLITE_CONSTRAINT_UNIQUE
    private const int SqlitePrimaryKeyViolation = 1555; // SQLITE_CONSTRAINT_PRIMARYKEY
}
