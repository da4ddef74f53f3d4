using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL.Cost;
using GraphQL.Http;
using GraphQL.Tests.Http;
using Microsoft.AspNetCore.Builder;

namespace GraphQL.Tests.Cost;

/// <summary>Cost limits, the GraphQL-Cost header and rate limiting over HTTP.</summary>
public sealed class CostHttpTests
{
    private const string Book = """{"query":"{ book(id: 1) { title author { name } } }"}""";

    [Fact]
    public async Task A_request_over_the_maximum_is_refused_before_execution()
    {
        await using var server = await StartAsync(o => o.UseCostAnalysis(cost => cost.MaxFieldCost = 100));

        var response = await PostAsync(server, """{"query":"{ books(first: 50) { edges { node { title author { name } } } } }"}""");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("COST_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(111, error.GetProperty("extensions").GetProperty("fieldCost").GetDouble());
        Assert.Equal(100, error.GetProperty("extensions").GetProperty("maxFieldCost").GetDouble());
    }

    [Fact]
    public async Task A_request_within_the_maximum_runs_without_cost_extensions()
    {
        await using var server = await StartAsync(o => o.UseCostAnalysis());

        var response = await PostAsync(server, Book);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"book":{"title":"Alpha","author":{"name":"Ann"}}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Report_header_adds_the_operation_cost_to_the_result()
    {
        await using var server = await StartAsync(o => o.UseCostAnalysis());

        var response = await PostAsync(server, Book, cost: "report");

        Assert.Equal(
            """{"data":{"book":{"title":"Alpha","author":{"name":"Ann"}}},"extensions":{"operationCost":{"fieldCost":11,"typeCost":3}}}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Report_header_shows_the_cost_of_a_refused_request_too()
    {
        await using var server = await StartAsync(o => o.UseCostAnalysis(cost => cost.MaxTypeCost = 10));

        var response = await PostAsync(server, """{"query":"{ books { nodes { title } } }"}""", cost: "report");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("COST_LIMIT_EXCEEDED", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(52, body.RootElement.GetProperty("extensions").GetProperty("operationCost").GetProperty("typeCost").GetDouble());
    }

    [Fact]
    public async Task Validate_header_returns_only_the_cost_with_200_even_over_the_maximum()
    {
        await using var server = await StartAsync(o => o.UseCostAnalysis(cost => cost.MaxFieldCost = 10));

        var response = await PostAsync(server, Book, cost: "validate");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":11,"typeCost":3}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Validate_header_works_over_get_with_variables()
    {
        await using var server = await StartAsync(o => o.UseCostAnalysis());
        var url = "graphql?query=" + Uri.EscapeDataString("query($n: Int) { books(first: $n) { nodes { author { name } } } }")
            + "&variables=" + Uri.EscapeDataString("""{"n":3}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(CostInterceptor.CostHeader, "validate");

        var response = await server.Client.SendAsync(request);

        Assert.Equal("""{"extensions":{"operationCost":{"fieldCost":14,"typeCost":8}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Syntax_and_validation_errors_pass_through_unchanged()
    {
        await using var server = await StartAsync(o => o.UseCostAnalysis());

        var response = await PostAsync(server, """{"query":"{ nope }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Cannot query field \\\"nope\\\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_slicing_argument_is_a_request_error()
    {
        await using var server = await StartAsync(o => o.UseCostAnalysis());

        var response = await PostAsync(server, """{"query":"{ authors { name } }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("SLICING_ARGUMENT_REQUIRED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limit_refuses_a_spent_client_with_429_and_restores_over_time()
    {
        var clock = new ManualClock();
        await using var server = await StartAsync(o => o.UseRateLimiting(limit =>
        {
            limit.Capacity = 25;
            limit.RestoreRate = 5;
            limit.TimeProvider = clock;
        }));

        var first = await PostAsync(server, Book);
        var second = await PostAsync(server, Book);
        var refused = await PostAsync(server, Book);
        using var refusal = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        clock.Advance(TimeSpan.FromSeconds(2));
        var restored = await PostAsync(server, Book);

        Assert.Equal(14, await AvailableAsync(first));
        Assert.Equal(3, await AvailableAsync(second));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), refused.Headers.RetryAfter!.Delta);
        Assert.False(refusal.RootElement.TryGetProperty("data", out _));
        var extensions = refusal.RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal("RATE_LIMITED", extensions.GetProperty("code").GetString());
        Assert.Equal(2, extensions.GetProperty("retryAfter").GetInt32());
        Assert.Equal(3, refusal.RootElement.GetProperty("extensions").GetProperty("throttleStatus").GetProperty("currentlyAvailable").GetDouble());
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal(2, await AvailableAsync(restored));
    }

    [Fact]
    public async Task Each_client_has_its_own_budget()
    {
        await using var server = await StartAsync(o => o.UseRateLimiting(limit =>
        {
            limit.Capacity = 11;
            limit.RestoreRate = 0.001;
            limit.ClientKey = context => context.Request.Headers["X-Client"].ToString();
        }));

        var ann = await PostAsync(server, Book, client: "ann");
        var annAgain = await PostAsync(server, Book, client: "ann");
        var bo = await PostAsync(server, Book, client: "bo");

        Assert.Equal(HttpStatusCode.OK, ann.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, annAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bo.StatusCode);
    }

    [Fact]
    public async Task A_request_costlier_than_the_whole_budget_is_refused_for_good()
    {
        await using var server = await StartAsync(o => o.UseRateLimiting(limit => limit.Capacity = 10));

        var response = await PostAsync(server, Book);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Contains("COST_LIMIT_EXCEEDED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_client_key_is_the_user_then_the_api_client_then_the_address()
    {
        var anonymous = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        anonymous.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.7");
        var user = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("sub", "u-1")], "Bearer")),
        };
        var client = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity([new System.Security.Claims.Claim("client_id", "partner-app")])),
        };

        Assert.Equal("ip:10.0.0.7", RateLimitOptions.DefaultClientKey(anonymous));
        Assert.Equal("user:u-1", RateLimitOptions.DefaultClientKey(user));
        Assert.Equal("client:partner-app", RateLimitOptions.DefaultClientKey(client));
    }

    private static async Task<double> AvailableAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("extensions").GetProperty("throttleStatus").GetProperty("currentlyAvailable").GetDouble();
    }

    private static Task<KestrelHost> StartAsync(Action<GraphQLHttpOptions> configure) =>
        KestrelHost.StartAsync(
            services => services.AddGraphQLServer(CostTestSchema.Build()),
            app => app.MapGraphQL("/graphql", configure));

    private static async Task<HttpResponseMessage> PostAsync(KestrelHost server, string json, string? cost = null, string? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (cost is not null)
        {
            request.Headers.Add(CostInterceptor.CostHeader, cost);
        }

        if (client is not null)
        {
            request.Headers.Add("X-Client", client);
        }

        return await server.Client.SendAsync(request);
    }
}

/// <summary>A clock that moves only when told.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>Rate limits hold over the WebSocket transport too, where the HTTP response has already started.</summary>
public sealed class CostStreamingTests
{
    [Fact]
    public async Task A_spent_client_gets_a_rate_limited_error_message_over_the_socket()
    {
        await using var server = await GraphQL.Tests.Subscriptions.SubscriptionTestServer.StartAsync(http: o => o.UseRateLimiting(limit =>
        {
            limit.Capacity = 15;
            limit.RestoreRate = 0.001;
        }));
        await using var client = await GraphQL.Tests.Subscriptions.ProtocolClient.ConnectAndInitAsync(server);

        await client.SubscribeAsync("1", "subscription { countdown(from: 1) }");
        var first = await client.ReceiveTextAsync();
        var firstComplete = await client.ReceiveTextAsync();
        await client.SubscribeAsync("2", "subscription { countdown(from: 1) }");
        var refused = await client.ReceiveAsync();

        Assert.Equal("""{"id":"1","type":"next","payload":{"data":{"countdown":1}}}""", first);
        Assert.Equal("""{"id":"1","type":"complete"}""", firstComplete);
        Assert.Equal("error", refused.GetProperty("type").GetString());
        Assert.Equal("RATE_LIMITED", refused.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }
}
