using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;

namespace Api.Tests.GraphQL;

public sealed class GraphQLEndpointTests : IDisposable
{
    private readonly HousingApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task An_anonymous_caller_is_nobody()
    {
        var data = await _api.DataAsync("{ me { name } }");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_bearer_token_makes_the_caller_known_with_its_roles()
    {
        await _api.CreateUserAsync("officer.kim", Roles.DistrictOfficer);
        var token = await _api.TokenForAsync("officer.kim");

        var me = (await _api.DataAsync("{ me { name roles } }", token: token)).GetProperty("me");

        Assert.Equal("officer.kim", me.GetProperty("name").GetString());
        Assert.Equal([Roles.DistrictOfficer], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}

public sealed class GraphQLWebSocketTests : IDisposable
{
    private readonly HousingApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task A_socket_client_signs_in_with_the_token_of_its_connection_init()
    {
        await _api.CreateUserAsync("manager.lee", Roles.ComplexManager);
        var token = await _api.TokenForAsync("manager.lee");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var client = _api.Server.CreateWebSocketClient();
        client.ConfigureRequest = request => request.Headers["Sec-WebSocket-Protocol"] = "graphql-transport-ws";
        using var socket = await client.ConnectAsync(new Uri("ws://localhost/graphql"), timeout.Token);

        await SendAsync(socket, new { type = "connection_init", payload = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token } }, timeout.Token);
        var ack = await ReceiveAsync(socket, timeout.Token);
        await SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query = "{ me { name roles } }" } }, timeout.Token);
        var next = await ReceiveAsync(socket, timeout.Token);

        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("manager.lee", next.GetProperty("payload").GetProperty("data").GetProperty("me").GetProperty("name").GetString());
    }

    private static Task SendAsync(System.Net.WebSockets.WebSocket socket, object message, CancellationToken ct) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), System.Net.WebSockets.WebSocketMessageType.Text, true, ct);

    private static async Task<JsonElement> ReceiveAsync(System.Net.WebSockets.WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        System.Net.WebSockets.WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), ct) is var r
                ? new System.Net.WebSockets.WebSocketReceiveResult(r.Count, r.MessageType, r.EndOfMessage)
                : throw new InvalidOperationException();
            length += result.Count;
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
    }
}
