using System.Net;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Http;
using GraphQL.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Conformance;

/// <summary>
/// Mutated, random and gigantic documents against the engine as the server configures it: every one must end in a
/// well-formed GraphQL response within its time budget, never in a crash, a stack overflow or a hang.
/// </summary>
public sealed class FuzzTests
{
    private const int Seed = 20261122;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private static readonly Lazy<RequestExecutor> Executor = new(() =>
        new ServiceCollection().AddGraphQLServer(ConformanceSchema.Build()).BuildServiceProvider().GetRequiredService<RequestExecutor>());

    // Without a token limit, only the nesting limit stands between a deep document and the stack.
    private static readonly Lazy<RequestExecutor> UnlimitedTokensExecutor = new(() =>
        new ServiceCollection()
            .AddGraphQLServer(ConformanceSchema.Build(), options => options.ParserOptions = new GraphQL.Language.ParserOptions())
            .BuildServiceProvider()
            .GetRequiredService<RequestExecutor>());

    public static TheoryData<string> Giants() => [.. FuzzDocuments.Giants().Select(g => g.Name)];

    [Fact]
    public async Task Byte_mutations_of_the_corpus_always_get_a_graphql_response() =>
        await RunAllAsync(FuzzDocuments.MutatedCorpus(Corpus(), 3000, Seed));

    [Fact]
    public async Task Token_edits_of_the_corpus_always_get_a_graphql_response() =>
        await RunAllAsync(FuzzDocuments.TokenEditedCorpus(Corpus(), 2000, Seed + 1));

    [Fact]
    public async Task Random_token_sequences_always_get_a_graphql_response() =>
        await RunAllAsync(FuzzDocuments.RandomTokens(1000, Seed + 2));

    [Fact]
    public async Task Random_characters_always_get_a_graphql_response() =>
        await RunAllAsync(FuzzDocuments.RandomCharacters(1000, Seed + 3));

    [Theory]
    [MemberData(nameof(Giants))]
    public async Task Gigantic_documents_get_a_graphql_response_in_time(string name)
    {
        var text = FuzzDocuments.Giants().Single(g => g.Name == name).Text;

        using var response = await RunAsync(Executor.Value, name, text);

        if (name.Contains("nested", StringComparison.Ordinal) || name.Contains("100,000", StringComparison.Ordinal))
        {
            Assert.True(response.RootElement.TryGetProperty("errors", out _), $"{name} should be refused: {Shorten(response.RootElement.GetRawText())}");
        }
    }

    [Fact]
    public async Task Deep_nesting_is_refused_by_the_depth_limit_alone()
    {
        foreach (var (name, text) in FuzzDocuments.Giants().Where(g => g.Name.Contains("nested", StringComparison.Ordinal)))
        {
            using var response = await RunAsync(UnlimitedTokensExecutor.Value, name, text);

            Assert.True(response.RootElement.TryGetProperty("errors", out _), $"{name} should be refused: {Shorten(response.RootElement.GetRawText())}");
        }
    }

    [Fact]
    public async Task Hostile_http_bodies_get_graphql_error_responses()
    {
        await using var server = await HttpTestServer.StartAsync();
        var deepJson = "{\"query\":\"{ hello }\",\"variables\":{\"v\":" + new string('[', 100_000) + new string(']', 100_000) + "}}";
        var deepDocument = JsonSerializer.Serialize(new { query = "{" + string.Concat(Enumerable.Repeat("hello {", 100_000)) + new string('}', 100_001) });
        var hugeBody = JsonSerializer.Serialize(new { query = "{ hello(name: \"" + new string('x', 2 * 1024 * 1024) + "\") }" });
        var manyTokens = JsonSerializer.Serialize(new { query = "{ " + string.Concat(Enumerable.Repeat("hello ", 100_000)) + "}" });
        var invalidUtf8 = new byte[] { (byte)'{', (byte)'"', (byte)'q', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}' };

        var cases = new (string Name, HttpContent Body, HttpStatusCode Status)[]
        {
            ("100,000-deep JSON variables", Json(deepJson), HttpStatusCode.BadRequest),
            ("100,000-deep selection sets", Json(deepDocument), HttpStatusCode.BadRequest),
            ("a 2 MB body", Json(hugeBody), HttpStatusCode.RequestEntityTooLarge),
            ("100,000 tokens", Json(manyTokens), HttpStatusCode.BadRequest),
            ("invalid UTF-8", new ByteArrayContent(invalidUtf8) { Headers = { ContentType = new("application/json") } }, HttpStatusCode.BadRequest),
        };
        foreach (var (name, body, status) in cases)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = body };
            request.Headers.Accept.ParseAdd("application/graphql-response+json");

            var response = await server.Client.SendAsync(request).WaitAsync(Budget);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.True(status == response.StatusCode, $"{name}: {response.StatusCode}");
            Assert.True(json.RootElement.GetProperty("errors").GetArrayLength() > 0, name);
            Assert.False(json.RootElement.TryGetProperty("data", out _), name);
        }
    }

    [Fact]
    public async Task Mutated_http_bodies_always_get_a_graphql_response_and_never_a_server_error()
    {
        await using var server = await HttpTestServer.StartAsync(options => options.EnableBatching = true);
        var random = new Random(Seed + 4);
        var bodies = new[]
        {
            """{"query":"query Q($n: String) { hello(name: $n) }","variables":{"n":"x"},"operationName":"Q","extensions":{"a":[1,2.5,true,null]}}""",
            """[{"query":"{ hello }"},{"query":"mutation { increment }"}]""",
            """{"query":"{ fail failRequired }"}""",
        };
        var statuses = new HashSet<HttpStatusCode>();
        for (var i = 0; i < 300; i++)
        {
            var bytes = Encoding.UTF8.GetBytes(bodies[random.Next(bodies.Length)]).ToList();
            for (var edit = random.Next(1, 4); edit > 0; edit--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes[at] = (byte)"{}[]\",:0-.eu\\nulltrue"[random.Next(21)]; break;
                    case 1: bytes.RemoveAt(at); break;
                    default: bytes.Insert(at, (byte)random.Next(256)); break;
                }
            }

            var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent([.. bytes]) };
            request.Content.Headers.ContentType = new("application/json");
            request.Headers.Accept.ParseAdd(random.Next(2) == 0 ? "application/json" : "application/graphql-response+json");

            var response = await server.Client.SendAsync(request).WaitAsync(Budget);
            var text = await response.Content.ReadAsStringAsync();

            Assert.True((int)response.StatusCode < 500, $"{response.StatusCode} for {Encoding.UTF8.GetString([.. bytes])}: {text}");
            using var json = JsonDocument.Parse(text);
            Assert.True(json.RootElement.ValueKind is JsonValueKind.Object or JsonValueKind.Array, text);
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Contains(HttpStatusCode.BadRequest, statuses);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static async Task RunAllAsync(IEnumerable<(string Name, string Text)> documents)
    {
        var count = 0;
        foreach (var (name, text) in documents)
        {
            using var _ = await RunAsync(Executor.Value, name, text);
            count++;
        }

        Assert.True(count > 0);
    }

    private static async Task<JsonDocument> RunAsync(RequestExecutor executor, string name, string text)
    {
        ExecutionResult result;
        try
        {
            result = await executor
                .ExecuteAsync(new GraphQLRequest { Query = text }, new RequestContext { RootValue = ConformanceSchema.Data })
                .AsTask()
                .WaitAsync(Budget);
        }
        catch (Exception exception) when (exception is not TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{name} crashed the engine: {exception}\nDocument: {Shorten(text)}");
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{name} took longer than {Budget}.\nDocument: {Shorten(text)}");
        }

        var json = JsonDocument.Parse(result.ToJson());
        var isResponse = json.RootElement.TryGetProperty("errors", out var errors) ? errors.GetArrayLength() > 0 : json.RootElement.TryGetProperty("data", out _);
        Assert.True(isResponse, $"{name} gave neither data nor errors: {Shorten(json.RootElement.GetRawText())}");
        return json;
    }

    private static List<(string Name, byte[] Bytes)> Corpus() =>
        [.. Directory.EnumerateFiles(GraphQLJsVerdicts.CorpusFolder, "*.graphql", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(GraphQLJsVerdicts.CorpusFolder, path), File.ReadAllBytes(path)))];

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"… ({text.Length} characters)";
}
