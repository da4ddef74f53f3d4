using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Api.Tests.Support;
using GraphQL.Cost;
using GraphQL.Persisted;

namespace Api.Tests.GraphQL;

/// <summary>The housing endpoint switches on the engine's protections with the settings of <c>GraphQL</c>.</summary>
public sealed class GraphQLLimitsTests
{
    [Fact]
    public async Task A_request_over_the_configured_cost_is_refused_before_it_runs()
    {
        using var api = new HousingApiFactory(("GraphQL:MaxFieldCost", "5"), ("GraphQL:RateLimitCapacity", "100"));

        var body = await api.GraphQLAsync("{ me { name } }");

        Assert.Equal([CostErrorCodes.CostLimitExceeded], body.ErrorCodes());
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task The_cost_of_a_request_is_reported_when_asked()
    {
        using var api = new HousingApiFactory();
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ me { name } }" }) };
        request.Headers.Add("GraphQL-Cost", "report");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.True(body.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble() > 0);
    }

    [Fact]
    public async Task A_client_over_its_budget_is_told_when_to_come_back()
    {
        using var api = new HousingApiFactory(("GraphQL:MaxFieldCost", "10"), ("GraphQL:RateLimitCapacity", "10"), ("GraphQL:RateLimitRestorePerSecond", "0.001"));
        using var client = api.CreateClient();

        using var first = await client.PostAsJsonAsync("/graphql", new { query = "{ me { name } }" });
        using var second = await client.PostAsJsonAsync("/graphql", new { query = "{ me { name } }" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.NotNull(second.Headers.RetryAfter);
        Assert.Equal([CostErrorCodes.RateLimited], (await second.Content.ReadFromJsonAsync<JsonElement>()).ErrorCodes());
    }

    [Fact]
    public async Task In_persisted_only_mode_ad_hoc_documents_are_refused_and_stored_ones_run()
    {
        using var api = new HousingApiFactory(("GraphQL:PersistedOperationsOnly", "true"));
        const string query = "{ me { name } }";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var folder = Path.Combine(api.DataFolder, "persisted-operations");
        using var client = api.CreateClient();

        var adHoc = await api.GraphQLAsync(query);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, hash + ".graphql"), query);
        using var stored = await client.PostAsJsonAsync("/graphql", new { id = hash });

        Assert.Equal([PersistedOperationErrorCodes.Required], adHoc.ErrorCodes());
        var data = (await stored.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_browser_gets_the_IDE_at_the_endpoint()
    {
        using var api = new HousingApiFactory();
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Housing GraphQL", await response.Content.ReadAsStringAsync());
    }
}
