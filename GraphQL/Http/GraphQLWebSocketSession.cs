using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL.Error;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphQL.Http;

/// <summary>
/// One WebSocket speaking <c>graphql-transport-ws</c>: connection_init and ack, ping and pong, and any number of
/// operations (subscriptions, queries, mutations) multiplexed by id, each answered with next, error or complete.
/// </summary>
internal sealed class GraphQLWebSocketSession
{
    public const string SubProtocol = "graphql-transport-ws";

    // How long the client has to answer our close frame before the socket is dropped.
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(3);

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly GraphQLStreamingEndpoint _endpoint;
    private readonly HttpContext _http;
    private readonly WebSocket _socket;
    private readonly GraphQLWebSocketOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _session = new();
    private readonly CancellationTokenSource _abort = new();
    private int _initReceived;
    private int _closeSent;
    private volatile bool _acknowledged;

    public GraphQLWebSocketSession(GraphQLStreamingEndpoint endpoint, HttpContext http, WebSocket socket, GraphQLWebSocketOptions options, ILogger logger)
    {
        _endpoint = endpoint;
        _http = http;
        _socket = socket;
        _options = options;
        _logger = logger;
    }

    public async Task RunAsync(bool speaksProtocol)
    {
        try
        {
            await ServeAsync(speaksProtocol);
        }
        finally
        {
            _abort.Dispose();
            _session.Dispose();
        }
    }

    private async Task ServeAsync(bool speaksProtocol)
    {
        using var abortRegistration = _abort.Token.Register(_socket.Abort);
        using var requestAborted = _http.RequestAborted.Register(_socket.Abort);
        try
        {
            if (!speaksProtocol)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
            }
            else
            {
                _ = CloseUnlessInitialisedAsync();
            }

            while (await ReceiveAsync() is { } message)
            {
                if (Volatile.Read(ref _closeSent) == 0)
                {
                    await HandleAsync(message);
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away without a close handshake.
        }
        finally
        {
            await _session.CancelAsync();
            foreach (var operation in _operations.Values)
            {
                await operation.CancelAsync();
            }

            // Operations use the request's services, which end with the request: let them finish first.
            await Task.WhenAll(_running.Keys).WaitAsync(CloseHandshakeTimeout).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // Reads one whole text message; null once the client has closed (or the socket was closed for a bad frame).
    private async Task<byte[]?> ReceiveAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var frame = await _socket.ReceiveAsync(memory, CancellationToken.None);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                await SendCloseAsync((WebSocketCloseStatus)(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure), _socket.CloseStatusDescription);
                return null;
            }

            buffer.Advance(frame.Count);
            if (buffer.WrittenCount > _options.MaxMessageSize)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big");
                return await DrainUntilClosedAsync();
            }

            if (frame.EndOfMessage)
            {
                if (frame.MessageType != WebSocketMessageType.Text)
                {
                    await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, "Messages must be JSON text");
                }

                return buffer.WrittenSpan.ToArray();
            }
        }
    }

    private async Task<byte[]?> DrainUntilClosedAsync()
    {
        var scratch = new byte[4096];
        while ((await _socket.ReceiveAsync(scratch.AsMemory(), CancellationToken.None)).MessageType != WebSocketMessageType.Close)
        {
        }

        return null;
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _session.Token);
            if (Volatile.Read(ref _initReceived) == 0)
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.ConnectionInitialisationTimeout, "Connection initialisation timeout");
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // The socket ended first.
        }
    }

    private async Task HandleAsync(byte[] text)
    {
        if (!GraphQLWebSocketMessage.TryParse(text, out var message, out var problem))
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.BadRequest, problem);
            return;
        }

        switch (message.Type)
        {
            case "connection_init":
                await InitialiseAsync(message.Payload);
                break;
            case "ping":
                await SendAsync(writer => WriteMessage(writer, "pong", null, message.Payload));
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(message.Id!, message.Request!);
                break;
            default:
                if (_operations.TryRemove(message.Id!, out var operation))
                {
                    await operation.CancelAsync();
                }

                break;
        }
    }

    private async Task InitialiseAsync(IReadOnlyDictionary<string, object?>? payload)
    {
        if (Interlocked.Exchange(ref _initReceived, 1) == 1)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        var connection = new GraphQLWebSocketConnection(_http, payload ?? new Dictionary<string, object?>());
        try
        {
            if (_options.OnConnect is { } onConnect && !await onConnect(connection, _session.Token))
            {
                await CloseAsync(GraphQLWebSocketCloseCodes.Forbidden, "Forbidden");
                return;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            _logger.LogError(exception, "Deciding on a WebSocket connection_init failed.");
            await CloseAsync(GraphQLWebSocketCloseCodes.InternalServerError, "Internal server error");
            return;
        }

        if (_options.RequireAuthentication && connection.User.Identity?.IsAuthenticated != true)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        _http.User = connection.User;
        _acknowledged = true;
        await SendAsync(writer => WriteMessage(writer, "connection_ack", null, connection.AcknowledgementPayload));
    }

    private async Task SubscribeAsync(string id, GraphQLHttpRequest request)
    {
        if (!_acknowledged)
        {
            await CloseAsync(GraphQLWebSocketCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(_session.Token);
        if (!_operations.TryAdd(id, cancellation))
        {
            cancellation.Dispose();
            await CloseAsync(GraphQLWebSocketCloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists");
            return;
        }

        var running = RunOperationAsync(id, request, cancellation);
        _running.TryAdd(running, 0);
        _ = running.ContinueWith(task => _running.TryRemove(task, out _), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    private async Task RunOperationAsync(string id, GraphQLHttpRequest request, CancellationTokenSource cancellation)
    {
        var cancellationToken = cancellation.Token;
        try
        {
            var context = new RequestContext { RequestServices = _http.RequestServices, User = _http.User };
            StreamedOperation operation;
            try
            {
                operation = await _endpoint.StartOperationAsync(_http, request, context, cancellationToken);
            }
            catch (GraphQLHttpException refusal)
            {
                operation = new StreamedOperation(refusal.Errors, null);
            }

            if (operation.Errors is { } errors)
            {
                // An error message ends the operation: no complete follows it.
                if (_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation)))
                {
                    await SendAsync(writer => WriteErrors(writer, id, errors));
                }

                return;
            }

            await foreach (var result in operation.Results!.WithCancellation(cancellationToken))
            {
                await SendAsync(writer => WriteNext(writer, id, result));
            }

            if (_operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation)))
            {
                await SendAsync(writer => WriteMessage(writer, "complete", id, null));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client completed the operation, or the socket closed.
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // The socket went away while a message was being sent.
        }
        catch (Exception exception)
        {
            _logger.LogError(exception, "A WebSocket operation failed.");
        }
        finally
        {
            _operations.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancellation));
            cancellation.Dispose();
        }
    }

    private async Task SendAsync(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        await _sendLock.WaitAsync();
        try
        {
            if (Volatile.Read(ref _closeSent) == 0 && _socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // Closes the socket for a protocol reason: every operation stops, the client gets the code and a short reason.
    private async Task CloseAsync(int code, string reason)
    {
        await _session.CancelAsync();
        await SendCloseAsync((WebSocketCloseStatus)code, reason);
        _abort.CancelAfter(CloseHandshakeTimeout);
    }

    private async Task SendCloseAsync(WebSocketCloseStatus status, string? reason)
    {
        if (Interlocked.Exchange(ref _closeSent, 1) == 1)
        {
            return;
        }

        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(status, Truncate(reason), CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // A close reason is at most 123 bytes of UTF-8.
    private static string? Truncate(string? reason)
    {
        if (reason is null || Encoding.UTF8.GetByteCount(reason) <= 123)
        {
            return reason;
        }

        var end = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, end)) > 120)
        {
            end--;
        }

        return reason[..end] + "...";
    }

    private static void WriteMessage(Utf8JsonWriter writer, string type, string? id, IReadOnlyDictionary<string, object?>? payload)
    {
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id"u8, id);
        }

        writer.WriteString("type"u8, type);
        if (payload is not null)
        {
            writer.WritePropertyName("payload"u8);
            JsonValueWriter.Write(writer, payload);
        }

        writer.WriteEndObject();
    }

    private static void WriteNext(Utf8JsonWriter writer, string id, ExecutionResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, id);
        writer.WriteString("type"u8, "next"u8);
        writer.WritePropertyName("payload"u8);
        result.WriteTo(writer);
        writer.WriteEndObject();
    }

    private static void WriteErrors(Utf8JsonWriter writer, string id, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, id);
        writer.WriteString("type"u8, "error"u8);
        writer.WritePropertyName("payload"u8);
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            ExecutionResult.WriteError(writer, error);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
