namespace GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request: one instance per name (or loader class), keys deduplicated and values cached for the
/// request. Keys asked for while the executor is busy wait; each loader sends them to its source as one batch once the
/// executor has nothing else it can do, so the statements of a request grow with the depth of the query, not with its rows.
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Dictionary<object, DataLoaderBase> _loaders = [];
    private readonly List<DataLoaderBase> _due = [];
    private readonly IBatchHost _host;
    private int _dispatchQueued;

    /// <summary>A scope outside a GraphQL execution (a service, a job): a batch goes out once the code that asked yields.</summary>
    public DataLoaderScope(CancellationToken cancellationToken = default) => _host = new StandaloneHost(this, cancellationToken);

    internal DataLoaderScope(IBatchHost host) => _host = host;

    /// <summary>Cancelled when the request ends early; every batch receives it.</summary>
    public CancellationToken CancellationToken => _host.CancellationToken;

    /// <summary>The loader registered under <paramref name="name"/>, made by <paramref name="create"/> the first time it is asked for.</summary>
    public TLoader GetOrAdd<TLoader>(string name, Func<TLoader> create)
        where TLoader : DataLoaderBase
    {
        ArgumentNullException.ThrowIfNull(name);
        return GetOrAdd((object)name, create);
    }

    internal TLoader GetOrAdd<TLoader>(object key, Func<TLoader> create)
        where TLoader : DataLoaderBase
    {
        ArgumentNullException.ThrowIfNull(create);
        lock (_loaders)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return existing as TLoader ?? throw new InvalidOperationException(
                    "The DataLoader \"" + key + "\" of this request is a " + existing.GetType().Name + ", not a " + typeof(TLoader).Name + ".");
            }

            var loader = create();
            loader.Attach(this);
            _loaders.Add(key, loader);
            return loader;
        }
    }

    /// <summary>Called by a loader when the first key of its next batch arrives.</summary>
    internal void Schedule(DataLoaderBase loader)
    {
        lock (_due)
        {
            _due.Add(loader);
        }

        // The key was queued before this check, so either the busy executor dispatches it when it finishes, or we do.
        if (!_host.IsWorking)
        {
            DispatchSoon();
        }
    }

    /// <summary>Starts the batch of every loader with waiting keys; the host calls it when its work runs out.</summary>
    internal void DispatchDue()
    {
        DataLoaderBase[] due;
        lock (_due)
        {
            if (_due.Count == 0)
            {
                return;
            }

            due = [.. _due];
            _due.Clear();
        }

        // Batches that complete synchronously run their waiters inline; their new keys go out when this work ends.
        _host.EnterWork();
        try
        {
            foreach (var loader in due)
            {
                loader.Dispatch();
            }
        }
        finally
        {
            _host.ExitWork();
        }
    }

    /// <summary>Runs the completions of a batch as the host's work, so keys they ask for form the next batch.</summary>
    internal void Complete(Action completion)
    {
        _host.EnterWork();
        try
        {
            completion();
        }
        finally
        {
            _host.ExitWork();
        }
    }

    // Keys asked for outside the executor's work (after a resolver's own I/O) go out once that code yields, not one by one.
    private void DispatchSoon()
    {
        if (Interlocked.Exchange(ref _dispatchQueued, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static scope =>
                {
                    Volatile.Write(ref scope._dispatchQueued, 0);
                    if (!scope._host.IsWorking)
                    {
                        scope.DispatchDue();
                    }
                },
                this,
                preferLocal: false);
        }
    }

    /// <summary>The work counter of a scope that no executor drives.</summary>
    private sealed class StandaloneHost(DataLoaderScope scope, CancellationToken cancellationToken) : IBatchHost
    {
        private int _working;

        public CancellationToken CancellationToken => cancellationToken;

        public bool IsWorking => Volatile.Read(ref _working) > 0;

        public void EnterWork() => Interlocked.Increment(ref _working);

        public void ExitWork()
        {
            if (Interlocked.Decrement(ref _working) == 0)
            {
                scope.DispatchDue();
            }
        }
    }
}

/// <summary>What drives a <see cref="DataLoaderScope"/>: the executor counts the work it is doing and dispatches batches when it runs out.</summary>
internal interface IBatchHost
{
    CancellationToken CancellationToken { get; }

    bool IsWorking { get; }

    void EnterWork();

    /// <summary>Ends a piece of work; the last one to end dispatches the batches that are due.</summary>
    void ExitWork();
}
