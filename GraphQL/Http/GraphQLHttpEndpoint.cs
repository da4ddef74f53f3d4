using GraphQL.Execution;
using GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphQL.Http;

/// <summary>
/// Serves GraphQL over HTTP (the GraphQL-over-HTTP specification): POST with a JSON body, GET with query parameters
/// for queries only, <c>application/graphql-response+json</c> and <c>application/json</c> responses. A subscription
/// from a client that accepts <c>text/event-stream</c> too is answered as server-sent events.
/// </summary>
public sealed class GraphQLHttpEndpoint
{
    private readonly RequestExecutor _executor;
    private readonly GraphQLHttpOptions _options;
    private readonly GraphQLStreamingEndpoint? _streaming;

    /// <summary>Creates the endpoint over an executor.</summary>
    public GraphQLHttpEndpoint(RequestExecutor executor, GraphQLHttpOptions options)
        : this(executor, options, null)
    {
    }

    /// <summary>Creates the endpoint over an executor, answering subscriptions with the streaming endpoint's event streams.</summary>
    internal GraphQLHttpEndpoint(RequestExecutor executor, GraphQLHttpOptions options, GraphQLStreamingEndpoint? streaming)
    {
        _executor = executor;
        _options = options;
        _streaming = streaming;
        foreach (var interceptor in options.ExecutionInterceptors)
        {
            interceptor.Attach(executor);
        }
    }

    /// <summary>Handles one HTTP request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var isGet = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method);
        if (isGet && _options.BrowserTool is { } browserTool && WantsBrowserTool(context.Request))
        {
            await browserTool(context);
            return;
        }

        var accepted = AcceptedMediaTypes.Of(context);
        var mediaType = accepted.Json;
        try
        {
            if (mediaType is null)
            {
                throw new GraphQLHttpException(
                    StatusCodes.Status406NotAcceptable,
                    $"The Accept header must allow {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}"
                    + (_streaming is { ServesEventStreams: true } ? $" (or {GraphQLMediaTypes.EventStream})." : "."),
                    GraphQLHttpErrorCodes.NotAcceptable);
            }

            var body = await ReadRequestsAsync(context, isGet, cancellationToken);
            await RespondAsync(context, body.Requests, mediaType, accepted.AcceptsEventStream, body.IsBatch, cancellationToken);
        }
        catch (GraphQLHttpException refusal)
        {
            await GraphQLHttpResponseWriter.WriteRefusalAsync(context.Response, mediaType ?? GraphQLMediaTypes.Json, refusal, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: there is nobody to answer.
        }
    }

    private async Task<GraphQLHttpRequestBody> ReadRequestsAsync(HttpContext context, bool isGet, CancellationToken cancellationToken)
    {
        GraphQLHttpRequestBody body;
        if (isGet && _options.EnableGetRequests)
        {
            body = new GraphQLHttpRequestBody([GraphQLHttpRequestReader.ReadGet(context.Request)], IsBatch: false);
        }
        else if (HttpMethods.IsPost(context.Request.Method))
        {
            body = await GraphQLHttpRequestReader.ReadPostAsync(context, _options, cancellationToken);
        }
        else
        {
            throw NotAllowed(_options.EnableGetRequests ? "GET, POST" : "POST", "GraphQL requests must be sent with GET or POST.");
        }

        if (_options.RequestInterceptors.Count == 0)
        {
            return body;
        }

        var intercepted = new GraphQLHttpRequest[body.Requests.Count];
        for (var i = 0; i < intercepted.Length; i++)
        {
            var request = body.Requests[i];
            foreach (var interceptor in _options.RequestInterceptors)
            {
                request = await interceptor.OnRequestAsync(context, request, cancellationToken);
            }

            intercepted[i] = request;
        }

        return body with { Requests = intercepted };
    }

    private async Task RespondAsync(
        HttpContext context, IReadOnlyList<GraphQLHttpRequest> requests, string mediaType, bool acceptsEventStream, bool isBatch,
        CancellationToken cancellationToken)
    {
        var results = new ExecutionResult[requests.Count];
        var requestContext = new RequestContext
        {
            RequestServices = context.RequestServices,
            User = context.User,
        };
        int? statusOverride = null;
        for (var i = 0; i < requests.Count; i++)
        {
            try
            {
                var execution = new GraphQLHttpExecution
                {
                    HttpContext = context,
                    Request = requests[i],
                    Executor = _executor,
                    RequestContext = requestContext,
                    MediaType = mediaType,
                    IsBatch = isBatch,
                    AcceptsEventStream = acceptsEventStream,
                };
                results[i] = await ExecuteAsync(execution, 0);
                statusOverride = execution.StatusCode;
                if (execution.Events is { } events && _streaming is not null)
                {
                    await _streaming.StreamAsync(context, events);
                    return;
                }
            }
            catch (GraphQLHttpException refusal) when (isBatch)
            {
                // One bad request of a batch fails alone; its neighbours still run.
                results[i] = ExecutionResult.FromErrors(refusal.Errors);
            }
        }

        var statusCode = isBatch ? StatusCodes.Status200OK : statusOverride ?? StatusCodeOf(results[0], mediaType);
        if (_options.ResponseInterceptors.Count > 0)
        {
            var info = new GraphQLHttpResponseInfo(requests, statusCode, [.. results.Select(GraphQLHttpResponseWriter.ErrorsOf)]);
            foreach (var interceptor in _options.ResponseInterceptors)
            {
                await interceptor.OnResponseAsync(context, info, cancellationToken);
            }
        }

        if (isBatch)
        {
            await GraphQLHttpResponseWriter.WriteBatchAsync(context.Response, statusCode, mediaType, results, cancellationToken);
        }
        else
        {
            await GraphQLHttpResponseWriter.WriteResultAsync(context.Response, statusCode, mediaType, results[0], cancellationToken);
        }
    }

    // Runs the execution interceptors from the one at index on, then the executor.
    private ValueTask<ExecutionResult> ExecuteAsync(GraphQLHttpExecution execution, int index) =>
        index < _options.ExecutionInterceptors.Count
            ? _options.ExecutionInterceptors[index].ExecuteAsync(execution, next => ExecuteAsync(next, index + 1))
            : ExecuteAsync(execution);

    private ValueTask<ExecutionResult> ExecuteAsync(GraphQLHttpExecution execution)
    {
        var httpRequest = execution.Request;
        if (httpRequest.Query is null)
        {
            throw GraphQLHttpRequestReader.Invalid("A GraphQL request must have a \"query\" parameter.");
        }

        var request = execution.ToGraphQLRequest();
        var prepared = _executor.Prepare(request);
        var operationType = prepared.Plan?.Operation.Operation;
        if (operationType == OperationType.Subscription)
        {
            execution.Events = StartSubscription(execution, request);
            return new ValueTask<ExecutionResult>(GraphQLStreamingEndpoint.SubscriptionStarted);
        }

        if (httpRequest.IsGet && operationType is { } type && type != OperationType.Query)
        {
            throw NotAllowed("POST", $"A {type.ToString().ToLowerInvariant()} operation cannot be sent with GET; use POST.");
        }

        return _executor.ExecuteAsync(prepared, request, execution.RequestContext, execution.HttpContext.RequestAborted);
    }

    // A subscription is answered as an event stream, alone, to a client that accepts one; JSON cannot carry it.
    private IAsyncEnumerable<ExecutionResult> StartSubscription(GraphQLHttpExecution execution, GraphQLRequest request)
    {
        if (_streaming is not { ServesEventStreams: true } streaming)
        {
            throw NotAcceptable("A subscription needs a streaming transport: send it over WebSocket (graphql-transport-ws).");
        }

        if (execution.IsBatch)
        {
            throw NotAcceptable($"A subscription is answered as an event stream, which carries one operation: send it alone with Accept: {GraphQLMediaTypes.EventStream}.");
        }

        if (!execution.AcceptsEventStream)
        {
            throw NotAcceptable($"A subscription is answered as an event stream: send it with Accept: {GraphQLMediaTypes.EventStream}, or over WebSocket (graphql-transport-ws).");
        }

        return streaming.Subscribe(execution.HttpContext, request, execution.RequestContext);
    }

    private static GraphQLHttpException NotAcceptable(string message) =>
        new(StatusCodes.Status406NotAcceptable, message, GraphQLHttpErrorCodes.NotAcceptable);

    // Under application/graphql-response+json a request error (no data entry) is 400; application/json is always 200.
    private static int StatusCodeOf(ExecutionResult result, string mediaType) =>
        !result.HasData && result.Errors is not null && mediaType == GraphQLMediaTypes.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static bool WantsBrowserTool(HttpRequest request)
    {
        if (request.Query.ContainsKey("query") || request.Query.ContainsKey("id") || request.Query.ContainsKey("extensions"))
        {
            return false;
        }

        return MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
            && accepted.Any(m => m.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
    }

    private static GraphQLHttpException NotAllowed(string allow, string message)
    {
        var refusal = new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, message, GraphQLHttpErrorCodes.MethodNotAllowed);
        refusal.Headers[HeaderNames.Allow] = allow;
        return refusal;
    }
}
