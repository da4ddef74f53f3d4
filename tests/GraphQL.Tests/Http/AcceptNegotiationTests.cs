using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphQL.Http;
using GraphQL.Tests.Subscriptions;

namespace GraphQL.Tests.Http;

/// <summary>
/// Content negotiation at /graphql: a single result is JSON whenever the client accepts JSON, whatever else it accepts;
/// a subscription is an event stream when the client accepts one; qualities, wildcards, order and parameters decide.
/// </summary>
public sealed class AcceptNegotiationTests
{
    private const string GraphQLResponse = GraphQLMediaTypes.GraphQLResponseJson;
    private const string Json = GraphQLMediaTypes.Json;
    private const string EventStream = GraphQLMediaTypes.EventStream;

    // What urql 6 (@urql/core fetchExchange) sends for queries and mutations, and for subscriptions over fetch.
    private const string UrqlQueries = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";
    private const string UrqlSubscriptions = "text/event-stream, multipart/mixed";

    /// <summary>The JSON type for a single result (null: none acceptable) and whether an event stream is acceptable.</summary>
    [Theory]
    [InlineData(null, Json, true)]
    [InlineData(GraphQLResponse, GraphQLResponse, false)]
    [InlineData(Json, Json, false)]
    [InlineData("*/*", Json, true)]
    [InlineData("application/*", Json, false)]
    [InlineData("text/*", null, true)]
    [InlineData(UrqlQueries, GraphQLResponse, true)]
    [InlineData(UrqlSubscriptions, null, true)]
    [InlineData("application/graphql-response+json, application/json;q=0.9, text/event-stream", GraphQLResponse, true)]
    [InlineData("text/event-stream, application/json;q=0.1", Json, true)]
    [InlineData("application/json, application/graphql-response+json", Json, false)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse, false)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse, false)]
    [InlineData("application/graphql-response+json;q=0.2, application/json;q=0.9", Json, false)]
    [InlineData("application/graphql-response+json;q=0.5, */*", Json, true)]
    [InlineData("*/*, application/graphql-response+json", GraphQLResponse, true)]
    [InlineData("text/event-stream;q=0, */*", Json, false)]
    [InlineData("application/json;q=0, */*;q=0.5", GraphQLResponse, true)]
    [InlineData("*/*;q=0", null, false)]
    [InlineData("application/json; charset=utf-8", Json, false)]
    [InlineData("application/json; charset=iso-8859-1", null, false)]
    [InlineData("application/json; charset=iso-8859-1, application/graphql-response+json;q=0.3", GraphQLResponse, false)]
    [InlineData("text/html, */*;q=0.8", Json, true)]
    [InlineData("text/html", null, false)]
    [InlineData("not a media type", null, false)]
    public void The_accept_header_decides_the_json_type_and_whether_a_stream_is_acceptable(string? accept, string? json, bool eventStream)
    {
        var accepted = AcceptedMediaTypes.Parse(accept);

        Assert.Equal(json, accepted.Json);
        Assert.Equal(eventStream, accepted.AcceptsEventStream);
    }

    /// <summary>The endpoint's answer per Accept header and operation: the response's media type, or 406.</summary>
    [Theory]
    [InlineData(UrqlQueries, "{ hello }", GraphQLResponse)]
    [InlineData(UrqlQueries, "subscription { countdown(from: 2) }", EventStream)]
    [InlineData(UrqlSubscriptions, "subscription { countdown(from: 2) }", EventStream)]
    [InlineData(UrqlSubscriptions, "{ hello }", EventStream)]
    [InlineData("text/event-stream, application/json;q=0.1", "{ hello }", Json)]
    [InlineData("application/json, text/event-stream;q=0.5", "subscription { countdown(from: 2) }", EventStream)]
    [InlineData("*/*", "{ hello }", Json)]
    [InlineData("*/*", "subscription { countdown(from: 2) }", EventStream)]
    [InlineData("text/event-stream;q=0, */*", "{ hello }", Json)]
    [InlineData("text/event-stream;q=0, */*", "subscription { countdown(from: 2) }", null)]
    [InlineData("application/json", "subscription { countdown(from: 2) }", null)]
    [InlineData("text/html", "{ hello }", null)]
    public async Task The_endpoint_answers_with_the_negotiated_media_type_or_406(string accept, string query, string? expected)
    {
        await using var server = await SubscriptionTestServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await server.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        if (expected is null)
        {
            Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.GetProperty("errors")[0];
            Assert.Equal(GraphQLHttpErrorCodes.NotAcceptable, error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains(query.StartsWith("subscription", StringComparison.Ordinal) ? "event stream" : "Accept header must allow", error.GetProperty("message").GetString());
            return;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        if (expected == EventStream)
        {
            Assert.StartsWith("event: next\ndata: {\"data\":{", body, StringComparison.Ordinal);
            Assert.EndsWith("event: complete\ndata:\n\n", body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal("""{"data":{"hello":"world"}}""", body);
        }
    }

    [Fact]
    public async Task A_subscription_in_a_batch_is_refused_alone_and_its_neighbours_run()
    {
        await using var server = await SubscriptionTestServer.StartAsync(http: o => o.EnableBatching = true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new object[] { new { query = "{ hello }" }, new { query = "subscription { countdown(from: 1) }" } }),
        };
        request.Headers.TryAddWithoutValidation("Accept", UrqlQueries);

        using var response = await server.Client.SendAsync(request);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("world", json.RootElement[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Contains("send it alone", json.RootElement[1].GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task With_event_streams_turned_off_a_subscription_over_http_is_told_to_use_websocket()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o => o.ServerSentEvents.Enabled = false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query = "subscription { countdown(from: 1) }" }) };
        request.Headers.TryAddWithoutValidation("Accept", UrqlQueries);

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("WebSocket", await response.Content.ReadAsStringAsync());
    }
}
