using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Http;
using GraphQL.Subscriptions;
using GraphQL.Tests.Http;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Subscriptions;

/// <summary>
/// Subscription fields with resolvers of their own get the event (as their parent and through
/// <see cref="IResolverContext.GetEventMessage{T}"/>), over WebSocket and server-sent events; a field without one has
/// the event as its value even behind middleware.
/// </summary>
public sealed class SubscriptionResolverTests
{
    private const string Sdl = """
        type Query {
          hello: String!
          eventTitle: String
        }

        type Subscription {
          headline(kaptCode: String!): String!
          notice(kaptCode: String!): Notice!
          detail(kaptCode: String!): Detail!
        }

        type Notice {
          title: String!
          kaptCode: String!
        }

        type Detail {
          kaptCode: String!
          eventTitle: String!
        }
        """;

    private sealed record Notice(string Title, string KaptCode);

    private sealed record Detail(string KaptCode);

    private static string Topic(string kaptCode) => "notices:" + kaptCode;

    private static Schema BuildSchema(List<string> middlewareSaw) => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "hello", _ => "world")
        .Resolve("Query", "eventTitle", context => context.GetEventMessage<Notice>().Title)
        // The parent of a subscription field's resolver is the event.
        .SubscribeToTopic<Notice>("Subscription", "headline", context => Topic(context.ArgumentValue<string>("kaptCode")))
        .Resolve("Subscription", "headline", context => $"[{context.Parent<Notice>().KaptCode}] {context.Parent<Notice>().Title}")
        // No resolver: the event is the value, though schema middleware wraps every field.
        .SubscribeToTopic<Notice>("Subscription", "notice", context => Topic(context.ArgumentValue<string>("kaptCode")))
        // The event is there for resolvers below the subscription field too.
        .SubscribeToTopic<Notice>("Subscription", "detail", context => Topic(context.ArgumentValue<string>("kaptCode")))
        .Resolve("Subscription", "detail", context => new Detail(context.GetEventMessage<Notice>().KaptCode))
        .Resolve("Detail", "eventTitle", context => context.GetEventMessage<Notice>().Title)
        .UseField(next => context =>
        {
            if (context.ObjectType.Name == "Subscription")
            {
                lock (middlewareSaw)
                {
                    middlewareSaw.Add(context.Field.Name);
                }
            }

            return next(context);
        })
        .Build();

    private static Task<KestrelHost> StartAsync(List<string> middlewareSaw) =>
        KestrelHost.StartAsync(
            services =>
            {
                services.AddInProcessTopicEventBus();
                services.AddGraphQLServer(BuildSchema(middlewareSaw));
            },
            app => app.MapGraphQL("/graphql"));

    private static ValueTask SendAsync(KestrelHost server, string kaptCode, string title) =>
        server.Services.GetRequiredService<ITopicEventSender>().SendAsync(Topic(kaptCode), new Notice(title, kaptCode));

    [Fact]
    public async Task Over_websocket_a_resolver_of_a_subscription_field_and_those_below_it_read_the_event()
    {
        var middlewareSaw = new List<string>();
        await using var server = await StartAsync(middlewareSaw);
        await using var client = await ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("headline", """subscription { headline(kaptCode: "A1") }""");
        await client.SubscribeAsync("notice", """subscription { notice(kaptCode: "A1") { title kaptCode } }""");
        await client.SubscribeAsync("detail", """subscription { detail(kaptCode: "A1") { kaptCode eventTitle } }""");
        await SubscriptionTestServer.WaitForSubscribersAsync(server, Topic("A1"), 3);
        await SendAsync(server, "B2", "elsewhere");
        await SendAsync(server, "A1", "Water cut");

        var received = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            received.Add(await client.ReceiveTextAsync());
        }

        received.Sort(StringComparer.Ordinal);
        Assert.Equal(
            [
                """{"id":"detail","type":"next","payload":{"data":{"detail":{"kaptCode":"A1","eventTitle":"Water cut"}}}}""",
                """{"id":"headline","type":"next","payload":{"data":{"headline":"[A1] Water cut"}}}""",
                """{"id":"notice","type":"next","payload":{"data":{"notice":{"title":"Water cut","kaptCode":"A1"}}}}""",
            ],
            received);
        lock (middlewareSaw)
        {
            Assert.Contains("notice", middlewareSaw);
        }
    }

    [Fact]
    public async Task Over_server_sent_events_a_subscription_fields_resolver_maps_each_event()
    {
        await using var server = await StartAsync([]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new { query = """subscription { headline(kaptCode: "A1") }""" }),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await SubscriptionTestServer.WaitForSubscribersAsync(server, Topic("A1"), 1);

        await SendAsync(server, "A1", "Water cut");
        await SendAsync(server, "A1", "Inspection");
        await server.Services.GetRequiredService<ITopicEventSender>().CompleteAsync(Topic("A1"));

        var data = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: {", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }

        Assert.Equal(["""{"data":{"headline":"[A1] Water cut"}}""", """{"data":{"headline":"[A1] Inspection"}}"""], data);
    }

    [Fact]
    public async Task Outside_a_subscription_event_asking_for_the_event_message_is_a_field_error_saying_so()
    {
        await using var server = await StartAsync([]);

        using var response = await server.Client.PostAsJsonAsync("graphql", new { query = "{ hello eventTitle }" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("world", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("eventTitle").ValueKind);
        Assert.Equal(["eventTitle"], body.GetProperty("errors")[0].GetProperty("path").EnumerateArray().Select(p => p.GetString()));
    }
}
