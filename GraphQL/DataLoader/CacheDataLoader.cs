namespace GraphQL.DataLoader;

/// <summary>
/// Loads one key per call, at once, and remembers it for the request: for values no query can batch (a remote
/// service, a computed statistic) that several fields of one request ask for. Derive from it and override
/// <see cref="LoadSingleAsync"/>, or create one from a delegate with <c>context.CacheDataLoader(name, …)</c>.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The value of one key.</typeparam>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Creates the loader; <paramref name="keyComparer"/> decides which keys are the same.</summary>
    protected CacheDataLoader(IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
    }

    private protected override bool Batches => false;

    /// <summary>Reads the value of one key.</summary>
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken);

    private protected sealed override async Task<IReadOnlyList<TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        [await LoadSingleAsync(keys[0], cancellationToken).ConfigureAwait(false)];
}

/// <summary>A <see cref="CacheDataLoader{TKey, TValue}"/> whose load is a delegate.</summary>
internal sealed class DelegateCacheDataLoader<TKey, TValue>(Func<TKey, CancellationToken, Task<TValue>> load) : CacheDataLoader<TKey, TValue>
    where TKey : notnull
{
    protected override Task<TValue> LoadSingleAsync(TKey key, CancellationToken cancellationToken) => load(key, cancellationToken);
}
