using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL.Cost;
using GraphQL.Http;
using GraphQL.Persisted;
using GraphQL.Tests.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Persisted;

/// <summary>Persisted operations by id and by Apollo's persistedQuery extension, over GET and POST, and the persisted-only mode.</summary>
public sealed class PersistedOperationTests
{
    private const string Hello = "query Hello { hello(name: \"persisted\") }";
    private const string HelloResult = """{"data":{"hello":"Hello, persisted!"}}""";

    [Fact]
    public async Task A_stored_operation_runs_by_id_over_post()
    {
        var store = new InMemoryPersistedOperationStore();
        var id = store.Add(Hello);
        await using var server = await StartAsync(store);

        var response = await PostAsync(server, $$"""{"id":"{{id}}"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HelloResult, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_stored_operation_runs_by_id_over_get()
    {
        var store = new InMemoryPersistedOperationStore();
        var id = store.Add(Hello);
        await using var server = await StartAsync(store);

        var response = await server.Client.GetAsync("graphql?id=" + id);

        Assert.Equal(HelloResult, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_persisted_mutation_is_still_refused_over_get()
    {
        var store = new InMemoryPersistedOperationStore();
        var id = store.Add("mutation { increment }");
        await using var server = await StartAsync(store);

        var response = await server.Client.GetAsync("graphql?id=" + id);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Apollo_automatic_persisting_not_found_then_registered_then_run_by_hash_over_get()
    {
        var store = new InMemoryPersistedOperationStore();
        await using var server = await StartAsync(store);
        var hash = PersistedOperationHash.Of(Hello);
        var extensions = $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{hash}}}"}}""";

        var unknown = await PostAsync(server, $$"""{"extensions":{{extensions}}}""");
        var registered = await PostAsync(server, $$"""{"query":{{JsonSerializer.Serialize(Hello)}},"extensions":{{extensions}}}""");
        var byHash = await server.Client.GetAsync("graphql?extensions=" + Uri.EscapeDataString(extensions));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        using var error = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync());
        Assert.Equal("PersistedQueryNotFound", error.RootElement.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(PersistedOperationErrorCodes.NotFound, error.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HelloResult, await registered.Content.ReadAsStringAsync());
        Assert.Equal(HelloResult, await byHash.Content.ReadAsStringAsync());
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public async Task A_document_that_does_not_match_its_hash_is_refused_and_not_stored()
    {
        var store = new InMemoryPersistedOperationStore();
        await using var server = await StartAsync(store);
        var wrongHash = PersistedOperationHash.Of("{ hello }");

        var response = await PostAsync(server, "{\"query\":" + JsonSerializer.Serialize(Hello) + ",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + wrongHash + "\"}}}");

        Assert.Equal(PersistedOperationErrorCodes.HashMismatch, await CodeAsync(response));
        Assert.Equal(0, store.Count);
    }

    [Theory]
    [InlineData("""{"persistedQuery":{"version":2,"sha256Hash":"00"}}""")]
    [InlineData("""{"persistedQuery":{"version":1}}""")]
    [InlineData("""{"persistedQuery":"abc"}""")]
    public async Task A_malformed_persisted_query_extension_is_refused(string extensions)
    {
        await using var server = await StartAsync(new InMemoryPersistedOperationStore());

        var response = await PostAsync(server, $$"""{"extensions":{{extensions}}}""");

        Assert.Equal(PersistedOperationErrorCodes.Invalid, await CodeAsync(response));
    }

    [Fact]
    public async Task Ad_hoc_documents_still_run_when_persisting_is_optional()
    {
        await using var server = await StartAsync(new InMemoryPersistedOperationStore());

        var response = await PostAsync(server, """{"query":"{ hello }"}""");

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Persisted_only_mode_refuses_ad_hoc_documents_and_registration_but_runs_stored_ones()
    {
        var store = new InMemoryPersistedOperationStore();
        var id = store.Add(Hello);
        await using var server = await StartAsync(store, onlyPersisted: true);
        const string other = "{ hello }";

        var adHoc = await PostAsync(server, """{"query":"{ hello }"}""");
        var registration = await PostAsync(server, "{\"query\":\"" + other + "\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + PersistedOperationHash.Of(other) + "\"}}}");
        var stored = await PostAsync(server, $$"""{"id":"{{id}}"}""");
        var storedWithItsDocument = await PostAsync(server, $$"""{"query":{{JsonSerializer.Serialize(Hello)}},"id":"{{id}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, adHoc.StatusCode);
        Assert.Equal(PersistedOperationErrorCodes.Required, await CodeAsync(adHoc));
        Assert.Equal(PersistedOperationErrorCodes.Required, await CodeAsync(registration));
        Assert.Equal(1, store.Count);
        Assert.Equal(HelloResult, await stored.Content.ReadAsStringAsync());
        Assert.Equal(HelloResult, await storedWithItsDocument.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_id_is_not_found()
    {
        await using var server = await StartAsync(new InMemoryPersistedOperationStore());

        var malformed = await PostAsync(server, """{"id":"../../etc/passwd"}""");
        var unknown = await PostAsync(server, $$"""{"id":"{{PersistedOperationHash.Of("{ fail }")}}"}""");

        Assert.Equal(PersistedOperationErrorCodes.NotFound, await CodeAsync(malformed));
        Assert.Equal(PersistedOperationErrorCodes.NotFound, await CodeAsync(unknown));
    }

    [Fact]
    public async Task Persisted_operations_are_costed_like_any_other()
    {
        var store = new InMemoryPersistedOperationStore();
        var id = store.Add(Hello);
        await using var server = await KestrelHost.StartAsync(
            services => services.AddGraphQLServer(HttpTestServer.BuildSchema(new ResolverProbe())),
            app => app.MapGraphQL("/graphql", o => o.UseCostAnalysis(cost => cost.MaxFieldCost = 5).UsePersistedOperations(p => p.Store = store)));

        var response = await PostAsync(server, $$"""{"id":"{{id}}"}""");

        Assert.Equal("COST_LIMIT_EXCEEDED", await CodeAsync(response));
    }

    [Fact]
    public async Task Without_a_store_in_the_options_the_registered_store_is_used()
    {
        var store = new InMemoryPersistedOperationStore();
        var id = store.Add(Hello);
        await using var server = await KestrelHost.StartAsync(
            services => services.AddSingleton<IPersistedOperationStore>(store).AddGraphQLServer(HttpTestServer.BuildSchema(new ResolverProbe())),
            app => app.MapGraphQL("/graphql", o => o.UsePersistedOperations()));

        var response = await PostAsync(server, $$"""{"id":"{{id}}"}""");

        Assert.Equal(HelloResult, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_directory_store_keeps_documents_across_instances_and_ignores_malformed_keys()
    {
        var directory = Path.Combine(Path.GetTempPath(), "persisted-" + Guid.NewGuid().ToString("N"));
        try
        {
            var hash = PersistedOperationHash.Of(Hello);
            await new FileSystemPersistedOperationStore(directory).SaveAsync(hash, Hello, CancellationToken.None);

            var reopened = new FileSystemPersistedOperationStore(directory);

            Assert.Equal(Hello, await reopened.TryGetAsync(hash, CancellationToken.None));
            Assert.Equal(Hello, await reopened.TryGetAsync(hash.ToUpperInvariant(), CancellationToken.None));
            Assert.Null(await reopened.TryGetAsync(PersistedOperationHash.Of("{ other }"), CancellationToken.None));
            Assert.Null(await reopened.TryGetAsync("../" + hash, CancellationToken.None));
            Assert.Single(Directory.GetFiles(directory));
            await Assert.ThrowsAsync<ArgumentException>(async () => await reopened.SaveAsync("not-a-hash", Hello, CancellationToken.None));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_utf8_text_in_lowercase_hex()
    {
        Assert.Equal("001c3174e099bd72b729d0c0a529ba9f5a740c446e2a6e1d71b283cb84ec3065", PersistedOperationHash.Of("{ hello }"));
    }

    private static Task<KestrelHost> StartAsync(IPersistedOperationStore store, bool onlyPersisted = false) =>
        KestrelHost.StartAsync(
            services => services.AddGraphQLServer(HttpTestServer.BuildSchema(new ResolverProbe())),
            app => app.MapGraphQL("/graphql", o => o.UsePersistedOperations(p =>
            {
                p.Store = store;
                p.OnlyPersisted = onlyPersisted;
            })));

    private static async Task<string?> CodeAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();
    }

    private static async Task<HttpResponseMessage> PostAsync(KestrelHost server, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        return await server.Client.SendAsync(request);
    }
}
