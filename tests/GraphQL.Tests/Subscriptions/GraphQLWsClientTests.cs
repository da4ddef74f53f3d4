using System.Text.Json;
using GraphQL.Http;
using GraphQL.Tests.Conformance;

namespace GraphQL.Tests.Subscriptions;

/// <summary>The npm graphql-ws client (tests/conformance/subscriptions.mjs) against the engine's WebSocket transport.</summary>
public sealed class GraphQLWsClientTests
{
    [Fact]
    public async Task The_graphql_ws_client_authenticates_queries_mutates_and_receives_subscriptions()
    {
        await using var server = await SubscriptionTestServer.StartAsync(o =>
        {
            o.WebSockets.RequireAuthentication = true;
            o.WebSockets.OnConnect = GraphQLWebSocketAuthentication.FromInitPayload();
        });
        var url = new UriBuilder(server.Address) { Scheme = "ws", Path = "/graphql" }.Uri.ToString();

        var output = await NodeScripts.RunAsync("subscriptions.mjs", [url, "Token resident"], TimeSpan.FromMinutes(2));
        var received = JsonDocument.Parse(output).RootElement;

        Assert.Equal("""{"data":{"me":"resident"}}""", received.GetProperty("me").GetRawText());
        var titles = received.GetProperty("notices").EnumerateArray()
            .Select(n => n.GetProperty("data").GetProperty("noticePosted"))
            .Select(n => (n.GetProperty("title").GetString(), n.GetProperty("kaptCode").GetString()))
            .ToList();
        Assert.Equal(3, titles.Count);
        var first = int.Parse(titles[0].Item1!["notice ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([($"notice {first}", "A1"), ($"notice {first + 1}", "A1"), ($"notice {first + 2}", "A1")], titles);
        Assert.Equal(
            ["""{"data":{"countdown":3}}""", """{"data":{"countdown":2}}""", """{"data":{"countdown":1}}"""],
            received.GetProperty("countdown").EnumerateArray().Select(r => r.GetRawText()));
        Assert.Equal(
            "Cannot query field \"nothing\" on type \"Subscription\".",
            received.GetProperty("error")[0].GetProperty("message").GetString());
    }
}
