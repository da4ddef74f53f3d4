using System.Runtime.CompilerServices;
using GraphQL.Error;
using GraphQL.Execution;
using GraphQL.Language.Ast;
using GraphQL.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Net.Http.Headers;

namespace GraphQL.Http;

/// <summary>
/// Serves the streaming transports at MapGraphQL's path: <c>graphql-transport-ws</c> over WebSocket and GraphQL over
/// server-sent events (distinct connections mode). Request hooks of <see cref="GraphQLHttpOptions"/> apply to both.
/// </summary>
public sealed class GraphQLStreamingEndpoint
{
    /// <summary>The logger category of the streaming transports.</summary>
    public const string LoggerCategory = "GraphQL.Subscriptions";

    // Interceptors see a subscription as started; its events are the stream, not this placeholder.
    /// <summary>The placeholder result of an operation that started a subscription instead of answering.</summary>
    internal static readonly ExecutionResult SubscriptionStarted = new(null);

    private readonly RequestExecutor _executor;
    private readonly GraphQLHttpOptions _httpOptions;
    private readonly GraphQLStreamingOptions _options;
    private WebSocketMiddleware? _webSocketUpgrade;

    /// <summary>Creates the endpoint over an executor, with the HTTP endpoint's request hooks and limits.</summary>
    public GraphQLStreamingEndpoint(RequestExecutor executor, GraphQLHttpOptions httpOptions, GraphQLStreamingOptions options)
    {
        _executor = executor;
        _httpOptions = httpOptions;
        _options = options;
    }

    /// <summary>
    /// Whether the request is a WebSocket upgrade, or accepts an event stream and no JSON (and that transport is
    /// enabled). A request that accepts JSON too goes to the HTTP endpoint, which answers a single result as JSON and
    /// hands a subscription back here (<see cref="Subscribe"/>).
    /// </summary>
    public bool Accepts(HttpContext context)
    {
        if (_options.WebSockets.Enabled && IsWebSocketUpgrade(context))
        {
            return true;
        }

        if (!_options.ServerSentEvents.Enabled)
        {
            return false;
        }

        var accepted = AcceptedMediaTypes.Of(context);
        return accepted.AcceptsEventStream && accepted.Json is null;
    }

    /// <summary>Whether subscriptions may be answered with server-sent events.</summary>
    internal bool ServesEventStreams => _options.ServerSentEvents.Enabled;

    /// <summary>Starts a subscription the HTTP endpoint took (after its interceptors); its results end with an error when the source fails.</summary>
    internal IAsyncEnumerable<ExecutionResult> Subscribe(HttpContext context, GraphQLRequest request, RequestContext requestContext) =>
        GuardAsync(_executor.SubscribeAsync(request, requestContext, context.RequestAborted), StreamingLogger(context), context.RequestAborted);

    /// <summary>Writes the results of a subscription the HTTP endpoint started as server-sent events.</summary>
    internal Task StreamAsync(HttpContext context, IAsyncEnumerable<ExecutionResult> results) =>
        GraphQLEventStream.WriteAsync(context.Response, new StreamedOperation(null, results), _options.ServerSentEvents, context.RequestAborted);

    /// <summary>Handles a request <see cref="Accepts"/> took.</summary>
    public Task HandleAsync(HttpContext context) =>
        _options.WebSockets.Enabled && IsWebSocketUpgrade(context) ? HandleWebSocketAsync(context) : HandleEventStreamAsync(context);

    private static bool IsWebSocketUpgrade(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest
        || context.Request.Headers.Upgrade.Any(value => "websocket".Equals(value, StringComparison.OrdinalIgnoreCase));

    private static ILogger StreamingLogger(HttpContext context) =>
        context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(LoggerCategory) ?? NullLogger.Instance;

    // The WebSocket middleware is run here so that MapGraphQL works without app.UseWebSockets().
    private Task HandleWebSocketAsync(HttpContext context)
    {
        _webSocketUpgrade ??= new WebSocketMiddleware(
            AcceptWebSocketAsync,
            Microsoft.Extensions.Options.Options.Create(new WebSocketOptions { KeepAliveInterval = _options.WebSockets.KeepAliveInterval }),
            context.RequestServices.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance);
        return _webSocketUpgrade.Invoke(context);
    }

    private async Task AcceptWebSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var speaksProtocol = context.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketSession.SubProtocol);
        using var socket = await context.WebSockets.AcceptWebSocketAsync(speaksProtocol ? GraphQLWebSocketSession.SubProtocol : null);
        var session = new GraphQLWebSocketSession(this, context, socket, _options.WebSockets, StreamingLogger(context));
        await session.RunAsync(speaksProtocol);
    }

    private async Task HandleEventStreamAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        try
        {
            GraphQLHttpRequest request;
            if (HttpMethods.IsGet(context.Request.Method) && _httpOptions.EnableGetRequests)
            {
                request = GraphQLHttpRequestReader.ReadGet(context.Request);
            }
            else if (HttpMethods.IsPost(context.Request.Method))
            {
                var body = await GraphQLHttpRequestReader.ReadPostAsync(context, _httpOptions, cancellationToken);
                request = body.IsBatch
                    ? throw GraphQLHttpRequestReader.Invalid("An event stream carries one operation; send a batch as separate requests.")
                    : body.Requests[0];
            }
            else
            {
                throw NotAllowed(_httpOptions.EnableGetRequests ? "GET, POST" : "POST", "GraphQL requests must be sent with GET or POST.");
            }

            var requestContext = new RequestContext { RequestServices = context.RequestServices, User = context.User };
            var operation = await StartOperationAsync(context, request, requestContext, cancellationToken);
            if (operation is { Errors: { } refused, StatusCode: { } status })
            {
                await GraphQLHttpResponseWriter.WriteResultAsync(context.Response, status, GraphQLMediaTypes.Json, ExecutionResult.FromErrors(refused), cancellationToken);
                return;
            }

            await GraphQLEventStream.WriteAsync(context.Response, operation, _options.ServerSentEvents, cancellationToken);
        }
        catch (GraphQLHttpException refusal) when (!context.Response.HasStarted)
        {
            await GraphQLHttpResponseWriter.WriteRefusalAsync(context.Response, GraphQLMediaTypes.Json, refusal, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client closed the stream.
        }
    }

    /// <summary>
    /// Runs the request hooks and the execution interceptors (persisted operations, cost), then parses, validates and
    /// starts one operation of a streaming transport: the errors that stop it (the document's, or an interceptor's
    /// refusal), or its results (one for a query or mutation, one per event for a subscription). A request the request
    /// hooks refuse throws <see cref="GraphQLHttpException"/>.
    /// </summary>
    internal async ValueTask<StreamedOperation> StartOperationAsync(
        HttpContext context, GraphQLHttpRequest httpRequest, RequestContext requestContext, CancellationToken cancellationToken)
    {
        httpRequest = await InterceptAsync(context, httpRequest, cancellationToken);
        var execution = new GraphQLHttpExecution
        {
            HttpContext = context,
            Request = httpRequest,
            Executor = _executor,
            RequestContext = requestContext,
            MediaType = GraphQLMediaTypes.Json,
        };
        StreamedOperation? started = null;
        var executed = false;
        var answer = await InterceptExecutionAsync(execution, 0, async current =>
        {
            var request = ToGraphQLRequest(current.Request);
            var prepared = _executor.Prepare(request);
            if (prepared.Plan is not { } plan)
            {
                started = new StreamedOperation(prepared.Errors, null);
                return ExecutionResult.FromErrors(prepared.Errors);
            }

            var operationType = plan.Operation.Operation;
            if (current.Request.IsGet && operationType == OperationType.Mutation)
            {
                throw NotAllowed("POST", "A mutation operation cannot be sent with GET; use POST.");
            }

            if (operationType == OperationType.Subscription)
            {
                var events = _executor.SubscribeAsync(request, requestContext, cancellationToken);
                started = new StreamedOperation(null, GuardAsync(events, StreamingLogger(context), cancellationToken));
                return SubscriptionStarted;
            }

            executed = true;
            return await _executor.ExecuteAsync(prepared, request, requestContext, cancellationToken);
        });

        if (started is not null)
        {
            return started;
        }

        // An interceptor that answered alone refused the operation (e.g. persisted-only, over the cost limit).
        return !executed && answer is { HasData: false, Errors.Count: > 0 }
            ? new StreamedOperation(answer.Errors, null, execution.StatusCode)
            : new StreamedOperation(null, SingleResultAsync(answer));
    }

    private ValueTask<ExecutionResult> InterceptExecutionAsync(GraphQLHttpExecution execution, int index, GraphQLHttpExecutionDelegate terminal) =>
        index < _httpOptions.ExecutionInterceptors.Count
            ? _httpOptions.ExecutionInterceptors[index].ExecuteAsync(execution, next => InterceptExecutionAsync(next, index + 1, terminal))
            : terminal(execution);

    private async ValueTask<GraphQLHttpRequest> InterceptAsync(HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken)
    {
        foreach (var interceptor in _httpOptions.RequestInterceptors)
        {
            request = await interceptor.OnRequestAsync(context, request, cancellationToken);
        }

        return request;
    }

    private static GraphQLRequest ToGraphQLRequest(GraphQLHttpRequest httpRequest)
    {
        if (httpRequest.Query is null)
        {
            throw GraphQLHttpRequestReader.Invalid("A GraphQL request must have a \"query\" parameter.");
        }

        return new GraphQLRequest
        {
            Query = httpRequest.Query,
            OperationName = httpRequest.OperationName,
            Variables = httpRequest.Variables,
            Extensions = httpRequest.Extensions,
        };
    }

    private static GraphQLHttpException NotAllowed(string allow, string message)
    {
        var refusal = new GraphQLHttpException(StatusCodes.Status405MethodNotAllowed, message, GraphQLHttpErrorCodes.MethodNotAllowed);
        refusal.Headers[HeaderNames.Allow] = allow;
        return refusal;
    }

    private static async IAsyncEnumerable<ExecutionResult> SingleResultAsync(ExecutionResult result)
    {
        await Task.CompletedTask;
        yield return result;
    }

    // A source stream that fails ends with one error result, so the client learns why its subscription stopped.
    private static async IAsyncEnumerable<ExecutionResult> GuardAsync(
        IAsyncEnumerable<ExecutionResult> results, ILogger logger, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var enumerator = results.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ExecutionResult? failure = null;
            try
            {
                if (!await enumerator.MoveNextAsync())
                {
                    yield break;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = StreamFailure(exception, logger);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            yield return enumerator.Current;
        }
    }

    private static ExecutionResult StreamFailure(Exception exception, ILogger logger)
    {
        switch (exception)
        {
            case GraphQLException known:
                return ExecutionResult.FromErrors(known.Errors);
            case TopicSubscriberOverflowException overflow:
                return ExecutionResult.FromErrors([new GraphQLError(overflow.Message, extensions: new Dictionary<string, object?> { ["code"] = "SUBSCRIPTION_OVERFLOW" })]);
            default:
                logger.LogError(exception, "A subscription's event stream failed.");
                return ExecutionResult.FromErrors([new GraphQLError(
                    "The subscription's event stream failed.", extensions: new Dictionary<string, object?> { ["code"] = "SUBSCRIPTION_FAILED" })]);
        }
    }
}

/// <summary>An operation started by a streaming transport: the errors that prevent it, or its results.</summary>
/// <param name="Errors">Syntax, validation or operation-selection errors, or an interceptor's refusal; null when the operation runs.</param>
/// <param name="Results">The results to send, in order; null when <paramref name="Errors"/> is set.</param>
/// <param name="StatusCode">The HTTP status an interceptor chose for its refusal (e.g. 429), if any.</param>
internal sealed record StreamedOperation(IReadOnlyList<GraphQLError>? Errors, IAsyncEnumerable<ExecutionResult>? Results, int? StatusCode = null);
