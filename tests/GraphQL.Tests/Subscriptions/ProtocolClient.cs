using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL.Tests.Http;

namespace GraphQL.Tests.Subscriptions;

/// <summary>A raw WebSocket client for protocol tests: sends text, receives messages as JSON or the server's close.</summary>
internal sealed class ProtocolClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly ClientWebSocket _socket;

    private ProtocolClient(ClientWebSocket socket) => _socket = socket;

    /// <summary>The sub-protocol the server chose.</summary>
    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<ProtocolClient> ConnectAsync(KestrelHost server, string? subProtocol = "graphql-transport-ws", string? authorization = null)
    {
        var socket = new ClientWebSocket();
        if (subProtocol is not null)
        {
            socket.Options.AddSubProtocol(subProtocol);
        }

        if (authorization is not null)
        {
            socket.Options.SetRequestHeader("Authorization", authorization);
        }

        var address = new UriBuilder(server.Address) { Scheme = "ws", Path = "/graphql" }.Uri;
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(address, timeout.Token);
        return new ProtocolClient(socket);
    }

    /// <summary>Connects and completes connection_init/connection_ack.</summary>
    public static async Task<ProtocolClient> ConnectAndInitAsync(KestrelHost server, string initPayload = "")
    {
        var client = await ConnectAsync(server);
        await client.SendAsync(initPayload.Length == 0 ? """{"type":"connection_init"}""" : $$"""{"type":"connection_init","payload":{{initPayload}}}""");
        Assert.Equal("connection_ack", (await client.ReceiveAsync()).GetProperty("type").GetString());
        return client;
    }

    public async Task SendAsync(string text)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
    }

    public Task SubscribeAsync(string id, string query, string? variables = null) =>
        SendAsync(JsonSerializer.Serialize(new
        {
            id,
            type = "subscribe",
            payload = new { query, variables = variables is null ? (JsonElement?)null : JsonDocument.Parse(variables).RootElement },
        }));

    /// <summary>The next message; fails if the server closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        return message ?? throw new Xunit.Sdk.XunitException($"The server closed the socket with {close}: {_socket.CloseStatusDescription}");
    }

    /// <summary>The next message as compact JSON text.</summary>
    public async Task<string> ReceiveTextAsync() => JsonSerializer.Serialize(await ReceiveAsync());

    /// <summary>Waits for the server's close and returns its code and reason; fails on any other message.</summary>
    public async Task<(int Code, string? Reason)> ReceiveCloseAsync()
    {
        var (message, close) = await ReceiveOrCloseAsync();
        Assert.True(message is null, "expected a close, got " + message);
        return (close!.Value, _socket.CloseStatusDescription);
    }

    public async Task CloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<(JsonElement? Message, int? Close)> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        while (true)
        {
            var frame = await _socket.ReceiveAsync(chunk, timeout.Token);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                return (null, (int)frame.CloseStatus!.Value);
            }

            buffer.Write(chunk, 0, frame.Count);
            if (frame.EndOfMessage)
            {
                return (JsonDocument.Parse(buffer.ToArray()).RootElement.Clone(), null);
            }
        }
    }
}
