using GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace GraphQL.Http;

/// <summary>
/// Wraps the execution of each GraphQL request the endpoint serves (each request of a batch on its own): the place for
/// persisted operations, cost limits and rate limits, which may answer without executing, change the request, or add
/// response extensions.
/// </summary>
public interface IGraphQLHttpExecutionInterceptor
{
    /// <summary>Called once when the endpoint is mapped, with the executor it serves (e.g. to read the schema).</summary>
    void Attach(RequestExecutor executor);

    /// <summary>Runs the request through <paramref name="next"/>, or answers it alone.</summary>
    ValueTask<ExecutionResult> ExecuteAsync(GraphQLHttpExecution execution, GraphQLHttpExecutionDelegate next);
}

/// <summary>Executes one request: the next interceptor, or the executor itself.</summary>
public delegate ValueTask<ExecutionResult> GraphQLHttpExecutionDelegate(GraphQLHttpExecution execution);

/// <summary>One GraphQL request on its way to the executor, as execution interceptors see it.</summary>
public sealed class GraphQLHttpExecution
{
    /// <summary>The HTTP exchange the request came with.</summary>
    public required HttpContext HttpContext { get; init; }

    /// <summary>The request; an interceptor may replace it (e.g. fill the document of a persisted operation).</summary>
    public required GraphQLHttpRequest Request { get; set; }

    /// <summary>The executor the endpoint serves.</summary>
    public required RequestExecutor Executor { get; init; }

    /// <summary>Who sends the request and with which services.</summary>
    public required RequestContext RequestContext { get; init; }

    /// <summary>The response media type negotiated from the Accept header.</summary>
    public required string MediaType { get; init; }

    /// <summary>True when the request is one of a batch, answered together with status 200.</summary>
    public bool IsBatch { get; init; }

    /// <summary>Whether the client accepts <c>text/event-stream</c>, so that a subscription can be answered as events.</summary>
    internal bool AcceptsEventStream { get; init; }

    /// <summary>The results of a subscription the endpoint started, written as server-sent events once the interceptors return.</summary>
    internal IAsyncEnumerable<ExecutionResult>? Events { get; set; }

    /// <summary>The status code to answer with instead of the one derived from the result; ignored in a batch.</summary>
    public int? StatusCode { get; set; }

    /// <summary>The request as the executor takes it.</summary>
    public GraphQLRequest ToGraphQLRequest() => new()
    {
        Query = Request.Query,
        OperationName = Request.OperationName,
        Variables = Request.Variables,
        Extensions = Request.Extensions,
    };
}
