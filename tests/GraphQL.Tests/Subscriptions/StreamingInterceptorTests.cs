using System.Net.Http.Json;
using System.Net;
using GraphQL.Cost;
using GraphQL.Persisted;

namespace GraphQL.Tests.Subscriptions;

/// <summary>Persisted operations and other execution interceptors of MapGraphQL hold for WebSocket and SSE operations too.</summary>
public sealed class StreamingInterceptorTests
{
    private const string Countdown = "subscription { countdown(from: 2) }";

    private static Task<Http.KestrelHost> StartPersistedOnlyAsync(InMemoryPersistedOperationStore store) =>
        SubscriptionTestServer.StartAsync(http: o => o.UsePersistedOperations(p =>
        {
            p.Store = store;
            p.OnlyPersisted = true;
        }));

    [Fact]
    public async Task A_persisted_only_server_refuses_an_ad_hoc_operation_over_the_socket_with_an_error_message()
    {
        await using var server = await StartPersistedOnlyAsync(new InMemoryPersistedOperationStore());
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("1", Countdown);
        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("PERSISTED_QUERY_REQUIRED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_persisted_subscription_runs_over_the_socket_from_its_hash_alone()
    {
        var store = new InMemoryPersistedOperationStore();
        var hash = store.Add(Countdown);
        await using var server = await StartPersistedOnlyAsync(store);
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SendAsync("""{"id":"p","type":"subscribe","payload":{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"HASH"}}}}""".Replace("HASH", hash, StringComparison.Ordinal));
        Assert.Equal("""{"id":"p","type":"next","payload":{"data":{"countdown":2}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"p","type":"next","payload":{"data":{"countdown":1}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"p","type":"complete"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_subscribe_message_without_query_or_extensions_closes_the_socket_with_4400()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SendAsync("""{"id":"p","type":"subscribe","payload":{}}""");
        Assert.Equal((4400, "Invalid message of type subscribe received"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_persisted_only_server_refuses_an_ad_hoc_event_stream_and_runs_a_persisted_one_by_id()
    {
        var store = new InMemoryPersistedOperationStore();
        var hash = store.Add(Countdown);
        await using var server = await StartPersistedOnlyAsync(store);

        using var adHoc = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query = Countdown }) };
        adHoc.Headers.Accept.ParseAdd("text/event-stream");
        using var refused = await server.Client.SendAsync(adHoc);
        var refusal = await refused.Content.ReadAsStringAsync();
        Assert.Contains("PERSISTED_QUERY_REQUIRED", refusal);
        Assert.DoesNotContain("countdown", refusal);

        using var byId = new HttpRequestMessage(HttpMethod.Get, "graphql?id=" + hash);
        byId.Headers.Accept.ParseAdd("text/event-stream");
        using var streamed = await server.Client.SendAsync(byId);
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"countdown\":2}}\n\nevent: next\ndata: {\"data\":{\"countdown\":1}}\n\nevent: complete\ndata:\n\n",
            await streamed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_spent_client_asking_for_an_event_stream_gets_429_with_retry_after_before_the_stream_starts()
    {
        await using var server = await SubscriptionTestServer.StartAsync(http: o => o.UseRateLimiting(limit =>
        {
            limit.Capacity = 15;
            limit.RestoreRate = 0.001;
        }));

        async Task<HttpResponseMessage> StreamAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query = Countdown }) };
            request.Headers.Accept.ParseAdd("text/event-stream");
            return await server.Client.SendAsync(request);
        }

        using var first = await StreamAsync();
        Assert.Equal("text/event-stream", first.Content.Headers.ContentType?.MediaType);
        using var refused = await StreamAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("RATE_LIMITED", await refused.Content.ReadAsStringAsync());
    }
}
