namespace GraphQL.DataLoader;

/// <summary>
/// Loads a list per key, many keys in one call: the children of many parents (<c>WHERE parent_id IN (…)</c>); a key
/// without rows loads an empty list. Derive from it and override <see cref="LoadGroupedBatchAsync"/>, or create one from
/// a delegate with <c>context.GroupedDataLoader(name, …)</c>.
/// </summary>
/// <typeparam name="TKey">The key, such as a parent's id.</typeparam>
/// <typeparam name="TValue">One item of a key's list.</typeparam>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    /// <summary>Creates the loader; <paramref name="keyComparer"/> decides which keys are the same.</summary>
    protected GroupedDataLoader(IEqualityComparer<TKey>? keyComparer = null)
        : base(keyComparer)
    {
    }

    /// <summary>Reads the items of <paramref name="keys"/> in one query, grouped by key; runs concurrently with other batches, so use a database context of its own.</summary>
    protected abstract Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected sealed override async Task<IReadOnlyList<IReadOnlyList<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await LoadGroupedBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var values = new IReadOnlyList<TValue>[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = groups.Contains(keys[i]) ? [.. groups[keys[i]]] : [];
        }

        return values;
    }
}

/// <summary>A <see cref="GroupedDataLoader{TKey, TValue}"/> whose batch is a delegate.</summary>
internal sealed class DelegateGroupedDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> loadGroups) : GroupedDataLoader<TKey, TValue>
    where TKey : notnull
{
    protected override Task<ILookup<TKey, TValue>> LoadGroupedBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        loadGroups(keys, cancellationToken);
}
