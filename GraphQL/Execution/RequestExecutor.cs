using GraphQL.Error;
using GraphQL.Language;
using GraphQL.Language.Ast;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Logging;

namespace GraphQL.Execution;

/// <summary>How a <see cref="RequestExecutor"/> parses, validates, caches and executes.</summary>
public sealed class RequestExecutorOptions
{
    /// <summary>How many parsed and validated documents are kept (least recently used are dropped).</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Parser limits (tokens, depth).</summary>
    public ParserOptions? ParserOptions { get; init; }

    /// <summary>The protections and limits of validation (depth, aliases, introspection, suggestions).</summary>
    public ValidationOptions? Validation { get; init; }

    /// <summary>The validation rules; the specified rules when null.</summary>
    public IReadOnlyList<IValidationRule>? ValidationRules { get; init; }

    /// <summary>Replaces document validation entirely (tests and trusted persisted documents); null uses <see cref="DocumentValidator"/>.</summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? Validate { get; init; }

    /// <summary>The longest an execution may take.</summary>
    public TimeSpan? ExecutionTimeout { get; init; }

    /// <summary>Show unexpected exceptions to clients (development only).</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Where unexpected exceptions are logged.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>Maps known exceptions to client errors.</summary>
    public Func<Exception, GraphQLError?>? ErrorFilter { get; init; }

    /// <summary>The application's services.</summary>
    public IServiceProvider? Services { get; init; }
}

/// <summary>
/// The request pipeline of one schema, built once: parse, validate (both cached per document text in a bounded LRU),
/// plan the operation (cached too), execute. Thread-safe.
/// </summary>
public sealed class RequestExecutor
{
    private readonly RequestExecutorOptions _options;
    private readonly DocumentCache _cache;

    /// <summary>Creates the pipeline; throws <see cref="GraphQLException"/> when the schema is invalid.</summary>
    public RequestExecutor(Schema schema, RequestExecutorOptions? options = null)
    {
        SchemaValidator.AssertValid(schema);
        Schema = schema;
        _options = options ?? new RequestExecutorOptions();
        _cache = new DocumentCache(Math.Max(1, _options.DocumentCacheSize));
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The number of documents currently cached.</summary>
    public int CachedDocumentCount => _cache.Count;

    /// <summary>Parses and validates (or takes from the cache) and picks the operation, without executing it.</summary>
    public PreparedOperation Prepare(GraphQLRequest request)
    {
        if (string.IsNullOrEmpty(request.Query))
        {
            return new PreparedOperation(null, [new GraphQLError("Must provide query string.")]);
        }

        var document = _cache.GetOrAdd(request.Query, Load);
        if (document.Errors.Count > 0)
        {
            return new PreparedOperation(null, document.Errors);
        }

        return document.GetPlan(Schema, request.OperationName);
    }

    /// <summary>The type of the operation the request would run (null when the document is invalid), e.g. to refuse mutations over GET.</summary>
    public OperationType? GetOperationType(GraphQLRequest request) => Prepare(request).Plan?.Operation.Operation;

    /// <summary>Executes a query or mutation request.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestContext? context = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(Prepare(request), request, context, cancellationToken);

    /// <summary>Executes a query or mutation request already <see cref="Prepare">prepared</see>, e.g. after its operation type was checked.</summary>
    public ValueTask<ExecutionResult> ExecuteAsync(PreparedOperation prepared, GraphQLRequest request, RequestContext? context = null, CancellationToken cancellationToken = default)
    {
        if (prepared.Plan is not { } plan)
        {
            return new ValueTask<ExecutionResult>(ExecutionResult.FromErrors(prepared.Errors));
        }

        return Executor.ExecuteAsync(plan, Options(request, context, cancellationToken));
    }

    /// <summary>Executes a subscription request: one result per event (or a single result with the errors).</summary>
    public IAsyncEnumerable<ExecutionResult> SubscribeAsync(GraphQLRequest request, RequestContext? context = null, CancellationToken cancellationToken = default)
    {
        var prepared = Prepare(request);
        if (prepared.Plan is not { } plan)
        {
            return Single(ExecutionResult.FromErrors(prepared.Errors));
        }

        return Executor.Subscribe(Schema, plan.Document, Options(request, context, cancellationToken), cancellationToken);
    }

    private static async IAsyncEnumerable<ExecutionResult> Single(ExecutionResult result)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        yield return result;
    }

    private ExecutionOptions Options(GraphQLRequest request, RequestContext? context, CancellationToken cancellationToken) => new()
    {
        OperationName = request.OperationName,
        Variables = request.Variables,
        RootValue = context?.RootValue,
        Services = _options.Services,
        RequestServices = context?.RequestServices,
        User = context?.User,
        ContextData = context?.ContextData,
        CancellationToken = cancellationToken,
        Timeout = _options.ExecutionTimeout,
        Logger = _options.Logger,
        IncludeExceptionDetails = _options.IncludeExceptionDetails,
        ErrorFilter = _options.ErrorFilter,
    };

    private CachedDocument Load(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, _options.ParserOptions);
        }
        catch (GraphQLException exception)
        {
            return new CachedDocument(null, exception.Errors);
        }

        var errors = _options.Validate is { } validate
            ? validate(Schema, document)
            : DocumentValidator.Validate(Schema, document, _options.ValidationRules, _options.Validation);
        return new CachedDocument(document, errors);
    }

    /// <summary>A parsed and validated document with its operation plans.</summary>
    private sealed class CachedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, PreparedOperation> _plans = new(StringComparer.Ordinal);

        public IReadOnlyList<GraphQLError> Errors { get; } = errors;

        public PreparedOperation GetPlan(Schema schema, string? operationName) =>
            _plans.GetOrAdd(operationName ?? "", static (name, state) =>
            {
                try
                {
                    return new PreparedOperation(OperationPlan.Create(state.schema, state.document!, name.Length == 0 ? null : name), []);
                }
                catch (GraphQLException exception)
                {
                    return new PreparedOperation(null, exception.Errors);
                }
            }, (schema, document));
    }

    /// <summary>A bounded least-recently-used map from document text to the parsed and validated document.</summary>
    private sealed class DocumentCache(int capacity)
    {
        private readonly Dictionary<string, LinkedListNode<(string Key, CachedDocument Value)>> _map = new(StringComparer.Ordinal);
        private readonly LinkedList<(string Key, CachedDocument Value)> _order = new();
        private readonly Lock _lock = new();

        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _map.Count;
                }
            }
        }

        public CachedDocument GetOrAdd(string key, Func<string, CachedDocument> load)
        {
            lock (_lock)
            {
                if (_map.TryGetValue(key, out var node))
                {
                    if (node != _order.First)
                    {
                        _order.Remove(node);
                        _order.AddFirst(node);
                    }

                    return node.Value.Value;
                }
            }

            var value = load(key);
            lock (_lock)
            {
                if (_map.TryGetValue(key, out var existing))
                {
                    return existing.Value.Value;
                }

                _map[key] = _order.AddFirst((key, value));
                if (_map.Count > capacity)
                {
                    var last = _order.Last!;
                    _order.RemoveLast();
                    _map.Remove(last.Value.Key);
                }
            }

            return value;
        }
    }
}

/// <summary>A request ready to execute: its operation plan, or the errors that prevent execution.</summary>
/// <param name="Plan">The operation plan, or null when the request has errors.</param>
/// <param name="Errors">Syntax, validation or operation-selection errors.</param>
public sealed record PreparedOperation(OperationPlan? Plan, IReadOnlyList<GraphQLError> Errors);
