using Housing.Domain.Common;

namespace Domain.Tests.Support;

/// <summary>
/// A unit of work over plain lists, for testing application services without a database.
/// Saving checks <see cref="AggregateRoot.Version"/> against the version last saved, like the EF store does.
/// </summary>
public sealed class InMemoryHousingStore : IHousingStore
{
    private readonly Dictionary<Type, List<object>> _saved = [];
    private readonly List<object> _added = [];
    private readonly List<object> _removed = [];
    private readonly Dictionary<Guid, int> _savedVersions = [];

    public int SaveCount { get; private set; }

    public IQueryable<T> Query<T>() where T : class =>
        _saved.Where(kv => typeof(T).IsAssignableFrom(kv.Key))
            .SelectMany(kv => kv.Value)
            .Concat(_added)
            .OfType<T>()
            .Except(_removed.OfType<T>())
            .Distinct()
            .ToList()
            .AsQueryable();

    public Task<T?> FirstOrDefaultAsync<T>(IQueryable<T> query, CancellationToken ct = default) =>
        Task.FromResult(query.FirstOrDefault());

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken ct = default) =>
        Task.FromResult(query.ToList());

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken ct = default) =>
        Task.FromResult(query.Count());

    public Task<bool> AnyAsync<T>(IQueryable<T> query, CancellationToken ct = default) =>
        Task.FromResult(query.Any());

    public void Add<T>(T entity) where T : class => _added.Add(entity);

    public void Remove<T>(T entity) where T : class => _removed.Add(entity);

    public Task SaveChangesAsync(CancellationToken ct = default)
    {
        foreach (var entity in _added)
        {
            if (!_saved.TryGetValue(entity.GetType(), out var list))
                _saved[entity.GetType()] = list = [];
            list.Add(entity);
        }
        foreach (var entity in _removed)
            if (_saved.TryGetValue(entity.GetType(), out var list))
                list.Remove(entity);
        foreach (var root in _saved.Values.SelectMany(l => l).OfType<AggregateRoot>())
            _savedVersions[root.Id] = root.Version;
        _added.Clear();
        _removed.Clear();
        SaveCount++;
        return Task.CompletedTask;
    }

    /// <summary>The version of an aggregate as of the last save, to assert that a change bumped it.</summary>
    public int SavedVersionOf(Guid id) => _savedVersions.TryGetValue(id, out var v) ? v : -1;
}
