namespace GraphQL.Http;

/// <summary>
/// How the GraphQL-over-HTTP endpoint behaves: which requests it takes, how large they may be, and the hooks
/// through which persisted operations, response headers and a browser IDE plug in.
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The largest request body, in bytes, the endpoint reads; larger bodies get 413. Default 1 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Whether GET requests may carry query operations (mutations are never allowed over GET). Default true.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Whether a POST body may be a JSON array of requests, answered by an array of results. Default false.</summary>
    public bool EnableBatching { get; set; }

    /// <summary>The most requests one batch may hold; larger batches get 400.</summary>
    public int MaxBatchSize { get; set; } = 20;

    /// <summary>
    /// Hooks run on every parsed request before it executes, in order: the place for persisted operations
    /// (filling <see cref="GraphQLHttpRequest.Query"/> from an id in the extensions) or for rejecting a request.
    /// </summary>
    public IList<IGraphQLHttpRequestInterceptor> RequestInterceptors { get; } = [];

    /// <summary>
    /// Hooks run after execution and before the response starts, in order: the place for response headers such as
    /// an operation's cost.
    /// </summary>
    public IList<IGraphQLHttpResponseInterceptor> ResponseInterceptors { get; } = [];

    /// <summary>
    /// Hooks wrapped around the execution of each request, outermost first: persisted operations, cost limits,
    /// rate limits (see <c>GraphQL.Cost</c> and <c>GraphQL.Persisted</c>).
    /// </summary>
    public IList<IGraphQLHttpExecutionInterceptor> ExecutionInterceptors { get; } = [];

    /// <summary>
    /// Answers a GET that asks for HTML and carries no query, typically by serving a browser IDE; when null such a
    /// request is treated like any other GET.
    /// </summary>
    public Microsoft.AspNetCore.Http.RequestDelegate? BrowserTool { get; set; }
}
