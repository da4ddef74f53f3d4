namespace Housing.Domain.Common;

/// <summary>
/// The unit of work the application services run against. Infrastructure implements it over EF Core;
/// domain tests implement it in memory. Aggregate children are loaded with their root.
/// </summary>
public interface IHousingStore
{
    IQueryable<T> Query<T>() where T : class;

    Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct = default);

    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct = default);

    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct = default);

    Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct = default);

    void Add<T>(T entity) where T : class;

    void Remove<T>(T entity) where T : class;

    /// <summary>Saves every change atomically; throws <see cref="ConcurrencyConflictException"/> when another writer won.</summary>
    Task SaveChangesAsync(CancellationToken ct = default);
}
