using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Api.Tests.Support;
using Housing.Domain.Common;

namespace Api.Tests.GraphQL;

public sealed class GraphQLEndpointTests : IDisposable
{
    private readonly HousingApiFactory _api = new();

    public void Dispose() => _api.Dispose();

    private async Task<JsonElement> PostAsync(string query, string? token = null)
    {
        using var client = _api.CreateClient();
        if (token is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.PostAsJsonAsync("/graphql", new { query });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    [Fact]
    public async Task An_anonymous_caller_is_nobody()
    {
        var result = await PostAsync("{ me { name } }");
        Assert.Equal(JsonValueKind.Null, result.GetProperty("data").GetProperty("me").ValueKind);
    }

    [Fact]
    public async Task A_bearer_token_makes_the_caller_known_with_its_roles()
    {
        await _api.CreateUserAsync("officer.kim", Roles.DistrictOfficer);
        var token = await _api.TokenForAsync("officer.kim");

        var me = (await PostAsync("{ me { name roles } }", token)).GetProperty("data").GetProperty("me");

        Assert.Equal("officer.kim 님", me.GetProperty("name").GetString());
        Assert.Equal([Roles.DistrictOfficer], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
