using System.Security.Claims;
using GraphQL.Error;
using Microsoft.Extensions.Logging;

namespace GraphQL.Execution;

/// <summary>The inputs of one execution besides the schema and the document.</summary>
public sealed class ExecutionOptions
{
    /// <summary>The operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>The raw variable values (CLR values or <see cref="System.Text.Json.JsonElement"/>s), coerced before execution.</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The value the root fields resolve from.</summary>
    public object? RootValue { get; init; }

    /// <summary>The application's services.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>The request's scoped services; the application's when not given.</summary>
    public IServiceProvider? RequestServices { get; init; }

    /// <summary>The authenticated user.</summary>
    public ClaimsPrincipal? User { get; init; }

    /// <summary>Per-request data shared by resolvers; a new dictionary when not given.</summary>
    public IDictionary<string, object?>? ContextData { get; init; }

    /// <summary>Cancels the execution (the client went away).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>The longest the execution may take; after it, the request ends with a timeout error.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Where unexpected resolver exceptions are logged with their stack.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>Show unexpected exceptions' messages and stacks to clients (development only).</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Turns known exceptions (domain errors) into client errors; return null to mask the exception.</summary>
    public Func<Exception, GraphQLError?>? ErrorFilter { get; init; }

    /// <summary>The largest number of variable errors reported before giving up.</summary>
    public int MaxVariableErrors { get; init; } = 50;
}
