using GraphQL.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Subscriptions;

public sealed class WebSocketProtocolTests
{
    private const string NoticeSubscription = """subscription { noticePosted(kaptCode: "A1") { title kaptCode } }""";

    [Fact]
    public async Task Connection_init_is_acknowledged_and_the_server_chose_graphql_transport_ws()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAsync(server);
        Assert.Equal("graphql-transport-ws", client.SubProtocol);

        await client.SendAsync("""{"type":"connection_init","payload":{}}""");
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong_carrying_its_payload_even_before_connection_init()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAsync(server);

        await client.SendAsync("""{"type":"ping","payload":{"at":1}}""");
        Assert.Equal("""{"type":"pong","payload":{"at":1}}""", await client.ReceiveTextAsync());
        await client.SendAsync("""{"type":"pong"}""");
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_subscription_gets_a_next_per_event_of_its_topic_until_the_client_completes_it()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);
        var topic = SubscriptionTestServer.NoticeTopic("A1");

        await client.SubscribeAsync("s1", NoticeSubscription);
        await SubscriptionTestServer.WaitForSubscribersAsync(server, topic, 1);
        await SubscriptionTestServer.SendNoticeAsync(server, "B2", "elsewhere");
        await SubscriptionTestServer.SendNoticeAsync(server, "A1", "Water cut on Monday");
        await SubscriptionTestServer.SendNoticeAsync(server, "A1", "Elevator inspection");

        Assert.Equal(
            """{"id":"s1","type":"next","payload":{"data":{"noticePosted":{"title":"Water cut on Monday","kaptCode":"A1"}}}}""",
            await client.ReceiveTextAsync());
        Assert.Equal(
            """{"id":"s1","type":"next","payload":{"data":{"noticePosted":{"title":"Elevator inspection","kaptCode":"A1"}}}}""",
            await client.ReceiveTextAsync());

        await client.SendAsync("""{"id":"s1","type":"complete"}""");
        await SubscriptionTestServer.WaitForSubscribersAsync(server, topic, 0);
        await client.SendAsync("""{"type":"ping"}""");
        Assert.Equal("""{"type":"pong"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_finite_subscription_ends_with_complete_and_its_id_can_be_used_again()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("c", "subscription { countdown(from: 2) }");
        Assert.Equal("""{"id":"c","type":"next","payload":{"data":{"countdown":2}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"c","type":"next","payload":{"data":{"countdown":1}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"c","type":"complete"}""", await client.ReceiveTextAsync());

        await client.SubscribeAsync("c", "subscription { countdown(from: 1) }");
        Assert.Equal("""{"id":"c","type":"next","payload":{"data":{"countdown":1}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"c","type":"complete"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Queries_and_mutations_run_over_the_socket_with_one_next_and_a_complete()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("q", "{ hello }");
        Assert.Equal("""{"id":"q","type":"next","payload":{"data":{"hello":"world"}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"q","type":"complete"}""", await client.ReceiveTextAsync());

        await client.SubscribeAsync("m", "mutation { increment }");
        Assert.Equal("""{"id":"m","type":"next","payload":{"data":{"increment":1}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"m","type":"complete"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_document_that_does_not_validate_gets_an_error_message_and_no_complete()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("bad", "subscription { nothing }");
        var error = await client.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("bad", error.GetProperty("id").GetString());
        Assert.Equal("Cannot query field \"nothing\" on type \"Subscription\".", error.GetProperty("payload")[0].GetProperty("message").GetString());

        await client.SubscribeAsync("bad", "{ hello }");
        Assert.Equal("""{"id":"bad","type":"next","payload":{"data":{"hello":"world"}}}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Variables_are_coerced_and_their_errors_come_as_a_next_result()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("v", "subscription ($from: Int!) { countdown(from: $from) }", """{"from":1}""");
        Assert.Equal("""{"id":"v","type":"next","payload":{"data":{"countdown":1}}}""", await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"v","type":"complete"}""", await client.ReceiveTextAsync());

        await client.SubscribeAsync("w", "subscription ($from: Int!) { countdown(from: $from) }", """{"from":"x"}""");
        var next = await client.ReceiveAsync();
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.False(next.GetProperty("payload").TryGetProperty("data", out _));
        Assert.Equal("""{"id":"w","type":"complete"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_source_stream_that_fails_ends_with_an_error_result_and_complete()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("b", "subscription { broken }");
        Assert.Equal("""{"id":"b","type":"next","payload":{"data":{"broken":1}}}""", await client.ReceiveTextAsync());
        Assert.Equal(
            """{"id":"b","type":"next","payload":{"errors":[{"message":"The subscription\u0027s event stream failed.","extensions":{"code":"SUBSCRIPTION_FAILED"}}]}}""",
            await client.ReceiveTextAsync());
        Assert.Equal("""{"id":"b","type":"complete"}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Operations_are_multiplexed_by_id()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("one", """subscription { noticePosted(kaptCode: "A1") { title } }""");
        await client.SubscribeAsync("two", """subscription { noticePosted(kaptCode: "B2") { title } }""");
        await SubscriptionTestServer.WaitForSubscribersAsync(server, SubscriptionTestServer.NoticeTopic("A1"), 1);
        await SubscriptionTestServer.WaitForSubscribersAsync(server, SubscriptionTestServer.NoticeTopic("B2"), 1);
        await SubscriptionTestServer.SendNoticeAsync(server, "B2", "for two");
        Assert.Equal("""{"id":"two","type":"next","payload":{"data":{"noticePosted":{"title":"for two"}}}}""", await client.ReceiveTextAsync());
        await SubscriptionTestServer.SendNoticeAsync(server, "A1", "for one");
        Assert.Equal("""{"id":"one","type":"next","payload":{"data":{"noticePosted":{"title":"for one"}}}}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_second_subscribe_with_a_running_id_closes_the_socket_with_4409()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("same", NoticeSubscription);
        await SubscriptionTestServer.WaitForSubscribersAsync(server, SubscriptionTestServer.NoticeTopic("A1"), 1);
        await client.SubscribeAsync("same", NoticeSubscription);

        Assert.Equal((4409, "Subscriber for same already exists"), await client.ReceiveCloseAsync());
        await SubscriptionTestServer.WaitForSubscribersAsync(server, SubscriptionTestServer.NoticeTopic("A1"), 0);
    }

    [Fact]
    public async Task Subscribe_before_connection_init_closes_the_socket_with_4401()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAsync(server);

        await client.SubscribeAsync("1", "{ hello }");
        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_the_socket_with_4408()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o => o.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var client = await ProtocolClient.ConnectAsync(server);

        Assert.Equal((4408, "Connection initialisation timeout"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_second_connection_init_closes_the_socket_with_4429()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal((4429, "Too many initialisation requests"), await client.ReceiveCloseAsync());
    }

    [Theory]
    [InlineData("not json", "Invalid message received")]
    [InlineData("[1]", "Invalid message received")]
    [InlineData("""{"id":"1"}""", "Invalid message received")]
    [InlineData("""{"type":"connection_init","payload":"token"}""", "Invalid message of type connection_init received")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""", "Invalid message of type subscribe received")]
    [InlineData("""{"type":"subscribe","id":"","payload":{"query":"{ hello }"}}""", "Invalid message of type subscribe received")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":1}}""", "Invalid message of type subscribe received")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ hello }","variables":[]}}""", "Invalid message of type subscribe received")]
    [InlineData("""{"type":"complete"}""", "Invalid message of type complete received")]
    [InlineData("""{"type":"next","id":"1","payload":{}}""", "Unexpected message of type next received")]
    [InlineData("""{"type":"connection_ack"}""", "Unexpected message of type connection_ack received")]
    [InlineData("""{"type":"subscription_start"}""", "Unexpected message of type subscription_start received")]
    public async Task A_message_the_protocol_does_not_allow_closes_the_socket_with_4400(string message, string reason)
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAsync(server);

        await client.SendAsync(message);
        Assert.Equal((4400, reason), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_message_larger_than_the_limit_closes_the_socket_with_1009()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o => o.WebSockets.MaxMessageSize = 1000);
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("big", "{ hello " + new string(' ', 2000) + "}");
        Assert.Equal((1009, "Message too big"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task A_client_without_the_graphql_transport_ws_subprotocol_is_closed_with_4406()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        await using var client = await ProtocolClient.ConnectAsync(server, subProtocol: "graphql-ws");

        Assert.Null(client.SubProtocol);
        Assert.Equal((4406, "Subprotocol not acceptable"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Closing_the_socket_ends_its_subscriptions()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        var topic = SubscriptionTestServer.NoticeTopic("A1");
        await using (var client = await ProtocolClient.ConnectAndInitAsync(server))
        {
            await client.SubscribeAsync("s", NoticeSubscription);
            await SubscriptionTestServer.WaitForSubscribersAsync(server, topic, 1);
            await client.CloseAsync();
        }

        await SubscriptionTestServer.WaitForSubscribersAsync(server, topic, 0);
    }

    [Fact]
    public async Task The_upgrade_request_ends_only_after_its_operations_have_stopped()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        var probe = server.Services.GetRequiredService<RequestProbe>();
        await using (var client = await ProtocolClient.ConnectAndInitAsync(server))
        {
            await client.SubscribeAsync("slow", "subscription { slowToStop }");
            Assert.Equal("""{"id":"slow","type":"next","payload":{"data":{"slowToStop":1}}}""", await client.ReceiveTextAsync());
            await client.CloseAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!probe.Events.Contains("request ended"))
        {
            await Task.Delay(10, timeout.Token);
        }

        Assert.Equal(["stream ended", "request ended"], probe.Events);
    }

    [Fact]
    public async Task When_authentication_is_required_a_connection_without_a_user_is_closed_with_4401()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o =>
        {
            o.WebSockets.RequireAuthentication = true;
            o.WebSockets.OnConnect = GraphQLWebSocketAuthentication.FromInitPayload();
        });
        await using var client = await ProtocolClient.ConnectAsync(server);

        await client.SendAsync("""{"type":"connection_init","payload":{}}""");
        Assert.Equal((4401, "Unauthorized"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task The_token_in_the_init_payload_becomes_the_user_of_every_operation()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o =>
        {
            o.WebSockets.RequireAuthentication = true;
            o.WebSockets.OnConnect = GraphQLWebSocketAuthentication.FromInitPayload();
        });
        await using var client = await ProtocolClient.ConnectAndInitAsync(server, """{"Authorization":"Token manager"}""");

        await client.SubscribeAsync("me", "{ me }");
        Assert.Equal("""{"id":"me","type":"next","payload":{"data":{"me":"manager"}}}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_token_the_scheme_refuses_closes_the_socket_with_4403()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o => o.WebSockets.OnConnect = GraphQLWebSocketAuthentication.FromInitPayload());
        await using var client = await ProtocolClient.ConnectAsync(server);

        await client.SendAsync("""{"type":"connection_init","payload":{"authorization":"Token"}}""");
        Assert.Equal((4403, "Forbidden"), await client.ReceiveCloseAsync());
    }

    [Fact]
    public async Task The_upgrade_request_user_is_kept_when_the_init_payload_has_no_token()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o =>
        {
            o.WebSockets.RequireAuthentication = true;
            o.WebSockets.OnConnect = GraphQLWebSocketAuthentication.FromInitPayload();
        });
        await using var client = await ProtocolClient.ConnectAsync(server, authorization: "Token officer");
        await client.SendAsync("""{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", await client.ReceiveTextAsync());

        await client.SubscribeAsync("me", "{ me }");
        Assert.Equal("""{"id":"me","type":"next","payload":{"data":{"me":"officer"}}}""", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task The_request_hooks_of_the_http_endpoint_see_socket_operations_too()
    {
        await using var server = await SubscriptionTestServer.StartAsync(http: o => o.RequestInterceptors.Add(new RefuseMutations()));
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("m", "mutation { increment }");
        Assert.Equal(
            """{"id":"m","type":"error","payload":[{"message":"Mutations are closed.","extensions":{"code":"HTTP_INVALID_REQUEST"}}]}""",
            await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task A_websocket_upgrade_is_refused_when_websockets_are_disabled()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o => o.WebSockets.Enabled = false);
        await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => ProtocolClient.ConnectAsync(server));
    }

    private sealed class RefuseMutations : IGraphQLHttpRequestInterceptor
    {
        public ValueTask<GraphQLHttpRequest> OnRequestAsync(Microsoft.AspNetCore.Http.HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken) =>
            request.Query!.StartsWith("mutation", StringComparison.Ordinal)
                ? throw GraphQLHttpRequestReader.Invalid("Mutations are closed.")
                : ValueTask.FromResult(request);
    }
}
