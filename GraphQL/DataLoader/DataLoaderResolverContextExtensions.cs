using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.DataLoader;

/// <summary>The request's DataLoaders, from a resolver.</summary>
public static class DataLoaderResolverContextExtensions
{
    /// <summary>The DataLoaders of the request the resolver belongs to.</summary>
    public static DataLoaderScope DataLoaders(this IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context is ResolverContext resolver)
        {
            return resolver.Execution.DataLoaders;
        }

        lock (context.ContextData)
        {
            if (context.ContextData.TryGetValue(typeof(DataLoaderScope).FullName!, out var existing) && existing is DataLoaderScope scope)
            {
                return scope;
            }

            scope = new DataLoaderScope(context.CancellationToken);
            context.ContextData[typeof(DataLoaderScope).FullName!] = scope;
            return scope;
        }
    }

    /// <summary>
    /// The request's instance of the loader class <typeparamref name="TLoader"/>, created on first use with its constructor's
    /// services from the request's scope (no registration needed).
    /// </summary>
    public static TLoader DataLoader<TLoader>(this IResolverContext context)
        where TLoader : DataLoaderBase
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.DataLoaders().GetOrAdd(typeof(TLoader), () => ActivatorUtilities.CreateInstance<TLoader>(context.RequestServices));
    }

    /// <summary>
    /// The request's batch loader named <paramref name="name"/>: one value per key, <paramref name="loadBatch"/> reads many keys
    /// at once. The first call of the request creates it; later calls with the same name share it, keys and cache.
    /// </summary>
    public static BatchDataLoader<TKey, TValue> BatchDataLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> loadBatch)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loadBatch);
        return context.DataLoaders().GetOrAdd<BatchDataLoader<TKey, TValue>>(name, () => new DelegateBatchDataLoader<TKey, TValue>(loadBatch));
    }

    /// <summary>
    /// The request's grouped loader named <paramref name="name"/>: a list per key, <paramref name="loadGroups"/> reads the lists
    /// of many keys at once. The first call of the request creates it; later calls with the same name share it.
    /// </summary>
    public static GroupedDataLoader<TKey, TValue> GroupedDataLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> loadGroups)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loadGroups);
        return context.DataLoaders().GetOrAdd<GroupedDataLoader<TKey, TValue>>(name, () => new DelegateGroupedDataLoader<TKey, TValue>(loadGroups));
    }

    /// <summary>
    /// The request's single-key loader named <paramref name="name"/>: <paramref name="load"/> runs once per distinct key
    /// and its value is reused for the rest of the request.
    /// </summary>
    public static CacheDataLoader<TKey, TValue> CacheDataLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<TKey, CancellationToken, Task<TValue>> load)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(load);
        return context.DataLoaders().GetOrAdd<CacheDataLoader<TKey, TValue>>(name, () => new DelegateCacheDataLoader<TKey, TValue>(load));
    }
}
