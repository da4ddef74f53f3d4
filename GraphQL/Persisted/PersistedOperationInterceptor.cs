using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Persisted;

/// <summary>The <c>extensions.code</c> values of persisted-operation errors.</summary>
public static class PersistedOperationErrorCodes
{
    /// <summary>No document is stored under the id or hash (Apollo's <c>PersistedQueryNotFound</c>): send the document with its hash.</summary>
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";

    /// <summary>The document sent with a hash does not hash to it.</summary>
    public const string HashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <summary>The endpoint runs only persisted operations and the request carried a document of its own.</summary>
    public const string Required = "PERSISTED_QUERY_REQUIRED";

    /// <summary>The <c>persistedQuery</c> extension is malformed or of a version other than 1.</summary>
    public const string Invalid = "PERSISTED_QUERY_INVALID";
}

/// <summary>How an endpoint treats persisted operations.</summary>
public sealed class PersistedOperationOptions
{
    /// <summary>The store; when null, the <see cref="IPersistedOperationStore"/> registered in the request's services.</summary>
    public IPersistedOperationStore? Store { get; set; }

    /// <summary>
    /// Accept only operations already in the store: a request with a document of its own is refused with
    /// <c>PERSISTED_QUERY_REQUIRED</c> and nothing is persisted automatically. Default false.
    /// </summary>
    public bool OnlyPersisted { get; set; }

    /// <summary>Store a document sent together with its matching hash (Apollo's automatic persisted queries). Default true.</summary>
    public bool AllowAutomaticPersisting { get; set; } = true;
}

/// <summary>
/// Runs persisted operations: a request carries <c>"id": "&lt;sha-256 hex&gt;"</c> or Apollo's
/// <c>extensions.persistedQuery { version: 1, sha256Hash }</c> instead of its document, over GET or POST. A document sent
/// with its hash is checked against it and stored (automatic persisting); an unknown hash answers <c>PersistedQueryNotFound</c>.
/// </summary>
public sealed class PersistedOperationInterceptor(PersistedOperationOptions options) : IGraphQLHttpExecutionInterceptor
{
    /// <summary>The options in force.</summary>
    public PersistedOperationOptions Options { get; } = options;

    /// <inheritdoc />
    public void Attach(RequestExecutor executor)
    {
    }

    /// <inheritdoc />
    public async ValueTask<ExecutionResult> ExecuteAsync(GraphQLHttpExecution execution, GraphQLHttpExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentNullException.ThrowIfNull(next);
        var request = execution.Request;
        string? hash;
        try
        {
            hash = request.DocumentId ?? ApolloHash(request.Extensions);
        }
        catch (GraphQLException exception)
        {
            return ExecutionResult.FromErrors(exception.Errors);
        }

        if (hash is null)
        {
            return Options.OnlyPersisted && request.Query is not null
                ? Refuse(PersistedOperationErrorCodes.Required, "This endpoint runs only persisted operations: send the operation's id instead of its document.")
                : await next(execution);
        }

        hash = hash.ToLowerInvariant();
        var store = Options.Store ?? execution.HttpContext.RequestServices.GetRequiredService<IPersistedOperationStore>();
        var cancellationToken = execution.HttpContext.RequestAborted;
        var stored = PersistedOperationHash.IsWellFormed(hash) ? await store.TryGetAsync(hash, cancellationToken) : null;
        if (request.Query is { } query)
        {
            if (PersistedOperationHash.Of(query) != hash)
            {
                return Refuse(PersistedOperationErrorCodes.HashMismatch, "The document does not match its hash: the hash must be the SHA-256 of the document's UTF-8 text, in hex.");
            }

            if (stored is null && Options.OnlyPersisted)
            {
                return Refuse(PersistedOperationErrorCodes.Required, "This endpoint runs only persisted operations, and this one is not persisted.");
            }

            if (stored is null && Options.AllowAutomaticPersisting)
            {
                await store.SaveAsync(hash, query, cancellationToken);
            }

            return await next(execution);
        }

        if (stored is null)
        {
            return Refuse(PersistedOperationErrorCodes.NotFound, "PersistedQueryNotFound");
        }

        execution.Request = request with { Query = stored };
        return await next(execution);
    }

    private static string? ApolloHash(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions?.GetValueOrDefault("persistedQuery") is not { } extension)
        {
            return null;
        }

        if (extension is not IReadOnlyDictionary<string, object?> persisted
            || persisted.GetValueOrDefault("version") is not (1 or 1L)
            || persisted.GetValueOrDefault("sha256Hash") is not string hash)
        {
            throw new GraphQLException(Error(PersistedOperationErrorCodes.Invalid, "The persistedQuery extension must be { \"version\": 1, \"sha256Hash\": \"<hex>\" }."));
        }

        return hash;
    }

    private static ExecutionResult Refuse(string code, string message) => ExecutionResult.FromErrors([Error(code, message)]);

    private static GraphQLError Error(string code, string message) =>
        new(message, extensions: new Dictionary<string, object?> { ["code"] = code });
}

/// <summary>Switches persisted operations on for a GraphQL endpoint, in <c>MapGraphQL</c>'s options.</summary>
public static class PersistedOperationHttpExtensions
{
    /// <summary>
    /// Runs operations by id or Apollo <c>persistedQuery</c> hash from the store (the registered
    /// <see cref="IPersistedOperationStore"/> when none is set); set <see cref="PersistedOperationOptions.OnlyPersisted"/> to
    /// refuse every other operation. Runs before cost analysis, so persisted operations are costed like any other.
    /// </summary>
    /// <example><c>o.UsePersistedOperations(p => { p.Store = new FileSystemPersistedOperationStore("operations"); p.OnlyPersisted = true; })</c></example>
    public static GraphQLHttpOptions UsePersistedOperations(this GraphQLHttpOptions options, Action<PersistedOperationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var persisted = new PersistedOperationOptions();
        configure?.Invoke(persisted);
        options.ExecutionInterceptors.Insert(0, new PersistedOperationInterceptor(persisted));
        return options;
    }
}
