using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using GraphQL.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Subscriptions;

public sealed class ServerSentEventsTests
{
    private static HttpRequestMessage Post(string query, string accept = "text/event-stream")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd(accept);
        return request;
    }

    private static HttpRequestMessage Get(string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd("text/event-stream");
        return request;
    }

    private static async Task<HttpResponseMessage> SendAsync(KestrelHost server, HttpRequestMessage request)
    {
        using (request)
        {
            return await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        }
    }

    /// <summary>Reads events (name and data) until <paramref name="count"/> have arrived or the stream ends; comment lines are kept as ":".</summary>
    private static async Task<List<string>> ReadEventsAsync(StreamReader reader, int count = int.MaxValue, bool keepComments = false)
    {
        var events = new List<string>();
        var current = new StringBuilder();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (events.Count < count && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (current.Length > 0)
                {
                    events.Add(current.ToString().TrimEnd('\n'));
                    current.Clear();
                }
            }
            else if (line.StartsWith(':'))
            {
                if (keepComments)
                {
                    current.Append(line).Append('\n');
                }
            }
            else
            {
                current.Append(line).Append('\n');
            }
        }

        return events;
    }

    [Fact]
    public async Task A_query_accepting_an_event_stream_gets_one_next_event_and_complete()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        using var response = await SendAsync(server, Post("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        var events = await ReadEventsAsync(new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.Equal(["event: next\ndata: {\"data\":{\"hello\":\"world\"}}", "event: complete\ndata:"], events);
    }

    [Fact]
    public async Task A_subscription_streams_an_event_per_topic_message_until_the_topic_completes()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        var topic = SubscriptionTestServer.NoticeTopic("A1");
        using var response = await SendAsync(server, Post("""subscription { noticePosted(kaptCode: "A1") { title } }"""));
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        await SubscriptionTestServer.WaitForSubscribersAsync(server, topic, 1);

        await SubscriptionTestServer.SendNoticeAsync(server, "A1", "Water cut");
        Assert.Equal(["event: next\ndata: {\"data\":{\"noticePosted\":{\"title\":\"Water cut\"}}}"], await ReadEventsAsync(reader, 1));
        await SubscriptionTestServer.SendNoticeAsync(server, "A1", "Inspection");
        await server.Services.GetRequiredService<GraphQL.Subscriptions.ITopicEventSender>().CompleteAsync(topic);

        Assert.Equal(
            ["event: next\ndata: {\"data\":{\"noticePosted\":{\"title\":\"Inspection\"}}}", "event: complete\ndata:"],
            await ReadEventsAsync(reader));
    }

    [Fact]
    public async Task A_subscription_can_be_sent_with_get_as_EventSource_does()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        using var response = await SendAsync(server, Get("subscription { countdown(from: 2) }"));

        var events = await ReadEventsAsync(new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.Equal(
            ["event: next\ndata: {\"data\":{\"countdown\":2}}", "event: next\ndata: {\"data\":{\"countdown\":1}}", "event: complete\ndata:"],
            events);
    }

    [Fact]
    public async Task A_mutation_sent_with_get_is_refused_with_405_before_the_stream_starts()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        using var response = await SendAsync(server, Get("mutation { increment }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Contains("HTTP_METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_malformed_body_is_refused_with_its_http_status()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent("{", Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_streamed_as_one_error_result()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        using var response = await SendAsync(server, Post("subscription { nothing }"));

        var events = await ReadEventsAsync(new StreamReader(await response.Content.ReadAsStreamAsync()));
        Assert.Equal(2, events.Count);
        Assert.StartsWith("event: next\ndata: {\"errors\":[{\"message\":\"Cannot query field \\\"nothing\\\" on type \\\"Subscription\\\".\"", events[0]);
        Assert.Equal("event: complete\ndata:", events[1]);
    }

    [Fact]
    public async Task A_client_that_disconnects_is_unsubscribed()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        var topic = SubscriptionTestServer.NoticeTopic("A1");
        using (var response = await SendAsync(server, Post("""subscription { noticePosted(kaptCode: "A1") { title } }""")))
        {
            await SubscriptionTestServer.WaitForSubscribersAsync(server, topic, 1);
        }

        await SubscriptionTestServer.WaitForSubscribersAsync(server, topic, 0);
    }

    [Fact]
    public async Task An_idle_stream_gets_comment_lines_to_keep_it_open()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o => o.ServerSentEvents.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using var response = await SendAsync(server, Post("""subscription { noticePosted(kaptCode: "A1") { title } }"""));
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        Assert.Equal(":", (await ReadEventsAsync(reader, 1, keepComments: true))[0]);
    }

    [Fact]
    public async Task The_headers_go_out_before_the_first_event_so_the_client_sees_the_stream_open()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o => o.ServerSentEvents.KeepAliveInterval = TimeSpan.FromHours(1));
        using var request = Post("""subscription { noticePosted(kaptCode: "A1") { title } }""");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        using var response = await server.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Plain_json_requests_are_still_answered_by_the_http_endpoint()
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        using var response = await SendAsync(server, Post("{ hello }", "application/graphql-response+json"));

        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"hello":"world"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Event_streams_can_be_turned_off()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o => o.ServerSentEvents.Enabled = false);
        using var response = await SendAsync(server, Post("{ hello }"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }
}
