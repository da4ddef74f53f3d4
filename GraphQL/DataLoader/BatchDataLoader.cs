namespace GraphQL.DataLoader;

/// <summary>
/// Loads one value per key, many keys in one call (<c>WHERE id IN (…)</c>); a key the source does not return loads
/// <c>default</c> (null). Derive from it and override <see cref="LoadBatchAsync"/>, or create one from a delegate with
/// <c>context.BatchDataLoader(name, …)</c>.
/// </summary>
/// <typeparam name="TKey">The key, such as an id.</typeparam>
/// <typeparam name="TValue">The value of one key.</typeparam>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    /// <summary>Creates the loader; <paramref name="keyComparer"/> decides which keys are the same.</summary>
    protected BatchDataLoader(IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
    }

    /// <summary>Reads the values of <paramref name="keys"/> in one query; runs concurrently with other batches, so use a database context of its own.</summary>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<IReadOnlyList<TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new TValue?[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = found.TryGetValue(keys[i], out var value) ? value : default;
        }

        return values;
    }
}

/// <summary>A <see cref="BatchDataLoader{TKey, TValue}"/> whose batch is a delegate.</summary>
internal sealed class DelegateBatchDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadBatch) : BatchDataLoader<TKey, TValue>
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        loadBatch(keys, cancellationToken);
}
