namespace GraphQL.DataLoader;

/// <summary>A loader that belongs to one request's <see cref="DataLoaderScope"/>; derive from <see cref="BatchDataLoader{TKey, TValue}"/>,
/// <see cref="GroupedDataLoader{TKey, TValue}"/> or <see cref="CacheDataLoader{TKey, TValue}"/>.</summary>
public abstract class DataLoaderBase
{
    private protected DataLoaderBase()
    {
    }

    private protected DataLoaderScope? Scope { get; private set; }

    internal void Attach(DataLoaderScope scope)
    {
        if (Scope is not null && Scope != scope)
        {
            throw new InvalidOperationException("A DataLoader belongs to one request; obtain a new one from the request's DataLoaderScope.");
        }

        Scope = scope;
    }

    /// <summary>Sends the waiting keys to the source as one batch.</summary>
    internal abstract void Dispatch();
}

/// <summary>
/// The request cache and the batching shared by every loader: a key is fetched at most once per request, and the keys
/// asked for while the executor is busy are fetched together.
/// </summary>
/// <typeparam name="TKey">The key, such as an id or a parent's id.</typeparam>
/// <typeparam name="TValue">What one key loads.</typeparam>
public abstract class DataLoaderBase<TKey, TValue> : DataLoaderBase
    where TKey : notnull
{
    private readonly Dictionary<TKey, Task<TValue>> _cache;
    private List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> _waiting = [];

    private protected DataLoaderBase(IEqualityComparer<TKey>? keyComparer) => _cache = new Dictionary<TKey, Task<TValue>>(keyComparer);

    /// <summary>True when keys wait for the executor to be idle and go out together; false fetches each key at once.</summary>
    private protected virtual bool Batches => true;

    /// <summary>The value of <paramref name="key"/>: from the request's cache, or from the next batch.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var scope = Scope ?? throw new InvalidOperationException(
            "This DataLoader has no request: obtain it with context.DataLoader<T>(), context.BatchDataLoader(...) or a DataLoaderScope.");
        TaskCompletionSource<TValue> promise;
        bool first;
        lock (_cache)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // No RunContinuationsAsynchronously: waiters resume inline when the batch completes, and ask for their next keys together.
            promise = new TaskCompletionSource<TValue>();
            _cache.Add(key, promise.Task);
            if (Batches)
            {
                _waiting.Add(new(key, promise));
                first = _waiting.Count == 1;
            }
            else
            {
                first = false;
            }
        }

        if (!Batches)
        {
            _ = RunAsync([new(key, promise)], scope);
        }
        else if (first)
        {
            scope.Schedule(this);
        }

        return promise.Task;
    }

    /// <summary>The values of <paramref name="keys"/>, in their order.</summary>
    public async Task<IReadOnlyList<TValue>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return await Task.WhenAll(keys.Select(LoadAsync).ToList()).ConfigureAwait(false);
    }

    /// <summary>Puts a value already at hand (a row a list just read) in the request's cache, so loading its key costs nothing.</summary>
    public void Prime(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_cache)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Fetches the values of <paramref name="keys"/> (distinct, never cached yet), in the same order.</summary>
    private protected abstract Task<IReadOnlyList<TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    internal sealed override void Dispatch()
    {
        List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch;
        lock (_cache)
        {
            if (_waiting.Count == 0)
            {
                return;
            }

            batch = _waiting;
            _waiting = [];
        }

        _ = RunAsync(batch, Scope!);
    }

    private async Task RunAsync(List<KeyValuePair<TKey, TaskCompletionSource<TValue>>> batch, DataLoaderScope scope)
    {
        var keys = new TKey[batch.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = batch[i].Key;
        }

        IReadOnlyList<TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await FetchAsync(keys, scope.CancellationToken).ConfigureAwait(false);
            if (values.Count != keys.Length)
            {
                throw new InvalidOperationException(GetType().Name + " returned " + values.Count + " values for " + keys.Length + " keys.");
            }
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        // Every field that asked for a key of a failed batch gets the error at its own path.
        scope.Complete(() =>
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (failure is null)
                {
                    batch[i].Value.TrySetResult(values![i]);
                }
                else
                {
                    batch[i].Value.TrySetException(failure);
                }
            }
        });
    }
}
