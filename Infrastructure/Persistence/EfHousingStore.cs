using Housing.Domain.Common;
using Microsoft.EntityFrameworkCore;

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
    }
}
