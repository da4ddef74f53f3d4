using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Http;

public sealed class HttpEndpointTests : IAsyncLifetime
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private KestrelHost _server = null!;

    public async Task InitializeAsync() => _server = await HttpTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_without_accept_answers_application_json_with_data()
    {
        var response = await PostAsync("""{"query":"{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.2, application/json;q=0.9", "application/json")]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("text/html, */*;q=0.8", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    public async Task Accept_header_chooses_the_response_media_type(string accept, string expected)
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json;q=0")]
    public async Task Nothing_acceptable_is_406(string accept)
    {
        var response = await PostAsync("""{"query":"{ hello }"}""", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.NotAcceptable, await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Get_runs_a_query_with_variables_from_the_query_string()
    {
        var url = "graphql?query=" + Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }")
            + "&variables=" + Uri.EscapeDataString("""{"n":"GET"}""") + "&operationName=Q";

        var response = await _server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, GET!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("mutation { increment }")]
    [InlineData("query Q { hello } mutation M { increment }")]
    public async Task Get_refuses_mutations_with_405_and_allow_post(string query)
    {
        var url = "graphql?query=" + Uri.EscapeDataString(query) + (query.Contains('M') ? "&operationName=M" : "");

        var response = await _server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Equal(GraphQLHttpErrorCodes.MethodNotAllowed, await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_runs_mutations()
    {
        var response = await PostAsync("""{"query":"mutation { increment(by: 2) }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"increment":2}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("graphql")]
    [InlineData("graphql?variables=%7B%7D")]
    [InlineData("graphql?query=%7Bhello%7D&variables=%5B1%5D")]
    [InlineData("graphql?query=%7Bhello%7D&variables=%7Bnot%20json")]
    [InlineData("graphql?query=%7Bhello%7D&extensions=%22text%22")]
    [InlineData("graphql?query=%7Bhello%7D&query=%7Bhello%7D")]
    public async Task Malformed_get_is_400(string url)
    {
        var response = await _server.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.InvalidRequest, await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_get_and_post()
    {
        var response = await _server.Client.PutAsync("graphql", Json("""{"query":"{ hello }"}"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Post_bodies_other_than_utf8_json_are_415(string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ hello }"}"""));
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        var response = await _server.Client.PostAsync("graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.UnsupportedMediaType, await ErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ \"not a JSON")]
    [InlineData("{\"query\":\"{ hello }\"} trailing")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"notquery\":\"{ hello }\"}")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}")]
    [InlineData("{\"query\":0}")]
    [InlineData("{\"query\":false}")]
    [InlineData("{\"query\":[\"array\"]}")]
    [InlineData("{\"query\":null}")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":0}")]
    [InlineData("{\"query\":\"{ hello }\",\"operationName\":[\"array\"]}")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":\"string\"}")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":[1]}")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":false}")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":0}")]
    [InlineData("{\"query\":\"{ hello }\",\"extensions\":\"string\"}")]
    [InlineData("{\"query\":\"{ hello }\",\"variables\":{\"deep\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}}")]
    public async Task Malformed_post_is_400_under_either_media_type(string body)
    {
        foreach (var accept in new[] { "application/json", GraphQLResponse })
        {
            var response = await PostAsync(body, accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(accept, response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(GraphQLHttpErrorCodes.InvalidRequest, await ErrorCodeAsync(response));
        }
    }

    [Theory]
    [InlineData("variables")]
    [InlineData("operationName")]
    [InlineData("extensions")]
    public async Task Null_optional_parameters_are_allowed(string parameter)
    {
        var response = await PostAsync($$"""{"query":"{ hello }","{{parameter}}":null}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "Syntax Error")]
    [InlineData("""{"query":"{ nope }"}""", "Cannot query field")]
    [InlineData("""{"query":"query Q($n: Int!) { hello }","variables":{"n":null}}""", "$n")]
    [InlineData("""{"query":"query A { hello } query B { hello }","operationName":"C"}""", "C")]
    public async Task Request_errors_are_400_without_data_under_graphql_response_json(string body, string messagePart)
    {
        var response = await PostAsync(body, GraphQLResponse);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.Contains(messagePart, json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("""{"query":"{"}""")]
    [InlineData("""{"query":"{ nope }"}""")]
    [InlineData("""{"query":"query Q($n: Int!) { hello }","variables":{"n":null}}""")]
    public async Task Request_errors_are_200_under_application_json(string body)
    {
        var response = await PostAsync(body, "application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(json.RootElement.TryGetProperty("data", out _));
        Assert.True(json.RootElement.GetProperty("errors").GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("{ hello fail }", """{"errors":[{"message":"Failed on purpose.","locations":[{"line":1,"column":9}],"path":["fail"]}],"data":{"hello":"Hello, world!","fail":null}}""")]
    [InlineData("{ failRequired }", """{"errors":[{"message":"Failed on purpose.","locations":[{"line":1,"column":3}],"path":["failRequired"]}],"data":null}""")]
    public async Task Field_errors_are_200_with_data_under_graphql_response_json(string query, string expected)
    {
        var response = await PostAsync(JsonSerializer.Serialize(new { query }), GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Repeated_documents_are_parsed_and_validated_once()
    {
        var executor = _server.Services.GetRequiredService<RequestExecutor>();
        var before = executor.CachedDocumentCount;

        await PostAsync("""{"query":"query Cached { hello }"}""");
        await _server.Client.GetAsync("graphql?query=" + Uri.EscapeDataString("query Cached { hello }"));
        await PostAsync("""{"query":"query Cached { hello }","operationName":"Cached"}""");

        Assert.Equal(before + 1, executor.CachedDocumentCount);
    }

    [Fact]
    public async Task Utf8_text_round_trips()
    {
        var response = await PostAsync("""{"query":"{ hello(name: \"달리기🏃\") }"}""");
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);

        Assert.Contains("달리기", body);
        Assert.Equal("Hello, 달리기🏃!", json.RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Batches_are_refused_unless_enabled()
    {
        var response = await PostAsync("""[{"query":"{ hello }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.BatchingNotAllowed, await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Enabled_batches_answer_an_array_in_request_order_and_fail_items_alone()
    {
        await using var server = await HttpTestServer.StartAsync(options => options.EnableBatching = true);
        var body = """[{"query":"{ hello }"},{"query":"query Q($n: String) { hello(name: $n) }","variables":{"n":"B"}},{"notquery":1},{"query":"{"}]""";

        var response = await server.Client.PostAsync("graphql", Json(body));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var results = json.RootElement.EnumerateArray().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, results.Count);
        Assert.Equal("Hello, world!", results[0].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, B!", results[1].GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(GraphQLHttpErrorCodes.InvalidRequest, results[2].GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("Syntax Error", results[3].GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_batch_of_one_is_answered_with_an_array()
    {
        await using var server = await HttpTestServer.StartAsync(options => options.EnableBatching = true);

        var response = await server.Client.PostAsync("graphql", Json("""[{"query":"{ hello }"}]"""));

        Assert.Equal("""[{"data":{"hello":"Hello, world!"}}]""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Batches_larger_than_the_limit_are_400()
    {
        await using var server = await HttpTestServer.StartAsync(options =>
        {
            options.EnableBatching = true;
            options.MaxBatchSize = 2;
        });

        var response = await server.Client.PostAsync("graphql", Json("""[{"query":"{ hello }"},{"query":"{ hello }"},{"query":"{ hello }"}]"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.BatchingNotAllowed, await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413_with_or_without_content_length()
    {
        await using var server = await HttpTestServer.StartAsync(options => options.MaxRequestBodySize = 1000);
        var body = JsonSerializer.Serialize(new { query = "{ hello(name: \"" + new string('x', 2000) + "\") }" });

        var withLength = await server.Client.PostAsync("graphql", Json(body));
        var chunked = await server.Client.PostAsync("graphql", new ChunkedJsonContent(body));
        var small = await server.Client.PostAsync("graphql", new ChunkedJsonContent("""{"query":"{ hello }"}"""));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.RequestTooLarge, await ErrorCodeAsync(withLength));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task Request_interceptors_see_extensions_and_may_supply_the_query()
    {
        var persisted = new PersistedQueries(new Dictionary<string, string> { ["hello-id"] = "{ hello }" });
        await using var server = await HttpTestServer.StartAsync(options => options.RequestInterceptors.Add(persisted));

        var found = await server.Client.PostAsync("graphql", Json("""{"extensions":{"persistedQuery":{"id":"hello-id"}}}"""));
        var missing = await server.Client.PostAsync("graphql", Json("""{"extensions":{"persistedQuery":{"id":"other"}}}"""));
        var noQuery = await server.Client.PostAsync("graphql", Json("""{"extensions":{"something":"else"}}"""));

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await found.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", await ErrorCodeAsync(missing));
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
        Assert.Equal(GraphQLHttpErrorCodes.InvalidRequest, await ErrorCodeAsync(noQuery));
    }

    [Fact]
    public async Task Response_interceptors_can_add_headers_before_the_body()
    {
        await using var server = await HttpTestServer.StartAsync(options => options.ResponseInterceptors.Add(new ErrorCountHeader()));

        var response = await server.Client.PostAsync("graphql", Json("""{"query":"{ hello fail }"}"""));

        Assert.Equal("1", response.Headers.GetValues("X-GraphQL-Errors").Single());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_browser_asking_for_html_gets_the_browser_tool_when_one_is_configured()
    {
        await using var server = await HttpTestServer.StartAsync(options =>
            options.BrowserTool = context => context.Response.WriteAsync("<!doctype html><title>IDE</title>"));
        var request = new HttpRequestMessage(HttpMethod.Get, "graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        var page = await server.Client.SendAsync(request);
        var query = await server.Client.GetAsync("graphql?query=%7Bhello%7D");

        Assert.Equal("<!doctype html><title>IDE</title>", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, query.StatusCode);
    }

    [Fact]
    public async Task Impossible_limits_are_refused_at_start()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => HttpTestServer.StartAsync(options => options.MaxRequestBodySize = 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => HttpTestServer.StartAsync(options =>
        {
            options.EnableBatching = true;
            options.MaxBatchSize = 0;
        }));
    }

    [Fact]
    public async Task Disabled_get_requests_are_405()
    {
        await using var server = await HttpTestServer.StartAsync(options => options.EnableGetRequests = false);

        var response = await server.Client.GetAsync("graphql?query=%7Bhello%7D");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task A_client_going_away_cancels_the_running_resolvers()
    {
        var probe = new ResolverProbe();
        await using var server = await HttpTestServer.StartAsync(probe: probe);
        using var abort = new CancellationTokenSource();

        var request = server.Client.PostAsync("graphql", Json("""{"query":"{ wait }"}"""), abort.Token);
        await probe.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await abort.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await probe.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = Json(body) };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return _server.Client.SendAsync(request);
    }

    private static StringContent Json(string body) => new(body, new MediaTypeHeaderValue("application/json"));

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    // No Content-Length, so the endpoint must count the bytes as they arrive.
    private sealed class ChunkedJsonContent : HttpContent
    {
        private readonly byte[] _body;

        public ChunkedJsonContent(string body)
        {
            _body = Encoding.UTF8.GetBytes(body);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(_body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class PersistedQueries(IReadOnlyDictionary<string, string> store) : IGraphQLHttpRequestInterceptor
    {
        public ValueTask<GraphQLHttpRequest> OnRequestAsync(HttpContext context, GraphQLHttpRequest request, CancellationToken cancellationToken)
        {
            if (request.Extensions?.GetValueOrDefault("persistedQuery") is not Dictionary<string, object?> persisted)
            {
                return ValueTask.FromResult(request);
            }

            return store.TryGetValue((string)persisted["id"]!, out var query)
                ? ValueTask.FromResult(request with { Query = query })
                : throw new GraphQLHttpException(StatusCodes.Status400BadRequest, "Unknown persisted query.", "PERSISTED_QUERY_NOT_FOUND");
        }
    }

    private sealed class ErrorCountHeader : IGraphQLHttpResponseInterceptor
    {
        public ValueTask OnResponseAsync(HttpContext context, GraphQLHttpResponseInfo response, CancellationToken cancellationToken)
        {
            context.Response.Headers["X-GraphQL-Errors"] = response.Errors.Sum(e => e.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return ValueTask.CompletedTask;
        }
    }
}
